package org.codesign.ui.pareto;

import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.codesign.figure.SizeSteps;
import org.codesign.study.quantity.Quantity;
import org.codesign.ui.pareto.plot.AxisScale;
import org.codesign.ui.pareto.plot.ColorMode;
import org.codesign.ui.pareto.plot.Coloring;
import org.codesign.ui.pareto.plot.PlotAxes;
import org.codesign.ui.pareto.plot.PointColumns;

/**
 * What a 2D projection draws, without any node: the points grouped by layer (0 dimmed, 1 vivid,
 * 2 vivid Pareto points, drawn larger and on top) and colour bucket into ChartFX data sets. Of
 * several points of one group that fall on the same pixel only the first becomes a marker (the
 * picture is the same; 100,000 markers per chart would not redraw within a brush). Above
 * {@link ProjectionSample#BUDGET} points it draws a sample and every front point. Points
 * arriving join a drawing while colours, axes, size, selection and the data range stay. When a
 * quantity sets the size (as in the 3D view), each colour group is split into {@link
 * SizeSteps} sizes, smallest to largest, and points are not merged per pixel.
 */
final class ScatterDrawing {
    /** Ramps are drawn in this many colour steps (one data set each). */
    private static final int RAMP_STEPS = 16;

    private static final double[] SIZES = {1.5, 1.8, 2.6};

    static final int SIZE_STEPS = SizeSteps.COUNT;

    private final Coloring coloring;
    private final PlotAxes axes;
    private final PixelGrid grid;
    private final BitSet selected;
    private final boolean anySelected;
    private final int perBucket;
    private final int buckets;
    /** Size steps per colour bucket: 1 without a size quantity. */
    private final int steps;
    /** The size quantity's scale, or null when all points of a layer are one size. */
    private final AxisScale sizeScale;

    private double[] sizes;
    private final Points[][] layers;
    private final DoubleDataSet[][] sets;
    private final boolean[][] stale;
    private final Quantity mx;
    private final Quantity my;
    private final boolean logX;
    private final boolean logY;
    private int drawnUpTo;
    /** Every {@code stride}-th point is drawn (1: all), see {@link ProjectionSample}. */
    private int stride = 1;

    private int shown;
    private int frontShown;
    /** The columns of the two axes (the arrays grow as points arrive). */
    private double[] xs;

    private double[] ys;
    private int drawnDimmed;
    private int drawnVivid;
    private int markers;

    private ScatterDrawing(
            Coloring coloring,
            PlotAxes axes,
            Quantity mx,
            Quantity my,
            PixelGrid grid,
            BitSet selected,
            int perBucket,
            int buckets,
            AxisScale sizeScale) {
        this.coloring = coloring;
        this.sizeScale = sizeScale;
        this.steps = sizeScale == null ? 1 : SIZE_STEPS;
        this.axes = axes;
        this.grid = grid;
        this.selected = selected;
        this.anySelected = !selected.isEmpty();
        this.perBucket = perBucket;
        this.buckets = buckets;
        this.layers = new Points[3][buckets * steps];
        this.sets = new DoubleDataSet[3][buckets * steps];
        this.stale = new boolean[3][buckets * steps];
        this.mx = mx;
        this.my = my;
        this.logX = grid.logX();
        this.logY = grid.logY();
    }

    /**
     * Groups every point afresh, on plot axes {@code axisA} (horizontal) and {@code axisB}, for a
     * canvas of the given size; reuses the previous drawing's pixel cells when they fit.
     */
    static ScatterDrawing of(
            PointColumns c,
            Coloring coloring,
            PlotAxes axes,
            int axisA,
            int axisB,
            BitSet selected,
            int width,
            int height,
            ScatterDrawing previous) {
        boolean ramp = coloring.mode() == ColorMode.GENERATION || coloring.mode() == ColorMode.METRIC;
        int perBucket = ramp ? Coloring.PALETTE_SIZE / RAMP_STEPS : 1;
        AxisScale sizeScale = axes.sizeScale(c);
        // sized markers of one colour differ within a pixel: no merging then (w = h = 0)
        PixelGrid grid = PixelGrid.of(
                c,
                axes.quantity(axisA),
                axes.log(axisA),
                axes.quantity(axisB),
                axes.log(axisB),
                sizeScale == null ? width : 0,
                sizeScale == null ? height : 0,
                previous == null ? null : previous.grid.seen());
        ScatterDrawing d = new ScatterDrawing(
                coloring,
                axes,
                axes.quantity(axisA),
                axes.quantity(axisB),
                grid,
                selected,
                perBucket,
                Coloring.PALETTE_SIZE / perBucket,
                sizeScale);
        d.columns(c);
        d.stride = ProjectionSample.stride(c.size());
        for (int i = 0; i < c.size(); i += d.stride) {
            d.place(c, i);
        }
        if (d.stride > 1) {
            d.placeOffSample(c, selected);
        }
        d.drawnUpTo = c.size();
        for (int layer = 0; layer < 3; layer++) {
            Arrays.fill(d.stale[layer], true);
        }
        return d;
    }

