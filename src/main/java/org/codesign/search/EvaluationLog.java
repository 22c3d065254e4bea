package org.codesign.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The evaluated points of a run, append-only, in columns of primitive arrays rather than one object
 * graph per point: genes bit-packed into longs (as many bits per gene as its values need: the 51
 * genes of the edge-GPU sample take 16 bytes), objectives and
 * violations as doubles, the step as an int, the infeasible reason as an index into the distinct
 * reasons, and the payload in the problem's {@link PayloadColumns} (as an object only when it has
 * none). {@link Individual}s are made on demand. Rows live in blocks of {@value #BLOCK} that never
 * move: growing copies only the small block tables, and a {@link PointView} of rows already written
 * stays valid while the log grows. One thread appends; views may be read by others once handed over.
 */
public final class EvaluationLog {
    static final int BLOCK = 4096;
    private static final int BLOCK_BITS = 12;
    private static final int IN_BLOCK = BLOCK - 1;
    private static final byte NO_PAYLOAD = 0;
    private static final byte IN_COLUMNS = 1;
    private static final byte AS_OBJECT = 2;

    private final int[] cardinalities;
    private final int genes;
    /** Longs per row holding the genes; gene i is {@code (word[wordOf[i]] >>> shift[i]) & mask[i]}. */
    private final int words;

    private final int[] wordOf;
    private final int[] shift;
    private final long[] mask;
    private final int objectives;
    private final int constraints;
    private final PayloadColumns payloadColumns;
    private final int payloadWidth;
    private final Map<String, Integer> reasonIndex = new HashMap<>();
    private Columns columns;
    private int size;

    /**
     * @param payloadColumns how payloads are stored, or null to keep them as objects
     */
    public EvaluationLog(int[] cardinalities, int objectives, int constraints, PayloadColumns payloadColumns) {
        this.cardinalities = cardinalities.clone();
        this.genes = cardinalities.length;
        this.wordOf = new int[genes];
        this.shift = new int[genes];
        this.mask = new long[genes];
        int word = 0;
        int bit = 0;
        for (int i = 0; i < genes; i++) {
            int width = 32 - Integer.numberOfLeadingZeros(Math.max(0, cardinalities[i] - 1));
            if (bit + width > Long.SIZE) { // a gene never straddles two longs
                word++;
                bit = 0;
            }
            wordOf[i] = word;
            shift[i] = bit;
            mask[i] = (1L << width) - 1;
            bit += width;
        }
        this.words = word + 1; // one even if every gene has a single value (width 0), so reads need no case
        this.objectives = objectives;
        this.constraints = constraints;
        this.payloadColumns = payloadColumns;
        this.payloadWidth = payloadColumns == null ? 0 : payloadColumns.width();
        this.columns = new Columns(this, 0, new String[0], null);
    }

    public static EvaluationLog of(Problem problem) {
        return new EvaluationLog(
                problem.cardinalities(), problem.objectiveCount(), problem.constraintCount(), problem.payloadColumns());
    }

    public int size() {
        return size;
    }

    /**
     * Heap bytes one row takes in the columns (block tables and the distinct reasons aside; object
     * payloads, used only without {@link PayloadColumns}, not counted).
     */
    public int bytesPerRow() {
        return Long.BYTES * words
                + Double.BYTES * (objectives + constraints + payloadWidth)
                + Integer.BYTES // step
                + Integer.BYTES // reason
                + 1; // payload kind
    }

    /** Heap bytes per row of a run's duplicate index at worst ({@link GenomeIndex}), besides {@link #bytesPerRow}. */
    public static double indexBytesPerRow() {
        return GenomeIndex.MAX_BYTES_PER_ENTRY;
    }

    /**
     * Appends a point and returns its row (its index in the run).
     *
     * @throws IllegalArgumentException if the genome or evaluation does not fit the log's layout
     */
    public int append(int[] genome, Evaluation e, int step) {
        if (genome.length != genes || e.objectiveCount() != objectives || e.violations().length != constraints) {
            throw new IllegalArgumentException("point: " + genome.length + " genes, " + e.objectiveCount()
                    + " objectives and " + e.violations().length + " violations, but the log holds " + genes
                    + ", " + objectives + " and " + constraints);
        }
        for (int i = 0; i < genes; i++) {
            if (genome[i] < 0 || genome[i] >= cardinalities[i]) {
                throw new IllegalArgumentException(
                        "genome: gene " + i + " is " + genome[i] + ", outside [0, " + cardinalities[i] + ")");
            }
        }
        int row = size;
        int b = row >>> BLOCK_BITS;
        int r = row & IN_BLOCK;
        Columns c = r == 0 ? grow(b) : columns;
        long[] w = c.geneWords[b];
        for (int i = 0; i < genes; i++) {
            w[r * words + wordOf[i]] |= (long) genome[i] << shift[i];
        }
        for (int i = 0; i < objectives; i++) {
            c.objectives[b][r * objectives + i] = e.objective(i);
        }
        if (constraints > 0) {
            System.arraycopy(e.violations(), 0, c.violations[b], r * constraints, constraints);
        }
        c.steps[b][r] = step;
        c.reasons[b][r] = e.infeasibleReason() == null ? -1 : intern(e.infeasibleReason());
        c = columns; // interning may have replaced the reason table
        Object payload = e.payload();
        byte kind = NO_PAYLOAD;
        if (payload != null) {
            if (payloadColumns != null && payloadColumns.write(payload, c.payloads[b], r * payloadWidth)) {
                kind = IN_COLUMNS;
            } else {
                if (c.objectPayloads[b] == null) {
                    c.objectPayloads[b] = new Object[BLOCK];
                }
                c.objectPayloads[b][r] = payload;
                kind = AS_OBJECT;
            }
        }
        c.payloadKinds[b][r] = kind;
        size++;
        return row;
    }

    /** The point in this row, made now (index = row). */
    public Individual get(int row) {
        java.util.Objects.checkIndex(row, size);
        return columns.individual(row, 0, 0, null);
    }

    /** The rows {@code [from, to)} as a list; it does not change when the log grows. */
    public PointView view(int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, size);
        return PointView.of(columns, from, to);
    }

    /** Every row so far. */
    public PointView view() {
        return view(0, size);
    }

    boolean genesEqual(int row, int[] genome) {
        long[] w = columns.geneWords[row >>> BLOCK_BITS];
        int at = (row & IN_BLOCK) * words;
        for (int i = 0; i < genes; i++) {
            if (((w[at + wordOf[i]] >>> shift[i]) & mask[i]) != genome[i]) {
                return false;
            }
        }
        return true;
    }

    int[] genome(int row) {
        return columns.genome(row);
    }

    private int intern(String reason) {
        Integer known = reasonIndex.get(reason);
        if (known != null) {
            return known;
        }
        int index = reasonIndex.size();
        reasonIndex.put(reason, index);
        String[] table = Arrays.copyOf(columns.reasonTable, index + 1);
        table[index] = reason;
        columns = columns.withReasons(table);
        return index;
    }

    /** Makes block {@code b} the current block. */
    private Columns grow(int b) {
        Columns c = columns;
        if (b >= c.capacity) {
            c = new Columns(this, Math.max(8, c.capacity * 2), c.reasonTable, c);
        }
        c.geneWords[b] = new long[BLOCK * words];
        c.objectives[b] = new double[BLOCK * objectives];
        if (constraints > 0) {
            c.violations[b] = new double[BLOCK * constraints];
        }
        c.steps[b] = new int[BLOCK];
        c.reasons[b] = new int[BLOCK];
        c.payloadKinds[b] = new byte[BLOCK];
        if (payloadWidth > 0) {
            c.payloads[b] = new double[BLOCK * payloadWidth];
        }
        columns = c;
        return c;
    }

    /**
     * The block tables and the distinct reasons at one moment. Replaced, never resized, when the log
     * outgrows them or meets a new reason; the blocks themselves are shared, and rows once written
     * never change, so a view holding an older one reads its rows correctly.
     */
    static final class Columns {
        private final EvaluationLog log;
        private final int capacity;
        private final String[] reasonTable;
        private final long[][] geneWords;
        private final double[][] objectives;
        private final double[][] violations;
        private final int[][] steps;
        private final int[][] reasons;
        private final byte[][] payloadKinds;
        private final double[][] payloads;
        private final Object[][] objectPayloads;

        private Columns(EvaluationLog log, int capacity, String[] reasonTable, Columns from) {
            this.log = log;
            this.capacity = capacity;
            this.reasonTable = reasonTable;
            this.geneWords = copy(from == null ? null : from.geneWords, new long[capacity][]);
            this.objectives = copy(from == null ? null : from.objectives, new double[capacity][]);
            this.violations = copy(from == null ? null : from.violations, new double[capacity][]);
            this.steps = copy(from == null ? null : from.steps, new int[capacity][]);
            this.reasons = copy(from == null ? null : from.reasons, new int[capacity][]);
            this.payloadKinds = copy(from == null ? null : from.payloadKinds, new byte[capacity][]);
            this.payloads = copy(from == null ? null : from.payloads, new double[capacity][]);
            this.objectPayloads = copy(from == null ? null : from.objectPayloads, new Object[capacity][]);
        }

        private Columns(Columns c, String[] reasonTable) {
            this.log = c.log;
            this.capacity = c.capacity;
            this.reasonTable = reasonTable;
            this.geneWords = c.geneWords;
            this.objectives = c.objectives;
            this.violations = c.violations;
            this.steps = c.steps;
            this.reasons = c.reasons;
            this.payloadKinds = c.payloadKinds;
            this.payloads = c.payloads;
            this.objectPayloads = c.objectPayloads;
        }

        private static <T> T[] copy(T[] from, T[] to) {
            if (from != null) {
                System.arraycopy(from, 0, to, 0, from.length);
            }
            return to;
        }

        private Columns withReasons(String[] table) {
            return new Columns(this, table);
        }

        int[] genome(int row) {
            long[] w = geneWords[row >>> BLOCK_BITS];
            int at = (row & IN_BLOCK) * log.words;
            int[] genome = new int[log.genes];
            for (int i = 0; i < genome.length; i++) {
                genome[i] = (int) ((w[at + log.wordOf[i]] >>> log.shift[i]) & log.mask[i]);
            }
            return genome;
        }

        /** The row as an individual with its index and step shifted and its genome mapped (null: kept). */
        Individual individual(int row, int indexOffset, int stepOffset, UnaryOperator<int[]> genomeMap) {
            int b = row >>> BLOCK_BITS;
            int r = row & IN_BLOCK;
            int m = log.objectives;
            int k = log.constraints;
            double[] f = Arrays.copyOfRange(objectives[b], r * m, r * m + m);
            double[] v = k == 0 ? new double[0] : Arrays.copyOfRange(violations[b], r * k, r * k + k);
            int reason = reasons[b][r];
            Object payload = switch (payloadKinds[b][r]) {
                case IN_COLUMNS -> log.payloadColumns.read(payloads[b], r * log.payloadWidth);
                case AS_OBJECT -> objectPayloads[b][r];
                default -> null;
            };
            Evaluation e = new Evaluation(f, v, reason < 0 ? null : reasonTable[reason], payload);
            int[] genome = genome(row);
            return new Individual(
                    genomeMap == null ? genome : genomeMap.apply(genome),
                    e,
                    row + indexOffset,
                    steps[b][r] + stepOffset);
        }
    }
}
