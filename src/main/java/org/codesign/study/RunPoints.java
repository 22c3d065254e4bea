package org.codesign.study;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.codesign.eval.Metric;

/**
 * The evaluated points of a run as columns of primitives (issue 12, bounded memory): about 130
 * bytes a point on the edge-GPU study where one {@link EvaluatedPoint} with its genome and metric
 * map took ~570. Immutable; built row by row with a {@link Builder}. An absent metric is NaN in its
 * column, so a present NaN reads back as absent; a metric that is one value (or absent) over a block
 * takes no column there ({@link BlockMetrics}). Genes
 * take a byte each while every gene is in 0..255 (value lists of at most 256 values), else an int.
 *
 * <p>The columns are cut into blocks of {@value #BLOCK_ROWS} rows that are never moved once full,
 * so a run that grows (a live run in the window) can hand out a table of its rows so far at any
 * time ({@link Builder#snapshot()}) without copying them: successive tables share their blocks.
 */
public final class RunPoints {
    private static final Metric[] METRICS = Metric.values();
    static final int BLOCK_SHIFT = 12;
    /** Rows a block holds. */
    public static final int BLOCK_ROWS = 1 << BLOCK_SHIFT;

    /** A table taken whole from columns (a stored run) is one block of any size. */
    private static final int ONE_BLOCK = 31;

    public static final RunPoints EMPTY = new Builder().build();

    private final int size;
    /** Row r lives in block r >>> shift, at r & mask. */
    private final int shift;

    private final int mask;
    private final Block[] blocks;
    private final String[] reasons;
    private final View view = new View();

    /**
     * Rows of a block; its arrays may be longer than the rows a table reads from them. {@code width}
     * is the genes a row, or -1 when rows differ: then row r's genes are [offsets[r], offsets[r + 1]).
     * Exactly one of the gene arrays is set; {@code metrics} keeps a metric that is one value over
     * the block as that value (see {@link BlockMetrics}); {@code reason} indexes the table's reasons (-1: the hardware could run the
     * point), null when every row could.
     */
    private record Block(
            BlockIndex index,
            int[] generation,
            int width,
            int[] offsets,
            byte[] smallGenes,
            int[] genes,
            BlockMetrics metrics,
            int[] reason) {
        int start(int row) {
            return offsets == null ? row * width : offsets[row];
        }

        int length(int row) {
            return offsets == null ? width : offsets[row + 1] - offsets[row];
        }

        int gene(int at) {
            return smallGenes != null ? smallGenes[at] & 0xff : genes[at];
        }
    }

    private RunPoints(int size, int shift, Block[] blocks, String[] reasons) {
        this.size = size;
        this.shift = shift;
        this.mask = shift == ONE_BLOCK ? Integer.MAX_VALUE : (1 << shift) - 1;
        this.blocks = blocks;
        this.reasons = reasons;
    }