    /** The points a sample draws off its stride: every front point, and the selected ones when few. */
    private void placeOffSample(PointColumns c, BitSet selected) {
        for (int i = c.nextPareto(0); i >= 0 && i < c.size(); i = c.nextPareto(i + 1)) {
            if (i % stride != 0) {
                place(c, i);
            }
        }
        if (selected.cardinality() <= ProjectionSample.BUDGET) {
            for (int i = selected.nextSetBit(0); i >= 0 && i < c.size(); i = selected.nextSetBit(i + 1)) {
                if (i % stride != 0 && !c.pareto(i)) {
                    place(c, i);
                }
            }
        }
    }

    /** What it drew of how many, when it drew a sample; null when it drew every point. */
    ProjectionSample sample() {
        return stride == 1 ? null : new ProjectionSample(shown, drawnUpTo, frontShown);
    }

    /** How many points this drawing drew dimmed (not selected) and vivid. */
    int[] drawnCounts() {
        return new int[] {drawnDimmed, drawnVivid};
    }

    /** Markers in the last {@link #dataSets()} (at most one per pixel and colour group). */
    int markers() {
        return markers;
    }

    /**
     * Adds the points of a data change to this drawing, if it still fits. Older points whose
     * Pareto flag flipped move between the vivid layers: the front layer is regrouped from the
     * (few) front points; a point that joined the front may leave its old marker under the
     * larger front marker drawn on top of it, which changes nothing visible. Dimmed points
     * whose colour depends on the flag need a redraw: returns false then, as when anything
     * else changed.
     */
    boolean extend(
            PlotModel.DataChange change,
            PointColumns c,
            Coloring current,
            PlotAxes currentAxes,
            int width,
            int height) {
        if (c.size() < drawnUpTo
                || stride > 1
                || ProjectionSample.stride(c.size()) > 1
                || !coloring.equals(current)
                || !axes.equals(currentAxes)
                || !grid.sameAs(c, mx, my, width, height)) {
            return false;
        }
        columns(c);
        boolean paretoColours = coloring.mode() == ColorMode.PARETO;
        boolean frontChanged = false;
        for (int slot : change.paretoFlipped()) {
            if (slot >= drawnUpTo || !drawable(c, slot)) {
                continue;
            }
            if (layerOf(c, slot) == 0) {
                if (paretoColours) {
                    return false;
                }
                continue;
            }
            frontChanged = true;
            if (!c.pareto(slot)) {
                place(c, slot, false);
            }
        }
        for (int i = drawnUpTo; i < c.size(); i++) {
            place(c, i);
        }
        drawnUpTo = c.size();
        if (frontChanged) {
            regroupFront(c);
        }
        return true;
    }

    /**
     * The groups' data sets, the front's first: ChartFX draws a renderer's data sets from the last
     * to the first (chartfx 11.3.1, {@code AbstractRendererXY.render} walks its data set nodes
     * downwards), so the first is drawn on top. Fresh sets for the groups that changed, the same
     * ones for the rest.
     */
    List<DoubleDataSet> dataSets() {
        List<DoubleDataSet> list = new ArrayList<>();
        markers = 0;
        for (int layer = 2; layer >= 0; layer--) {
            // larger markers first: they are drawn under the smaller ones, which stay visible
            for (int step = steps - 1; step >= 0; step--) {
                for (int b = 0; b < buckets; b++) {
                    int g = b * steps + step;
                    Points p = layers[layer][g];
                    if (p == null) {
                        sets[layer][g] = null;
                        continue;
                    }
                    markers += p.n;
                    if (stale[layer][g] || sets[layer][g] == null) {
                        int argb = coloring.color(b * perBucket + perBucket / 2);
                        String name = "layer" + layer + "-" + b + (steps > 1 ? "-size" + step : "");
                        double size = steps > 1 ? SizeSteps.radius(step) : SIZES[layer];
                        // sized markers as circles, whose areas read as sizes (ChartFX's default is a square)
                        sets[layer][g] = p.dataSet(name, layer == 0 ? Coloring.dim(argb) : argb, size, steps > 1);
                        stale[layer][g] = false;
                    }
                    list.add(sets[layer][g]);
                }
            }
        }
        return list;
    }

    private void columns(PointColumns c) {
        xs = c.column(mx);
        ys = c.column(my);
        sizes = sizeScale == null ? null : c.column(axes.size());
    }

    private boolean drawable(PointColumns c, int slot) {
        return c.shown(slot)
                && AxisScale.drawable(xs[slot], logX)
                && AxisScale.drawable(ys[slot], logY)
                && (sizeScale == null || sizeScale.accepts(sizes[slot]));
    }

    /** The size step of a drawable slot (0 without a size quantity). */
    private int sizeStep(int slot) {
        if (sizeScale == null) {
            return 0;
        }
        return SizeSteps.step((sizeScale.toCube(sizes[slot]) + 1) / 2);
    }

    private int layerOf(PointColumns c, int slot) {
        return anySelected && !selected.get(slot) ? 0 : c.pareto(slot) ? 2 : 1;
    }

