package org.codesign.ui.pareto;

import org.codesign.ui.points.PointEntry;
import org.codesign.ui.points.Selection;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.PerspectiveCamera;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.Line;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.transform.Affine;
import javafx.util.Duration;
import org.codesign.ui.pareto.plot.AxisGuides;
import org.codesign.ui.pareto.plot.AxisScale;
import org.codesign.ui.pareto.plot.CloudGeometry;
import org.codesign.ui.pareto.plot.Coloring;
import org.codesign.ui.pareto.plot.LineMesh;
import org.codesign.ui.pareto.plot.OrbitCamera;
import org.codesign.ui.pareto.plot.PlotAxes;
import org.codesign.ui.pareto.plot.PointColumns;
import org.codesign.ui.pareto.plot.ScreenBrush;
import org.codesign.ui.pareto.plot.ViewProjection;

/**
 * The 3D Pareto view: every point of every run as one mesh in a JavaFX SubScene, in a cube
 * whose axes are three metrics. Drag to orbit (or, with the box or lasso tool, to brush in
 * screen space), right-drag to orbit, middle-drag or Shift+right-drag to pan, wheel to zoom.
 * Hover shows a point, click selects it and opens it in the detail pane. The camera model is
 * {@link ViewProjection}: brushing projects the points with the same numbers JavaFX draws with.
 */
public final class Pareto3DView extends StackPane {
    /** What a left drag does. */
    public enum Tool { ROTATE, BOX, LASSO }

    private static final double CLICK_SLOP = 4;
    private static final double HOVER_RADIUS = 7;
    private static final Font TICK_FONT = Font.font(10);
    private static final Font TITLE_FONT = Font.font(null, FontWeight.BOLD, 11);

    private final PlotModel model;
    private final CloudGeometry geometry = new CloudGeometry();
    private TriangleMesh mesh = cloudMesh();
    /** Slots the mesh's faces cover (the geometry's capacity when they were written). */
    private int meshSlots = -1;
    private final MeshView cloud = new MeshView(mesh);
    private final PhongMaterial material = new PhongMaterial();
    private final TriangleMesh coarseMesh = new TriangleMesh(VertexFormat.POINT_NORMAL_TEXCOORD);
    /** A sample of the points, drawn instead of all of them while the camera moves (software OpenGL is slow). */
    private final MeshView coarse = new MeshView(coarseMesh);
    private final PauseTransition settle = new PauseTransition(Duration.millis(250));
    private final BooleanProperty fastRotation = new SimpleBooleanProperty(this, "fastRotation", true);
    private int[] coarseSlots = new int[0];
    private boolean coarseStale = true;
    private final TriangleMesh dropMesh = new TriangleMesh();
    private final MeshView drops = new MeshView(dropMesh);
    private final Affine worldTransform = new Affine();
    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final SubScene subScene;
    private final Pane holder = new Pane();
    private final Pane underlay = new Pane();
    private final Pane guides = new Pane();
    private final Pane overlay = new Pane();
    private final Rectangle boxShape = new Rectangle();
    private final Polyline lassoShape = new Polyline();
    private final Label hover = new Label();
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(this, "tool", Tool.ROTATE);
    private final BooleanProperty dropLines = new SimpleBooleanProperty(this, "dropLines", false);
    private final ObjectProperty<OrbitCamera> orbit = new SimpleObjectProperty<>(this, "orbit", OrbitCamera.initial());
    private Function<PointEntry, String> describer = e -> e.runId() + " #" + e.point().index();
    private ViewProjection projection;
    private float[] screen = new float[0];
    private boolean screenValid;
    private Coloring shownColoring;
    /** ARGB of every palette entry, vivid then dimmed (as {@link CloudGeometry#u}/{@link CloudGeometry#v} index them). */
    private int[] palette = new int[0];
    /**
     * One texel per slot holding that point's colour: the mesh's texture coordinates stay fixed
     * (each slot points at its own texel), so a brush or recolour rewrites this image and not the
     * mesh, whose every change JavaFX answers by rebuilding the vertex data it touches.
     */
    private WritableImage slotColors;
    /**
     * Slots that joined or left the front whose glyph size still has to follow. Their colours
     * change at once; their sizes in one batch at most once a second: JavaFX tracks one dirty
     * range per mesh array, so resizing a few old glyphs with every arriving batch would make it
     * rebuild the vertex data from the oldest of them to the end, most of 100,000 points.
     */
    private final BitSet pendingFlips = new BitSet();
    private final PauseTransition flipFlush = new PauseTransition(Duration.seconds(1));
    private int[] slotArgb = new int[0];
    private float[] slotTex = new float[0];
    private Point2D pressed;
    private Point2D last;
    private MouseButton dragButton;
    private boolean dragging;
    private final List<Double> lassoPoints = new ArrayList<>();

