package org.codesign.ui.pareto;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.codesign.figure.FigureAxis;
import org.codesign.figure.ScatterFigure;
import org.codesign.study.quantity.Quantity;
import org.codesign.ui.pareto.plot.AxisScale;
import org.codesign.ui.pareto.plot.ColorMode;
import org.codesign.ui.pareto.plot.Coloring;
import org.codesign.ui.pareto.plot.PlotAxes;
import org.codesign.ui.pareto.plot.PointColumns;
import org.codesign.ui.points.PointEntry;

/**
 * A 2D projection as the vector figure of its export: the same points, axes, scales and colours
 * as the view shows now, points outside the selection dimmed underneath, and a ring around the
 * point in the detail pane.
 */
final class ProjectionFigure {
    private static final int FOCUS_RING = 0xffd62728;

    private ProjectionFigure() {}

    static ScatterFigure of(PlotModel model, int axisA, int axisB) {
        PointColumns c = model.columns();
        PlotAxes axes = model.axes();
        Coloring coloring = model.coloring();
        BitSet selected = model.selection().positions();
        boolean dimming = !selected.isEmpty();
        Quantity qx = axes.quantity(axisA);
        Quantity qy = axes.quantity(axisB);
        FigureAxis x = axis(qx, axes.log(axisA), c);
        FigureAxis y = axis(qy, axes.log(axisB), c);
        // Key: dimmed groups first (0…), then vivid ones, each in palette order.
        Map<Integer, List<Integer>> byGroup = new TreeMap<>();
        for (int slot = 0; slot < c.size(); slot++) {
            if (!c.feasible(slot) || !x.accepts(c.value(qx, slot)) || !y.accepts(c.value(qy, slot))) {
                continue;
            }
            boolean dim = dimming && !selected.get(slot);
            int key = (dim ? 0 : Coloring.PALETTE_SIZE) + coloring.index(c, slot);
            byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(slot);
        }
        List<ScatterFigure.Group> groups = new ArrayList<>();
        List<String> runIds = c.runIds();
        for (Map.Entry<Integer, List<Integer>> e : byGroup.entrySet()) {
            boolean dim = e.getKey() < Coloring.PALETTE_SIZE;
            int index = e.getKey() % Coloring.PALETTE_SIZE;
            int argb = dim ? Coloring.dim(coloring.color(index)) : coloring.color(index);
            String name = name(coloring, index, runIds, e.getValue().get(0), c);
            boolean inLegend = !dim && (coloring.mode() == ColorMode.PARETO || coloring.mode() == ColorMode.RUN);
            groups.add(group(
                    name,
                    argb,
                    dim ? ScatterFigure.Style.DIM : ScatterFigure.Style.DOT,
                    inLegend,
                    e.getValue(),
                    c,
                    axes,
                    axisA,
                    axisB));
        }
        PointEntry focused = model.selection().focusedProperty().get();
        if (focused != null && focused.position() < c.size() && c.feasible(focused.position())) {
            groups.add(group(
                    "in detail",
                    FOCUS_RING,
                    ScatterFigure.Style.RING,
                    false,
                    List.of(focused.position()),
                    c,
                    axes,
                    axisA,
                    axisB));
        }
        return new ScatterFigure("", x, y, groups, colourBar(coloring, c));
    }

    /** An axis as the view shows it: the quantity's label and unit, its categories on an ordinal one. */
    static FigureAxis axis(Quantity q, boolean log, PointColumns c) {
        return q.ordinal()
                ? new FigureAxis(q.label(), q.unit(), false, c.categories(q))
                : FigureAxis.numeric(q.label(), q.unit(), log);
    }

    private static String name(Coloring coloring, int index, List<String> runIds, int slot, PointColumns c) {
        return switch (coloring.mode()) {
            case PARETO -> index == Coloring.FRONT ? "Pareto front" : "other points";
            case RUN -> runIds.get(c.run(slot));
            case GENERATION, METRIC -> "colour " + index;
        };
    }

    private static ScatterFigure.Group group(
            String name,
            int argb,
            ScatterFigure.Style style,
            boolean inLegend,
            List<Integer> slots,
            PointColumns c,
            PlotAxes axes,
            int axisA,
            int axisB) {
        double[] xs = new double[slots.size()];
        double[] ys = new double[slots.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = c.value(axes.quantity(axisA), slots.get(i));
            ys[i] = c.value(axes.quantity(axisB), slots.get(i));
        }
        return new ScatterFigure.Group(name, argb, style, inLegend, xs, ys);
    }

    /** The colour bar of a ramp: its quantity, range and the view's palette. */
    static ScatterFigure.ColourBar colourBar(Coloring coloring, PointColumns c) {
        FigureAxis quantity = switch (coloring.mode()) {
            case GENERATION -> FigureAxis.numeric("generation", "", false);
            case METRIC -> axis(coloring.quantity(), coloring.log(), c);
            default -> null;
        };
        AxisScale scale = coloring.scale();
        return quantity == null
                ? null
                : new ScatterFigure.ColourBar(quantity, scale.lo(), scale.hi(), coloring.palette());
    }
}
