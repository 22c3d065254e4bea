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
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.codesign.figure.ParallelFigure;
import org.codesign.ui.pareto.plot.AxisScale;
import org.codesign.ui.pareto.plot.Coloring;
import org.codesign.ui.pareto.plot.ParallelAxis;
import org.codesign.ui.pareto.plot.PointColumns;
import org.codesign.ui.points.Selection;
import org.codesign.ui.study.StudyDocument;

/**
 * Parallel coordinates of the metrics and the design parameters: one polyline per point,
 * selected points in their colours over the rest faded. Drag along an axis to brush an
 * interval on it (intervals on several axes intersect; modifier keys combine as everywhere);
 * click an axis to drop its interval. With many points a regular sample of each group is
 * drawn, and the view says so.
 */
public final class ParallelCoordinatesView extends BorderPane {
    private static final double MARGIN_X = 46;
    private static final double MARGIN_TOP = 34;
    private static final double MARGIN_BOTTOM = 22;

    private final PlotModel model;
    private final StudyDocument document;
    private final Canvas canvas = new Canvas();
    private final ScrollPane scroll = new ScrollPane(canvas);
    /** Axes keep at least this distance; more axes than fit scroll sideways. */
    private static final double MIN_SPACING = 84;

    private final CheckBox perBlock = new CheckBox("per-block parameters");
    private final Label note = new Label();
    private final ParallelData data = new ParallelData();
    private final List<ParallelAxis> axes = data.axes();
    private boolean stale;
    private int dragAxis = -1;
    private double dragStart;
    private final RangeBrush brush;
    private long lastApplied;

