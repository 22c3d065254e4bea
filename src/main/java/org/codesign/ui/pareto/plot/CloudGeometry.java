package org.codesign.ui.pareto.plot;

import java.util.Arrays;
import java.util.BitSet;
import org.codesign.eval.Metric;
import org.codesign.study.quantity.Quantity;

/**
 * All plotted points as ONE triangle mesh: a small tetrahedron per point (4 vertices, 4
 * faces), and per point its colour as palette coordinates ({@link #u}, {@link #v}: the view turns
 * them into the point's texel of a colour image, so that recolouring leaves the mesh alone). Slot
 * i of the mesh is the point at position i of the store, so face f belongs to point f / 4.
 * Points that cannot be drawn (infeasible, or no value on an axis) collapse to a zero-size
 * glyph. Arrays are plain so the JavaFX view copies only the ranges that changed.
 * <p>The mesh format is points-normals-texcoords with faces laid out for {@link #capacity()}
 * slots ahead (unused slots are zero-size glyphs): JavaFX then updates changed points in
 * place, whereas any change of a points-texcoords mesh, or of the
 * faces, rebuilds all its geometry (a second or more for 100,000 points on software OpenGL).
 */
public final class CloudGeometry {
    public static final int VERTICES_PER_POINT = 4;
    public static final int FACES_PER_POINT = 4;
    /** Glyph circumradius in cube units (the cube is 2 wide). */
    public static final float RADIUS = 0.017f;

    public static final float FRONT_RADIUS = 0.03f;
    /** Radii of the smallest and largest glyph when a quantity sets the size. */
    public static final float MIN_SIZED_RADIUS = 0.008f;

    public static final float MAX_SIZED_RADIUS = 0.045f;

    // Regular tetrahedron, circumradius 1; faces wound counter-clockwise seen from outside (right-handed).
    private static final float K = (float) (1 / Math.sqrt(3));
    private static final float[] TETRA = {K, K, K, K, -K, -K, -K, K, -K, -K, -K, K};
    private static final int[] TETRA_FACES = {0, 1, 2, 0, 3, 1, 0, 2, 3, 1, 3, 2};
    /** Ints per face in the points-normals-texcoords layout: (point, normal, texcoord) per corner. */
    public static final int FACE_INTS = 9;

    private PlotAxes axes;
    private AxisScale[] scales;
    private AxisScale sizeScale;
    /** Per slot its glyph radius when a quantity sets the size. */
    private float[] radius = new float[0];

    private float[] cube = new float[0];
    private float[] vertices = new float[0];
    private float[] texCoords = new float[0];
    private final BitSet shown = new BitSet();
    /** Slots whose accuracy is extrapolated: drawn hollow (issue 16). */
    private final BitSet hollow = new BitSet();

    private int size;

    public PlotAxes axes() {
        return axes;
    }

    public AxisScale[] scales() {
        return scales.clone();
    }

    /** Slots the arrays (and the mesh's faces) hold: the size rounded up, so that appending rarely changes faces. */
    public int capacity() {
        return cube.length / 3;
    }

    /** The vertex normals of a glyph (one per tetrahedron corner, pointing outwards). */
    public static float[] normals() {
        return TETRA.clone();
    }

    public int size() {
        return size;
    }

    /** Points that are drawn (and can be brushed). */
    public BitSet shown() {
        return (BitSet) shown.clone();
    }

    public boolean isShown(int slot) {
        return shown.get(slot);
    }

    /** Cube coordinates, x, y, z per slot (valid up to {@link #size()}; hidden slots hold NaN). */
    public float[] cube() {
        return cube;
    }

    public float[] vertices() {
        return vertices;
    }

    public float[] texCoords() {
        return texCoords;
    }

