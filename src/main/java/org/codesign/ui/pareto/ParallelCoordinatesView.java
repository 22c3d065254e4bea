package org.codesign.ui.pareto;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.codesign.figure.ParallelFigure;
import org.codesign.ui.pareto.plot.AxisIntervals;
import org.codesign.ui.pareto.plot.Coloring;
import org.codesign.ui.pareto.plot.LineIndex;
import org.codesign.ui.pareto.plot.LinePlaces;
import org.codesign.ui.pareto.plot.ParallelAxis;
import org.codesign.ui.pareto.plot.PointColumns;
import org.codesign.ui.points.PointEntry;
import org.codesign.ui.points.Selection;
import org.codesign.ui.study.StudyDocument;

/**
 * Parallel coordinates of the metrics and the design parameters: one polyline per point,
 * selected points in their colours over the rest faded, the point shown in detail white inside
 * a black outline. Axes can be reordered (drag a title sideways) and turned upside down
 * (double-click a title); intervals brushed on one axis unite, those on several axes intersect ({@link
 * ParallelGestures} turns the mouse and keys into the calls here). The lines drawn, their places
 * and the hover index are computed by plain classes ({@link ParallelData}, {@link LinePlaces},
 * {@link LineIndex}); this class draws them. With many points a regular sample of each group is
 * drawn, and the view says so.
 */
public final class ParallelCoordinatesView extends BorderPane {
    static final double MARGIN_X = 46;
    static final double MARGIN_TOP = 34;
    private static final double MARGIN_BOTTOM = 22;
    /** Axes keep at least this distance; more axes than fit scroll sideways. */
    private static final double MIN_SPACING = 84;

    private static final Color BRUSH_FILL = Color.rgb(255, 127, 14, 0.25);
    private static final Color BRUSH_EDGE = Color.rgb(255, 127, 14, 0.9);

    /** What the last drawing drew: lines faded and vivid, and the point outlined (-1: none). */
    public record Drawn(int faded, int vivid, int marked) {}

    private final PlotModel model;
    private final StudyDocument document;
    private final Canvas canvas = new Canvas();
    /** Above the lines: the outlined point, the hovered line and a dragged title (redrawn alone). */
    private final Canvas marks = new Canvas();

    private final Pane plot = new Pane(canvas, marks);
    private final ScrollPane scroll = new ScrollPane(plot);
    private final CheckBox perBlock = new CheckBox("per-block parameters");
    private final Label note = new Label();
    private final Label card = new Label();
    private final ParallelData data = new ParallelData();
    private final ParallelGestures gestures;
    private boolean stale;
    private LinePlaces places = LinePlaces.of(new int[0], List.of(), new double[0][], new boolean[0]);
    private LineIndex index;
    private ParallelData.Lines lines;
    private Drawn drawn = new Drawn(0, 0, -1);
    private int hovered = -1;

