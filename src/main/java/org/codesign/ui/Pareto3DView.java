package org.codesign.ui;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.PerspectiveCamera;
import javafx.scene.PointLight;
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
import javafx.scene.shape.Cylinder;
import javafx.scene.shape.Line;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.transform.Affine;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;
import org.codesign.ui.plot.AxisGuides;
import org.codesign.ui.plot.AxisScale;
import org.codesign.ui.plot.CloudGeometry;
import org.codesign.ui.plot.Coloring;
import org.codesign.ui.plot.OrbitCamera;
import org.codesign.ui.plot.PlotAxes;
import org.codesign.ui.plot.PointColumns;
import org.codesign.ui.plot.ScreenBrush;
import org.codesign.ui.plot.ViewProjection;

/**
 * The 3D Pareto view: every point of every run as one mesh in a JavaFX SubScene, in a cube
 * whose axes are three metrics. Drag to orbit (or, with the box or lasso tool, to brush in
 * screen space), right-drag to orbit, middle-drag or Shift+right-drag to pan, wheel to zoom.
 * Hover shows a point, click selects it and opens it in the detail pane. The camera model is
 * {@link ViewProjection}: brushing projects the points with the same numbers JavaFX draws with.
 */
final class Pareto3DView extends StackPane {
    /** What a left drag does. */
    enum Tool { ROTATE, BOX, LASSO }

    private static final double CLICK_SLOP = 4;
    private static final double HOVER_RADIUS = 7;
    private static final Font TICK_FONT = Font.font(10);
    private static final Font TITLE_FONT = Font.font(null, FontWeight.BOLD, 11);

    private final PlotModel model;
    private final CloudGeometry geometry = new CloudGeometry();
    private final TriangleMesh mesh = new TriangleMesh();
    private final MeshView cloud = new MeshView(mesh);
    private final PhongMaterial material = new PhongMaterial();
    private final TriangleMesh dropMesh = new TriangleMesh();
    private final MeshView drops = new MeshView(dropMesh);
    private final Affine worldTransform = new Affine();
    private final Group frame = new Group();
    private final List<List<Node>> walls = new ArrayList<>();
    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final SubScene subScene;
    private final Pane holder = new Pane();
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
    private Point2D pressed;
    private Point2D last;
    private MouseButton dragButton;
    private boolean dragging;
    private final List<Double> lassoPoints = new ArrayList<>();

