package org.codesign.ui.pareto.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.codesign.eval.Metric;
import org.codesign.study.quantity.Quantities;
import org.codesign.study.quantity.Quantity;

/**
 * The plotted points as columns of shown values (one array per {@link Quantity}, in its unit:
 * MACs in MMACs), indexed by slot = the point's position in the point store. Views scan these
 * arrays instead of objects, which keeps brushing and redrawing 100,000 points within a frame.
 * Metrics are kept as points arrive; other quantities (parameters, utilization) are read through
 * the {@link Source} when a view first asks for their column, and then follow appends; only the
 * few most recently asked for are kept. Appending keeps existing slots.
 */
public final class PointColumns {
    private static final Metric[] METRICS = Metric.values();
    private static final Map<String, Integer> METRIC_COLUMN = new HashMap<>();

    static {
        for (Metric m : METRICS) {
            METRIC_COLUMN.put(m.key(), m.ordinal());
        }
    }

    /** Reads a quantity's stored value of a slot (for quantities that are not metrics). */
    @FunctionalInterface
    public interface Source {
        double raw(Quantity q, int slot);
    }

    private double[][] values = new double[METRICS.length][];
    private int[] run = new int[0];
    private int[] generation = new int[0];
    private final BitSet feasible = new BitSet();
    private final BitSet pareto = new BitSet();
    /** Feasible slots of runs not hidden: what the views draw, brush and export. */
    private final BitSet shown = new BitSet();
    /** Runs whose points the views leave out (a legend entry clicked off). */
    private final java.util.Set<String> hiddenRuns = new java.util.HashSet<>();