    ParallelCoordinatesView(PlotModel model, StudyDocument document) {
        this.model = model;
        this.document = document;
        setId("parallel-coordinates");
        canvas.setId("parallel-canvas");
        marks.setMouseTransparent(true);
        plot.setId("parallel-plot");
        plot.setFocusTraversable(true);
        scroll.setId("parallel-scroll");
        scroll.setFitToHeight(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinSize(0, 0);
        scroll.viewportBoundsProperty().addListener((o, a, b) -> resizeCanvas());
        canvas.widthProperty().addListener((o, a, b) -> draw());
        canvas.heightProperty().addListener((o, a, b) -> draw());
        marks.widthProperty().bind(canvas.widthProperty());
        marks.heightProperty().bind(canvas.heightProperty());
        perBlock.setId("parallel-per-block");
        perBlock.selectedProperty().addListener((o, a, b) -> rebuild());
        Button clear = new Button("Clear intervals");
        clear.setId("parallel-clear");
        clear.setOnAction(e -> {
            data.intervals().clear();
            draw();
        });
        Label hint = new Label("click a line: details · drag along an axis: brush · Shift+drag: add an interval"
                + " · click an interval: drop it"
                + " · drag a title: move the axis · double-click a title: invert it");
        hint.getStyleClass().add("hint");
        note.setId("parallel-note");
        perBlock.setMinWidth(Region.USE_PREF_SIZE);
        clear.setMinWidth(Region.USE_PREF_SIZE);
        note.setMinWidth(Region.USE_PREF_SIZE);
        hint.setMinWidth(0);
        HBox bar = new HBox(10, perBlock, clear, note, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        setTop(bar);
        card.getStyleClass().add("hover-card");
        card.setId("parallel-hover-card");
        card.setVisible(false);
        card.setManaged(false);
        card.setMouseTransparent(true);
        Pane overlay = new Pane(card);
        overlay.setMouseTransparent(true);
        setCenter(new javafx.scene.layout.StackPane(scroll, overlay));
        gestures = new ParallelGestures(this, data, new RangeBrush(model.selection()), model);
        model.onData(c -> {
            if (c.reset()) {
                data.forgetGenes();
            }
            rebuild();
        });
        parentProperty().addListener((o, a, b) -> {
            if (b != null) {
                b.visibleProperty().addListener((oo, was, now) -> {
                    if (now && stale) {
                        draw();
                    }
                });
            }
        });
        model.coloringProperty().addListener((o, a, b) -> draw());
        model.selection().versionProperty().addListener((o, a, b) -> draw());
        model.selection().focusedProperty().addListener((o, a, b) -> drawMarks());
        plot.focusedProperty().addListener((o, a, b) -> draw());
        document.studyProperty().addListener((o, a, b) -> {
            // Runs update the study all the time; only a change of the spaces changes the axes.
            if (a == null || !a.space().equals(b.space())) {
                data.forgetGenes();
                rebuild();
            }
        });
        rebuild();
    }

    // ---- what tests and gestures see ----

    /** The axes left to right. */
    public List<ParallelAxis> axes() {
        return java.util.Arrays.stream(data.shown()).mapToObj(data.axes()::get).toList();
    }

    /** Axis keys left to right: metric keys, "network.x" / "hardware.y" for parameters. */
    public List<String> axisKeys() {
        return data.arrangement().order();
    }

    public boolean inverted(int axis) {
        return data.arrangement().inverted(data.arrangement().keyAt(axis));
    }

    /** The intervals brushed on the axis at a position, as places on the axis before any inversion. */
    public List<AxisIntervals.Interval> intervals(int axis) {
        return data.intervals().of(data.arrangement().keyAt(axis));
    }

    /** The canvas the lines are drawn on (the marks canvas lies exactly over it). */
    public Canvas canvas() {
        return canvas;
    }

    /** The canvas of the marks over the lines: the outlined point, the hovered line, a dragged title. */
    public Canvas marks() {
        return marks;
    }

    Pane plot() {
        return plot;
    }

    /** The context menu's items that move and invert the chosen axis. */
    List<javafx.scene.control.MenuItem> axisMenuItems() {
        return gestures.menuItems();
    }

    /** The hover card: the hovered line's point, metrics and configuration. */
    public Label hoverCard() {
        return card;
    }

    /** What the last drawing drew. */
    public Drawn drawn() {
        return drawn;
    }

    /** The canvas x of the axis at a position (0: leftmost). */
    public double axisX(int axis) {
        int k = data.arrangement().size();
        double w = canvas.getWidth();
        return k <= 1 ? w / 2 : MARGIN_X + axis * (w - 2 * MARGIN_X) / (k - 1);
    }

    /** The canvas y of a place 0 (bottom) … 1 (top) as drawn. */
    public double axisY(double t) {
        double h = canvas.getHeight();
        return h - MARGIN_BOTTOM - t * plotHeight();
    }

    /** The canvas y of a place on an axis before inversion (where a value of the data lies). */
    public double valueY(int axis, double t) {
        return axisY(data.arrangement().shown(data.arrangement().keyAt(axis), t));
    }

    double plotHeight() {
        return canvas.getHeight() - MARGIN_TOP - MARGIN_BOTTOM;
    }

    /** The place (as drawn) at canvas y, clamped to the axis. */
    double placeAt(double y) {
        return Math.max(0, Math.min(1, (canvas.getHeight() - MARGIN_BOTTOM - y) / plotHeight()));
    }

    // ---- changes of the arrangement ----

    /** Moves the axis at position {@code from} to {@code to}. */
    public void moveAxis(int from, int to) {
        data.arrangement().move(from, to);
        draw();
    }

    /** Turns the axis at a position upside down, or back. */
    public void invertAxis(int axis) {
        data.arrangement().invert(data.arrangement().keyAt(axis));
        draw();
    }

    /** Brushes an interval on an axis, as a drag from {@code t0} to {@code t1} (places before inversion) would. */
    public void brushInterval(int axis, double t0, double t1, Selection.Combine combine) {
        gestures.brush(axis, t0, t1, combine);
    }

    /** The brush changed: the selection follows, and the view redraws with it. */
    void applied() {
        draw();
    }

    // ---- hover ----

    /** Shows the card of the line nearest to canvas point (x, y), or hides it; returns the point's slot or -1. */
    int hover(double x, double y, double sceneX, double sceneY) {
        int slot = lineAt(x, y);
        PointEntry entry = model.entry(slot);
        if (entry == null) {
            card.setVisible(false);
            setHovered(-1);
            return -1;
        }
        card.setText(ParetoViewModel.describe(entry, model.runLabel(entry.runId()), document.study()));
        card.autosize();
        javafx.geometry.Point2D at = card.getParent().sceneToLocal(sceneX, sceneY);
        Region area = (Region) card.getParent();
        double cx =
                at.getX() + 14 + card.getWidth() > area.getWidth() ? at.getX() - 14 - card.getWidth() : at.getX() + 14;
        double cy = at.getY() + 14 + card.getHeight() > area.getHeight()
                ? at.getY() - 14 - card.getHeight()
                : at.getY() + 14;
        card.relocate(Math.max(0, cx), Math.max(0, cy));
        card.setVisible(true);
        setHovered(slot);
        return slot;
    }

    void hideHover() {
        card.setVisible(false);
        setHovered(-1);
    }

    /** The slot of the drawn line nearest to canvas point (x, y) within 6 px, or -1. */
    int lineAt(double x, double y) {
        int k = data.arrangement().size();
        if (k < 2 || places.lines() == 0 || x < axisX(0) || x > axisX(k - 1) || y < axisY(1) - 6 || y > axisY(0) + 6) {
            return -1;
        }
        double step = axisX(1) - axisX(0);
        int gap = Math.min(k - 2, (int) ((x - axisX(0)) / step));
        double f = (x - axisX(gap)) / step;
        if (index == null) {
            index = new LineIndex(places);
        }
        int line = index.nearest(gap, f, placeAt(y), 6 / plotHeight());
        return line < 0 ? -1 : places.slots()[line];
    }

    private void setHovered(int slot) {
        if (slot != hovered) {
            hovered = slot;
            drawMarks();
        }
    }

    // ---- drawing ----

    /** Metrics with data, then the parameters that vary (per-block ones only on request). */
    private void rebuild() {
        data.rebuild(model, document.study().space(), perBlock.isSelected());
        resizeCanvas();
        draw();
    }

    private void resizeCanvas() {
        var viewport = scroll.getViewportBounds();
        double need = 2 * MARGIN_X + Math.max(0, data.arrangement().size() - 1) * MIN_SPACING;
        canvas.setWidth(Math.max(viewport.getWidth(), need));
        canvas.setHeight(Math.max(60, viewport.getHeight()));
    }

    /** Whether the view is on screen (the tab pane hides unselected tabs); drawing waits until it is. */
    private boolean showing() {
        for (javafx.scene.Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return getScene() != null;
    }

    void draw() {
        if (!showing()) {
            stale = true;
            return;
        }
        stale = false;
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.web("#fbfbfb"));
        g.fillRect(0, 0, w, h);
        PointColumns c = model.columns();
        lines = ParallelData.lines(c, model.selection().positions());
        places = data.places(lines.drawingOrder());
        index = null;
        hovered = -1;
        card.setVisible(false);
        if (data.arrangement().size() == 0 || w < 50 || h < 60) {
            note.setText("");
            drawn = new Drawn(0, 0, -1);
            drawMarks();
            return;
        }
        boolean anySelected = lines.anySelected();
        Coloring coloring = model.coloring();
        g.setLineWidth(1);
        int[] slots = places.slots();
        int rest = lines.rest().length;
        for (int k = 0; k < slots.length; k++) {
            int argb = coloring.color(coloring.index(c, slots[k]));
            if (k < rest) {
                g.setStroke(color(anySelected ? Coloring.dim(argb) : argb, anySelected ? 0.25 : 0.18));
            } else {
                g.setStroke(color(argb, 0.45));
            }
            polyline(g, places, k);
        }
        drawAxes(g);
        note.setText(lines.note());
        drawn = new Drawn(rest, slots.length - rest, -1);
        drawMarks();
    }

    /** The outlined point shown in detail, the hovered line and a title being dragged, over the lines. */
    void drawMarks() {
        GraphicsContext g = marks.getGraphicsContext2D();
        g.clearRect(0, 0, marks.getWidth(), marks.getHeight());
        if (stale || data.arrangement().size() == 0) {
            return;
        }
        PointEntry focused = model.selection().focusedProperty().get();
        int marked = focused != null
                        && focused.position() < model.columns().size()
                        && model.columns().shown(focused.position())
                ? focused.position()
                : -1;
        if (marked >= 0) {
            LinePlaces one = data.places(new int[] {marked});
            // Outlined in black, white inside: it stands out over lines of any colour.
            g.setStroke(Color.BLACK);
            g.setLineWidth(5);
            polyline(g, one, 0);
            g.setStroke(Color.WHITE);
            g.setLineWidth(2.5);
            polyline(g, one, 0);
        }
        drawn = new Drawn(drawn.faded(), drawn.vivid(), marked);
        if (hovered >= 0) {
            g.setStroke(Color.rgb(20, 20, 20, 0.9));
            g.setLineWidth(1.6);
            polyline(g, data.places(new int[] {hovered}), 0);
        }
        gestures.drawDraggedTitle(g);
    }

    private void polyline(GraphicsContext g, LinePlaces p, int line) {
        g.beginPath();
        boolean open = false;
        for (int a = 0; a < p.axes(); a++) {
            double t = p.at(a, line);
            if (Double.isNaN(t)) {
                open = false;
                continue;
            }
            if (open) {
                g.lineTo(axisX(a), axisY(t));
            } else {
                g.moveTo(axisX(a), axisY(t));
                open = true;
            }
        }
        g.stroke();
    }

    private void drawAxes(GraphicsContext g) {
        g.setTextBaseline(VPos.CENTER);
        List<ParallelAxis> axes = axes();
        for (int a = 0; a < axes.size(); a++) {
            ParallelAxis axis = axes.get(a);
            String key = data.arrangement().keyAt(a);
            double x = axisX(a);
            g.setStroke(Color.web("#555"));
            g.setLineWidth(1);
            g.strokeLine(x, axisY(0), x, axisY(1));
            for (AxisIntervals.Interval iv : data.intervals().of(key)) {
                double y0 = Math.min(valueY(a, iv.lo()), valueY(a, iv.hi()));
                double y1 = Math.max(valueY(a, iv.lo()), valueY(a, iv.hi()));
                g.setFill(BRUSH_FILL);
                g.setStroke(BRUSH_EDGE);
                g.fillRect(x - 6, y0, 12, y1 - y0);
                g.strokeRect(x - 6, y0, 12, y1 - y0);
            }
            boolean current = plot.isFocused() && a == gestures.currentAxis();
            g.setFill(current ? Color.web("#1f5fbf") : Color.web("#333"));
            g.setFont(Font.font(null, current ? FontWeight.BOLD : FontWeight.NORMAL, 10));
            g.setTextAlign(TextAlignment.CENTER);
            String title = (data.arrangement().inverted(key) ? "↓ " : "") + axis.name();
            g.fillText(shorten(title), x, MARGIN_TOP - 22 + (a % 2) * 10);
            g.setTextAlign(TextAlignment.LEFT);
            for (ParallelFigure.Tick tick :
                    ParallelFigures.ticks(axis, data.arrangement().inverted(key))) {
                g.fillText(tick.label(), x + 3, axisY(tick.at()));
            }
        }
    }

    /** What the view draws now as a vector figure: the axes in their order and directions, lines, colours, intervals. */
    ParallelFigure figure() {
        return ParallelFigures.of(data, model, model.selection().positions());
    }

    private static String shorten(String s) {
        return s.length() <= 18 ? s : s.substring(0, 17) + "…";
    }

    static Color color(int argb, double alpha) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, alpha);
    }
}
