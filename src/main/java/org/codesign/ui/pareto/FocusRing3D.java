package org.codesign.ui.pareto;

import javafx.geometry.Point2D;
import javafx.scene.SubScene;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import org.codesign.ui.pareto.plot.CloudGeometry;
import org.codesign.ui.pareto.plot.ProjectedCloud;
import org.codesign.ui.points.PointEntry;

/**
 * The ring around the current point (the one in the detail pane) in the 3D view, drawn on the
 * overlay where the camera projects the point: it follows the camera, the data and the focus.
 * One point is projected, not the cloud, so orbiting costs nothing extra.
 */
final class FocusRing3D {
    private final Circle ring = new Circle(7);
    private final Pane overlay;
    private final SubScene subScene;
    private final ProjectedCloud projected;
    private final CloudGeometry geometry;
    private final PlotModel model;

    FocusRing3D(Pane overlay, SubScene subScene, ProjectedCloud projected, CloudGeometry geometry, PlotModel model) {
        this.overlay = overlay;
        this.subScene = subScene;
        this.projected = projected;
        this.geometry = geometry;
        this.model = model;
        ring.getStyleClass().add("focus-ring");
        ring.setId("focus-ring-3d");
        ring.setManaged(false);
        ring.setMouseTransparent(true);
        ring.setVisible(false);
        overlay.getChildren().add(ring);
        model.selection().focusedProperty().addListener((o, a, b) -> update());
    }

    /** Puts the ring where its point is drawn now, or hides it (no current point, or not drawn). */
    void update() {
        PointEntry focused = model.selection().focusedProperty().get();
        int slot = focused == null ? -1 : focused.position();
        if (slot < 0 || slot >= geometry.size() || !geometry.shown().get(slot) || projected.projection() == null) {
            ring.setVisible(false);
            return;
        }
        float[] cube = geometry.cube();
        double[] s = projected.projection().project(cube[3 * slot], cube[3 * slot + 1], cube[3 * slot + 2]);
        Point2D at = overlay.sceneToLocal(subScene.localToScene(s[0], s[1]));
        if (at == null || !Double.isFinite(at.getX()) || !Double.isFinite(at.getY())) {
            ring.setVisible(false);
            return;
        }
        ring.setCenterX(at.getX());
        ring.setCenterY(at.getY());
        ring.setVisible(true);
    }

    /** Where the ring is (overlay coordinates), or null when hidden. */
    Point2D centre() {
        return ring.isVisible() ? new Point2D(ring.getCenterX(), ring.getCenterY()) : null;
    }
}
