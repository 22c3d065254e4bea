package org.codesign.ui.pareto;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import org.codesign.ui.pareto.plot.AxisArrangement;
import org.codesign.ui.pareto.plot.AxisIntervals;
import org.codesign.ui.pareto.plot.PointColumns;
import org.codesign.ui.points.Selection;

/**
 * The mouse and keys of the parallel coordinates. Drag along an axis: brush an interval there
 * (replacing the axis's intervals; with Shift the interval joins them); click an interval: drop
 * it; click elsewhere on an axis: drop all of its intervals. The selection becomes what the
 * intervals hit, combined with the selection at the press as the modifiers say everywhere
 * (Shift adds, Ctrl/Alt subtracts, Shift+Ctrl intersects). Drag a title sideways: move the axis;
 * double-click it: invert the axis. Keys: ←/→ choose an axis, Shift+←/→ move it, I inverts it;
 * the context menu moves and inverts the axis chosen or right-clicked. Hover shows a line's card;
 * a click on a line selects its point and shows it in detail, as a click on a point does in the
 * other views (Shift adds it, Ctrl/Alt takes it out).
 */
final class ParallelGestures {
    /** How near (px) to an axis a press starts a brush on it. */
    private static final double AXIS_REACH = 12;

    private final ParallelCoordinatesView view;
    private final ParallelData data;
    private final RangeBrush brush;
    private final Supplier<PointColumns> columns;
    private final Supplier<Long> selectionVersion;
    private final PlotModel model;
    private final MenuItem moveLeft = new MenuItem();
    private final MenuItem moveRight = new MenuItem();
    private final MenuItem invert = new MenuItem();
    private int current;
    private int dragAxis = -1;
    private String dragKey;
    private double dragStart;
    private boolean adding;
    private List<AxisIntervals.Interval> before = List.of();
    private int titleDrag = -1;
    private double titleX;
    private long lastApplied;

