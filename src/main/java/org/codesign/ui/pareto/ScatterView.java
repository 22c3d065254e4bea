package org.codesign.ui.pareto;

import org.codesign.ui.points.Selection;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;
import org.codesign.eval.Metric;
import org.codesign.ui.pareto.plot.AxisScale;
import org.codesign.ui.pareto.plot.ColorMode;
import org.codesign.ui.pareto.plot.Coloring;
import org.codesign.ui.pareto.plot.PlotAxes;
import org.codesign.ui.pareto.plot.PointColumns;

/**
 * A 2D projection of the 3D view (ChartFX): two of the plot axes, coloured like the 3D view,
 * points outside the selection dimmed and drawn underneath. Drag a rectangle to brush (Shift
 * adds, Ctrl/Alt subtracts, Shift+Ctrl intersects); click a point to select it and show it in
 * the detail pane.
 */
public final class ScatterView extends XYChart {
    /** Ramps are drawn in this many colour steps (one data set each). */
    private static final int RAMP_STEPS = 16;

    private final PlotModel model;
    private final int axisA;
    private final int axisB;
    private final DefaultNumericAxis xAxis;
    private final DefaultNumericAxis yAxis;
    private final ErrorDataSetRenderer renderer = new ErrorDataSetRenderer();
    private final Rectangle band = new Rectangle();
    private Point2D pressed;
    private int drawnDimmed;
    private int drawnVivid;
    private int markers;
    private int[][] seen;
    /** What the last redraw drew, kept so that appended points can join it. */
    private Drawing drawing;

