package org.codesign.ui.pareto;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;
import javafx.util.Duration;
import org.codesign.ui.pareto.plot.CloudGeometry;
import org.codesign.ui.pareto.plot.Coloring;
import org.codesign.ui.pareto.plot.LineMesh;
import org.codesign.ui.pareto.plot.PointColumns;

/**
 * The 3D view's meshes: every point as a glyph of one mesh, coloured through a texture with a
 * texel per point, a sample of the points drawn instead while the camera moves, and the drop
 * lines. It follows the {@link PlotModel}: appended points and front changes update a few
 * glyphs and texels, anything else rewrites the mesh.
 */
final class CloudRenderer {
    /** Points drawn while the camera moves, when there are more than this and fast rotation is on. */
    static final int MOVING_BUDGET = 20_000;
    /**
     * More points than this are drawn as a sample of this many, Pareto-optimal and selected points
     * first (brushing and picking still reach every point through the geometry): JavaFX keeps
     * ~700 bytes of mesh per glyph. 200,000 with a heap of 2 GB or more; 50,000 below, where a
     * million-point study leaves too little beside the other views (it then opens in -Xmx1g).
     */
    static final int FULL_BUDGET = Runtime.getRuntime().maxMemory() < (2L << 30) ? 50_000 : 200_000;
    /** Texels per row of the colour image. */
    static final int COLOR_IMAGE_WIDTH = 1024;

    private final PlotModel model;
    private final CloudGeometry geometry = new CloudGeometry();
    private TriangleMesh mesh = cloudMesh();
    /** Slots the mesh's faces cover (the geometry's capacity when they were written). */
    private int meshSlots = -1;

    private final MeshView cloud = new MeshView(mesh);
    /** The slots the cloud's glyphs draw when it is a sample ({@link #FULL_BUDGET}), else null: glyph = slot. */
    private int[] fullSlots;

    private final PhongMaterial material = new PhongMaterial();
    private final TriangleMesh coarseMesh = new TriangleMesh(VertexFormat.POINT_NORMAL_TEXCOORD);
    /** A sample of the points, drawn instead of all of them while the camera moves (software OpenGL is slow). */
    private final MeshView coarse = new MeshView(coarseMesh);

    private final PauseTransition settle = new PauseTransition(Duration.millis(250));
    private int[] coarseSlots = new int[0];
    private boolean coarseStale = true;
    private final TriangleMesh dropMesh = new TriangleMesh();
    private final MeshView drops = new MeshView(dropMesh);
    private boolean dropLines;
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

    CloudRenderer(PlotModel model) {
        this.model = model;
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
    }

    /** The meshes, to be put under the world transform. */
    Group world() {
        return new Group(drops, cloud, coarse);
    }

    CloudGeometry geometry() {
        return geometry;
    }

    MeshView cloud() {
        return cloud;
    }

    /** The slot of a picked face of the cloud or its sample, or -1 (other node, no face, hidden point). */
    int slotOfPick(Node node, int face) {
        if (face < 0 || (node != cloud && node != coarse)) {
            return -1;
        }
        int glyph = CloudGeometry.slotOfFace(face);
        int slot = node == coarse ? coarseSlots[glyph] : fullSlots != null ? fullSlots[glyph] : glyph;
        return slot < geometry.size() && geometry.isShown(slot) ? slot : -1;
    }

    // ---- geometry ----

    /** Writes every glyph and colour anew (new axes, or the points were replaced). */
    void rebuild() {
        PointColumns columns = model.columns();
        pendingFlips.clear(); // every glyph is written anew
        geometry.rebuild(columns, model.axes());
        int n = geometry.size();
        geometry.color(columns, model.coloring(), selectedOrNull(), 0, n);
        shownColoring = model.coloring();
        palette = palette(shownColoring);
        writeWholeMesh();
        if (n > FULL_BUDGET) {
            writeSampledCloud();
        } else {
            fullSlots = null;
        }
        paint(0, n);
        updateDropLines();
        coarseStale = true;
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
        material.setDiffuseMap(slotColors);
        if (geometry.size() > FULL_BUDGET) {
            meshSlots = cap;
            return; // the cloud will be a sample (writeSampledCloud)
        }
        // A fresh mesh rather than resized arrays: JavaFX's render thread failed with an index out
        // of bounds in BaseMesh.updatePNTGeometry when a mesh it had drawn grew and then took the
        // partial point updates of the next batches.
        TriangleMesh grown = cloudMesh();
        grown.getPoints().setAll(geometry.vertices(), 0, cap * CloudGeometry.VERTICES_PER_POINT * 3);
        grown.getTexCoords().setAll(slotTex);
        grown.getFaces().setAll(CloudGeometry.faces(0, cap));
        mesh = grown;
        cloud.setMesh(grown);
        meshSlots = cap;
    }

    /** The cloud as a sample of {@link #FULL_BUDGET} points: Pareto-optimal and selected first. */
    private void writeSampledCloud() {
        fullSlots = CloudGeometry.sample(geometry.shown(), priority(), FULL_BUDGET);
        TriangleMesh sampled = cloudMesh();
        fillSample(sampled, fullSlots);
        mesh = sampled;
        cloud.setMesh(sampled);
    }

    private BitSet priority() {
        BitSet priority = model.selection().positions();
        PointColumns columns = model.columns();
        for (int i = 0; i < geometry.size(); i++) {
            if (columns.pareto(i)) {
                priority.set(i);
            }
        }
        return priority;
    }

