package org.codesign.ui;

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
import org.codesign.ui.plot.AxisScale;
import org.codesign.ui.plot.ColorMode;
import org.codesign.ui.plot.Coloring;
import org.codesign.ui.plot.PlotAxes;
import org.codesign.ui.plot.PointColumns;

/**
 * A 2D projection of the 3D view (ChartFX): two of the plot axes, coloured like the 3D view,
 * points outside the selection dimmed and drawn underneath. Drag a rectangle to brush (Shift
 * adds, Ctrl/Alt subtracts, Shift+Ctrl intersects); click a point to select it and show it in
 * the detail pane.
 */
final class ScatterView extends XYChart {
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
        model.onData(c -> redraw());
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

    Metric xMetric() {
        return model.axes().metric(axisA);
    }

    Metric yMetric() {
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
    int[] drawnCounts() {
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
    Point2D canvasPosition(int slot) {
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
        int buckets = Coloring.PALETTE_SIZE / perBucket;
        BitSet selected = model.selection().positions();
        boolean anySelected = !selected.isEmpty();
        PlotAxes axes = model.axes();
        boolean logX = axes.log(axisA);
        boolean logY = axes.log(axisB);
        double[] xs = c.column(axes.metric(axisA));
        double[] ys = c.column(axes.metric(axisB));
        PixelGrid grid = PixelGrid.of(c, axes.metric(axisA), logX, axes.metric(axisB), logY,
                (int) getCanvas().getWidth(), (int) getCanvas().getHeight(), seen);
        seen = grid.seen();
        // Layer 0: dimmed; 1: vivid; 2: vivid Pareto points (drawn larger, on top).
        Points[][] layers = new Points[3][buckets];
        int[] counts = new int[3];
        for (int i = 0; i < c.size(); i++) {
            double x = xs[i];
            double y = ys[i];
            if (!c.feasible(i) || !AxisScale.drawable(x, logX) || !AxisScale.drawable(y, logY)) {
                continue;
            }
            int bucket = coloring.index(c, i) / perBucket;
            int layer = anySelected && !selected.get(i) ? 0 : c.pareto(i) ? 2 : 1;
            counts[layer]++;
            if (!grid.firstInCell(layer, bucket, x, y)) {
                continue;
            }
            Points p = layers[layer][bucket];
            if (p == null) {
                p = layers[layer][bucket] = new Points();
            }
            p.add(x, y);
        }
        drawnDimmed = counts[0];
        drawnVivid = counts[1] + counts[2];
        List<DoubleDataSet> sets = new ArrayList<>();
        double[] sizes = {1.5, 1.8, 2.6};
        markers = 0;
        for (int layer = 0; layer < 3; layer++) {
            for (int b = 0; b < buckets; b++) {
                Points p = layers[layer][b];
                if (p == null) {
                    continue;
                }
                markers += p.n;
                int argb = coloring.color(b * perBucket + perBucket / 2);
                sets.add(p.dataSet("layer" + layer + "-" + b, layer == 0 ? Coloring.dim(argb) : argb, sizes[layer]));
            }
        }
        renderer.getDatasets().setAll(sets);
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
                             int[][] seen) {
        static PixelGrid of(PointColumns c, Metric mx, boolean logX, Metric my, boolean logY, int w, int h, int[][] reuse) {
            if (w < 2 || h < 2) {
                return new PixelGrid(0, 0, 0, 0, 0, 0, logX, logY, reuse);
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
            return new PixelGrid(w, h, x0, xs > 0 ? w / xs : 0, y0, ys > 0 ? h / ys : 0, logX, logY, seen);
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