    /** The columns of a list of points (the list's own columns when it is a {@link #asList() view}). */
    public static RunPoints of(List<EvaluatedPoint> points) {
        if (points instanceof View v) {
            return v.table();
        }
        Builder b = new Builder();
        points.forEach(b::add);
        return b.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder with blocks of {@code 1 << shift} rows (tests cross block edges with small ones). */
    static Builder builder(int shift) {
        return new Builder(shift);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    private Block block(int row) {
        return blocks[row >>> shift];
    }

    public long index(int row) {
        return block(row).index.get(row & mask);
    }

    public int generation(int row) {
        return block(row).generation[row & mask];
    }

    public int genomeLength(int row) {
        return block(row).length(row & mask);
    }

    public int gene(int row, int g) {
        Block b = block(row);
        return b.gene(b.start(row & mask) + g);
    }

    public int[] genome(int row) {
        Block b = block(row);
        int local = row & mask;
        int[] out = new int[b.length(local)];
        int at = b.start(local);
        for (int g = 0; g < out.length; g++) {
            out[g] = b.gene(at + g);
        }
        return out;
    }

    /** The metric of a row, NaN when it was not computed (e.g. the hardware could not run the point). */
    public double metric(Metric m, int row) {
        return block(row).metrics.get(m.ordinal(), row & mask);
    }

    /**
     * Cells kept without 8 bytes of their own, summed over the blocks: a row of a double column
     * (metric or violation) that holds one value over its block, and a row whose index is counted
     * from its block's first. What the compact layout saves, 8 bytes each; for tests and benchmarks.
     */
    public long compactCells() {
        long cells = 0;
        for (int b = 0; b < blocks.length; b++) {
            int inBlock = Math.min(size - (b << shift), shift == ONE_BLOCK ? size : 1 << shift);
            int compact = blocks[b].metrics.constantCount() + (blocks[b].index.counting() ? 1 : 0);
            cells += (long) inBlock * compact;
        }
        return cells;
    }

    public double violation(int row) {
        return block(row).metrics.get(BlockMetrics.VIOLATION, row & mask);
    }

    /** Why the hardware could not run the point, null when it could. */
    public String infeasibleReason(int row) {
        int[] reason = block(row).reason;
        int id = reason == null ? -1 : reason[row & mask];
        return id < 0 ? null : reasons[id];
    }

    public boolean feasible(int row) {
        return violation(row) == 0.0 && infeasibleReason(row) == null;
    }

    /** Whether both tables read {@code row} from the same arrays: neither copied the other's. */
    public boolean sharesRow(RunPoints other, int row) {
        return row < size && row < other.size && block(row).generation == other.block(row).generation;
    }

    /** One row as an object, for code that wants one point (a detail pane, an export row). */
    public EvaluatedPoint point(int row) {
        Map<Metric, Double> m = new EnumMap<>(Metric.class);
        for (Metric metric : METRICS) {
            double v = metric(metric, row);
            if (!Double.isNaN(v)) {
                m.put(metric, v);
            }
        }
        return new EvaluatedPoint(index(row), generation(row), genome(row), m, violation(row), infeasibleReason(row));
    }

    /** The rows as a list that makes each point when it is read (nothing is kept). */
    public List<EvaluatedPoint> asList() {
        return view;
    }

    /** Rows equal one by one (whatever column widths hold them). */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof RunPoints p) || p.size != size) {
            return false;
        }
        for (int r = 0; r < size; r++) {
            if (!sameRow(p, r)) {
                return false;
            }
        }
        return true;
    }

    private boolean sameRow(RunPoints p, int r) {
        if (index(r) != p.index(r)
                || generation(r) != p.generation(r)
                || Double.compare(violation(r), p.violation(r)) != 0
                || !java.util.Objects.equals(infeasibleReason(r), p.infeasibleReason(r))
                || genomeLength(r) != p.genomeLength(r)) {
            return false;
        }
        for (int g = 0; g < genomeLength(r); g++) {
            if (gene(r, g) != p.gene(r, g)) {
                return false;
            }
        }
        for (Metric m : METRICS) {
            if (Double.compare(metric(m, r), p.metric(m, r)) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(size == 0 ? 0 : index(size - 1)) * 31 + size;
    }

    @Override
    public String toString() {
        return "RunPoints[" + size + " points]";
    }

    /** The list form of the columns; equal to any list of the same points. */
    final class View extends AbstractList<EvaluatedPoint> implements RandomAccess {
        RunPoints table() {
            return RunPoints.this;
        }

        @Override
        public EvaluatedPoint get(int i) {
            java.util.Objects.checkIndex(i, size);
            return point(i);
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof View v ? RunPoints.this.equals(v.table()) : super.equals(o);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }

    /**
     * Appends rows. The first block's arrays grow by half up to a block; later blocks are made
     * whole, and a full block is never copied again. Only the row being added is ever written, so
     * a {@link #snapshot()} can share the arrays with the builder that keeps appending.
     */
    public static final class Builder {
        private int shift;
        private final List<Block> sealed = new ArrayList<>();
        private int size;
        /** Rows in the current block. */
        private int rows;

        /** Rows the current block's columns hold. */
        private int capacity = 16;

        private BlockIndex index = BlockIndex.empty();
        private int[] generation = new int[16];
        private int width = -1;
        /** Null until the current block's rows differ in length. */
        private int[] offsets;

        private int geneCount;
        private byte[] smallGenes = new byte[64];
        private int[] genes;
        private BlockMetrics metrics = BlockMetrics.empty();
        private int[] reason;
        private final List<String> reasons = new ArrayList<>();
        private final Map<String, Integer> reasonIds = new HashMap<>();
        private boolean spent;

        private Builder() {
            this(BLOCK_SHIFT);
        }

        private Builder(int shift) {
            this.shift = shift;
        }

        public int size() {
            return size;
        }

        public Builder add(EvaluatedPoint p) {
            double[] values = BlockMetrics.nanRow();
            for (Map.Entry<Metric, Double> e : p.metrics().entrySet()) {
                values[e.getKey().ordinal()] = e.getValue();
            }
            int[] genome = p.genome();
            return add(p.index(), p.generation(), genome, genome.length, values, p.violation(), p.infeasibleReason());
        }

        /**
         * Appends one row from primitives: {@code genes[0..genomeLength)} and {@code metricValues}
         * by metric ordinal, NaN for absent (the arrays are read, not kept).
         *
         * @throws IllegalArgumentException when the violation is not a number ≥ 0 (as EvaluatedPoint)
         */
        public Builder add(
                long idx,
                int gen,
                int[] genome,
                int genomeLength,
                double[] metricValues,
                double viol,
                String infeasibleReason) {
            int row = startRow(idx, gen, viol, infeasibleReason);
            addGenes(genome, genomeLength);
            for (int m = 0; m < METRICS.length; m++) {
                setMetric(row, m, metricValues[m]);
            }
            return this;
        }

        /**
         * Appends {@code rows} rows given as columns (a stored chunk): genes row by row, {@code
         * width} a row, in {@code smallGenes} (0..255) or {@code intGenes}; {@code metricColumns}
         * by metric ordinal, null for a metric no row has; {@code reason} indexes {@code reasonTable}
         * (-1: none), or is null when no row is infeasible. Into an empty builder with byte genes
         * the arrays are taken as they are, not copied: the caller must not change them after.
         */
        public Builder addColumns(
                int rows,
                long[] idx,
                int[] gen,
                int width,
                byte[] small,
                int[] intGenes,
                double[][] metricColumns,
                double[] viol,
                String[] reasonTable,
                int[] reasonOfRow) {
            if (small == null || size > 0 || rows == 0 || idx.length != rows) {
                // The general path: rows one by one.
                int[] genome = new int[width];
                double[] row = new double[METRICS.length];
                for (int r = 0; r < rows; r++) {
                    for (int g = 0; g < width; g++) {
                        genome[g] = small != null ? small[r * width + g] & 0xff : intGenes[r * width + g];
                    }
                    for (int m = 0; m < METRICS.length; m++) {
                        row[m] = metricColumns[m] == null ? Double.NaN : metricColumns[m][r];
                    }
                    String why = reasonOfRow == null || reasonOfRow[r] < 0 ? null : reasonTable[reasonOfRow[r]];
                    add(idx[r], gen[r], genome, width, row, viol[r], why);
                }
                return this;
            }
            // An empty builder taking a chunk of byte genes: the columns become one block, uncopied.
            for (int r = 0; r < rows; r++) {
                if (!(viol[r] >= 0)) {
                    throw new IllegalArgumentException("violation: must be a number ≥ 0, got " + viol[r]);
                }
            }
            if (reasonOfRow != null) {
                for (int r = 0; r < rows; r++) {
                    if (reasonOfRow[r] >= 0) {
                        reasonOfRow[r] = reasonId(reasonTable[reasonOfRow[r]]);
                    }
                }
            }
            shift = ONE_BLOCK;
            this.rows = rows;
            size = rows;
            capacity = rows;
            index = BlockIndex.ofColumn(idx, rows);
            generation = gen;
            this.width = width;
            smallGenes = small;
            geneCount = rows * width;
            metrics = BlockMetrics.ofColumns(metricColumns, viol, rows);
            reason = reasonOfRow;
            return this;
        }

        /** A table of the rows so far; the builder goes on (the table shares its arrays). */
        public RunPoints snapshot() {
            if (spent) {
                throw new IllegalStateException("a RunPoints.Builder builds once");
            }
            Block[] blocks = sealed.toArray(new Block[sealed.size() + (rows > 0 ? 1 : 0)]);
            if (rows > 0) {
                blocks[sealed.size()] = current();
            }
            return new RunPoints(size, shift, blocks, reasons.toArray(String[]::new));
        }

        /** The table; the builder is spent (its arrays are now the table's). */
        public RunPoints build() {
            if (spent) {
                throw new IllegalStateException("a RunPoints.Builder builds once");
            }
            if (rows < capacity && shift != ONE_BLOCK) {
                trim();
            }
            RunPoints table = snapshot();
            spent = true;
            return table;
        }

        /** The current block as it stands (the column list is copied: a later column is not its). */
        private Block current() {
            return new Block(
                    index.frozen(),
                    generation,
                    offsets == null ? width : -1,
                    offsets,
                    genes == null ? smallGenes : null,
                    genes,
                    metrics.frozen(),
                    reason);
        }

        private int startRow(long idx, int gen, double viol, String infeasibleReason) {
            if (spent) {
                throw new IllegalStateException("a RunPoints.Builder builds once");
            }
            if (!(viol >= 0)) {
                throw new IllegalArgumentException("violation: must be a number ≥ 0, got " + viol);
            }
            if (shift == ONE_BLOCK) {
                reblock();
            }
            if (rows == 1 << shift) {
                sealed.add(current());
                newBlock();
            } else if (rows == capacity) {
                resize(Math.min(1 << shift, rows + Math.max(16, rows >> 1)));
            }
            int row = rows++;
            size++;
            index.set(row, idx, capacity);
            generation[row] = gen;
            metrics.set(row, BlockMetrics.VIOLATION, viol, capacity);
            if (infeasibleReason != null) {
                if (reason == null) {
                    reason = grow(new int[0], capacity, -1);
                }
                reason[row] = reasonId(infeasibleReason);
            }
            return row;
        }

        private int reasonId(String why) {
            return reasonIds.computeIfAbsent(why, w -> {
                reasons.add(w);
                return reasons.size() - 1;
            });
        }

        /** A block of a later block size: allocated whole, so it is never resized. */
        private void newBlock() {
            int n = 1 << shift;
            capacity = n;
            index = BlockIndex.empty();
            generation = new int[n];
            metrics = BlockMetrics.empty();
            reason = null;
            offsets = null;
            smallGenes = genes == null ? new byte[n * Math.max(1, width)] : null;
            genes = genes == null ? null : new int[n * Math.max(1, width)];
            width = -1;
            geneCount = 0;
            rows = 0;
        }

        private void resize(int n) {
            capacity = n;
            index.resize(n);
            generation = Arrays.copyOf(generation, n);
            if (offsets != null) {
                offsets = Arrays.copyOf(offsets, n + 1);
            }
            if (reason != null) {
                reason = grow(reason, n, -1);
            }
            metrics.resize(n);
        }

        private void trim() {
            resize(rows);
            if (genes == null) {
                smallGenes = Arrays.copyOf(smallGenes, geneCount);
            } else {
                genes = Arrays.copyOf(genes, geneCount);
            }
        }

        /** Rows after a whole-columns block: that block's rows are taken again into ordinary blocks. */
        private void reblock() {
            RunPoints taken = snapshot();
            shift = BLOCK_SHIFT;
            sealed.clear();
            size = 0;
            rows = 0;
            capacity = 16;
            index = BlockIndex.empty();
            generation = new int[16];
            metrics = BlockMetrics.empty();
            reason = null;
            offsets = null;
            width = -1;
            geneCount = 0;
            smallGenes = new byte[64];
            genes = null;
            taken.asList().forEach(this::add);
        }

        private void addGenes(int[] genome, int length) {
            if (width == -1 && offsets == null) {
                width = length;
            } else if (offsets == null && length != width) {
                offsets = new int[capacity + 1];
                for (int r = 0; r < rows; r++) {
                    offsets[r] = r * width;
                }
            }
            int need = geneCount + length;
            if (genes == null) {
                boolean fits = true;
                for (int g = 0; g < length; g++) {
                    fits &= genome[g] >= 0 && genome[g] <= 255;
                }
                if (!fits) {
                    genes = new int[Math.max(need, smallGenes.length)];
                    for (int g = 0; g < geneCount; g++) {
                        genes[g] = smallGenes[g] & 0xff;
                    }
                    smallGenes = null;
                }
            }
            if (genes == null) {
                if (need > smallGenes.length) {
                    smallGenes =
                            Arrays.copyOf(smallGenes, Math.max(need, smallGenes.length + (smallGenes.length >> 1)));
                }
                for (int g = 0; g < length; g++) {
                    smallGenes[geneCount + g] = (byte) genome[g];
                }
            } else {
                if (need > genes.length) {
                    genes = Arrays.copyOf(genes, Math.max(need, genes.length + (genes.length >> 1)));
                }
                System.arraycopy(genome, 0, genes, geneCount, length);
            }
            if (offsets != null) {
                offsets[rows - 1] = geneCount;
                offsets[rows] = need;
            }
            geneCount = need;
        }

        private void setMetric(int row, int m, double value) {
            metrics.set(row, m, value, capacity);
        }

        private static int[] grow(int[] column, int n, int fill) {
            int[] out = Arrays.copyOf(column, n);
            Arrays.fill(out, Math.min(column.length, n), n, fill);
            return out;
        }
    }
}