    /** A mesh of the glyphs of {@code slots}, each textured by its slot's texel. */
    private void fillSample(TriangleMesh target, int[] slots) {
        int k = slots.length;
        int per = CloudGeometry.VERTICES_PER_POINT * 3;
        float[] points = new float[k * per];
        float[] tex = new float[2 * k];
        float[] vertices = geometry.vertices();
        for (int j = 0; j < k; j++) {
            System.arraycopy(vertices, slots[j] * per, points, j * per, per);
            tex[2 * j] = slotTex[2 * slots[j]];
            tex[2 * j + 1] = slotTex[2 * slots[j] + 1];
        }
        target.getPoints().setAll(points);
        target.getTexCoords().setAll(tex);
        target.getFaces().setAll(CloudGeometry.faces(0, k));
    }

    private static TriangleMesh cloudMesh() {
        TriangleMesh m = new TriangleMesh(VertexFormat.POINT_NORMAL_TEXCOORD);
        m.getNormals().setAll(CloudGeometry.normals());
        return m;
    }

    /** Resizes the glyphs of the points that joined or left the front since the last time, in one mesh update. */
    void applyPendingFlips() {
        if (pendingFlips.isEmpty() || fullSlots != null) {
            pendingFlips.clear(); // a sampled cloud is rewritten whole on every change
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
            int argb = palette[tex[2 * i + 1] > 0.5f ? n + index : index];
            slotArgb[i] = geometry.hollow(i) ? Coloring.hollow(argb) : argb;
        }
        int r0 = from / COLOR_IMAGE_WIDTH;
        int r1 = (to - 1) / COLOR_IMAGE_WIDTH;
        slotColors
                .getPixelWriter()
                .setPixels(
                        0,
                        r0,
                        COLOR_IMAGE_WIDTH,
                        r1 - r0 + 1,
                        PixelFormat.getIntArgbInstance(),
                        slotArgb,
                        r0 * COLOR_IMAGE_WIDTH,
                        COLOR_IMAGE_WIDTH);
    }

    /** The colour a slot is drawn with (ARGB), as written into the colour image. */
    int slotColor(int slot) {
        return slotArgb[slot];
    }

    WritableImage slotColors() {
        return slotColors;
    }

    /**
     * Follows a data change: appended points and front flips touch only their glyphs and texels.
     * Returns whether everything was rebuilt instead (slots renumbered or the arrays grew out).
     */
    boolean update(PlotModel.DataChange change) {
        PointColumns columns = model.columns();
        if (change.reset() || !geometry.append(columns) || geometry.size() > FULL_BUDGET) {
            rebuild(); // a sample may have to take in new front points: written anew
            return true;
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
        if (!pendingFlips.isEmpty() && flipFlush.getStatus() != Animation.Status.RUNNING) {
            flipFlush.playFromStart();
        }
        if (dropLines) {
            updateDropLines();
        }
        coarseStale = true;
        return false;
    }

    /** Recolours every point (new colouring or selection); the glyphs stay. */
    void recolorAll() {
        int n = geometry.size();
        Coloring coloring = model.coloring();
        if (!coloring.equals(shownColoring)) {
            shownColoring = coloring;
            palette = palette(coloring);
        }
        geometry.color(model.columns(), coloring, selectedOrNull(), 0, n);
        paint(0, n);
        if (fullSlots != null) {
            writeSampledCloud(); // newly selected points join the sample
        }
        coarseStale = true;
    }

    private BitSet selectedOrNull() {
        return model.selection().count() == 0 ? null : model.selection().positions();
    }

    /** The palette's colours, then the same colours dimmed. */
    static int[] palette(Coloring coloring) {
        int n = Coloring.PALETTE_SIZE;
        int[] argb = new int[2 * n];
        for (int i = 0; i < n; i++) {
            argb[i] = coloring.color(i);
            argb[n + i] = Coloring.dim(coloring.color(i));
        }
        return argb;
    }

    // ---- level of detail while moving ----

    /** Whether the sample is drawn instead of every point. */
    boolean showingSample() {
        return coarse.isVisible();
    }

    /** The camera moved: with many points (and fast rotation on) draw the sample until it settles. */
    void cameraMoved(boolean fastRotation) {
        if (!fastRotation || geometry.shown().cardinality() <= MOVING_BUDGET) {
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
        coarseSlots = CloudGeometry.sample(geometry.shown(), priority(), MOVING_BUDGET);
        fillSample(coarseMesh, coarseSlots);
        coarseStale = false;
    }

    // ---- drop lines ----

    void setDropLines(boolean on) {
        dropLines = on;
        updateDropLines();
    }

    /** Thin vertical lines from every Pareto point down to the floor (for teaching). */
    private void updateDropLines() {
        drops.setVisible(dropLines);
        if (!dropLines) {
            dropMesh.getPoints().clear();
            dropMesh.getFaces().clear();
            return;
        }
        PointColumns columns = model.columns();
        float[] cube = geometry.cube();
        List<LineMesh.Segment> segments = new ArrayList<>();
        for (int i = 0; i < geometry.size(); i++) {
            if (geometry.isShown(i) && columns.pareto(i) && cube[3 * i + 1] > -1) {
                segments.add(new LineMesh.Segment(
                        cube[3 * i], cube[3 * i + 1], cube[3 * i + 2], cube[3 * i], -1, cube[3 * i + 2]));
            }
        }
        LineMesh lines = LineMesh.of(segments, 0.0025);
        dropMesh.getPoints().setAll(lines.points());
        dropMesh.getFaces().setAll(lines.faces());
    }
}