    /** Recomputes every glyph for new axes (scales fitted to the data). */
    public void rebuild(PointColumns columns, PlotAxes newAxes) {
        axes = newAxes;
        scales = newAxes.fit(columns);
        sizeScale = newAxes.sizeScale(columns);
        size = 0;
        shown.clear();
        int n = columns.size();
        if (capacity() > 2 * n + 64) {
            cube = new float[0];
            radius = new float[0];
            vertices = new float[0];
            texCoords = new float[0];
        }
        place(columns, 0, n);
        // Slots past the end keep no glyph of an earlier, larger data set.
        Arrays.fill(cube, 3 * n, cube.length, Float.NaN);
        Arrays.fill(vertices, n * VERTICES_PER_POINT * 3, vertices.length, 0f);
        Arrays.fill(texCoords, 2 * n, texCoords.length, 0f);
    }

    /**
     * Places the points appended since the last call. Returns false, and places nothing, when a
     * new point falls outside the current scales: the caller must {@link #rebuild} then.
     */
    public boolean append(PointColumns columns) {
        int from = size;
        int to = columns.size();
        double[][] v = columns(columns);
        for (int i = from; i < to; i++) {
            if (!columns.shown(i)) {
                continue;
            }
            for (int a = 0; a < v.length; a++) {
                AxisScale s = a < 3 ? scales[a] : sizeScale;
                if (s.accepts(v[a][i]) && !s.contains(v[a][i])) {
                    return false;
                }
            }
        }
        AxisScale[] now = axes.fit(columns);
        for (int a = 0; a < 3; a++) {
            if (scales[a].isOrdinal() && !now[a].equals(scales[a])) {
                return false; // a new run: the ordinal axis gets another category
            }
        }
        place(columns, from, to);
        return true;
    }

    private void place(PointColumns columns, int from, int to) {
        ensureCapacity(to);
        double[][] v = columns(columns);
        double[] c = new double[3];
        for (int i = from; i < to; i++) {
            boolean ok = columns.shown(i);
            for (int a = 0; a < 3 && ok; a++) {
                ok = scales[a].accepts(v[a][i]);
                c[a] = ok ? scales[a].toCube(v[a][i]) : 0;
            }
            if (sizeScale != null && ok) {
                ok = sizeScale.accepts(v[3][i]);
                double t = ok ? (sizeScale.toCube(v[3][i]) + 1) / 2 : 0;
                radius[i] = (float)
                        (MIN_SIZED_RADIUS + Math.max(0, Math.min(1, t)) * (MAX_SIZED_RADIUS - MIN_SIZED_RADIUS));
            }
            shown.set(i, ok);
            hollow.set(i, columns.value(Metric.EXTRAPOLATED, i) == 1);
            cube[3 * i] = ok ? (float) c[0] : Float.NaN;
            cube[3 * i + 1] = ok ? (float) c[1] : Float.NaN;
            cube[3 * i + 2] = ok ? (float) c[2] : Float.NaN;
            writeGlyph(i, columns.pareto(i));
        }
        size = to;
    }

    /** The columns of x, y, z and, when the size follows a quantity, of the size. */
    private double[][] columns(PointColumns columns) {
        Quantity[] q = axes.quantities();
        double[][] v = new double[sizeScale == null ? 3 : 4][];
        for (int a = 0; a < 3; a++) {
            v[a] = columns.column(q[a]);
        }
        if (sizeScale != null) {
            v[3] = columns.column(axes.size());
        }
        return v;
    }

    /**
     * Rewrites a glyph's vertices: its size shows whether it is on the Pareto front, or the size
     * quantity's value when there is one.
     */
    public void writeGlyph(int slot, boolean front) {
        int v = slot * VERTICES_PER_POINT * 3;
        if (!shown.get(slot)) {
            Arrays.fill(vertices, v, v + VERTICES_PER_POINT * 3, 0f);
            return;
        }
        float r = sizeScale != null ? radius[slot] : front ? FRONT_RADIUS : RADIUS;
        if (hollow.get(slot)) {
            // Turned inside out: the faces towards the viewer are culled as back faces and the far
            // faces show their inside, so the glyph reads as an open shell.
            r = -r;
        }
        for (int k = 0; k < VERTICES_PER_POINT; k++) {
            for (int a = 0; a < 3; a++) {
                vertices[v + 3 * k + a] = cube[3 * slot + a] + r * TETRA[3 * k + a];
            }
        }
    }

