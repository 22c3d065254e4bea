package org.codesign.ui.pareto;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.PerspectiveCamera;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.PickResult;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.MeshView;
import javafx.scene.transform.Affine;
import org.codesign.ui.kit.Clips;
import org.codesign.ui.pareto.plot.CloudGeometry;
import org.codesign.ui.pareto.plot.Coloring;
import org.codesign.ui.pareto.plot.OrbitCamera;
import org.codesign.ui.pareto.plot.ProjectedCloud;
import org.codesign.ui.pareto.plot.ScreenBrush;
import org.codesign.ui.pareto.plot.ViewProjection;
import org.codesign.ui.points.Selection;

/**
 * The 3D Pareto view: every point of every run as one mesh in a JavaFX SubScene, in a cube
 * whose axes are three metrics. It stacks the cube's back ({@link CubeGuides}), the SubScene
 * with the {@link CloudRenderer}'s meshes, the cube's front and the overlay the
 * {@link CloudGestures} draw brushes and the hover card on, and keeps the camera in step with
 * the {@link ParetoViewModel}'s orbit. The camera model is {@link ViewProjection}: brushing
 * projects the points with the same numbers JavaFX draws with.
 */
public final class Pareto3DView extends StackPane {
    /** Points drawn while the camera moves, when there are more than this and fast rotation is on. */
    public static final int MOVING_BUDGET = CloudRenderer.MOVING_BUDGET;

    private final ParetoViewModel vm;
    private final CloudRenderer renderer;
    private final ProjectedCloud projected;
    private final Affine worldTransform = new Affine();
    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final SubScene subScene;
    private final Pane holder = new Pane();
    private final CubeGuides guides;
    private final CloudGestures gestures;
    private final FocusRing3D ring;

    /** A view with its own tool and camera state (tests, benchmarks). */
    public Pareto3DView(PlotModel model) {
        this(new ParetoViewModel(model));
    }

    public Pareto3DView(ParetoViewModel vm) {
        this.vm = vm;
        PlotModel model = vm.model();
        renderer = new CloudRenderer(model);
        projected = new ProjectedCloud(renderer.geometry());
        setId("pareto-3d");
        getStyleClass().add("pareto-3d");
        Group world = renderer.world();
        world.getTransforms().setAll(worldTransform);
        // Flat, exact palette colours (white ambient light only) and no multisampling: both cost
        // dearly on software OpenGL, and tiny glyphs gain little from shading.
        AmbientLight ambient = new AmbientLight(Color.WHITE);
        Group root = new Group(world, ambient, camera);
        subScene = new SubScene(root, 400, 300, true, SceneAntialiasing.DISABLED);
        subScene.setId("pareto-3d-scene");
        // Transparent: the cube's back walls are drawn in 2D underneath, its front edges on top.
        subScene.setFill(Color.TRANSPARENT);
        subScene.setCamera(camera);
        subScene.setManaged(false);
        subScene.widthProperty().bind(holder.widthProperty());
        subScene.heightProperty().bind(holder.heightProperty());
        holder.getChildren().add(subScene);
        holder.setMinSize(0, 0);
        holder.setPrefSize(480, 360);
        Pane underlay = new Pane();
        Pane front = new Pane();
        Pane overlay = new Pane();
        front.setMouseTransparent(true);
        front.setManaged(false);
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        underlay.setMouseTransparent(true);
        underlay.setManaged(false);
        underlay.setStyle(String.format("-fx-background-color: #%06x;", Coloring.BACKGROUND & 0xffffff));
        underlay.setId("pareto-3d-underlay");
        holder.layoutBoundsProperty().addListener((o, a, b) -> underlay.resize(b.getWidth(), b.getHeight()));
        getChildren().addAll(underlay, holder, front, overlay);
        setMinSize(0, 0);
        // zoomed in, the cube's guides reach past the view: without the clip the view drew over
        // the toolbar above it and, picking on its grown bounds, took the toolbar's clicks
        Clips.toOwnArea(this);
        guides = new CubeGuides(underlay, front);
        gestures = new CloudGestures(this, subScene, overlay, vm, projected, renderer);
        ring = new FocusRing3D(overlay, subScene, projected, renderer.geometry(), model);

        holder.widthProperty().addListener((o, a, b) -> applyCamera());
        holder.heightProperty().addListener((o, a, b) -> applyCamera());
        vm.orbitProperty().addListener((o, a, b) -> {
            applyCamera();
            renderer.cameraMoved(vm.fastRotationProperty().get());
        });
        vm.dropLinesProperty().addListener((o, a, b) -> renderer.setDropLines(b));
        renderer.setDropLines(vm.dropLinesProperty().get());
        model.onData(change -> {
            if (renderer.update(change)) {
                applyCamera();
            } else {
                projected.invalidate();
                ring.update();
            }
        });
        model.axesProperty().addListener((o, a, b) -> rebuild());
        model.coloringProperty().addListener((o, a, b) -> renderer.recolorAll());
        model.selection().versionProperty().addListener((o, a, b) -> renderer.recolorAll());
        rebuild();
    }

