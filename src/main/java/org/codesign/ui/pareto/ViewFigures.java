package org.codesign.ui.pareto;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.codesign.figure.CubeFigure;
import org.codesign.figure.FigureAxis;
import org.codesign.figure.ScatterFigure;
import org.codesign.figure.SizeSteps;
import org.codesign.study.quantity.Quantity;
import org.codesign.ui.pareto.plot.AxisScale;
import org.codesign.ui.pareto.plot.ColorMode;
import org.codesign.ui.pareto.plot.Coloring;
import org.codesign.ui.pareto.plot.OrbitCamera;
import org.codesign.ui.pareto.plot.PlotAxes;
import org.codesign.ui.pareto.plot.PointColumns;
import org.codesign.ui.points.PointEntry;

/**
 * The Pareto views as vector figures for their export: the same points, quantities, scales and
 * colours as the views show now (hidden runs left out), points outside the selection dimmed underneath, and a ring
 * around the point in the detail pane. The figure package draws them, as for {@code codesign plot}.
 */
final class ViewFigures {
    private static final int FOCUS_RING = 0xffd62728;

    /** Points of one colour, style and dot radius (0: the style's own), as slots of the columns. */
    private record Slots(
            String name, int argb, ScatterFigure.Style style, boolean inLegend, double radius, List<Integer> slots) {}

    private ViewFigures() {}

    /** A 2D projection on plot axes {@code a} (horizontal) and {@code b} (vertical). */
    static ScatterFigure projection(PlotModel model, int a, int b) {
        return projection(model, model.axes(), a, b);
    }

    /** Axes {@code a} and {@code b} of the given axes (a matrix cell's own pair). */
    static ScatterFigure projection(PlotModel model, PlotAxes axes, int a, int b) {
        PointColumns c = model.columns();
        FigureAxis x = axis(model, axes, a);
        FigureAxis y = axis(model, axes, b);
        List<ScatterFigure.Group> groups = new ArrayList<>();
        AxisScale sizeScale = axes.sizeScale(c);
        for (Slots s : groups(model, axes, new int[] {a, b}, sizeScale)) {
            groups.add(new ScatterFigure.Group(
                    s.name(),
                    s.argb(),
                    s.style(),
                    s.inLegend(),
                    values(model, axes, a, s),
                    values(model, axes, b, s),
                    s.radius()));
        }
        return new ScatterFigure("", x, y, groups, colourBar(model.coloring(), c), sizeKey(axes, sizeScale));
    }

    /**
     * The 3D view: the plot cube on its current scales, turned as the camera looks at it, its dots
     * in the 2D figures' {@link SizeSteps} and size key when a quantity sets the size.
     */
    static CubeFigure cube(PlotModel model, OrbitCamera camera) {
        AxisScale[] scales = model.axes().fit(model.columns());
        List<FigureAxis> axes = new ArrayList<>();
        double[][] ranges = new double[3][];
        for (int a = 0; a < 3; a++) {
            axes.add(axis(model, model.axes(), a));
            ranges[a] = new double[] {scales[a].lo(), scales[a].hi()};
        }
        List<CubeFigure.Group> groups = new ArrayList<>();
        PlotAxes shown = model.axes();
        AxisScale sizeScale = shown.sizeScale(model.columns());
        for (Slots s : groups(model, shown, new int[] {0, 1, 2}, sizeScale)) {
            groups.add(new CubeFigure.Group(
                    s.name(),
                    s.argb(),
                    s.style(),
                    s.inLegend(),
                    values(model, shown, 0, s),
                    values(model, shown, 1, s),
                    values(model, shown, 2, s),
                    s.radius()));
        }
        return new CubeFigure(
                "",
                axes,
                ranges,
                camera.yaw(),
                camera.pitch(),
                groups,
                colourBar(model.coloring(), model.columns()),
                sizeKey(shown, sizeScale));
    }

    /** An axis as the view shows it: the quantity's label and unit, its categories on an ordinal one. */
    private static FigureAxis axis(PlotModel model, PlotAxes axes, int a) {
        Quantity q = axes.quantity(a);
        return q.ordinal()
                ? new FigureAxis(q.label(), q.unit(), false, model.columns().categories(q))
                : FigureAxis.numeric(q.label(), q.unit(), axes.log(a));
    }

    private static double[] values(PlotModel model, PlotAxes axes, int a, Slots s) {
        Quantity q = axes.quantity(a);
        double[] v = new double[s.slots().size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = model.columns().value(q, s.slots().get(i));
        }
        return v;
    }