    /** A projection on plot axes {@code axisA} (horizontal) and {@code axisB} (vertical): 0 = x, 1 = y, 2 = z. */
    ScatterView(PlotModel model, int axisA, int axisB) {
        super(new DefaultNumericAxis(), new DefaultNumericAxis());
        this.model = model;
        this.axisA = axisA;
        this.axisB = axisB;
        this.xAxis = (DefaultNumericAxis) getXAxis();
        this.yAxis = (DefaultNumericAxis) getYAxis();
        xAxis.setAutoRanging(true);
        yAxis.setAutoRanging(true);
        xAxis.setForceZeroInRange(false);
        yAxis.setForceZeroInRange(false);
        renderer.setPolyLineStyle(LineStyle.NONE);
        renderer.setErrorStyle(ErrorStyle.NONE);
        renderer.setDrawMarker(true);
        renderer.setAssumeSortedData(false);
        renderer.getAxes().addAll(getAxes());
        getRenderers().setAll(renderer);
        setLegendVisible(false);
        setAnimated(false);
        getStyleClass().add("scatter-view");
        setId("projection-" + "xyz".charAt(axisA) + "xyz".charAt(axisB));
        setMinSize(120, 100);
        band.getStyleClass().add("brush-band");
        band.setManaged(false);
        band.setVisible(false);
        band.setMouseTransparent(true);
        getCanvasForeground().getChildren().add(band);
        getCanvas().addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPress);
        getCanvas().addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        getCanvas().addEventHandler(MouseEvent.MOUSE_RELEASED, this::onRelease);
        model.onData(this::onData);
        model.axesProperty().addListener((o, a, b) -> {
            nameAxes();
            redraw();
        });
        model.coloringProperty().addListener((o, a, b) -> redraw());
        model.selection().versionProperty().addListener((o, a, b) -> redraw());
        // Pixel cells follow the chart's size.
        getCanvas().widthProperty().addListener((o, a, b) -> redrawLater());
        getCanvas().heightProperty().addListener((o, a, b) -> redrawLater());
        nameAxes();
        redraw();
    }

    private boolean redrawPending;

    private void redrawLater() {
        if (!redrawPending) {
            redrawPending = true;
            javafx.application.Platform.runLater(() -> {
                redrawPending = false;
                redraw();
            });
        }
    }

    public Metric xMetric() {
        return model.axes().metric(axisA);
    }

    public Metric yMetric() {
        return model.axes().metric(axisB);
    }

    private void nameAxes() {
        PlotAxes axes = model.axes();
        name(xAxis, axes.metric(axisA), axes.log(axisA));
        name(yAxis, axes.metric(axisB), axes.log(axisB));
    }

    private static void name(DefaultNumericAxis axis, Metric m, boolean log) {
        axis.setName(shortName(m));
        axis.setUnit(m.unit().isEmpty() ? null : m.unit());
        axis.setLogAxis(log);
    }

    /** How many points the last redraw drew dimmed (not selected) and vivid. */
    public int[] drawnCounts() {
        return new int[] {drawnDimmed, drawnVivid};
    }

    /** Axis names short enough for a small chart (the unit follows in brackets). */
    static String shortName(Metric m) {
        return switch (m) {
            case ACCURACY -> "accuracy";
            case LATENCY -> "latency";
            case POWER -> "power";
            case ENERGY -> "energy";
            case EDP -> "EDP";
            case AREA -> "area";
            case MACS -> "MACs";
            case PARAMS -> "params";
        };
    }

    /** Where a point is drawn on the canvas (for tests and hit testing). */
    public Point2D canvasPosition(int slot) {
        PointColumns c = model.columns();
        return new Point2D(xAxis.getDisplayPosition(c.value(xMetric(), slot)),
                yAxis.getDisplayPosition(c.value(yMetric(), slot)));
    }

    private boolean drawable(PointColumns c, int slot) {
        PlotAxes axes = model.axes();
        return c.feasible(slot) && AxisScale.drawable(c.value(axes.metric(axisA), slot), axes.log(axisA))
                && AxisScale.drawable(c.value(axes.metric(axisB), slot), axes.log(axisB));
    }

    /**
     * Groups the points by colour and dimming into fresh data sets and swaps them in: ChartFX
     * read-locks the shown ones while it lays out, so writing into them from an event could
     * wait forever. Of several points of one group that fall on the same pixel only the first
     * becomes a marker (the picture is the same; 100,000 markers per chart would not redraw
     * within a brush).
     */
    private void redraw() {
        PointColumns c = model.columns();
        Coloring coloring = model.coloring();
        boolean ramp = coloring.mode() == ColorMode.GENERATION || coloring.mode() == ColorMode.METRIC;
        int perBucket = ramp ? Coloring.PALETTE_SIZE / RAMP_STEPS : 1;
        PlotAxes axes = model.axes();
        PixelGrid grid = PixelGrid.of(c, axes.metric(axisA), axes.log(axisA), axes.metric(axisB), axes.log(axisB),
                (int) getCanvas().getWidth(), (int) getCanvas().getHeight(), seen);
        seen = grid.seen();
        Drawing d = new Drawing(coloring, axes, axes.metric(axisA), axes.metric(axisB), grid, model.selection().positions(), perBucket,
                Coloring.PALETTE_SIZE / perBucket);
        drawnDimmed = 0;
        drawnVivid = 0;
        d.columns(c);
        for (int i = 0; i < c.size(); i++) {
            place(d, c, i);
        }
        d.drawnUpTo = c.size();
        drawing = d;
        for (int layer = 0; layer < 3; layer++) {
            java.util.Arrays.fill(d.stale[layer], true);
        }
        show(d);
    }

    /**
     * Points arriving join the last drawing instead of a redraw of all of them, as long as
     * colours, axes, size, selection and the pixel grid's data range are those it was drawn
     * with. Older points whose Pareto flag flipped move between the vivid layers: the front
     * layer is regrouped from the (few) front points; a point that joined the front may leave
     * its old marker under the larger front marker drawn on top of it, which changes nothing
     * visible. Dimmed points whose colour depends on the flag need a redraw.
     */
    private void onData(PlotModel.DataChange change) {
        if (change.reset() || !extend(change)) {
            redraw();
        }
    }

    private boolean extend(PlotModel.DataChange change) {
        Drawing d = drawing;
        PointColumns c = model.columns();
        PlotAxes axes = model.axes();
        if (d == null || c.size() < d.drawnUpTo || !d.coloring.equals(model.coloring()) || !d.axes.equals(axes)
                || !d.grid.sameAs(c, axes.metric(axisA), axes.metric(axisB), (int) getCanvas().getWidth(),
                        (int) getCanvas().getHeight())) {
            return false;
        }
        d.columns(c);
        boolean paretoColours = d.coloring.mode() == ColorMode.PARETO;
        boolean frontChanged = false;
        for (int slot : change.paretoFlipped()) {
            if (slot >= d.drawnUpTo || !d.drawable(c, slot)) {
                continue;
            }
            if (d.layerOf(c, slot) == 0) {
                if (paretoColours) {
                    return false;
                }
                continue;
            }
            frontChanged = true;
            if (!c.pareto(slot)) {
                place(d, c, slot, false);
            }
        }
        for (int i = d.drawnUpTo; i < c.size(); i++) {
            place(d, c, i);
        }
        d.drawnUpTo = c.size();
        if (frontChanged) {
            regroupFront(d, c);
        }
        show(d);
        return true;
    }

    /** Rebuilds the vivid front layer (layer 2) from the points on the front. */
    private void regroupFront(Drawing d, PointColumns c) {
        java.util.Arrays.fill(d.layers[2], null);
        java.util.Arrays.fill(d.stale[2], true);
        if (d.grid.seen() != null && d.grid.w() > 0) {
            java.util.Arrays.fill(d.grid.seen()[2], 0);
        }
        for (int i = c.nextPareto(0); i >= 0 && i < d.drawnUpTo; i = c.nextPareto(i + 1)) {
            if (d.layerOf(c, i) == 2) {
                place(d, c, i, false);
            }
        }
    }

    private void place(Drawing d, PointColumns c, int slot) {
        place(d, c, slot, true);
    }

    /** Puts a point into its group (if it is the first of the group in its pixel cell); counts it if asked. */
    private void place(Drawing d, PointColumns c, int slot, boolean count) {
        if (!d.drawable(c, slot)) {
            return;
        }
        double x = d.xs[slot];
        double y = d.ys[slot];
        int bucket = d.coloring.index(c, slot) / d.perBucket;
        int layer = d.layerOf(c, slot);
        if (count) {
            if (layer == 0) {
                drawnDimmed++;
            } else {
                drawnVivid++;
            }
        }
        if (!d.grid.firstInCell(layer, bucket, x, y)) {
            return;
        }
        Points p = d.layers[layer][bucket];
        if (p == null) {
            p = d.layers[layer][bucket] = new Points();
        }
        p.add(x, y);
        d.stale[layer][bucket] = true;
    }

    /** Hands ChartFX the groups' data sets: fresh ones for the groups that changed, the same ones for the rest. */
    private void show(Drawing d) {
        List<DoubleDataSet> sets = new ArrayList<>();
        double[] sizes = {1.5, 1.8, 2.6};
        markers = 0;
        for (int layer = 0; layer < 3; layer++) {
            for (int b = 0; b < d.buckets; b++) {
                Points p = d.layers[layer][b];
                if (p == null) {
                    d.sets[layer][b] = null;
                    continue;
                }
                markers += p.n;
                if (d.stale[layer][b] || d.sets[layer][b] == null) {
                    int argb = d.coloring.color(b * d.perBucket + d.perBucket / 2);
                    d.sets[layer][b] = p.dataSet("layer" + layer + "-" + b, layer == 0 ? Coloring.dim(argb) : argb, sizes[layer]);
                    d.stale[layer][b] = false;
                }
                sets.add(d.sets[layer][b]);
            }
        }
        renderer.getDatasets().setAll(sets);
    }

    /** The groups of the last redraw: layer 0 dimmed, 1 vivid, 2 vivid Pareto points (drawn larger, on top). */
    private static final class Drawing {
        final Coloring coloring;
        final PlotAxes axes;
        final PixelGrid grid;
        final BitSet selected;
        final boolean anySelected;
        final int perBucket;
        final int buckets;
        final Points[][] layers;
        final DoubleDataSet[][] sets;
        final boolean[][] stale;
        final Metric mx;
        final Metric my;
        final boolean logX;
        final boolean logY;
        int drawnUpTo;
        /** The columns of the two axes (the arrays grow as points arrive). */
        double[] xs;
        double[] ys;

        Drawing(Coloring coloring, PlotAxes axes, Metric mx, Metric my, PixelGrid grid, BitSet selected, int perBucket,
                int buckets) {
            this.coloring = coloring;
            this.axes = axes;
            this.grid = grid;
            this.selected = selected;
            this.anySelected = !selected.isEmpty();
            this.perBucket = perBucket;
            this.buckets = buckets;
            this.layers = new Points[3][buckets];
            this.sets = new DoubleDataSet[3][buckets];
            this.stale = new boolean[3][buckets];
            this.mx = mx;
            this.my = my;
            this.logX = grid.logX();
            this.logY = grid.logY();
        }

        void columns(PointColumns c) {
            xs = c.column(mx);
            ys = c.column(my);
        }

        boolean drawable(PointColumns c, int slot) {
            return c.feasible(slot) && AxisScale.drawable(xs[slot], logX) && AxisScale.drawable(ys[slot], logY);
        }

        int layerOf(PointColumns c, int slot) {
            return anySelected && !selected.get(slot) ? 0 : c.pareto(slot) ? 2 : 1;
        }
    }

    /** Markers per group (data set name) as shown now: lets tests compare an extended drawing with a redraw. */
    public java.util.Map<String, Integer> markersByGroup() {
        java.util.Map<String, Integer> m = new java.util.TreeMap<>();
        renderer.getDatasets().forEach(d -> m.put(d.getName(), d.getDataCount()));
        return m;
    }

    /** Draws every point afresh (what an append avoids). */
    public void redrawAll() {
        redraw();
    }

    /** Markers handed to ChartFX by the last redraw (at most one per pixel and colour group). */
    int markers() {
        return markers;
    }

    /**
     * Which pixel cells already hold a marker of a colour group: one int per cell and layer, a
     * bit per colour bucket (at most 16 ramp steps or 10 run colours). The cells span the data
     * range at the chart's size; before the first layout there is no grid and nothing is merged.
     */
    private record PixelGrid(int w, int h, double x0, double xk, double y0, double yk, boolean logX, boolean logY,
                             int[][] seen, double[] rx, double[] ry) {
        /** Whether the grid still fits: same chart size and the same data range (appended points may widen it). */
        boolean sameAs(PointColumns c, Metric mx, Metric my, int width, int height) {
            if (width < 2 || height < 2 || w == 0) {
                return w == 0 && (width < 2 || height < 2);
            }
            return width == w && height == h && Arrays.equals(c.range(mx, logX), rx) && Arrays.equals(c.range(my, logY), ry);
        }

        static PixelGrid of(PointColumns c, Metric mx, boolean logX, Metric my, boolean logY, int w, int h, int[][] reuse) {
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
            return new PixelGrid(w, h, x0, xs > 0 ? w / xs : 0, y0, ys > 0 ? h / ys : 0, logX, logY, seen, rx.clone(), ry.clone());
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

        DoubleDataSet dataSet(String name, int argb, double size) {
            DoubleDataSet d = new DoubleDataSet(name);
            d.set(x, y, n, false);
            String color = String.format(Locale.ROOT, "#%06x", argb & 0xffffff);
            d.setStyle("-fx-marker-color: " + color + "; -fx-stroke: " + color + "; -fx-fill: " + color
                    + "; -fx-marker-size: " + size + ";");
            return d;
        }
    }

    private void onPress(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY) {
            pressed = new Point2D(e.getX(), e.getY());
        }
    }

    private void onDrag(MouseEvent e) {
        if (pressed == null) {
            return;
        }
        band.setVisible(true);
        band.setX(Math.min(pressed.getX(), e.getX()));
        band.setY(Math.min(pressed.getY(), e.getY()));
        band.setWidth(Math.abs(e.getX() - pressed.getX()));
        band.setHeight(Math.abs(e.getY() - pressed.getY()));
        e.consume();
    }

    private void onRelease(MouseEvent e) {
        if (pressed == null) {
            return;
        }
        band.setVisible(false);
        Selection.Combine how = Selection.combineFor(e.isShiftDown(), e.isShortcutDown(), e.isAltDown());
        if (pressed.distance(e.getX(), e.getY()) < 4) {
            clickAt(e.getX(), e.getY(), how);
        } else {
            brush(pressed.getX(), pressed.getY(), e.getX(), e.getY(), how);
        }
        pressed = null;
        e.consume();
    }

    /** Selects the points inside a canvas rectangle. */
    void brush(double x0, double y0, double x1, double y1, Selection.Combine how) {
        double ax = xAxis.getValueForDisplay(Math.min(x0, x1));
        double bx = xAxis.getValueForDisplay(Math.max(x0, x1));
        double ay = yAxis.getValueForDisplay(Math.min(y0, y1));
        double by = yAxis.getValueForDisplay(Math.max(y0, y1));
        double xLo = Math.min(ax, bx);
        double xHi = Math.max(ax, bx);
        double yLo = Math.min(ay, by);
        double yHi = Math.max(ay, by);
        PointColumns c = model.columns();
        double[] xs = c.column(xMetric());
        double[] ys = c.column(yMetric());
        BitSet hit = new BitSet();
        for (int i = 0; i < c.size(); i++) {
            if (xs[i] >= xLo && xs[i] <= xHi && ys[i] >= yLo && ys[i] <= yHi && drawable(c, i)) {
                hit.set(i);
            }
        }
        model.selection().apply(hit, how);
    }

    private void clickAt(double cx, double cy, Selection.Combine how) {
        PointColumns c = model.columns();
        int nearest = -1;
        double best = 8 * 8;
        for (int i = 0; i < c.size(); i++) {
            if (!drawable(c, i)) {
                continue;
            }
            Point2D q = canvasPosition(i);
            double d = (q.getX() - cx) * (q.getX() - cx) + (q.getY() - cy) * (q.getY() - cy);
            if (d < best) {
                best = d;
                nearest = i;
            }
        }
        if (nearest >= 0) {
            BitSet one = new BitSet();
            one.set(nearest);
            model.selection().apply(one, how);
            model.selection().focusedProperty().set(model.entry(nearest));
        } else if (how == Selection.Combine.REPLACE) {
            model.selection().clear();
        }
    }
}
