package org.codesign.ui;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.Axis;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.BitSet;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;
import org.codesign.eval.Metric;

/**
 * A 2D scatter of two metrics (ChartFX): all feasible points dimmed, the Pareto front coloured,
 * the selection highlighted. Drag a rectangle to brush (Shift adds, Ctrl/Alt subtracts,
 * Shift+Ctrl intersects); click a point to select it and show it in the detail pane.
 */
final class ScatterView extends XYChart {
    private final PointStore store;
    private final Selection selection;
    private final DefaultNumericAxis xAxis;
    private final DefaultNumericAxis yAxis;
    private final ErrorDataSetRenderer renderer = new ErrorDataSetRenderer();
    private final Rectangle band = new Rectangle();
    private Metric x;
    private Metric y;
    private Point2D pressed;

    ScatterView(PointStore store, Selection selection, Metric x, Metric y) {
        super(new DefaultNumericAxis(x.label(), unit(x)), new DefaultNumericAxis(y.label(), unit(y)));
        this.store = store;
        this.selection = selection;
        this.xAxis = (DefaultNumericAxis) getXAxis();
        this.yAxis = (DefaultNumericAxis) getYAxis();
        this.x = x;
        this.y = y;
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
        band.getStyleClass().add("brush-band");
        band.setManaged(false);
        band.setVisible(false);
        band.setMouseTransparent(true);
        getCanvasForeground().getChildren().add(band);
        getCanvas().addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPress);
        getCanvas().addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        getCanvas().addEventHandler(MouseEvent.MOUSE_RELEASED, this::onRelease);
        store.versionProperty().addListener((o, a, b) -> redraw());
        selection.versionProperty().addListener((o, a, b) -> redraw());
        redraw();
    }

    Metric xMetric() {
        return x;
    }

    Metric yMetric() {
        return y;
    }

    void setAxes(Metric newX, Metric newY) {
        x = newX;
        y = newY;
        xAxis.setName(x.label());
        xAxis.setUnit(unit(x));
        yAxis.setName(y.label());
        yAxis.setUnit(unit(y));
        redraw();
    }

    /** Screen-independent position of a point on the canvas (for tests and hit testing). */
    Point2D canvasPosition(PointEntry e) {
        return new Point2D(xAxis.getDisplayPosition(e.metric(x)), yAxis.getDisplayPosition(e.metric(y)));
    }

    /**
     * Fills fresh data sets and swaps them in: ChartFX read-locks the shown ones while it lays
     * out, so writing into them from an event could wait forever.
     */
    private void redraw() {
        BitSet selected = selection.positions();
        DoubleDataSet others = dataSet("points", "#b0b0b0", 1.5);
        DoubleDataSet front = dataSet("Pareto front", "#1f6fd1", 2.5);
        DoubleDataSet chosen = dataSet("selected", "#ff7f0e", 3.5);
        List<PointEntry> all = store.entries();
        for (PointEntry e : all) {
            double vx = e.metric(x);
            double vy = e.metric(y);
            if (!e.feasible() || Double.isNaN(vx) || Double.isNaN(vy)) {
                continue;
            }
            if (selected.get(e.position())) {
                chosen.add(vx, vy);
            } else if (e.pareto()) {
                front.add(vx, vy);
            } else {
                others.add(vx, vy);
            }
        }
        renderer.getDatasets().setAll(others, front, chosen);
    }

    private static String unit(Metric m) {
        return m.unit().isEmpty() ? null : m.unit();
    }

    private static DoubleDataSet dataSet(String name, String color, double size) {
        DoubleDataSet d = new DoubleDataSet(name);
        d.setStyle("-fx-marker-color: " + color + "; -fx-stroke: " + color + "; -fx-fill: " + color
                + "; -fx-marker-size: " + size + ";");
        return d;
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
        double ax = value(xAxis, Math.min(x0, x1));
        double bx = value(xAxis, Math.max(x0, x1));
        double ay = value(yAxis, Math.min(y0, y1));
        double by = value(yAxis, Math.max(y0, y1));
        double xLo = Math.min(ax, bx);
        double xHi = Math.max(ax, bx);
        double yLo = Math.min(ay, by);
        double yHi = Math.max(ay, by);
        BitSet hit = new BitSet();
        for (PointEntry p : store.entries()) {
            double vx = p.metric(x);
            double vy = p.metric(y);
            if (p.feasible() && vx >= xLo && vx <= xHi && vy >= yLo && vy <= yHi) {
                hit.set(p.position());
            }
        }
        selection.apply(hit, how);
    }

    private void clickAt(double cx, double cy, Selection.Combine how) {
        PointEntry nearest = null;
        double best = 8 * 8;
        for (PointEntry p : store.entries()) {
            if (!p.feasible()) {
                continue;
            }
            Point2D q = canvasPosition(p);
            double d = (q.getX() - cx) * (q.getX() - cx) + (q.getY() - cy) * (q.getY() - cy);
            if (d < best) {
                best = d;
                nearest = p;
            }
        }
        if (nearest != null) {
            BitSet one = new BitSet();
            one.set(nearest.position());
            selection.apply(one, how);
            selection.focusedProperty().set(nearest);
        } else if (how == Selection.Combine.REPLACE) {
            selection.clear();
        }
    }

    private static double value(Axis axis, double display) {
        return axis.getValueForDisplay(display);
    }
}
