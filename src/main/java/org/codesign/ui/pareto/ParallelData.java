package org.codesign.ui.pareto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.codesign.eval.Metric;
import org.codesign.space.CodesignSpace;
import org.codesign.space.Parameter;
import org.codesign.study.quantity.Quantities;
import org.codesign.ui.pareto.plot.AxisArrangement;
import org.codesign.ui.pareto.plot.AxisIntervals;
import org.codesign.ui.pareto.plot.LinePlaces;
import org.codesign.ui.pareto.plot.ParallelAxis;
import org.codesign.ui.pareto.plot.PointColumns;
import org.codesign.ui.points.PointEntry;

/**
 * What the parallel coordinates show, without any node: the axes (metrics with data, then the
 * design parameters that vary), every point's value on each, their order and directions, the
 * brushed intervals and the points inside them, and which lines to draw when there are too many.
 */
final class ParallelData {
    /** Lines drawn per group (selected / not selected) at most. */
    static final int MAX_LINES = 4000;

    /** The lines to draw: a sample of the unselected and of the selected feasible points, and how many there are. */
    record Lines(int[] rest, int[] chosen, int total) {
        boolean anySelected() {
            return chosen.length > 0;
        }

        /** The lines in drawing order: the rest first, the chosen ones over them. */
        int[] drawingOrder() {
            int[] all = Arrays.copyOf(rest, rest.length + chosen.length);
            System.arraycopy(chosen, 0, all, rest.length, chosen.length);
            return all;
        }

        /** Says when only a sample is drawn. */
        String note() {
            int drawn = rest.length + chosen.length;
            return drawn < total
                    ? String.format(Locale.ROOT, "showing a sample of %,d of %,d lines", drawn, total)
                    : String.format(Locale.ROOT, "%,d lines", total);
        }
    }

    private final List<ParallelAxis> axes = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private double[][] values = new double[0][];
    /** Parameter values by slot for the parameter axes, filled as points arrive. */
    private double[][] geneColumns = new double[0][];

    private List<Integer> geneIndices = List.of();
    private int geneFilled;
    private final AxisArrangement arrangement = new AxisArrangement();
    private final AxisIntervals intervals = new AxisIntervals();

    List<ParallelAxis> axes() {
        return axes;
    }

    /** Axis keys: metric keys, then "network.x" / "hardware.y" for parameters. */
    List<String> keys() {
        return keys;
    }

    /** The point's value on an axis (NaN when it has none). */
    double value(int axis, int slot) {
        return values[axis][slot];
    }

    /** The points were replaced or the spaces changed: parameter values are read anew. */
    void forgetGenes() {
        geneFilled = 0;
    }

    /** Metrics with data, then the parameters that vary (per-block ones only on request). */
    void rebuild(PlotModel model, CodesignSpace space, boolean perBlock) {
        PointColumns c = model.columns();
        axes.clear();
        keys.clear();
        List<double[]> cols = new ArrayList<>();
        for (Metric m : Metric.values()) {
            double[] r = c.range(m, false);
            if (Double.isNaN(r[0])) {
                continue;
            }
            axes.add(ParallelAxis.metric(Quantities.of(m).title(), r));
            keys.add(m.key());
            cols.add(c.column(m));
        }
        List<Parameter> params = new ArrayList<>(space.network().design().parameters());
        int networkCount = params.size();
        params.addAll(space.hardware().design().parameters());
        List<Integer> genes = new ArrayList<>();
        for (int g = 0; g < params.size(); g++) {
            Parameter p = params.get(g);
            if (p.cardinality() > 1 && (perBlock || !p.name().contains(".block"))) {
                genes.add(g);
                axes.add(ParallelAxis.parameter(
                        p.name(), p.values().stream().map(v -> v.label()).toList()));
                keys.add((g < networkCount ? "network." : "hardware.") + p.name());
            }
        }
        int n = c.size();
        if (!genes.equals(geneIndices) || geneFilled > n) {
            geneIndices = genes;
            geneColumns = new double[genes.size()][];
            geneFilled = 0;
        }
        if (geneColumns.length > 0 && (geneColumns[0] == null || geneColumns[0].length < n)) {
            int cap = n + n / 4 + 16;
            for (int k = 0; k < geneColumns.length; k++) {
                geneColumns[k] = geneColumns[k] == null ? new double[cap] : Arrays.copyOf(geneColumns[k], cap);
            }
        }
        // Only the points that arrived since the last time, read straight from the run's columns.
        int[] geneAt = genes.stream().mapToInt(Integer::intValue).toArray();
        for (int i = geneFilled; i < n; i++) {
            PointEntry e = model.entry(i);
            boolean whole = e != null && e.genomeLength() == space.genomeLength();
            for (int k = 0; k < geneAt.length; k++) {
                geneColumns[k][i] = whole ? e.gene(geneAt[k]) : Double.NaN;
            }
        }
        geneFilled = n;
        Collections.addAll(cols, geneColumns);
        values = cols.toArray(new double[0][]);
        arrangement.fit(keys);
        intervals.retain(keys);
    }

    // ---- arrangement and intervals ----

    /** The axes' order and directions (kept by key across rebuilds). */
    AxisArrangement arrangement() {
        return arrangement;
    }

    /** The brushed intervals, by axis key, in places before inversion. */
    AxisIntervals intervals() {
        return intervals;
    }

    /** The axes left to right, as indices into {@link #axes()}. */
    int[] shown() {
        int[] shown = new int[arrangement.size()];
        for (int p = 0; p < shown.length; p++) {
            shown[p] = keys.indexOf(arrangement.keyAt(p));
        }
        return shown;
    }

    /** The places of points' lines on the axes left to right, inverted axes turned. */
    LinePlaces places(int[] slots) {
        int[] shown = shown();
        List<ParallelAxis> shownAxes = new ArrayList<>(shown.length);
        double[][] shownValues = new double[shown.length][];
        boolean[] inverted = new boolean[shown.length];
        for (int p = 0; p < shown.length; p++) {
            shownAxes.add(axes.get(shown[p]));
            shownValues[p] = values[shown[p]];
            inverted[p] = arrangement.inverted(keys.get(shown[p]));
        }
        return LinePlaces.of(slots, shownAxes, shownValues, inverted);
    }

    /** The feasible points inside the intervals of every brushed axis (none without intervals). */
    BitSet hit(PointColumns c) {
        return intervals.select(keys, axes, values, feasible(c));
    }

    // ---- lines ----

    /** The feasible points' lines, split by the selection and sampled to {@link #MAX_LINES} each. */
    static Lines lines(PointColumns c, BitSet selected) {
        BitSet shown = feasible(c);
        BitSet rest = (BitSet) shown.clone();
        rest.andNot(selected);
        BitSet chosen = (BitSet) shown.clone();
        chosen.and(selected);
        return new Lines(sample(rest, MAX_LINES), sample(chosen, MAX_LINES), shown.cardinality());
    }

    private static BitSet feasible(PointColumns c) {
        BitSet b = new BitSet();
        for (int i = 0; i < c.size(); i++) {
            if (c.shown(i)) {
                b.set(i);
            }
        }
        return b;
    }

    /** Evenly spread indices: every point if there are few, else a regular sample. */
    static int[] sample(BitSet set, int limit) {
        int count = set.cardinality();
        int[] all = set.stream().toArray();
        if (count <= limit) {
            return all;
        }
        int[] s = new int[limit];
        for (int k = 0; k < limit; k++) {
            s[k] = all[(int) ((long) k * count / limit)];
        }
        return s;
    }
}