    private final List<String> runIds = new ArrayList<>();
    private final Map<String, Integer> runIndex = new HashMap<>();
    private int size;
    private int maxGeneration;
    private Source source = (q, slot) -> Double.NaN;
    /**
     * Columns read through the source by quantity id, the most recently used last. Only the few the
     * views draw by (axes, size, colour, a narrowed slider) are kept: a study has a quantity per
     * design parameter (51 on the edge-GPU sample), and a million-point column of each would take
     * 8 MB, 400 MB in all (what ran -Xmx1g out of heap). Ranges of the others are scanned without
     * a column.
     */
    private final Map<String, ReadColumn> read = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ReadColumn> eldest) {
            return size() > KEPT_READ_COLUMNS;
        }
    };

    /** Read columns kept at most: three axes, size, colour and one more (a slider being narrowed). */
    static final int KEPT_READ_COLUMNS = 6;

    /** A column read through the source: its values and how many slots are read. */
    private static final class ReadColumn {
        double[] values = new double[0];
        int upTo;
    }
    /**
     * Ranges already scanned, by quantity id and [all, positive]: {lo, hi, slots covered}. Slots
     * only ever get appended, so a range extends over the new slots instead of rescanning 100,000.
     */
    private final Map<String, double[][]> ranges = new HashMap<>();

    public PointColumns() {
        for (int m = 0; m < METRICS.length; m++) {
            values[m] = new double[0];
        }
    }

    public int size() {
        return size;
    }

    public void clear() {
        size = 0;
        maxGeneration = 0;
        feasible.clear();
        pareto.clear();
        shown.clear();
        runIds.clear();
        runIndex.clear();
        forgetRead();
    }

    /** Where non-metric quantities are read from; columns read before are read again. */
    public void setSource(Source next) {
        source = next;
        forgetRead();
    }

    private void forgetRead() {
        read.clear();
        ranges.clear();
    }

    /**
     * Makes room for {@code n} slots before they are added: a study loaded whole gets columns of
     * exactly its size in one copy, instead of growing by half at a time (a third more, unused).
     */
    public void reserve(int n) {
        ensureCapacity(n);
    }

    /** Appends one point; {@code metrics} is indexed by {@link Metric#ordinal()}, stored values (NaN when unknown). */
    public int add(String runId, int gen, boolean isFeasible, boolean isPareto, double[] metrics) {
        ensureCapacity(size + 1);
        int slot = size++;
        for (int m = 0; m < METRICS.length; m++) {
            values[m][slot] = Quantities.of(METRICS[m]).display(metrics[m]);
        }
        run[slot] = runIndex.computeIfAbsent(runId, id -> {
            runIds.add(id);
            return runIds.size() - 1;
        });
        generation[slot] = gen;
        maxGeneration = Math.max(maxGeneration, gen);
        feasible.set(slot, isFeasible);
        shown.set(slot, isFeasible && !hiddenRuns.contains(runId));
        pareto.set(slot, isPareto);
        return slot;
    }

    private void ensureCapacity(int n) {
        if (n <= run.length) {
            return;
        }
        int cap = Math.max(n, Math.max(16, run.length + run.length / 2));
        for (int m = 0; m < METRICS.length; m++) {
            values[m] = Arrays.copyOf(values[m], cap);
        }
        run = Arrays.copyOf(run, cap);
        generation = Arrays.copyOf(generation, cap);
    }

    /** A metric's shown value (MACs in MMACs). */
    public double value(Metric m, int slot) {
        return values[m.ordinal()][slot];
    }

    public double value(Quantity q, int slot) {
        if (q.kind() == Quantity.Kind.METRIC) {
            return values[METRIC_COLUMN.get(q.id())][slot];
        }
        ReadColumn c = read.get(q.id());
        return c != null && slot < c.upTo ? c.values[slot] : read(q, slot);
    }

    /** A quantity's shown value of a slot read afresh (not a metric). */
    private double read(Quantity q, int slot) {
        return switch (q.id()) {
            case Quantities.GENERATION -> generation[slot];
            case Quantities.RUN -> run[slot];
            default -> q.display(source.raw(q, slot));
        };
    }

    /** The backing array of one metric (valid up to {@link #size()}); callers must not write to it. */
    public double[] column(Metric m) {
        return values[m.ordinal()];
    }

    /**
     * A quantity's shown values (valid up to {@link #size()}); callers must not write to it. The
     * array may be replaced when points arrive: ask again after an append.
     */
    public double[] column(Quantity q) {
        if (q.kind() == Quantity.Kind.METRIC) {
            return values[METRIC_COLUMN.get(q.id())];
        }
        ReadColumn c = read.computeIfAbsent(q.id(), k -> new ReadColumn());
        if (c.values.length < size) {
            c.values = Arrays.copyOf(c.values, Math.max(size, run.length));
        }
        for (int i = c.upTo; i < size; i++) {
            c.values[i] = read(q, i);
        }
        c.upTo = size;
        return c.values;
    }

    /** The categories of an ordinal quantity as this plot numbers them (runs: in the order they were first seen). */
    public List<String> categories(Quantity q) {
        return Quantities.RUN.equals(q.id()) ? runIds() : q.categories();
    }

    public boolean feasible(int slot) {
        return feasible.get(slot);
    }

    /** Whether the views draw the slot: feasible, and its run is not hidden. */
    public boolean shown(int slot) {
        return shown.get(slot);
    }

    /**
     * Hides the points of the given runs (ids) from the views and shows all others; ranges are
     * taken over the shown points only, so the axes fit what is drawn.
     */
    public void setHiddenRuns(java.util.Set<String> runIds) {
        hiddenRuns.clear();
        hiddenRuns.addAll(runIds);
        shown.clear();
        for (int i = feasible.nextSetBit(0); i >= 0 && i < size; i = feasible.nextSetBit(i + 1)) {
            shown.set(i, !hiddenRuns.contains(this.runIds.get(run[i])));
        }
        ranges.clear();
    }

    public boolean pareto(int slot) {
        return pareto.get(slot);
    }

    /** The first Pareto-optimal slot at or after {@code from}, or -1. */
    public int nextPareto(int from) {
        return pareto.nextSetBit(from);
    }

    /** Sets a Pareto flag; returns whether it changed. */
    public boolean setPareto(int slot, boolean on) {
        if (pareto.get(slot) == on) {
            return false;
        }
        pareto.set(slot, on);
        return true;
    }

    /** Index of the slot's run in {@link #runIds()} (first seen, first numbered). */
    public int run(int slot) {
        return run[slot];
    }

    public List<String> runIds() {
        return List.copyOf(runIds);
    }

    public int generation(int slot) {
        return generation[slot];
    }

    public int maxGeneration() {
        return maxGeneration;
    }

    /** Shown points whose values on all the given quantities can be drawn on the given scales. */
    public BitSet drawable(Quantity[] quantities, AxisScale[] scales) {
        double[][] v = new double[quantities.length][];
        for (int a = 0; a < quantities.length; a++) {
            v[a] = column(quantities[a]);
        }
        BitSet drawn = new BitSet(size);
        for (int i = shown.nextSetBit(0); i >= 0 && i < size; i = shown.nextSetBit(i + 1)) {
            boolean ok = true;
            for (int a = 0; a < quantities.length && ok; a++) {
                ok = scales[a].accepts(v[a][i]);
            }
            if (ok) {
                drawn.set(i);
            }
        }
        return drawn;
    }

    public double[] range(Metric m, boolean positive) {
        return range(Quantities.of(m), positive);
    }

    /**
     * {min, max} of a quantity's shown values over {@link #shown} points with a finite (and, for
     * {@code positive}, > 0) value; NaNs if none.
     */
    public double[] range(Quantity q, boolean positive) {
        double[][] both = ranges.computeIfAbsent(q.id(), k -> new double[2][]);
        double[] cached = both[positive ? 1 : 0];
        if (cached == null || cached[2] > size) {
            cached = new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0};
            both[positive ? 1 : 0] = cached;
        }
        double lo = cached[0];
        double hi = cached[1];
        // A column the views keep is scanned; any other quantity is read slot by slot, not kept.
        double[] v = q.kind() == Quantity.Kind.METRIC || read.containsKey(q.id()) ? column(q) : null;
        for (int i = shown.nextSetBit((int) cached[2]); i >= 0 && i < size; i = shown.nextSetBit(i + 1)) {
            double x = v != null ? v[i] : read(q, i);
            if (Double.isFinite(x) && (!positive || x > 0)) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        cached[0] = lo;
        cached[1] = hi;
        cached[2] = size;
        return lo <= hi ? new double[] {lo, hi} : new double[] {Double.NaN, Double.NaN};
    }

    /** The smallest shown value of a quantity over every shown point (NaN if none): what a log scale must refuse at ≤ 0. */
    public double smallest(Quantity q) {
        return range(q, false)[0];
    }
}