    /** Whether a slot's accuracy is extrapolated: its glyph is drawn hollow. */
    public boolean hollow(int slot) {
        return hollow.get(slot);
    }

    /** Palette texture coordinates: u picks the colour, v the vivid (top) or dimmed (bottom) row. */
    public static float u(int paletteIndex) {
        return (paletteIndex + 0.5f) / Coloring.PALETTE_SIZE;
    }

    public static float v(boolean dimmed) {
        return dimmed ? 0.75f : 0.25f;
    }

    /**
     * Recolours slots [from, to): with a selection, everything outside it is dimmed;
     * {@code selected} null means no selection (nothing dimmed).
     */
    public void color(PointColumns columns, Coloring coloring, BitSet selected, int from, int to) {
        boolean anySelected = selected != null && !selected.isEmpty();
        for (int i = from; i < to; i++) {
            texCoords[2 * i] = u(coloring.index(columns, i));
            texCoords[2 * i + 1] = v(anySelected && !selected.get(i));
        }
    }

    /**
     * Faces of slots [from, to) in the points-normals-texcoords layout: each corner names its
     * glyph vertex, that corner's normal, and the slot's own texture coordinate.
     */
    public static int[] faces(int from, int to) {
        int[] f = new int[(to - from) * FACES_PER_POINT * FACE_INTS];
        int k = 0;
        for (int slot = from; slot < to; slot++) {
            int base = slot * VERTICES_PER_POINT;
            for (int face = 0; face < FACES_PER_POINT; face++) {
                for (int corner = 0; corner < 3; corner++) {
                    int vertex = TETRA_FACES[3 * face + corner];
                    f[k++] = base + vertex;
                    f[k++] = vertex;
                    f[k++] = slot;
                }
            }
        }
        return f;
    }

    /**
     * A level of detail for moving views: the {@code priority} points first (Pareto-optimal and
     * selected ones), then the other shown points evenly spread, {@code budget} in all; slots in
     * increasing order.
     */
    public static int[] sample(BitSet shown, BitSet priority, int budget) {
        BitSet first = (BitSet) priority.clone();
        first.and(shown);
        BitSet rest = (BitSet) shown.clone();
        rest.andNot(first);
        BitSet chosen = new BitSet();
        int take = Math.min(first.cardinality(), budget);
        for (int i = first.nextSetBit(0), k = 0; i >= 0 && k < take; i = first.nextSetBit(i + 1), k++) {
            chosen.set(i);
        }
        int room = budget - take;
        int others = rest.cardinality();
        if (room > 0 && others > 0) {
            double stride = Math.max(1.0, others / (double) room);
            double next = 0;
            int k = 0;
            for (int i = rest.nextSetBit(0); i >= 0; i = rest.nextSetBit(i + 1), k++) {
                if (k >= next) {
                    chosen.set(i);
                    next += stride;
                }
            }
        }
        return chosen.stream().toArray();
    }

    public static int slotOfFace(int face) {
        return face / FACES_PER_POINT;
    }

    private void ensureCapacity(int n) {
        if (3 * n <= cube.length) {
            return;
        }
        // A quarter more than needed: points arriving during a run then fit without new faces.
        int cap = Math.max(64, n + n / 4);
        cube = Arrays.copyOf(cube, 3 * cap);
        radius = Arrays.copyOf(radius, cap);
        vertices = Arrays.copyOf(vertices, cap * VERTICES_PER_POINT * 3);
        texCoords = Arrays.copyOf(texCoords, 2 * cap);
    }
}
