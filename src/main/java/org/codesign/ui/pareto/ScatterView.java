package org.codesign.ui.pareto;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import java.util.BitSet;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import org.codesign.study.quantity.Quantity;
import org.codesign.ui.pareto.plot.AxisScale;
import org.codesign.ui.pareto.plot.PlotAxes;
import org.codesign.ui.pareto.plot.PointColumns;
import org.codesign.ui.pareto.plot.ProjectionPick;
import org.codesign.ui.points.Selection;

/**
 * A 2D projection of the 3D view (ChartFX): two of the plot axes, coloured like the 3D view,
 * points outside the selection dimmed and drawn underneath. Drag a rectangle to brush (Shift
 * adds, Ctrl/Alt subtracts, Shift+Ctrl intersects); click a point to select it and show it in
 * the detail pane, hover for its card; the point in the detail pane wears a ring. A scatter-plot
 * matrix cell is one on two fixed quantities. A view out of the window draws when it is shown.
 */
public final class ScatterView extends XYChart {
    private final ParetoViewModel vm;
    private final PlotModel model;
    /** Where the two axes come from: the plot's (a projection) or fixed ones (a matrix cell). */
    private final ObservableValue<PlotAxes> axes;

    private final int axisA;
    private final int axisB;
    private final Label hover = new Label();
    private final Circle ring = new Circle(6);
    private Runnable onDoubleClick = () -> {};
    /** A redraw was skipped while the view was out of the window. */
    private boolean stale;

    private final DefaultNumericAxis xAxis;
    private final DefaultNumericAxis yAxis;
    private final ErrorDataSetRenderer renderer = new ErrorDataSetRenderer();
    private final Rectangle band = new Rectangle();
    private Point2D pressed;
    /** What the last redraw drew, kept so that appended points can join it. */
    private ScatterDrawing drawing;

    private final javafx.beans.property.ReadOnlyStringWrapper sampleNote =
            new javafx.beans.property.ReadOnlyStringWrapper(this, "sampleNote", "");

    /** A projection on plot axes {@code axisA} (horizontal) and {@code axisB} (vertical): 0 = x, 1 = y, 2 = z. */
    ScatterView(ParetoViewModel vm, int axisA, int axisB) {
        this(vm, vm.model().axesProperty(), axisA, axisB);
        setId("projection-" + "xyz".charAt(axisA) + "xyz".charAt(axisB));
    }

