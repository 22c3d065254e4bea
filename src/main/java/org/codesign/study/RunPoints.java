package org.codesign.study;

import java.util.AbstractList;
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
 * column (a metric no row has takes no column at all), so a present NaN reads back as absent. Genes
 * take a byte each while every gene is in 0..255 (value lists of at most 256 values), else an int.
 */
public final class RunPoints {
    private static final Metric[] METRICS = Metric.values();
    public static final RunPoints EMPTY = new Builder().build();

    private final int size;
    private final long[] index;
    private final int[] generation;
    /** Row r's genes are [start(r), start(r + 1)): rows of one length (the usual case) need no offsets. */
    private final int width;

    private final int[] offsets;
    private final byte[] smallGenes;
    private final int[] genes;
    /** By metric ordinal; null where no row has the metric. */
    private final double[][] metrics;

    private final double[] violation;
    /** Index into {@link #reasons}, -1 for a point the hardware could run; null when every point could. */
    private final int[] reason;

    private final String[] reasons;
    private final View view = new View();

    private RunPoints(Builder b) {
        size = b.size;
        index = exact(b.index, size);
        generation = exact(b.generation, size);
        width = b.ragged ? -1 : b.width;
        offsets = b.ragged ? Arrays.copyOf(b.offsets, size + 1) : null;
        int geneCount = b.geneCount;
        smallGenes = b.genes == null ? exact(b.smallGenes, geneCount) : null;
        genes = b.genes == null ? null : exact(b.genes, geneCount);
        metrics = new double[METRICS.length][];
        for (int m = 0; m < METRICS.length; m++) {
            metrics[m] = b.metrics[m] == null ? null : exact(b.metrics[m], size);
        }
        violation = exact(b.violation, size);
        reason = b.reason == null ? null : exact(b.reason, size);
        reasons = b.reasons.toArray(String[]::new);
    }