    ParallelGestures(ParallelCoordinatesView view, ParallelData data, RangeBrush brush, PlotModel model) {
        this.view = view;
        this.data = data;
        this.brush = brush;
        this.columns = model::columns;
        this.model = model;
        this.selectionVersion = () -> model.selection().versionProperty().get();
        var plot = view.plot();
        plot.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPress);
        plot.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        plot.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onRelease);
        plot.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClick);
        plot.addEventHandler(MouseEvent.MOUSE_MOVED, e -> view.hover(e.getX(), e.getY(), e.getSceneX(), e.getSceneY()));
        plot.addEventHandler(MouseEvent.MOUSE_EXITED, e -> view.hideHover());
        plot.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        moveLeft.setId("parallel-move-left");
        moveRight.setId("parallel-move-right");
        invert.setId("parallel-invert");
        moveLeft.setOnAction(e -> move(-1));
        moveRight.setOnAction(e -> move(1));
        invert.setOnAction(e -> view.invertAxis(current()));
        nameItems();
    }

    /** The context menu's items for the chosen axis. */
    List<MenuItem> menuItems() {
        return List.of(moveLeft, moveRight, invert);
    }

    /** The axis the keys and the context menu act on (position, left to right). */
    int currentAxis() {
        return current();
    }

    private int current() {
        return Math.max(0, Math.min(data.arrangement().size() - 1, current));
    }

    private void choose(int axis) {
        current = axis;
        nameItems();
    }

    private void nameItems() {
        AxisArrangement order = data.arrangement();
        String name =
                order.size() == 0 ? "axis" : "“" + view.axes().get(current()).name() + "”";
        moveLeft.setText("Move " + name + " left");
        moveRight.setText("Move " + name + " right");
        invert.setText((order.size() > 0 && view.inverted(current()) ? "Turn back " : "Invert ") + name);
    }

    private void move(int by) {
        int from = current();
        int to = from + by;
        if (to >= 0 && to < data.arrangement().size()) {
            view.moveAxis(from, to);
            choose(to);
        }
    }

    // ---- brushing ----

    /** Brushes an interval on an axis as a drag from t0 to t1 (places before inversion) would. */
    void brush(int axis, double t0, double t1, Selection.Combine combine) {
        begin(axis, t0, combine == Selection.Combine.ADD || combine == Selection.Combine.INTERSECT, combine);
        setDragged(t1);
        finish();
    }

    private void begin(int axis, double t0, boolean add, Selection.Combine combine) {
        dragAxis = axis;
        dragKey = data.arrangement().keyAt(axis);
        dragStart = t0;
        adding = add;
        before = data.intervals().of(dragKey);
        brush.begin(combine);
    }

    private void setDragged(double t1) {
        data.intervals().put(dragKey, before);
        if (adding) {
            data.intervals().add(dragKey, dragStart, t1);
        } else {
            data.intervals().replace(dragKey, dragStart, t1);
        }
    }

    private void finish() {
        apply();
        dragAxis = -1;
        brush.end();
    }

    private void apply() {
        long version = selectionVersion.get();
        brush.apply(data.hit(columns.get()));
        if (version == selectionVersion.get()) {
            view.draw(); // the intervals changed, the selection did not: the view draws them itself
        }
    }

    /** A place on the axis before inversion, from canvas y. */
    private double place(int axis, double y) {
        return data.arrangement().shown(data.arrangement().keyAt(axis), view.placeAt(y));
    }

    private int axisNear(double x, double reach) {
        int best = -1;
        for (int a = 0; a < data.arrangement().size(); a++) {
            double d = Math.abs(view.axisX(a) - x);
            if (d <= reach) {
                best = a;
                reach = d;
            }
        }
        return best;
    }

    private double titleReach() {
        return data.arrangement().size() < 2 ? view.canvas().getWidth() : (view.axisX(1) - view.axisX(0)) / 2;
    }

    private void onPress(MouseEvent e) {
        view.plot().requestFocus();
        e.consume(); // the scroll pane would take the focus, and with it the keys

        boolean onTitle = e.getY() < ParallelCoordinatesView.MARGIN_TOP;
        int axis = axisNear(e.getX(), onTitle || e.getButton() != MouseButton.PRIMARY ? titleReach() : AXIS_REACH);
        if (axis >= 0) {
            choose(axis);
        }
        if (e.getButton() != MouseButton.PRIMARY || axis < 0) {
            return;
        }
        view.hideHover();
        if (onTitle) {
            titleDrag = axis;
            titleX = e.getX();
            return;
        }
        begin(
                axis,
                place(axis, e.getY()),
                e.isShiftDown(),
                Selection.combineFor(e.isShiftDown(), e.isShortcutDown(), e.isAltDown()));
    }

    private void onDrag(MouseEvent e) {
        if (titleDrag >= 0) {
            titleX = e.getX();
            view.drawMarks();
            e.consume();
        }
        if (dragAxis < 0) {
            return;
        }
        setDragged(place(dragAxis, e.getY()));
        // Brush live while dragging, but at most every 40 ms: every view redraws on each brush.
        long now = System.nanoTime();
        if (now - lastApplied > 40_000_000L) {
            apply();
            lastApplied = now;
        }
        e.consume();
    }

    private void onRelease(MouseEvent e) {
        if (titleDrag >= 0) {
            int to = Math.max(0, Math.min(data.arrangement().size() - 1, nearestPosition(e.getX())));
            int from = titleDrag;
            titleDrag = -1;
            if (to != from) {
                view.moveAxis(from, to);
                choose(to);
            } else {
                view.drawMarks();
            }
            return;
        }
        if (dragAxis < 0) {
            return;
        }
        double t1 = place(dragAxis, e.getY());
        if (Math.abs(t1 - dragStart) < 0.01) {
            data.intervals().put(dragKey, before);
            if (!data.intervals().removeAt(dragKey, dragStart)) {
                data.intervals().removeAll(dragKey);
            }
        } else {
            setDragged(t1);
        }
        finish();
    }

    private int nearestPosition(double x) {
        int k = data.arrangement().size();
        if (k < 2) {
            return 0;
        }
        return (int) Math.round((x - view.axisX(0)) / (view.axisX(1) - view.axisX(0)));
    }

    private void onClick(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY
                && e.getClickCount() == 1
                && e.isStillSincePress()
                && e.getY() >= ParallelCoordinatesView.MARGIN_TOP
                && axisNear(e.getX(), AXIS_REACH) < 0) {
            clickLine(e.getX(), e.getY(), Selection.combineFor(e.isShiftDown(), e.isShortcutDown(), e.isAltDown()));
        }
        if (e.getButton() == MouseButton.PRIMARY
                && e.getClickCount() == 2
                && e.getY() < ParallelCoordinatesView.MARGIN_TOP) {
            int axis = axisNear(e.getX(), titleReach());
            if (axis >= 0) {
                view.invertAxis(axis);
                nameItems();
            }
        }
    }

    /**
     * A click on the line nearest to canvas point (x, y): its point joins the selection as the
     * modifiers say and is shown in detail. A click beside every line changes nothing (it would
     * otherwise drop a brushed selection while the intervals still show). Returns the slot or -1.
     */
    int clickLine(double x, double y, Selection.Combine how) {
        int slot = view.lineAt(x, y);
        if (slot >= 0) {
            ParetoViewModel.click(model, slot, how);
        }
        return slot;
    }

    private void onKey(KeyEvent e) {
        int k = data.arrangement().size();
        if (k == 0) {
            return;
        }
        if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT) {
            int by = e.getCode() == KeyCode.LEFT ? -1 : 1;
            if (e.isShiftDown()) {
                move(by);
            } else {
                choose(Math.max(0, Math.min(k - 1, current() + by)));
                view.draw();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.I) {
            view.invertAxis(current());
            nameItems();
            e.consume();
        }
    }

    /** While a title is dragged: a line where the axis would land. */
    void drawDraggedTitle(GraphicsContext g) {
        if (titleDrag < 0) {
            return;
        }
        int to = Math.max(0, Math.min(data.arrangement().size() - 1, nearestPosition(titleX)));
        g.setStroke(Color.rgb(31, 95, 191, 0.8));
        g.setLineWidth(2);
        g.setLineDashes(6, 4);
        g.strokeLine(view.axisX(to), view.axisY(0), view.axisX(to), view.axisY(1));
        g.setLineDashes();
        g.setFill(Color.rgb(31, 95, 191));
        g.fillText(view.axes().get(titleDrag).name(), titleX, ParallelCoordinatesView.MARGIN_TOP - 6);
    }
}