    /** A view on plot axes {@code axisA} and {@code axisB} of the given axes. */
    ScatterView(ParetoViewModel vm, ObservableValue<PlotAxes> axes, int axisA, int axisB) {
        super(new DefaultNumericAxis(), new DefaultNumericAxis());
        this.vm = vm;
        this.model = vm.model();
        this.axes = axes;
        this.axisA = axisA;
        this.axisB = axisB;
        this.xAxis = (DefaultNumericAxis) getXAxis();
        this.yAxis = (DefaultNumericAxis) getYAxis();
        xAxis.setAutoRanging(true);
        yAxis.setAutoRanging(true);
        xAxis.setForceZeroInRange(false);
        yAxis.setForceZeroInRange(false);
        // a margin around the data: the extreme points (the front's ends) would sit under the axes,
        // half drawn and out of reach of the mouse
        xAxis.setAutoRangePadding(0.03);
        yAxis.setAutoRangePadding(0.03);
        renderer.setPolyLineStyle(LineStyle.NONE);
        renderer.setErrorStyle(ErrorStyle.NONE);
        renderer.setDrawMarker(true);
        renderer.setAssumeSortedData(false);
        renderer.getAxes().addAll(getAxes());
        getRenderers().setAll(renderer);
        setLegendVisible(false);
        setAnimated(false);
        getStyleClass().add("scatter-view");
        setMinSize(120, 100); // ChartFX's chart.css wins over this: see codesign.css's .chart.projection
        band.getStyleClass().add("brush-band");
        band.setManaged(false);
        band.setVisible(false);
        band.setMouseTransparent(true);
        hover.getStyleClass().add("hover-card");
        hover.setVisible(false);
        hover.setManaged(false);
        hover.setMouseTransparent(true);
        ring.getStyleClass().add("focus-ring");
        ring.setManaged(false);
        ring.setMouseTransparent(true);
        ring.setVisible(false);
        getCanvasForeground().getChildren().addAll(band, ring, hover);
        getCanvas().addEventHandler(MouseEvent.MOUSE_MOVED, this::onMove);
        getCanvas().addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.setVisible(false));
        getCanvas().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                onDoubleClick.run();
            }
        });
        model.selection().focusedProperty().addListener((o, a, b) -> placeRing());
        sceneProperty().addListener((o, a, b) -> {
            if (b != null && stale) {
                redraw();
            }
        });
        getCanvas().addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPress);
        getCanvas().addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        getCanvas().addEventHandler(MouseEvent.MOUSE_RELEASED, this::onRelease);
        model.onData(this::onData);
        axes.addListener((o, a, b) -> {
            nameAxes();
            redraw();
        });
        model.coloringProperty().addListener((o, a, b) -> redraw());
        model.selection().versionProperty().addListener((o, a, b) -> redraw());
        // Pixel cells follow the chart's size.
        getCanvas().widthProperty().addListener((o, a, b) -> redrawLater());
        getCanvas().heightProperty().addListener((o, a, b) -> redrawLater());
        yAxis.heightProperty().addListener((o, a, b) -> fitYTitle());
        xAxis.widthProperty().addListener((o, a, b) -> fitXTitle());
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

    /** The plot axes shown: horizontal and vertical (0 = x, 1 = y, 2 = z). */
    int axisA() {
        return axisA;
    }

    int axisB() {
        return axisB;
    }

    /** The quantity on the horizontal axis. */
    public Quantity xQuantity() {
        return axes.getValue().quantity(axisA);
    }

    public Quantity yQuantity() {
        return axes.getValue().quantity(axisB);
    }

    /** The axes this view draws two of. */
    PlotAxes axes() {
        return axes.getValue();
    }

    /** What a double click on the view does (the area makes it the main view, or gives it back). */
    void setOnDoubleClick(Runnable action) {
        onDoubleClick = action;
    }

    private void nameAxes() {
        PlotAxes a = axes.getValue();
        name(xAxis, a.quantity(axisA), a.log(axisA));
        name(yAxis, a.quantity(axisB), a.log(axisB));
        fitYTitle();
        fitXTitle();
    }

    /** The horizontal title shortened to the axis's width, which ChartFX would clip at both ends. */
    private void fitXTitle() {
        String fitted = AxisTitles.fit(xQuantity().title(), xAxis.getAxisLabel().getFont(), xAxis.getWidth());
        if (!fitted.equals(xAxis.getName())) {
            xAxis.setName(fitted);
        }
    }

    /** The vertical title shortened to the axis's length, which ChartFX would clip at both ends. */
    private void fitYTitle() {
        String full = yQuantity().title();
        String fitted = AxisTitles.fit(full, yAxis.getAxisLabel().getFont(), yAxis.getHeight());
        if (!fitted.equals(yAxis.getName())) {
            yAxis.setName(fitted);
        }
    }

    /**
     * Where the vertical title is drawn, in this view's coordinates: centred on the axis's length,
     * as wide (rotated: as tall) as its text, at the axis's outer edge.
     */
    public javafx.geometry.Bounds yTitleBounds() {
        javafx.geometry.Bounds axis = sceneToLocal(yAxis.localToScene(yAxis.getLayoutBounds()));
        double length = AxisTitles.width(yAxis.getName(), yAxis.getAxisLabel().getFont());
        double thickness = yAxis.getAxisLabel().getLayoutBounds().getHeight();
        double centre = (axis.getMinY() + axis.getMaxY()) / 2;
        return new javafx.geometry.BoundingBox(axis.getMinX(), centre - length / 2, thickness, length);
    }

    /**
     * Where the horizontal title is drawn, in this view's coordinates: centred under the axis, as
     * wide as its text, at the bottom of the axis's preferred height (below the ticks and their
     * labels). When the axis gets less height than that, the title lies below the axis, where the
     * axis's canvas no longer draws it.
     */
    public javafx.geometry.Bounds xTitleBounds() {
        javafx.geometry.Bounds axis = sceneToLocal(xAxis.localToScene(xAxis.getLayoutBounds()));
        double length = AxisTitles.width(xAxis.getName(), xAxis.getAxisLabel().getFont());
        double thickness = xAxis.getAxisLabel().getLayoutBounds().getHeight();
        double bottom = axis.getMinY() + xAxis.prefHeight(axis.getWidth());
        double centre = (axis.getMinX() + axis.getMaxX()) / 2;
        return new javafx.geometry.BoundingBox(centre - length / 2, bottom - thickness, length, thickness);
    }

    /** The horizontal axis's bounds in this view's coordinates: nothing of it is drawn outside them. */
    public javafx.geometry.Bounds xAxisBounds() {
        return sceneToLocal(xAxis.localToScene(xAxis.getLayoutBounds()));
    }

    /** The vertical title as drawn (shortened when the axis is short). */
    public String yTitle() {
        return yAxis.getName();
    }

    /** "latency (ms)" as everywhere; an ordinal quantity's axis has a tick per category, named. */
    private void name(DefaultNumericAxis axis, Quantity q, boolean log) {
        axis.setName(q.title());
        axis.setUnit(null);
        axis.setLogAxis(log);
        if (q.ordinal()) {
            java.util.List<String> names = model.columns().categories(q);
            axis.setAutoRanging(false);
            axis.setMin(-0.5);
            axis.setMax(Math.max(1, names.size()) - 0.5);
            axis.setTickUnit(1);
            axis.setMinorTickCount(0);
            axis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(Number n) {
                    long i = Math.round(n.doubleValue());
                    return Math.abs(n.doubleValue() - i) < 1e-6 && i >= 0 && i < names.size() ? names.get((int) i) : "";
                }

                @Override
                public Number fromString(String text) {
                    return names.indexOf(text);
                }
            });
        } else {
            axis.setTickLabelFormatter(null);
            axis.setMinorTickCount(5);
            axis.setAutoRanging(true);
        }
    }

    /** The text of an axis as drawn (its name). */
    public String axisTitle(boolean horizontal) {
        return (horizontal ? xAxis : yAxis).getName();
    }

    /** The tick labels an axis draws now. */
    public java.util.List<String> tickLabels(boolean horizontal) {
        return (horizontal ? xAxis : yAxis)
                .getTickMarks().stream().map(t -> t.getText()).toList();
    }

    /** How many points the last redraw drew dimmed (not selected) and vivid. */
    public int[] drawnCounts() {
        return drawing.drawnCounts();
    }

    /** Where a point is drawn on the canvas (for tests and hit testing). */
    public Point2D canvasPosition(int slot) {
        PointColumns c = model.columns();
        return new Point2D(
                xAxis.getDisplayPosition(c.value(xQuantity(), slot)),
                yAxis.getDisplayPosition(c.value(yQuantity(), slot)));
    }

    private boolean drawable(PointColumns c, int slot) {
        PlotAxes a = axes.getValue();
        return c.shown(slot)
                && AxisScale.drawable(c.value(a.quantity(axisA), slot), a.log(axisA))
                && AxisScale.drawable(c.value(a.quantity(axisB), slot), a.log(axisB));
    }

    /**
     * Groups the points afresh into fresh data sets and swaps them in: ChartFX read-locks the
     * shown ones while it lays out, so writing into them from an event could wait forever.
     */
    private void redraw() {
        if (getScene() == null && drawing != null) {
            stale = true; // out of the window (another layout): drawn when shown again
            return;
        }
        stale = false;
        drawing = ScatterDrawing.of(
                model.columns(),
                model.coloring(),
                axes.getValue(),
                axisA,
                axisB,
                model.selection().positions(),
                (int) getCanvas().getWidth(),
                (int) getCanvas().getHeight(),
                drawing);
        show();
    }

    private void show() {
        renderer.getDatasets().setAll(drawing.dataSets());
        ProjectionSample sample = drawing.sample();
        sampleNote.set(sample == null ? "" : sample.note());
        placeRing();
    }

    /** The axes know their ranges after layout: the ring then goes where its point is drawn. */
    @Override
    protected void runPostLayout() {
        super.runPostLayout();
        placeRing();
    }

    /** Rings the point in the detail pane (the "current point"), if this view draws it. */
    private void placeRing() {
        org.codesign.ui.points.PointEntry focused =
                model.selection().focusedProperty().get();
        int slot = focused == null ? -1 : focused.position();
        if (slot < 0 || slot >= model.columns().size() || !drawable(model.columns(), slot)) {
            ring.setVisible(false);
            return;
        }
        Point2D at = canvasPosition(slot);
        ring.setCenterX(at.getX());
        ring.setCenterY(at.getY());
        ring.setVisible(at.getX() >= 0
                && at.getY() >= 0
                && at.getX() <= getCanvas().getWidth()
                && at.getY() <= getCanvas().getHeight());
    }

    /** Where the ring is drawn (canvas coordinates), or null when no point is ringed. */
    public Point2D ringCentre() {
        return ring.isVisible() ? new Point2D(ring.getCenterX(), ring.getCenterY()) : null;
    }

    /** The hover card: a point's run, metrics and configuration while the mouse is over it. */
    public Label hoverCard() {
        return hover;
    }

    private void onMove(MouseEvent e) {
        if (pressed != null) {
            return;
        }
        String text = vm.hoverText(nearest(e.getX(), e.getY()));
        if (text == null) {
            hover.setVisible(false);
            return;
        }
        hover.setText(text);
        hover.autosize();
        double w = getCanvas().getWidth();
        double h = getCanvas().getHeight();
        double x = e.getX() + 12 + hover.getWidth() > w ? Math.max(0, e.getX() - 12 - hover.getWidth()) : e.getX() + 12;
        double y =
                e.getY() + 12 + hover.getHeight() > h ? Math.max(0, e.getY() - 12 - hover.getHeight()) : e.getY() + 12;
        hover.relocate(x, y);
        hover.setVisible(true);
        hover.toFront();
    }

    /** What part of the points a large cloud's projection draws ({@link ProjectionSample}); empty when all. */
    public javafx.beans.property.ReadOnlyStringProperty sampleNoteProperty() {
        return sampleNote.getReadOnlyProperty();
    }

    /** Points arriving join the last drawing if it still fits (see {@link ScatterDrawing#extend}); else a redraw. */
    private void onData(PlotModel.DataChange change) {
        if (xQuantity().ordinal() || yQuantity().ordinal()) {
            nameAxes(); // a new run is a new category
        }
        int w = (int) getCanvas().getWidth();
        int h = (int) getCanvas().getHeight();
        if (change.reset()
                || drawing == null
                || getScene() == null
                || !drawing.extend(change, model.columns(), model.coloring(), axes.getValue(), w, h)) {
            redraw();
        } else {
            show();
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
        return drawing.markers();
    }

    private void onPress(MouseEvent e) {
        hover.setVisible(false);
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
        BitSet hit = pick().inside(xLo, xHi, yLo, yHi);
        vm.brush(hit, how);
    }

    private void clickAt(double cx, double cy, Selection.Combine how) {
        vm.click(nearest(cx, cy), how);
    }

    /** The drawn point nearest to a canvas position within 8 px, or -1 (clicks and hover). */
    int nearest(double cx, double cy) {
        return pick().nearest(cx, cy, 8, xAxis::getDisplayPosition, yAxis::getDisplayPosition);
    }

    /** Brush and click hit tests on the axes shown now (plain code, see {@link ProjectionPick}). */
    private ProjectionPick pick() {
        PlotAxes a = axes.getValue();
        return new ProjectionPick(model.columns(), a.quantity(axisA), a.log(axisA), a.quantity(axisB), a.log(axisB));
    }
}