    /**
     * The drawable points on {@code shown} axes by colour: dimmed ones first, then vivid ones, then
     * the ring. With a {@code sizeScale} (as the 2D views draw it) each colour is split into the
     * {@link SizeSteps} by the point's place on that scale, largest first so that the smaller dots
     * stay visible on top; points without a size value are left out, as in the view.
     */
    private static List<Slots> groups(PlotModel model, PlotAxes axes, int[] shown, AxisScale sizeScale) {
        PointColumns c = model.columns();
        Coloring coloring = model.coloring();
        BitSet selected = model.selection().positions();
        double[] sizes = sizeScale == null ? null : c.column(axes.size());
        Map<Integer, List<Integer>> byKey = new TreeMap<>();
        for (int slot = 0; slot < c.size(); slot++) {
            if (drawable(c, axes, shown, slot) && (sizeScale == null || sizeScale.accepts(sizes[slot]))) {
                boolean dim = !selected.isEmpty() && !selected.get(slot);
                int colour = (dim ? 0 : Coloring.PALETTE_SIZE) + coloring.index(c, slot);
                int largestFirst = sizeScale == null
                        ? 0
                        : SizeSteps.COUNT - 1 - SizeSteps.step((sizeScale.toCube(sizes[slot]) + 1) / 2);
                byKey.computeIfAbsent(colour * SizeSteps.COUNT + largestFirst, k -> new ArrayList<>())
                        .add(slot);
            }
        }
        List<Slots> groups = new ArrayList<>();
        java.util.Set<Integer> named = new java.util.HashSet<>();
        for (Map.Entry<Integer, List<Integer>> e : byKey.entrySet()) {
            int colour = e.getKey() / SizeSteps.COUNT;
            boolean dim = colour < Coloring.PALETTE_SIZE;
            int index = colour % Coloring.PALETTE_SIZE;
            boolean categories = coloring.mode() == ColorMode.PARETO || coloring.mode() == ColorMode.RUN;
            double radius =
                    sizeScale == null ? 0 : SizeSteps.radius(SizeSteps.COUNT - 1 - e.getKey() % SizeSteps.COUNT);
            groups.add(new Slots(
                    name(model, index, e.getValue().get(0)),
                    dim ? Coloring.dim(coloring.color(index)) : coloring.color(index),
                    dim ? ScatterFigure.Style.DIM : ScatterFigure.Style.DOT,
                    // one legend entry per colour, whichever of its sizes comes first
                    categories && !dim && named.add(colour),
                    radius,
                    e.getValue()));
        }
        PointEntry focused = model.selection().focusedProperty().get();
        if (focused != null && focused.position() < c.size() && drawable(c, axes, shown, focused.position())) {
            groups.add(new Slots(
                    "in detail", FOCUS_RING, ScatterFigure.Style.RING, false, 0, List.of(focused.position())));
        }
        return groups;
    }

    private static boolean drawable(PointColumns c, PlotAxes axes, int[] shown, int slot) {
        if (!c.shown(slot)) {
            return false;
        }
        for (int a : shown) {
            if (!AxisScale.drawable(
                    c.value(axes.quantity(a), slot),
                    axes.log(a) && !axes.quantity(a).ordinal())) {
                return false;
            }
        }
        return true;
    }

    private static String name(PlotModel model, int index, int slot) {
        PointColumns c = model.columns();
        return switch (model.coloring().mode()) {
            case PARETO -> index == Coloring.FRONT ? "Pareto front" : "other points";
            case RUN -> model.runLabel(c.runIds().get(c.run(slot)));
            case GENERATION, METRIC -> "colour " + index;
        };
    }

    /** The size key as the view's legend and its figures word it, when a quantity sets the size; else null. */
    static ScatterFigure.SizeKey sizeKey(PlotAxes axes, AxisScale scale) {
        Quantity q = axes.size();
        if (q == null || scale == null) {
            return null;
        }
        String lo = q.ordinal() ? q.format(scale.lo()) : q.formatWithUnit(scale.lo());
        String hi = q.ordinal() ? q.format(scale.hi()) : q.formatWithUnit(scale.hi());
        return new ScatterFigure.SizeKey(q.label(), lo, hi + (axes.logSize() ? " (log)" : ""));
    }

    /** The colour bar of a ramp: its quantity, range and the view's palette. */
    private static ScatterFigure.ColourBar colourBar(Coloring coloring, PointColumns c) {
        AxisScale scale = coloring.scale();
        if (scale == null) {
            return null;
        }
        FigureAxis quantity = coloring.mode() == ColorMode.GENERATION
                ? FigureAxis.numeric("generation", "", false)
                : coloring.quantity().ordinal()
                        ? new FigureAxis(coloring.quantity().label(), "", false, c.categories(coloring.quantity()))
                        : FigureAxis.numeric(
                                coloring.quantity().label(), coloring.quantity().unit(), coloring.log());
        return new ScatterFigure.ColourBar(quantity, scale.lo(), scale.hi(), coloring.palette());
    }
}
