package org.codesign.ui.pareto;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.SubScene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import org.codesign.ui.pareto.plot.ProjectedCloud;
import org.codesign.ui.pareto.plot.ScreenBrush;
import org.codesign.ui.points.Selection;

/**
 * The 3D view's mouse: drag to orbit or (with the box or lasso tool) to brush, right-drag to
 * orbit, middle-drag or Shift+right-drag to pan, wheel to zoom, hover for a point's card, click
 * to select it. It draws the brush outline and the hover card on the overlay; what a gesture
 * does to the selection and the camera is the {@link ParetoViewModel}'s.
 */
final class CloudGestures {
    private static final double CLICK_SLOP = 4;
    private static final double HOVER_RADIUS = 7;

    private final Pane view;
    private final SubScene subScene;
    private final Pane overlay;
    private final ParetoViewModel vm;
    private final ProjectedCloud projected;
    private final CloudRenderer renderer;
    private final Rectangle boxShape = new Rectangle();
    private final Polyline lassoShape = new Polyline();
    private final Label hover = new Label();
    private final List<Double> lassoPoints = new ArrayList<>();
    private Point2D pressed;
    private Point2D last;
    private MouseButton dragButton;
    private boolean dragging;

    CloudGestures(
            Pane view,
            SubScene subScene,
            Pane overlay,
            ParetoViewModel vm,
            ProjectedCloud projected,
            CloudRenderer renderer) {
        this.view = view;
        this.subScene = subScene;
        this.overlay = overlay;
        this.vm = vm;
        this.projected = projected;
        this.renderer = renderer;
        boxShape.getStyleClass().add("brush-band");
        boxShape.setVisible(false);
        lassoShape.getStyleClass().add("lasso");
        lassoShape.setVisible(false);
        hover.getStyleClass().add("hover-card");
        hover.setId("hover-card");
        hover.setVisible(false);
        hover.setManaged(false);
        overlay.getChildren().addAll(boxShape, lassoShape, hover);
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPress);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onRelease);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMove);
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.setVisible(false));
        view.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
    }

    Label hoverCard() {
        return hover;
    }

    /** The camera moved: a lasso left on screen no longer outlines what it brushed (one being drawn stays). */
    void cameraMoved() {
        if (pressed == null) {
            hideLasso();
        }
    }

    /** Selects the points whose projection lies inside the brush (SubScene coordinates). */
    void brush(ScreenBrush brush, Selection.Combine how) {
        vm.brush(projected.brushed(brush), how);
    }

    /** Brushes with a lasso given in SubScene coordinates and leaves its outline on screen, as a drawn lasso does. */
    void lasso(double[] xy, Selection.Combine how) {
        brush(new ScreenBrush.Lasso(xy), how);
        hideLasso();
        for (int i = 0; i <= xy.length; i += 2) {
            Point2D q = overlay.sceneToLocal(subScene.localToScene(xy[i % xy.length], xy[(i + 1) % xy.length]));
            lassoShape.getPoints().addAll(q.getX(), q.getY());
        }
        lassoShape.setVisible(true);
    }

    /**
     * The point under the mouse: the face JavaFX picked (face index / 4 = slot), else the
     * nearest projected point within a few pixels (glyphs are small), the nearest to the eye first.
     */
    int pick(PickResult pick, Point2D at) {
        if (pick != null) {
            int slot = renderer.slotOfPick(pick.getIntersectedNode(), pick.getIntersectedFace());
            if (slot >= 0) {
                return slot;
            }
        }
        return projected.nearest(at.getX(), at.getY(), HOVER_RADIUS);
    }

    private Point2D local(MouseEvent e) {
        return subScene.sceneToLocal(e.getSceneX(), e.getSceneY());
    }

    private void onPress(MouseEvent e) {
        pressed = local(e);
        last = pressed;
        dragButton = e.getButton();
        dragging = false;
        lassoPoints.clear();
        hideLasso();
        hover.setVisible(false);
        e.consume();
    }

    private void hideLasso() {
        lassoShape.setVisible(false);
        lassoShape.getPoints().clear();
    }

    private boolean brushing() {
        return dragButton == MouseButton.PRIMARY && vm.toolProperty().get() != PlotTool.ROTATE;
    }

    private void onDrag(MouseEvent e) {
        if (pressed == null) {
            return;
        }
        Point2D p = local(e);
        if (!dragging && p.distance(pressed) < CLICK_SLOP) {
            return;
        }
        dragging = true;
        if (brushing()) {
            drawBrush(p);
        } else {
            double dx = p.getX() - last.getX();
            double dy = p.getY() - last.getY();
            boolean pan = dragButton == MouseButton.MIDDLE || (dragButton == MouseButton.SECONDARY && e.isShiftDown());
            var orbit = vm.orbitProperty();
            if (pan) {
                double k = projected.projection().unitsPerPixel();
                orbit.set(orbit.get().panBy(dx * k, -dy * k));
            } else {
                orbit.set(orbit.get().orbit(dx * 0.4, dy * 0.4));
            }
        }
        last = p;
        e.consume();
    }

    /** The band or the lasso so far, from the press to {@code p} (SubScene coordinates). */
    private void drawBrush(Point2D p) {
        Point2D o = overlay.sceneToLocal(subScene.localToScene(pressed));
        Point2D q = overlay.sceneToLocal(subScene.localToScene(p));
        if (vm.toolProperty().get() == PlotTool.BOX) {
            boxShape.setVisible(true);
            boxShape.setX(Math.min(o.getX(), q.getX()));
            boxShape.setY(Math.min(o.getY(), q.getY()));
            boxShape.setWidth(Math.abs(q.getX() - o.getX()));
            boxShape.setHeight(Math.abs(q.getY() - o.getY()));
        } else {
            if (lassoPoints.isEmpty()) {
                addLassoPoint(pressed, o);
            }
            addLassoPoint(p, q);
        }
    }

    private void addLassoPoint(Point2D sub, Point2D shown) {
        int n = lassoPoints.size();
        if (n >= 2 && Math.hypot(lassoPoints.get(n - 2) - sub.getX(), lassoPoints.get(n - 1) - sub.getY()) < 2) {
            return;
        }
        lassoPoints.add(sub.getX());
        lassoPoints.add(sub.getY());
        lassoShape.getPoints().addAll(shown.getX(), shown.getY());
        lassoShape.setVisible(true);
    }

    private void onRelease(MouseEvent e) {
        if (pressed == null) {
            return;
        }
        Selection.Combine how = Selection.combineFor(e.isShiftDown(), e.isShortcutDown(), e.isAltDown());
        Point2D p = local(e);
        boolean keepLasso = false;
        if (!dragging) {
            // Only the primary button picks: a right-click opens the view's menu (Save as…), and
            // selecting on it would fade every other point in the figure being saved.
            if (dragButton == MouseButton.PRIMARY) {
                vm.click(pick(e.getPickResult(), p), how);
            }
        } else if (brushing()) {
            if (vm.toolProperty().get() == PlotTool.BOX) {
                brush(new ScreenBrush.Box(pressed.getX(), pressed.getY(), p.getX(), p.getY()), how);
            } else if (lassoPoints.size() >= 6) {
                double[] xy =
                        lassoPoints.stream().mapToDouble(Double::doubleValue).toArray();
                brush(new ScreenBrush.Lasso(xy), how);
                keepLasso = true;
            }
        }
        boxShape.setVisible(false);
        if (keepLasso) {
            // The outline stays (closed) to show what was brushed, until the view moves.
            lassoShape
                    .getPoints()
                    .addAll(
                            lassoShape.getPoints().get(0),
                            lassoShape.getPoints().get(1));
        } else {
            hideLasso();
        }
        lassoPoints.clear();
        pressed = null;
        dragging = false;
        e.consume();
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            vm.orbitProperty().set(vm.orbitProperty().get().zoomBy(Math.exp(e.getDeltaY() * 0.0025)));
        }
        e.consume();
    }

    private void onMove(MouseEvent e) {
        String text = vm.hoverText(pick(e.getPickResult(), local(e)));
        if (text == null) {
            hover.setVisible(false);
            return;
        }
        hover.setText(text);
        hover.autosize();
        Point2D at = overlay.sceneToLocal(e.getSceneX(), e.getSceneY());
        double x = at.getX() + 14;
        double y = at.getY() + 14;
        if (x + hover.getWidth() > view.getWidth()) {
            x = Math.max(0, at.getX() - 14 - hover.getWidth());
        }
        if (y + hover.getHeight() > view.getHeight()) {
            y = Math.max(0, at.getY() - 14 - hover.getHeight());
        }
        hover.relocate(x, y);
        hover.setVisible(true);
    }
}