    // ---- state for the area, tests and benchmarks ----

    public ParetoViewModel viewModel() {
        return vm;
    }

    public ObjectProperty<PlotTool> toolProperty() {
        return vm.toolProperty();
    }

    BooleanProperty dropLinesProperty() {
        return vm.dropLinesProperty();
    }

    public ObjectProperty<OrbitCamera> orbitProperty() {
        return vm.orbitProperty();
    }

    public BooleanProperty fastRotationProperty() {
        return vm.fastRotationProperty();
    }

    public SubScene subScene() {
        return subScene;
    }

    public MeshView cloud() {
        return renderer.cloud();
    }

    public CloudGeometry geometry() {
        return renderer.geometry();
    }

    /** The projection of the current camera and viewport. */
    ViewProjection projection() {
        return projected.projection();
    }

    /** Where a point is drawn, in the SubScene's coordinates (NaN if it is not drawn). */
    public Point2D screenPosition(int slot) {
        float[] s = projected.screen();
        return new Point2D(s[2 * slot], s[2 * slot + 1]);
    }

    public Label hoverCard() {
        return gestures.hoverCard();
    }

    /** Selects the points whose projection lies inside the brush (SubScene coordinates). */
    void brush(ScreenBrush brush, Selection.Combine how) {
        gestures.brush(brush, how);
    }

    /** Brushes with a lasso given in SubScene coordinates and leaves its outline on screen, as a drawn lasso does. */
    public void lasso(double[] xy, Selection.Combine how) {
        gestures.lasso(xy, how);
    }

    /** The point under the mouse (picked face, else the nearest projected point), or -1. */
    int pick(PickResult pick, Point2D at) {
        return gestures.pick(pick, at);
    }

    /** Resizes the glyphs of the points that joined or left the front since the last time, in one mesh update. */
    public void applyPendingFlips() {
        renderer.applyPendingFlips();
    }

    /** The colour a slot is drawn with (ARGB), as written into the colour image. */
    public int slotColor(int slot) {
        return renderer.slotColor(slot);
    }

    /** The mesh samples slot s's own texel of this image. */
    public WritableImage slotColors() {
        return renderer.slotColors();
    }

    /** Whether the view currently draws the sample instead of every point. */
    public boolean showingSample() {
        return renderer.showingSample();
    }

    /** The palette's colours, then the same colours dimmed. */
    public static int[] palette(Coloring coloring) {
        return CloudRenderer.palette(coloring);
    }

    // ---- camera ----

    private void rebuild() {
        renderer.rebuild();
        applyCamera();
    }

    private void applyCamera() {
        double w = holder.getWidth();
        double h = holder.getHeight();
        if (!(w > 1) || !(h > 1)) {
            w = Math.max(w, holder.getPrefWidth());
            h = Math.max(h, holder.getPrefHeight());
        }
        ViewProjection projection = new ViewProjection(vm.orbitProperty().get(), w, h);
        projected.setProjection(projection);
        double[] m = projection.matrix();
        worldTransform.setToTransform(m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9], m[10], m[11]);
        camera.setFieldOfView(projection.fieldOfViewDegrees());
        camera.setVerticalFieldOfView(true);
        camera.setNearClip(projection.nearClip());
        camera.setFarClip(projection.farClip());
        gestures.cameraMoved();
        guides.layout(
                projection, renderer.geometry().axes(), renderer.geometry().scales());
        ring.update();
    }

    /** Where the current point's ring is drawn (overlay coordinates), or null when no point is ringed. */
    public Point2D ringCentre() {
        return ring.centre();
    }
}