    public Pareto3DView(PlotModel model) {
        this.model = model;
        setId("pareto-3d");
        getStyleClass().add("pareto-3d");
        cloud.setId("point-cloud");
        cloud.setMaterial(material);
        cloud.setCullFace(CullFace.BACK);
        coarseMesh.getNormals().setAll(CloudGeometry.normals());
        PhongMaterial dropMaterial = new PhongMaterial(Color.web("#8fa9cf"));
        drops.setMaterial(dropMaterial);
        drops.setCullFace(CullFace.NONE);
        drops.setMouseTransparent(true);
        dropMesh.getTexCoords().addAll(0, 0);
        coarse.setId("point-cloud-coarse");
        coarse.setMaterial(material);
        coarse.setCullFace(CullFace.BACK);
        coarse.setVisible(false);
        settle.setOnFinished(e -> showFull());
        flipFlush.setOnFinished(e -> applyPendingFlips());
        Group world = new Group(drops, cloud, coarse);
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
        guides.setMouseTransparent(true);
        guides.setManaged(false);
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        boxShape.getStyleClass().add("brush-band");
        boxShape.setVisible(false);
        lassoShape.getStyleClass().add("lasso");
        lassoShape.setVisible(false);
        hover.getStyleClass().add("hover-card");
        hover.setId("hover-card");
        hover.setVisible(false);
        hover.setManaged(false);
        overlay.getChildren().addAll(boxShape, lassoShape, hover);
        underlay.setMouseTransparent(true);
        underlay.setManaged(false);
        underlay.setStyle(String.format("-fx-background-color: #%06x;", Coloring.BACKGROUND & 0xffffff));
        underlay.setId("pareto-3d-underlay");
        holder.layoutBoundsProperty().addListener((o, a, b) -> underlay.resize(b.getWidth(), b.getHeight()));
        getChildren().addAll(underlay, holder, guides, overlay);
        setMinSize(0, 0);

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPress);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::onRelease);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::onMove);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.setVisible(false));
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);

        holder.widthProperty().addListener((o, a, b) -> applyCamera());
        holder.heightProperty().addListener((o, a, b) -> applyCamera());
        orbit.addListener((o, a, b) -> {
            applyCamera();
            cameraMoved();
        });
        dropLines.addListener((o, a, b) -> updateDropLines());
        model.onData(this::onData);
        model.axesProperty().addListener((o, a, b) -> rebuild());
        model.coloringProperty().addListener((o, a, b) -> recolorAll());
        model.selection().versionProperty().addListener((o, a, b) -> recolorAll());
        rebuild();
    }

    // ---- state for the area, tests and benchmarks ----

    public ObjectProperty<Tool> toolProperty() {
        return tool;
    }

    BooleanProperty dropLinesProperty() {
        return dropLines;
    }

    public ObjectProperty<OrbitCamera> orbitProperty() {
        return orbit;
    }

    void setDescriber(Function<PointEntry, String> describer) {
        this.describer = describer;
    }

    public SubScene subScene() {
        return subScene;
    }

    public MeshView cloud() {
        return cloud;
    }

    public CloudGeometry geometry() {
        return geometry;
    }

    /** The projection of the current camera and viewport. */
    ViewProjection projection() {
        return projection;
    }

    /** Where a point is drawn, in the SubScene's coordinates (NaN if it is not drawn). */
    public Point2D screenPosition(int slot) {
        float[] s = screen();
        return new Point2D(s[2 * slot], s[2 * slot + 1]);
    }

    public Label hoverCard() {
        return hover;
    }

    /** Selects the points whose projection lies inside the brush (SubScene coordinates). */
    void brush(ScreenBrush brush, Selection.Combine how) {
        BitSet hit = ScreenBrush.select(brush, screen(), geometry.size(), geometry.shown());
        model.selection().apply(hit, how);
    }

    // ---- geometry ----

    private void rebuild() {
        PointColumns columns = model.columns();
        pendingFlips.clear(); // every glyph is written anew
        geometry.rebuild(columns, model.axes());
        int n = geometry.size();
        geometry.color(columns, model.coloring(), selectedOrNull(), 0, n);
        shownColoring = model.coloring();
        palette = palette(shownColoring);
        writeWholeMesh();
        paint(0, n);
        updateDropLines();
        coarseStale = true;
        applyCamera();
    }

    /**
     * Every array of the mesh, faces for the geometry's whole capacity (JavaFX rebuilds it all),
     * and a colour image with a texel for each slot.
     */
    private void writeWholeMesh() {
        int cap = geometry.capacity();
        int rows = Integer.highestOneBit(Math.max(1, (cap + COLOR_IMAGE_WIDTH - 1) / COLOR_IMAGE_WIDTH) * 2 - 1);
        if (slotColors == null || slotColors.getHeight() != rows) {
            slotColors = new WritableImage(COLOR_IMAGE_WIDTH, rows);
            slotArgb = new int[COLOR_IMAGE_WIDTH * rows];
        }
        slotTex = slotTexCoords(cap, rows);
        // A fresh mesh rather than resized arrays: JavaFX's render thread failed with an index out
        // of bounds in BaseMesh.updatePNTGeometry when a mesh it had drawn grew and then took the
        // partial point updates of the next batches.
        TriangleMesh grown = cloudMesh();
        grown.getPoints().setAll(geometry.vertices(), 0, cap * CloudGeometry.VERTICES_PER_POINT * 3);
        grown.getTexCoords().setAll(slotTex);
        grown.getFaces().setAll(CloudGeometry.faces(0, cap));
        mesh = grown;
        cloud.setMesh(grown);
        material.setDiffuseMap(slotColors);
        meshSlots = cap;
    }

    private static TriangleMesh cloudMesh() {
        TriangleMesh m = new TriangleMesh(VertexFormat.POINT_NORMAL_TEXCOORD);
        m.getNormals().setAll(CloudGeometry.normals());
        return m;
    }

    /** Resizes the glyphs of the points that joined or left the front since the last time, in one mesh update. */
    public void applyPendingFlips() {
        if (pendingFlips.isEmpty()) {
            return;
        }
        PointColumns columns = model.columns();
        for (int slot = pendingFlips.nextSetBit(0); slot >= 0; slot = pendingFlips.nextSetBit(slot + 1)) {
            if (slot < geometry.size()) {
                geometry.writeGlyph(slot, columns.pareto(slot));
            }
        }
        int per = CloudGeometry.VERTICES_PER_POINT * 3;
        int from = pendingFlips.nextSetBit(0);
        int to = Math.min(geometry.size(), pendingFlips.length());
        if (to > from) {
            mesh.getPoints().set(from * per, geometry.vertices(), from * per, (to - from) * per);
        }
        pendingFlips.clear();
        coarseStale = true;
    }

    /** Texels per row of the colour image. */
    static final int COLOR_IMAGE_WIDTH = 1024;

    /** Slot s samples the centre of texel (s mod width, s div width); exact in float for a power-of-two height. */
    static float[] slotTexCoords(int slots, int rows) {
        float[] t = new float[2 * slots];
        for (int s = 0; s < slots; s++) {
            t[2 * s] = (s % COLOR_IMAGE_WIDTH + 0.5f) / COLOR_IMAGE_WIDTH;
            t[2 * s + 1] = (s / COLOR_IMAGE_WIDTH + 0.5f) / rows;
        }
        return t;
    }

    /** Writes the colours of slots [from, to) (as the geometry's palette coordinates say) into the colour image. */
    private void paint(int from, int to) {
        if (to <= from) {
            return;
        }
        float[] tex = geometry.texCoords();
        int n = Coloring.PALETTE_SIZE;
        for (int i = from; i < to; i++) {
            int index = Math.min(n - 1, (int) (tex[2 * i] * n));
            slotArgb[i] = palette[tex[2 * i + 1] > 0.5f ? n + index : index];
        }
        int r0 = from / COLOR_IMAGE_WIDTH;
        int r1 = (to - 1) / COLOR_IMAGE_WIDTH;
        slotColors.getPixelWriter().setPixels(0, r0, COLOR_IMAGE_WIDTH, r1 - r0 + 1, PixelFormat.getIntArgbInstance(),
                slotArgb, r0 * COLOR_IMAGE_WIDTH, COLOR_IMAGE_WIDTH);
    }

    /** The colour a slot is drawn with (ARGB), as written into the colour image. */
    public int slotColor(int slot) {
        return slotArgb[slot];
    }

    /** The mesh samples slot s's own texel of {@link #slotColors()}. */
    public WritableImage slotColors() {
        return slotColors;
    }

    private void onData(PlotModel.DataChange change) {
        PointColumns columns = model.columns();
        if (change.reset() || !geometry.append(columns)) {
            rebuild();
            return;
        }
        int from = change.appendedFrom();
        int to = geometry.size();
        BitSet selected = selectedOrNull();
        Coloring coloring = model.coloring();
        if (to > from) {
            geometry.color(columns, coloring, selected, from, to);
        }
        if (geometry.capacity() != meshSlots) {
            writeWholeMesh(); // the arrays grew: new faces (rare: capacity runs a quarter ahead)
            paint(0, to);
        } else if (to > from) {
            // The new slots already have faces and texture coordinates: only their points change, in place.
            int v = CloudGeometry.VERTICES_PER_POINT * 3;
            mesh.getPoints().set(from * v, geometry.vertices(), from * v, (to - from) * v);
            paint(from, to);
        }
        for (int slot : change.paretoFlipped()) {
            geometry.color(columns, coloring, selected, slot, slot + 1);
            paint(slot, slot + 1);
            pendingFlips.set(slot);
        }
        if (!pendingFlips.isEmpty() && flipFlush.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            flipFlush.playFromStart();
        }
        if (dropLines.get()) {
            updateDropLines();
        }
        coarseStale = true;
        screenValid = false;
    }

    private void recolorAll() {
        int n = geometry.size();
        Coloring coloring = model.coloring();
        if (!coloring.equals(shownColoring)) {
            shownColoring = coloring;
            palette = palette(coloring);
        }
        geometry.color(model.columns(), coloring, selectedOrNull(), 0, n);
        paint(0, n);
        coarseStale = true;
    }

    private BitSet selectedOrNull() {
        return model.selection().count() == 0 ? null : model.selection().positions();
    }

    // ---- level of detail while moving ----

    /** Points drawn while the camera moves, when there are more than this and fast rotation is on. */
    public static final int MOVING_BUDGET = 20_000;

    public BooleanProperty fastRotationProperty() {
        return fastRotation;
    }

    /** Whether the view currently draws the sample instead of every point. */
    public boolean showingSample() {
        return coarse.isVisible();
    }

    private void cameraMoved() {
        if (!fastRotation.get() || geometry.shown().cardinality() <= MOVING_BUDGET) {
            return;
        }
        if (coarseStale) {
            buildCoarse();
        }
        coarse.setVisible(true);
        cloud.setVisible(false);
        settle.playFromStart();
    }

    private void showFull() {
        cloud.setVisible(true);
        coarse.setVisible(false);
    }

    /** The sample: Pareto-optimal and selected points first, then others evenly spread. */
    private void buildCoarse() {
        BitSet priority = model.selection().positions();
        PointColumns columns = model.columns();
        for (int i = 0; i < geometry.size(); i++) {
            if (columns.pareto(i)) {
                priority.set(i);
            }
        }
        coarseSlots = CloudGeometry.sample(geometry.shown(), priority, MOVING_BUDGET);
        int k = coarseSlots.length;
        int per = CloudGeometry.VERTICES_PER_POINT * 3;
        float[] points = new float[k * per];
        float[] tex = new float[2 * k];
        float[] vertices = geometry.vertices();
        for (int j = 0; j < k; j++) {
            System.arraycopy(vertices, coarseSlots[j] * per, points, j * per, per);
            tex[2 * j] = slotTex[2 * coarseSlots[j]];
            tex[2 * j + 1] = slotTex[2 * coarseSlots[j] + 1];
        }
        coarseMesh.getPoints().setAll(points);
        coarseMesh.getTexCoords().setAll(tex);
        coarseMesh.getFaces().setAll(CloudGeometry.faces(0, k));
        coarseStale = false;
    }

    /** The palette's colours, then the same colours dimmed. */
    public static int[] palette(Coloring coloring) {
        int n = Coloring.PALETTE_SIZE;
        int[] argb = new int[2 * n];
        for (int i = 0; i < n; i++) {
            argb[i] = coloring.color(i);
            argb[n + i] = Coloring.dim(coloring.color(i));
        }
        return argb;
    }

    /** Thin vertical lines from every Pareto point down to the floor (for teaching). */
    private void updateDropLines() {
        drops.setVisible(dropLines.get());
        if (!dropLines.get()) {
            dropMesh.getPoints().clear();
            dropMesh.getFaces().clear();
            return;
        }
        PointColumns columns = model.columns();
        float[] cube = geometry.cube();
        List<LineMesh.Segment> segments = new ArrayList<>();
        for (int i = 0; i < geometry.size(); i++) {
            if (geometry.isShown(i) && columns.pareto(i) && cube[3 * i + 1] > -1) {
                segments.add(new LineMesh.Segment(cube[3 * i], cube[3 * i + 1], cube[3 * i + 2], cube[3 * i], -1,
                        cube[3 * i + 2]));
            }
        }
        LineMesh lines = LineMesh.of(segments, 0.0025);
        dropMesh.getPoints().setAll(lines.points());
        dropMesh.getFaces().setAll(lines.faces());
    }

    // ---- camera ----

    private void applyCamera() {
        double w = holder.getWidth();
        double h = holder.getHeight();
        if (!(w > 1) || !(h > 1)) {
            w = Math.max(w, holder.getPrefWidth());
            h = Math.max(h, holder.getPrefHeight());
        }
        projection = new ViewProjection(orbit.get(), w, h);
        double[] m = projection.matrix();
        worldTransform.setToTransform(m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9], m[10], m[11]);
        camera.setFieldOfView(projection.fieldOfViewDegrees());
        camera.setVerticalFieldOfView(true);
        camera.setNearClip(projection.nearClip());
        camera.setFarClip(projection.farClip());
        screenValid = false;
        if (pressed == null) {
            hideLasso();
        }
        layoutGuides();
    }

    private void layoutGuides() {
        PlotAxes axes = geometry.axes();
        String[] titles = new String[3];
        for (int a = 0; a < 3; a++) {
            titles[a] = axes.metric(a).labelWithUnit() + (axes.log(a) ? " · log" : "");
        }
        AxisGuides.Layout layout = AxisGuides.layout(projection, geometry.scales(), titles, 6);
        List<Node> back = new ArrayList<>();
        for (AxisGuides.Mark mark : layout.behind()) {
            back.add(line(mark, "cube-back"));
        }
        for (AxisGuides.Mark mark : layout.backEdges()) {
            back.add(line(mark, "cube-back-edge"));
        }
        underlay.getChildren().setAll(back);
        List<Node> nodes = new ArrayList<>();
        for (AxisGuides.Mark mark : layout.inFront()) {
            nodes.add(line(mark, "cube-edge"));
        }
        for (AxisGuides.Mark mark : layout.marks()) {
            nodes.add(line(mark, "axis-tick"));
        }
        for (AxisGuides.Text t : layout.ticks()) {
            nodes.add(text(t, "axis-tick-label"));
        }
        for (AxisGuides.Text t : layout.titles()) {
            nodes.add(text(t, "axis-title"));
        }
        guides.getChildren().setAll(nodes);
    }

    private static Line line(AxisGuides.Mark mark, String style) {
        Line l = new Line(mark.x0(), mark.y0(), mark.x1(), mark.y1());
        l.getStyleClass().add(style);
        l.setStroke(Color.web(switch (style) {
            case "cube-back" -> "#d4d4d4";
            case "cube-back-edge" -> "#a8a8a8";
            default -> "#707070";
        }));
        return l;
    }

    /**
     * A label placed outward of its anchor, kept inside the view; titles that go out sideways
     * are set vertically so long metric names do not run into the tick labels.
     */
    private Text text(AxisGuides.Text t, String style) {
        Text text = new Text(t.text());
        text.getStyleClass().add(style);
        text.setId(style + "-" + t.axis() + "-" + t.text());
        text.setFont(style.equals("axis-title") ? TITLE_FONT : TICK_FONT);
        boolean vertical = style.equals("axis-title") && Math.abs(t.dx()) > 2 * Math.abs(t.dy());
        double w = text.getLayoutBounds().getWidth();
        double h = text.getLayoutBounds().getHeight();
        double bw = vertical ? h : w;
        double bh = vertical ? w : h;
        // The box's centre sits outward of the anchor by half its size along the outward direction.
        double cx = t.x() + t.dx() * bw / 2;
        double cy = t.y() + t.dy() * bh / 2;
        cx = Math.max(2 + bw / 2, Math.min(projection.width() - bw / 2 - 2, cx));
        cy = Math.max(2 + bh / 2, Math.min(projection.height() - bh / 2 - 2, cy));
        text.setX(cx - w / 2);
        text.setY(cy - h / 2 - text.getLayoutBounds().getMinY());
        if (vertical) {
            text.setRotate(-90);
        }
        return text;
    }

    private float[] screen() {
        int n = geometry.size();
        if (!screenValid || screen.length < 2 * n) {
            if (screen.length < 2 * n) {
                screen = new float[2 * n + 2048];
            }
            projection.projectAll(geometry.cube(), n, screen);
            screenValid = true;
        }
        return screen;
    }

    // ---- mouse ----

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

    /** Brushes with a lasso given in SubScene coordinates and leaves its outline on screen, as a drawn lasso does. */
    public void lasso(double[] xy, Selection.Combine how) {
        brush(new ScreenBrush.Lasso(xy), how);
        hideLasso();
        for (int i = 0; i <= xy.length; i += 2) {
            Point2D q = overlay.sceneToLocal(subScene.localToScene(xy[i % xy.length], xy[(i + 1) % xy.length]));
            lassoShape.getPoints().addAll(q.getX(), q.getY());
        }
        lassoShape.setVisible(true);
    }

    private boolean brushing() {
        return dragButton == MouseButton.PRIMARY && tool.get() != Tool.ROTATE;
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
            Point2D o = overlay.sceneToLocal(subScene.localToScene(pressed));
            Point2D q = overlay.sceneToLocal(subScene.localToScene(p));
            if (tool.get() == Tool.BOX) {
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
        } else {
            double dx = p.getX() - last.getX();
            double dy = p.getY() - last.getY();
            boolean pan = dragButton == MouseButton.MIDDLE || (dragButton == MouseButton.SECONDARY && e.isShiftDown());
            if (pan) {
                double k = projection.unitsPerPixel();
                orbit.set(orbit.get().panBy(dx * k, -dy * k));
            } else {
                orbit.set(orbit.get().orbit(dx * 0.4, dy * 0.4));
            }
        }
        last = p;
        e.consume();
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
            click(e.getPickResult(), p, how);
        } else if (brushing()) {
            if (tool.get() == Tool.BOX) {
                brush(new ScreenBrush.Box(pressed.getX(), pressed.getY(), p.getX(), p.getY()), how);
            } else if (lassoPoints.size() >= 6) {
                double[] xy = lassoPoints.stream().mapToDouble(Double::doubleValue).toArray();
                brush(new ScreenBrush.Lasso(xy), how);
                keepLasso = true;
            }
        }
        boxShape.setVisible(false);
        if (keepLasso) {
            // The outline stays (closed) to show what was brushed, until the view moves.
            lassoShape.getPoints().addAll(lassoShape.getPoints().get(0), lassoShape.getPoints().get(1));
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
            orbit.set(orbit.get().zoomBy(Math.exp(e.getDeltaY() * 0.0025)));
        }
        e.consume();
    }

    private void onMove(MouseEvent e) {
        int slot = pick(e.getPickResult(), local(e));
        PointEntry entry = model.entry(slot);
        if (entry == null) {
            hover.setVisible(false);
            return;
        }
        hover.setText(describer.apply(entry));
        hover.autosize();
        Point2D at = overlay.sceneToLocal(e.getSceneX(), e.getSceneY());
        double x = at.getX() + 14;
        double y = at.getY() + 14;
        if (x + hover.getWidth() > getWidth()) {
            x = Math.max(0, at.getX() - 14 - hover.getWidth());
        }
        if (y + hover.getHeight() > getHeight()) {
            y = Math.max(0, at.getY() - 14 - hover.getHeight());
        }
        hover.relocate(x, y);
        hover.setVisible(true);
    }

    private void click(PickResult pick, Point2D at, Selection.Combine how) {
        int slot = pick(pick, at);
        PointEntry entry = model.entry(slot);
        if (entry == null) {
            if (how == Selection.Combine.REPLACE) {
                model.selection().clear();
            }
            return;
        }
        BitSet one = new BitSet();
        one.set(slot);
        model.selection().apply(one, how);
        model.selection().focusedProperty().set(entry);
    }

    /**
     * The point under the mouse: the face JavaFX picked (face index / 4 = slot), else the
     * nearest projected point within a few pixels (glyphs are small), the nearest to the eye first.
     */
    int pick(PickResult pick, Point2D at) {
        if (pick != null && pick.getIntersectedFace() >= 0
                && (pick.getIntersectedNode() == cloud || pick.getIntersectedNode() == coarse)) {
            int glyph = CloudGeometry.slotOfFace(pick.getIntersectedFace());
            int slot = pick.getIntersectedNode() == coarse ? coarseSlots[glyph] : glyph;
            if (slot < geometry.size() && geometry.isShown(slot)) {
                return slot;
            }
        }
        return nearest(at.getX(), at.getY(), HOVER_RADIUS);
    }

    int nearest(double x, double y, double radius) {
        float[] s = screen();
        float[] cube = geometry.cube();
        int best = -1;
        double bestDepth = Double.POSITIVE_INFINITY;
        double r2 = radius * radius;
        for (int i = 0; i < geometry.size(); i++) {
            double dx = s[2 * i] - x;
            double dy = s[2 * i + 1] - y;
            if (dx * dx + dy * dy <= r2) {
                double d = projection.depth(cube[3 * i], cube[3 * i + 1], cube[3 * i + 2]);
                if (d < bestDepth) {
                    bestDepth = d;
                    best = i;
                }
            }
        }
        return best;
    }
}