    /** Rebuilds the vivid front layer (layer 2) from the points on the front. */
    private void regroupFront(PointColumns c) {
        Arrays.fill(layers[2], null);
        Arrays.fill(stale[2], true);
        if (grid.seen() != null && grid.w() > 0) {
            Arrays.fill(grid.seen()[2], 0);
        }
        for (int i = c.nextPareto(0); i >= 0 && i < drawnUpTo; i = c.nextPareto(i + 1)) {
            if (layerOf(c, i) == 2) {
                place(c, i, false);
            }
        }
    }

    private void place(PointColumns c, int slot) {
        place(c, slot, true);
    }

    /** Puts a point into its group (if it is the first of the group in its pixel cell); counts it if asked. */
    private void place(PointColumns c, int slot, boolean count) {
        if (!drawable(c, slot)) {
            return;
        }
        double x = xs[slot];
        double y = ys[slot];
        int bucket = coloring.index(c, slot) / perBucket;
        int group = bucket * steps + sizeStep(slot);
        int layer = layerOf(c, slot);
        if (count) {
            shown++;
            if (c.pareto(slot)) {
                frontShown++;
            }
            if (layer == 0) {
                drawnDimmed++;
            } else {
                drawnVivid++;
            }
        }
        if (!grid.firstInCell(layer, bucket, x, y)) {
            return;
        }
        Points p = layers[layer][group];
        if (p == null) {
            p = layers[layer][group] = new Points();
        }
        p.add(x, y);
        stale[layer][group] = true;
    }

    /**
     * Which pixel cells already hold a marker of a colour group: one int per cell and layer, a
     * bit per colour bucket (at most 16 ramp steps or 10 run colours). The cells span the data
     * range at the chart's size; before the first layout there is no grid and nothing is merged.
     */
    private record PixelGrid(
            int w,
            int h,
            double x0,
            double xk,
            double y0,
            double yk,
            boolean logX,
            boolean logY,
            int[][] seen,
            double[] rx,
            double[] ry) {
        /** Whether the grid still fits: same chart size and the same data range (appended points may widen it). */
        boolean sameAs(PointColumns c, Quantity mx, Quantity my, int width, int height) {
            if (width < 2 || height < 2 || w == 0) {
                return w == 0 && (width < 2 || height < 2);
            }
            return width == w
                    && height == h
                    && Arrays.equals(c.range(mx, logX), rx)
                    && Arrays.equals(c.range(my, logY), ry);
        }

        static PixelGrid of(
                PointColumns c, Quantity mx, boolean logX, Quantity my, boolean logY, int w, int h, int[][] reuse) {
            if (w < 2 || h < 2) {
                return new PixelGrid(0, 0, 0, 0, 0, 0, logX, logY, reuse, null, null);
            }
            double[] rx = c.range(mx, logX);
            double[] ry = c.range(my, logY);
            double x0 = t(rx[0], logX);
            double y0 = t(ry[0], logY);
            double xs = t(rx[1], logX) - x0;
            double ys = t(ry[1], logY) - y0;
            int cells = (w + 1) * (h + 1);
            int[][] seen = reuse != null && reuse[0].length == cells ? reuse : new int[3][cells];
            for (int[] layer : seen) {
                java.util.Arrays.fill(layer, 0);
            }
            return new PixelGrid(
                    w, h, x0, xs > 0 ? w / xs : 0, y0, ys > 0 ? h / ys : 0, logX, logY, seen, rx.clone(), ry.clone());
        }

        private static double t(double v, boolean log) {
            return log ? Math.log10(v) : v;
        }

        boolean firstInCell(int layer, int bucket, double x, double y) {
            if (w == 0) {
                return true;
            }
            int ix = (int) Math.max(0, Math.min(w, (t(x, logX) - x0) * xk));
            int iy = (int) Math.max(0, Math.min(h, (t(y, logY) - y0) * yk));
            int cell = ix * (h + 1) + iy;
            int bit = 1 << (bucket & 31);
            if ((seen[layer][cell] & bit) != 0) {
                return false;
            }
            seen[layer][cell] |= bit;
            return true;
        }
    }

    /** A growable pair of coordinate arrays. */
    private static final class Points {
        private double[] x = new double[64];
        private double[] y = new double[64];
        private int n;

        void add(double vx, double vy) {
            if (n == x.length) {
                x = Arrays.copyOf(x, n * 2);
                y = Arrays.copyOf(y, n * 2);
            }
            x[n] = vx;
            y[n++] = vy;
        }

        DoubleDataSet dataSet(String name, int argb, double size, boolean circle) {
            DoubleDataSet d = new DoubleDataSet(name);
            d.set(x, y, n, false);
            String color = String.format(Locale.ROOT, "#%06x", argb & 0xffffff);
            d.setStyle("-fx-marker-color: " + color + "; -fx-stroke: " + color + "; -fx-fill: " + color
                    + "; -fx-marker-size: " + size + ";" + (circle ? " -fx-marker-type: circle;" : ""));
            return d;
        }
    }
}
