package org.codesign.ui.pareto.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.codesign.eval.Metric;

/**
 * The plotted points as columns (one array per metric), indexed by slot = the point's position
 * in the point store. Views scan these arrays instead of objects, which keeps brushing and
 * redrawing 100,000 points within a frame. Appending keeps existing slots.
 */
public final class PointColumns {
    private static final Metric[] METRICS = Metric.values();

    private double[][] values = new double[METRICS.length][];
    private int[] run = new int[0];
    private int[] generation = new int[0];
    private final BitSet feasible = new BitSet();
    private final BitSet pareto = new BitSet();
    private final List<String> runIds = new ArrayList<>();
    private final Map<String, Integer> runIndex = new HashMap<>();
    private int size;
    private int maxGeneration;
    /**
     * Ranges already scanned, by metric and [all, positive]: {lo, hi, slots covered}. Slots only
     * ever get appended, so a range extends over the new slots instead of rescanning 100,000.
     */
    private final double[][][] ranges = new double[METRICS.length][2][];

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
        runIds.clear();
        runIndex.clear();
        for (double[][] r : ranges) {
            Arrays.fill(r, null);
        }
    }

    /** Appends one point; {@code metrics} is indexed by {@link Metric#ordinal()} (NaN when unknown). */
    public int add(String runId, int gen, boolean isFeasible, boolean isPareto, double[] metrics) {
        ensureCapacity(size + 1);
        int slot = size++;
        for (int m = 0; m < METRICS.length; m++) {
            values[m][slot] = metrics[m];
        }
        run[slot] = runIndex.computeIfAbsent(runId, id -> {
            runIds.add(id);
            return runIds.size() - 1;
        });
        generation[slot] = gen;
        maxGeneration = Math.max(maxGeneration, gen);
        feasible.set(slot, isFeasible);
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

    public double value(Metric m, int slot) {
        return values[m.ordinal()][slot];
    }

    /** The backing array of one metric (valid up to {@link #size()}); callers must not write to it. */
    public double[] column(Metric m) {
        return values[m.ordinal()];
    }

    public boolean feasible(int slot) {
        return feasible.get(slot);
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

    /** Feasible points whose values on all the given metrics can be drawn on the given scales. */
    public BitSet drawable(Metric[] metrics, AxisScale[] scales) {
        BitSet shown = new BitSet(size);
        for (int i = feasible.nextSetBit(0); i >= 0 && i < size; i = feasible.nextSetBit(i + 1)) {
            boolean ok = true;
            for (int a = 0; a < metrics.length && ok; a++) {
                ok = scales[a].accepts(values[metrics[a].ordinal()][i]);
            }
            if (ok) {
                shown.set(i);
            }
        }
        return shown;
    }

    /** {min, max} of a metric over feasible points with a finite (and, for {@code positive}, > 0) value; NaNs if none. */
    public double[] range(Metric m, boolean positive) {
        double[] cached = ranges[m.ordinal()][positive ? 1 : 0];
        if (cached == null || cached[2] > size) {
            cached = new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0};
            ranges[m.ordinal()][positive ? 1 : 0] = cached;
        }
        double lo = cached[0];
        double hi = cached[1];
        double[] v = values[m.ordinal()];
        for (int i = feasible.nextSetBit((int) cached[2]); i >= 0 && i < size; i = feasible.nextSetBit(i + 1)) {
            double x = v[i];
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
}