    ParallelCoordinatesView(PlotModel model, StudyDocument document) {
        this.model = model;
        this.brush = new RangeBrush(model.selection());
        this.document = document;
        setId("parallel-coordinates");
        canvas.setId("parallel-canvas");
        scroll.setId("parallel-scroll");
        scroll.setFitToHeight(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinSize(0, 0);
        scroll.viewportBoundsProperty().addListener((o, a, b) -> resizeCanvas());
        canvas.widthProperty().addListener((o, a, b) -> draw());
        canvas.heightProperty().addListener((o, a, b) -> draw());
        perBlock.setId("parallel-per-block");
        perBlock.selectedProperty().addListener((o, a, b) -> rebuild());
        Button clear = new Button("Clear intervals");
        clear.setId("parallel-clear");
        clear.setOnAction(e -> {
            data.clearIntervals();
            draw();
        });
        Label hint = new Label(
                "drag along an axis: brush an interval · click an axis: drop it · Shift: add · Ctrl: subtract");
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
        setCenter(scroll);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPress);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onRelease);
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
        document.studyProperty().addListener((o, a, b) -> {
            // Runs update the study all the time; only a change of the spaces changes the axes.
            if (a == null || !a.space().equals(b.space())) {
                data.forgetGenes();
                rebuild();
            }
        });
        rebuild();
    }

    public List<ParallelAxis> axes() {
        return List.copyOf(axes);
    }

    /** Axis keys: metric keys, then "network.x" / "hardware.y" for parameters. */
    public List<String> axisKeys() {
        return List.copyOf(data.keys());
    }

    public Canvas canvas() {
        return canvas;
    }

    /** The canvas x of an axis. */
    public double axisX(int axis) {
        int k = axes.size();
        double w = canvas.getWidth();
        return k <= 1 ? w / 2 : MARGIN_X + axis * (w - 2 * MARGIN_X) / (k - 1);
    }

    /** The canvas y of a position 0 (bottom) … 1 (top). */
    public double axisY(double t) {
        double h = canvas.getHeight();
        return h - MARGIN_BOTTOM - t * (h - MARGIN_TOP - MARGIN_BOTTOM);
    }

    private double positionAt(double y) {
        double h = canvas.getHeight();
        return Math.max(0, Math.min(1, (h - MARGIN_BOTTOM - y) / (h - MARGIN_TOP - MARGIN_BOTTOM)));
    }

    /** Metrics with data, then the parameters that vary (per-block ones only on request). */
    private void rebuild() {
        data.rebuild(model, document.study().space(), perBlock.isSelected());
        resizeCanvas();
        draw();
    }

    private void resizeCanvas() {
        var viewport = scroll.getViewportBounds();
        double need = 2 * MARGIN_X + Math.max(0, axes.size() - 1) * MIN_SPACING;
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

    private void draw() {
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
        if (axes.isEmpty() || w < 50 || h < 60) {
            note.setText("");
            return;
        }
        PointColumns c = model.columns();
        ParallelData.Lines lines = ParallelData.lines(c, model.selection().positions());
        boolean anySelected = lines.anySelected();
        Coloring coloring = model.coloring();
        g.setLineWidth(1);
        for (int i : lines.rest()) {
            int argb = coloring.color(coloring.index(c, i));
            g.setStroke(color(anySelected ? Coloring.dim(argb) : argb, anySelected ? 0.25 : 0.18));
            polyline(g, i);
        }
        for (int i : lines.chosen()) {
            g.setStroke(color(coloring.color(coloring.index(c, i)), 0.45));
            polyline(g, i);
        }
        drawAxes(g);
        note.setText(lines.note());
    }

    private void polyline(GraphicsContext g, int i) {
        g.beginPath();
        boolean open = false;
        for (int a = 0; a < axes.size(); a++) {
            double t = axes.get(a).position(data.value(a, i));
            if (Double.isNaN(t)) {
                open = false;
                continue;
            }
            double x = axisX(a);
            double y = axisY(t);
            if (open) {
                g.lineTo(x, y);
            } else {
                g.moveTo(x, y);
                open = true;
            }
        }
        g.stroke();
    }

    private void drawAxes(GraphicsContext g) {
        g.setTextBaseline(VPos.CENTER);
        g.setFont(javafx.scene.text.Font.font(10));
        for (int a = 0; a < axes.size(); a++) {
            ParallelAxis axis = axes.get(a);
            double x = axisX(a);
            g.setStroke(Color.web("#555"));
            g.setLineWidth(1);
            g.strokeLine(x, axisY(0), x, axisY(1));
            double[] iv = data.interval(a);
            if (iv != null) {
                g.setFill(Color.rgb(255, 127, 14, 0.25));
                g.setStroke(Color.rgb(255, 127, 14, 0.9));
                double y0 = axisY(Math.max(iv[0], iv[1]));
                double y1 = axisY(Math.min(iv[0], iv[1]));
                g.fillRect(x - 6, y0, 12, y1 - y0);
                g.strokeRect(x - 6, y0, 12, y1 - y0);
            }
            g.setFill(Color.web("#333"));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(shorten(axis.name()), x, MARGIN_TOP - 22 + (a % 2) * 10);
            g.setTextAlign(TextAlignment.LEFT);
            if (axis.categorical()) {
                List<String> cats = axis.categories();
                int every = Math.max(1, (int) Math.ceil(cats.size() / 6.0));
                for (int k = 0; k < cats.size(); k += every) {
                    g.fillText(cats.get(k), x + 3, axisY(axis.position(k)));
                }
            } else {
                g.fillText(label(axis, axis.hi()), x + 3, axisY(1));
                g.fillText(label(axis, axis.lo()), x + 3, axisY(0));
            }
        }
    }

    /** What the view draws now as a vector figure: the same axes, sampled lines, colours and intervals. */
    ParallelFigure figure() {
        PointColumns c = model.columns();
        ParallelData.Lines lines = ParallelData.lines(c, model.selection().positions());
        Coloring coloring = model.coloring();
        List<ParallelFigure.Line> figureLines = new java.util.ArrayList<>();
        for (int i : lines.rest()) {
            int argb = coloring.color(coloring.index(c, i));
            boolean faded = lines.anySelected();
            figureLines.add(line(faded ? Coloring.dim(argb) : argb, faded ? 0.25 : 0.18, i));
        }
        for (int i : lines.chosen()) {
            figureLines.add(line(coloring.color(coloring.index(c, i)), 0.45, i));
        }
        List<ParallelFigure.Axis> figureAxes = new java.util.ArrayList<>();
        for (int a = 0; a < axes.size(); a++) {
            ParallelAxis axis = axes.get(a);
            List<ParallelFigure.Tick> ticks = new java.util.ArrayList<>();
            if (axis.categorical()) {
                int every = Math.max(1, (int) Math.ceil(axis.categories().size() / 6.0));
                for (int k = 0; k < axis.categories().size(); k += every) {
                    ticks.add(new ParallelFigure.Tick(axis.categories().get(k), axis.position(k)));
                }
            } else {
                ticks.add(new ParallelFigure.Tick(label(axis, axis.lo()), 0));
                ticks.add(new ParallelFigure.Tick(label(axis, axis.hi()), 1));
            }
            figureAxes.add(new ParallelFigure.Axis(axis.name(), ticks, data.interval(a)));
        }
        return new ParallelFigure("", figureAxes, figureLines);
    }

    private ParallelFigure.Line line(int argb, double alpha, int slot) {
        double[] at = new double[axes.size()];
        for (int a = 0; a < at.length; a++) {
            at[a] = axes.get(a).position(data.value(a, slot));
        }
        return new ParallelFigure.Line((argb & 0xffffff) | ((int) Math.round(alpha * 255) << 24), at);
    }

    private static String label(ParallelAxis axis, double v) {
        return AxisScale.format(v, axis.log() ? v / 10 : AxisScale.niceStep((axis.hi() - axis.lo()) / 100));
    }

    private static String shorten(String s) {
        return s.length() <= 18 ? s : s.substring(0, 17) + "…";
    }

    private static Color color(int argb, double alpha) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, alpha);
    }

    // ---- brushing ----

    private int axisNear(double x) {
        for (int a = 0; a < axes.size(); a++) {
            if (Math.abs(axisX(a) - x) <= 12) {
                return a;
            }
        }
        return -1;
    }

    private void onPress(MouseEvent e) {
        dragAxis = axisNear(e.getX());
        dragStart = positionAt(e.getY());
        brush.begin(Selection.combineFor(e.isShiftDown(), e.isShortcutDown(), e.isAltDown()));
    }

    private void onDrag(MouseEvent e) {
        if (dragAxis < 0) {
            return;
        }
        data.setInterval(dragAxis, dragStart, positionAt(e.getY()));
        // Brush live while dragging, but at most every 40 ms: every view redraws on each brush.
        long now = System.nanoTime();
        if (now - lastApplied > 40_000_000L) {
            applyIntervals();
            lastApplied = now;
        }
        e.consume();
    }

    private void onRelease(MouseEvent e) {
        if (dragAxis >= 0 && Math.abs(positionAt(e.getY()) - dragStart) < 0.01) {
            data.removeInterval(dragAxis);
            applyIntervals();
        } else if (dragAxis >= 0) {
            data.setInterval(dragAxis, dragStart, positionAt(e.getY()));
            applyIntervals();
        }
        dragAxis = -1;
        brush.end();
    }

    /** Brushes an interval on an axis, as a drag from {@code t0} to {@code t1} would (for tests). */
    void brushInterval(int axis, double t0, double t1, Selection.Combine combine) {
        brush.begin(combine);
        data.setInterval(axis, t0, t1);
        applyIntervals();
        brush.end();
    }

    private void applyIntervals() {
        brush.apply(data.hit(model.columns()));
        draw();
    }
}