    Pareto3DView(PlotModel model) {
        this.model = model;
        setId("pareto-3d");
        getStyleClass().add("pareto-3d");
        cloud.setId("point-cloud");
        cloud.setMaterial(material);
        cloud.setCullFace(CullFace.BACK);
        PhongMaterial dropMaterial = new PhongMaterial(Color.web("#8fa9cf"));
        drops.setMaterial(dropMaterial);
        drops.setCullFace(CullFace.NONE);
        drops.setMouseTransparent(true);
        dropMesh.getTexCoords().addAll(0, 0);
        frame.setMouseTransparent(true);
        Group world = new Group(frame, drops, cloud);
        world.getTransforms().setAll(worldTransform);
        AmbientLight ambient = new AmbientLight(Color.gray(0.62));
        PointLight headlight = new PointLight(Color.gray(0.45));
        Group root = new Group(world, ambient, headlight, camera);
        subScene = new SubScene(root, 400, 300, true, SceneAntialiasing.BALANCED);
        subScene.setId("pareto-3d-scene");
        subScene.setFill(Color.rgb((Coloring.BACKGROUND >> 16) & 0xff, (Coloring.BACKGROUND >> 8) & 0xff,
                Coloring.BACKGROUND & 0xff));
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
        getChildren().addAll(holder, guides, overlay);
        setMinSize(0, 0);

        subScene.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPress);
        subScene.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        subScene.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onRelease);
        subScene.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMove);
        subScene.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.setVisible(false));
        subScene.addEventHandler(ScrollEvent.SCROLL, this::onScroll);

        holder.widthProperty().addListener((o, a, b) -> applyCamera());
        holder.heightProperty().addListener((o, a, b) -> applyCamera());
        orbit.addListener((o, a, b) -> applyCamera());
        dropLines.addListener((o, a, b) -> updateDropLines());
        model.onData(this::onData);
        model.axesProperty().addListener((o, a, b) -> rebuild());
        model.coloringProperty().addListener((o, a, b) -> recolorAll());
        model.selection().versionProperty().addListener((o, a, b) -> recolorAll());
        rebuild();
    }

    // ---- state for the area, tests and benchmarks ----

    ObjectProperty<Tool> toolProperty() {
        return tool;
    }

    BooleanProperty dropLinesProperty() {
        return dropLines;
    }

    ObjectProperty<OrbitCamera> orbitProperty() {
        return orbit;
    }

    void setDescriber(Function<PointEntry, String> describer) {
        this.describer = describer;
    }

    SubScene subScene() {
        return subScene;
    }

    MeshView cloud() {
        return cloud;
    }

    CloudGeometry geometry() {
        return geometry;
    }

    /** The projection of the current camera and viewport. */
    ViewProjection projection() {
        return projection;
    }

    /** Where a point is drawn, in the SubScene's coordinates (NaN if it is not drawn). */
    Point2D screenPosition(int slot) {
        float[] s = screen();
        return new Point2D(s[2 * slot], s[2 * slot + 1]);
    }

    Label hoverCard() {
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
        geometry.rebuild(columns, model.axes());
        int n = geometry.size();
        geometry.color(columns, model.coloring(), selectedOrNull(), 0, n);
        shownColoring = model.coloring();
        material.setDiffuseMap(paletteImage(shownColoring));
        mesh.getPoints().setAll(geometry.vertices(), 0, n * CloudGeometry.VERTICES_PER_POINT * 3);
        mesh.getTexCoords().setAll(geometry.texCoords(), 0, 2 * n);
        mesh.getFaces().setAll(CloudGeometry.faces(0, n));
        buildFrame();
        updateDropLines();
        applyCamera();
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
            int v = CloudGeometry.VERTICES_PER_POINT * 3;
            mesh.getPoints().addAll(geometry.vertices(), from * v, (to - from) * v);
            mesh.getTexCoords().addAll(geometry.texCoords(), 2 * from, 2 * (to - from));
            mesh.getFaces().addAll(CloudGeometry.faces(from, to));
        }
        float[] vertices = geometry.vertices();
        float[] tex = geometry.texCoords();
        for (int slot : change.paretoFlipped()) {
            geometry.writeGlyph(slot, columns.pareto(slot));
            int v = slot * CloudGeometry.VERTICES_PER_POINT * 3;
            mesh.getPoints().set(v, vertices, v, CloudGeometry.VERTICES_PER_POINT * 3);
            geometry.color(columns, coloring, selected, slot, slot + 1);
            mesh.getTexCoords().set(2 * slot, tex, 2 * slot, 2);
        }
        if (dropLines.get()) {
            updateDropLines();
        }
        screenValid = false;
    }

    private void recolorAll() {
        int n = geometry.size();
        Coloring coloring = model.coloring();
        if (!coloring.equals(shownColoring)) {
            shownColoring = coloring;
            material.setDiffuseMap(paletteImage(coloring));
        }
        geometry.color(model.columns(), coloring, selectedOrNull(), 0, n);
        if (n > 0) {
            mesh.getTexCoords().set(0, geometry.texCoords(), 0, 2 * n);
        }
    }

    private BitSet selectedOrNull() {
        return model.selection().count() == 0 ? null : model.selection().positions();
    }

    /** Row 0: the palette; row 1: the same colours dimmed. Texture coordinates pick a texel centre. */
    static WritableImage paletteImage(Coloring coloring) {
        int n = Coloring.PALETTE_SIZE;
        int[] argb = new int[2 * n];
        for (int i = 0; i < n; i++) {
            argb[i] = coloring.color(i);
            argb[n + i] = Coloring.dim(coloring.color(i));
        }
        WritableImage image = new WritableImage(n, 2);
        image.getPixelWriter().setPixels(0, 0, n, 2, PixelFormat.getIntArgbInstance(), argb, 0, n);
        return image;
    }

    /** Thin vertical ribbons from every Pareto point down to the floor (for teaching). */
    private void updateDropLines() {
        drops.setVisible(dropLines.get());
        if (!dropLines.get()) {
            dropMesh.getPoints().clear();
            dropMesh.getFaces().clear();
            return;
        }
        PointColumns columns = model.columns();
        float[] cube = geometry.cube();
        float w = 0.0035f;
        int count = 0;
        for (int i = 0; i < geometry.size(); i++) {
            if (geometry.isShown(i) && columns.pareto(i)) {
                count++;
            }
        }
        float[] p = new float[count * 8 * 3];
        int k = 0;
        for (int i = 0; i < geometry.size(); i++) {
            if (!geometry.isShown(i) || !columns.pareto(i)) {
                continue;
            }
            float x = cube[3 * i];
            float y = cube[3 * i + 1];
            float z = cube[3 * i + 2];
            float[] quads = {
                x - w, y, z, x + w, y, z, x + w, -1, z, x - w, -1, z,
                x, y, z - w, x, y, z + w, x, -1, z + w, x, -1, z - w,
            };
            System.arraycopy(quads, 0, p, k, quads.length);
            k += quads.length;
        }
        int[] faces = new int[count * 4 * 6];
        k = 0;
        for (int d = 0; d < count; d++) {
            for (int q = 0; q < 2; q++) {
                int b = d * 8 + q * 4;
                int[] tri = {b, b + 1, b + 2, b, b + 2, b + 3};
                for (int t : tri) {
                    faces[k++] = t;
                    faces[k++] = 0;
                }
            }
        }
        dropMesh.getPoints().setAll(p);
        dropMesh.getFaces().setAll(faces);
    }

    /** The cube's twelve edges and, on the walls behind the data, grid lines at the ticks. */
    private void buildFrame() {
        frame.getChildren().clear();
        walls.clear();
        PhongMaterial edgeMaterial = new PhongMaterial(Color.web("#6b6b6b"));
        PhongMaterial gridMaterial = new PhongMaterial(Color.web("#d3d3d3"));
        for (int axis = 0; axis < 3; axis++) {
            for (int u = -1; u <= 1; u += 2) {
                for (int v = -1; v <= 1; v += 2) {
                    frame.getChildren().add(segment(axis, u, v, 0.0045, edgeMaterial));
                }
            }
        }
        AxisScale[] scales = geometry.scales();
        for (int wallAxis = 0; wallAxis < 3; wallAxis++) {
            for (int side = -1; side <= 1; side += 2) {
                List<Node> lines = new ArrayList<>();
                for (int tickAxis = 0; tickAxis < 3; tickAxis++) {
                    if (tickAxis == wallAxis) {
                        continue;
                    }
                    int lineAxis = 3 - wallAxis - tickAxis;
                    for (double t : scales[tickAxis].ticks(7)) {
                        double c = scales[tickAxis].toCube(t);
                        if (Math.abs(Math.abs(c) - 1) < 1e-6) {
                            continue; // on an edge already
                        }
                        double[] fixed = new double[3];
                        fixed[wallAxis] = side;
                        fixed[tickAxis] = c;
                        int[] others = otherAxes(lineAxis);
                        lines.add(segment(lineAxis, fixed[others[0]], fixed[others[1]], 0.0025, gridMaterial));
                    }
                }
                frame.getChildren().addAll(lines);
                walls.add(lines);
            }
        }
    }

    private static int[] otherAxes(int axis) {
        return axis == 0 ? new int[] {1, 2} : axis == 1 ? new int[] {0, 2} : new int[] {0, 1};
    }

    /** A thin cylinder along {@code axis} from -1 to 1, with the other two coordinates fixed (in axis order). */
    private static Cylinder segment(int axis, double u, double v, double radius, PhongMaterial material) {
        Cylinder c = new Cylinder(radius, 2, 6);
        c.setMaterial(material);
        double[] at = new double[3];
        int[] others = otherAxes(axis);
        at[others[0]] = u;
        at[others[1]] = v;
        c.getTransforms().add(new Translate(at[0], at[1], at[2]));
        if (axis == 0) {
            c.getTransforms().add(new Rotate(90, Rotate.Z_AXIS));
        } else if (axis == 2) {
            c.getTransforms().add(new Rotate(90, Rotate.X_AXIS));
        }
        return c;
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
        for (int wall = 0; wall < walls.size(); wall++) {
            int axis = wall / 2;
            int side = wall % 2 == 0 ? -1 : 1;
            boolean behind = m[8 + axis] * side > 1e-6;
            walls.get(wall).forEach(n -> n.setVisible(behind));
        }
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
        List<Node> nodes = new ArrayList<>();
        for (AxisGuides.Mark mark : layout.marks()) {
            Line l = new Line(mark.x0(), mark.y0(), mark.x1(), mark.y1());
            l.getStyleClass().add("axis-tick");
            nodes.add(l);
        }
        for (AxisGuides.Text t : layout.ticks()) {
            nodes.add(text(t, "axis-tick-label"));
        }
        for (AxisGuides.Text t : layout.titles()) {
            nodes.add(text(t, "axis-title"));
        }
        guides.getChildren().setAll(nodes);
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
    void lasso(double[] xy, Selection.Combine how) {
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
        if (pick != null && pick.getIntersectedNode() == cloud && pick.getIntersectedFace() >= 0) {
            int slot = CloudGeometry.slotOfFace(pick.getIntersectedFace());
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
