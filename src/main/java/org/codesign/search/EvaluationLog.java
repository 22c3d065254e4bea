package org.codesign.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The evaluated points of a run, append-only, in columns of primitive arrays rather than one object
 * graph per point: genes as bytes (when every gene has at most 256 values) or ints, objectives and
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

    private final int genes;
    private final boolean byteGenes;
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
        this.genes = cardinalities.length;
        this.byteGenes = Arrays.stream(cardinalities).allMatch(c -> c <= 256);
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
        return genes * (byteGenes ? 1 : 4)
                + Double.BYTES * (objectives + constraints + payloadWidth)
                + Integer.BYTES // step
                + Integer.BYTES // reason
                + 1; // payload kind
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
        int row = size;
        int b = row >>> BLOCK_BITS;
        int r = row & IN_BLOCK;
        Columns c = r == 0 ? grow(b) : columns;
        if (byteGenes) {
            byte[] g = c.geneBytes[b];
            for (int i = 0; i < genes; i++) {
                g[r * genes + i] = (byte) genome[i];
            }
        } else {
            System.arraycopy(genome, 0, c.geneInts[b], r * genes, genes);
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
        int b = row >>> BLOCK_BITS;
        int at = (row & IN_BLOCK) * genes;
        if (byteGenes) {
            byte[] g = columns.geneBytes[b];
            for (int i = 0; i < genes; i++) {
                if ((g[at + i] & 0xFF) != genome[i]) {
                    return false;
                }
            }
            return true;
        }
        return Arrays.equals(columns.geneInts[b], at, at + genes, genome, 0, genes);
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
        if (byteGenes) {
            c.geneBytes[b] = new byte[BLOCK * genes];
        } else {
            c.geneInts[b] = new int[BLOCK * genes];
        }
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
        private final byte[][] geneBytes;
        private final int[][] geneInts;
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
            this.geneBytes = copy(from == null ? null : from.geneBytes, new byte[capacity][]);
            this.geneInts = copy(from == null ? null : from.geneInts, new int[capacity][]);
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
            this.geneBytes = c.geneBytes;
            this.geneInts = c.geneInts;
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
            int b = row >>> BLOCK_BITS;
            int n = log.genes;
            int at = (row & IN_BLOCK) * n;
            int[] genome = new int[n];
            if (log.byteGenes) {
                byte[] g = geneBytes[b];
                for (int i = 0; i < n; i++) {
                    genome[i] = g[at + i] & 0xFF;
                }
            } else {
                System.arraycopy(geneInts[b], at, genome, 0, n);
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