    /** The builder's array when it is full (a spent builder's arrays are not touched again), else a trimmed copy. */
    private static long[] exact(long[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    private static int[] exact(int[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    private static byte[] exact(byte[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
    }

    private static double[] exact(double[] a, int n) {
        return a.length == n ? a : Arrays.copyOf(a, n);
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

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public long index(int row) {
        return index[row];
    }

    public int generation(int row) {
        return generation[row];
    }

    public int genomeLength(int row) {
        return offsets == null ? width : offsets[row + 1] - offsets[row];
    }

    public int gene(int row, int g) {
        int at = start(row) + g;
        return smallGenes != null ? smallGenes[at] & 0xff : genes[at];
    }

    public int[] genome(int row) {
        int[] out = new int[genomeLength(row)];
        int at = start(row);
        for (int g = 0; g < out.length; g++) {
            out[g] = smallGenes != null ? smallGenes[at + g] & 0xff : genes[at + g];
        }
        return out;
    }

    private int start(int row) {
        return offsets == null ? row * width : offsets[row];
    }

    /** The metric of a row, NaN when it was not computed (e.g. the hardware could not run the point). */
    public double metric(Metric m, int row) {
        double[] column = metrics[m.ordinal()];
        return column == null ? Double.NaN : column[row];
    }

    /** Whether any row has the metric. */
    public boolean hasMetric(Metric m) {
        return metrics[m.ordinal()] != null;
    }

    public double violation(int row) {
        return violation[row];
    }

    /** Why the hardware could not run the point, null when it could. */
    public String infeasibleReason(int row) {
        return reason == null || reason[row] < 0 ? null : reasons[reason[row]];
    }

    public boolean feasible(int row) {
        return violation[row] == 0.0 && (reason == null || reason[row] < 0);
    }

    /** One row as an object, for code that wants one point (a detail pane, an export row). */
    public EvaluatedPoint point(int row) {
        Map<Metric, Double> m = new EnumMap<>(Metric.class);
        for (int k = 0; k < METRICS.length; k++) {
            if (metrics[k] != null && !Double.isNaN(metrics[k][row])) {
                m.put(METRICS[k], metrics[k][row]);
            }
        }
        return new EvaluatedPoint(index[row], generation[row], genome(row), m, violation[row], infeasibleReason(row));
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
        if (index[r] != p.index[r]
                || generation[r] != p.generation[r]
                || Double.compare(violation[r], p.violation[r]) != 0
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
        return Long.hashCode(size == 0 ? 0 : index[size - 1]) * 31 + size;
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

    /** Appends rows; arrays grow by half, so a million rows copy each value about twice. */
    public static final class Builder {
        private int size;
        private long[] index = new long[16];
        private int[] generation = new int[16];
        private int width = -1;
        private boolean ragged;
        private int[] offsets = new int[17];
        private int geneCount;
        private byte[] smallGenes = new byte[64];
        private int[] genes;
        private final double[][] metrics = new double[METRICS.length][];
        private double[] violation = new double[16];
        private int[] reason;
        private final List<String> reasons = new java.util.ArrayList<>();
        private final Map<String, Integer> reasonIds = new HashMap<>();
        private boolean spent;

        private Builder() {}

        public int size() {
            return size;
        }

        public Builder add(EvaluatedPoint p) {
            int row = startRow(p.index(), p.generation(), p.violation(), p.infeasibleReason());
            int[] genome = p.genome();
            addGenes(genome, genome.length);
            for (Map.Entry<Metric, Double> e : p.metrics().entrySet()) {
                setMetric(row, e.getKey().ordinal(), e.getValue());
            }
            return this;
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
                if (!Double.isNaN(metricValues[m])) {
                    setMetric(row, m, metricValues[m]);
                }
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
            int[] genome = new int[width];
            if (small == null || size > 0 || rows == 0 || idx.length != rows) {
                // The general path: rows one by one.
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
            // An empty builder taking a chunk of byte genes: the columns are copied whole.
            for (int r = 0; r < rows; r++) {
                if (!(viol[r] >= 0)) {
                    throw new IllegalArgumentException("violation: must be a number ≥ 0, got " + viol[r]);
                }
            }
            this.width = width;
            size = rows;
            index = idx;
            generation = gen;
            violation = viol;
            smallGenes = small;
            geneCount = rows * width;
            offsets = new int[rows + 1]; // read only if a later row has another width
            for (int r = 1; r <= rows; r++) {
                offsets[r] = r * width;
            }
            System.arraycopy(metricColumns, 0, metrics, 0, METRICS.length);
            if (reasonOfRow != null) {
                reason = reasonOfRow;
                for (int r = 0; r < rows; r++) {
                    if (reason[r] >= 0) {
                        String why = reasonTable[reason[r]];
                        reason[r] = reasonIds.computeIfAbsent(why, w -> {
                            reasons.add(w);
                            return reasons.size() - 1;
                        });
                    }
                }
            }
            return this;
        }

        private int startRow(long idx, int gen, double viol, String infeasibleReason) {
            if (spent) {
                throw new IllegalStateException("a RunPoints.Builder builds once");
            }
            if (!(viol >= 0)) {
                throw new IllegalArgumentException("violation: must be a number ≥ 0, got " + viol);
            }
            if (size == index.length) {
                int n = size + Math.max(16, size >> 1);
                index = Arrays.copyOf(index, n);
                generation = Arrays.copyOf(generation, n);
                violation = Arrays.copyOf(violation, n);
                offsets = Arrays.copyOf(offsets, n + 1);
                if (reason != null) {
                    reason = grow(reason, n, -1);
                }
                for (int m = 0; m < METRICS.length; m++) {
                    if (metrics[m] != null) {
                        metrics[m] = grow(metrics[m], n);
                    }
                }
            }
            int row = size++;
            index[row] = idx;
            generation[row] = gen;
            violation[row] = viol;
            if (infeasibleReason != null) {
                if (reason == null) {
                    reason = grow(new int[0], index.length, -1);
                }
                reason[row] = reasonIds.computeIfAbsent(infeasibleReason, r -> {
                    reasons.add(r);
                    return reasons.size() - 1;
                });
            }
            return row;
        }

        private void addGenes(int[] genome, int length) {
            if (width == -1) {
                width = length;
            } else if (length != width) {
                ragged = true;
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
            geneCount = need;
            offsets[size] = geneCount;
        }

        private void setMetric(int row, int m, double value) {
            if (metrics[m] == null) {
                metrics[m] = grow(new double[0], index.length);
            }
            metrics[m][row] = value;
        }

        private static double[] grow(double[] column, int n) {
            double[] out = Arrays.copyOf(column, n);
            Arrays.fill(out, column.length, n, Double.NaN);
            return out;
        }

        private static int[] grow(int[] column, int n, int fill) {
            int[] out = Arrays.copyOf(column, n);
            Arrays.fill(out, column.length, n, fill);
            return out;
        }

        /** The table; the builder is spent (its arrays may now be the table's). */
        public RunPoints build() {
            if (spent) {
                throw new IllegalStateException("a RunPoints.Builder builds once");
            }
            spent = true;
            return new RunPoints(this);
        }
    }
}
