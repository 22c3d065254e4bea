package org.codesign.ui.pareto.plot;

/**
 * The camera model of the 3D view, in plain arithmetic so that brushing, picking fallbacks, tick
 * labels and tests agree with what JavaFX draws. Cube coordinates (x right, y up, z towards the
 * viewer at the initial view, each -1 … 1) go to camera coordinates (JavaFX's: x right, y down,
 * z away from an eye at the origin) by
 * <pre>  cam = (r.x + panX, -(r.y + panY), D - r.z),   r = Rx(pitch) · Ry(yaw) · cube</pre>
 * and to the screen by a pinhole:
 * <pre>  sx = W/2 + f · cam.x / cam.z,   sy = H/2 + f · cam.y / cam.z</pre>
 * where at zoom 1 the focal length f makes the cube's bounding sphere fit the viewport (less a
 * margin for the labels), whatever the orientation, and zoom multiplies f (a longer lens, so
 * nothing ever comes too close to the eye). A JavaFX {@code PerspectiveCamera(true)} at the
 * origin with the vertical {@link #fieldOfViewDegrees()} and an {@code Affine} of
 * {@link #matrix()} on the plotted group reproduce it exactly. The orthographic mode moves the
 * eye far away ({@value #ORTHO_DISTANCE} units) with a lens so long that the centre plane keeps
 * its size; the remaining perspective moves a point by less than 2e-4 of its distance from the
 * centre.
 */
public final class ViewProjection {
    /** Eye distance in perspective mode (cube units). */
    public static final double PERSPECTIVE_DISTANCE = 6;
    /** Eye distance in orthographic mode. */
    public static final double ORTHO_DISTANCE = 1e4;
    /** Room left around the cube at zoom 1 for tick labels and titles (pixels, at most). */
    public static final double MARGIN = 44;
    /** How much larger than in orthographic view the bounding sphere looks in perspective. */
    private static final double SPHERE_GROWTH =
            PERSPECTIVE_DISTANCE / Math.sqrt(PERSPECTIVE_DISTANCE * PERSPECTIVE_DISTANCE - 3);
    /** How far beyond the cube (radius √3) the clipping planes sit. */
    private static final double CLIP_MARGIN = 2.2;

    private final OrbitCamera camera;
    private final double width;
    private final double height;
    private final double distance;
    private final double tanHalfFov;
    private final double focal;
    /** Row-major 3×4: cube → camera coordinates. */
    private final double[] m = new double[12];

    public ViewProjection(OrbitCamera camera, double width, double height) {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("viewport: expected a positive size, got " + width + " × " + height);
        }
        this.camera = camera;
        this.width = width;
        this.height = height;
        this.distance = camera.perspective() ? PERSPECTIVE_DISTANCE : ORTHO_DISTANCE;
        double half = Math.min(width, height) / 2;
        double room = Math.max(half * 0.6, half - MARGIN);
        this.focal = camera.zoom() * room / (Math.sqrt(3) * SPHERE_GROWTH) * distance;
        this.tanHalfFov = (height / 2) / focal;
        double cy = Math.cos(Math.toRadians(camera.yaw()));
        double sy = Math.sin(Math.toRadians(camera.yaw()));
        double cp = Math.cos(Math.toRadians(camera.pitch()));
        double sp = Math.sin(Math.toRadians(camera.pitch()));
        // Ry(yaw): x' = cy x + sy z, z' = -sy x + cy z;  then Rx(pitch): y'' = cp y - sp z', z'' = sp y + cp z'.
        double[][] r = {
            {cy, 0, sy},
            {sp * sy, cp, -sp * cy},
            {-cp * sy, sp, cp * cy},
        };
        for (int j = 0; j < 3; j++) {
            m[j] = r[0][j];
            m[4 + j] = -r[1][j];
            m[8 + j] = -r[2][j];
        }
        m[3] = camera.panX();
        m[7] = -camera.panY();
        m[11] = distance;
    }

    public OrbitCamera camera() {
        return camera;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Row-major 3×4 affine from cube to camera coordinates (for a JavaFX {@code Affine}). */
    public double[] matrix() {
        return m.clone();
    }

    /** The JavaFX camera's vertical field of view. */
    public double fieldOfViewDegrees() {
        return Math.toDegrees(2 * Math.atan(tanHalfFov));
    }

    public double nearClip() {
        return distance - CLIP_MARGIN;
    }

    public double farClip() {
        return distance + CLIP_MARGIN;
    }

    /** Cube units per screen pixel at the cube's centre plane (for panning by a mouse drag). */
    public double unitsPerPixel() {
        return distance / focal;
    }

    /** The eye in cube coordinates (the rotation is orthonormal, so its inverse is its transpose). */
    public double[] eye() {
        double[] e = new double[3];
        for (int j = 0; j < 3; j++) {
            e[j] = -(m[j] * m[3] + m[4 + j] * m[7] + m[8 + j] * m[11]);
        }
        return e;
    }

    /**
     * Whether the eye sees the outside of the cube's face at coordinate {@code side} (±1) of
     * {@code axis}. Everything inside the cube lies behind a face that faces the viewer and in
     * front of one that does not.
     */
    public boolean facesViewer(int axis, int side) {
        return side * eye()[axis] > 1;
    }

    /** Depth of a cube point (camera z): smaller is nearer. */
    public double depth(double x, double y, double z) {
        return m[8] * x + m[9] * y + m[10] * z + m[11];
    }

    /** Screen position of a cube point into {@code out[0..1]}. */
    public void project(double x, double y, double z, double[] out) {
        double cx = m[0] * x + m[1] * y + m[2] * z + m[3];
        double cyy = m[4] * x + m[5] * y + m[6] * z + m[7];
        double cz = m[8] * x + m[9] * y + m[10] * z + m[11];
        out[0] = width / 2 + focal * cx / cz;
        out[1] = height / 2 + focal * cyy / cz;
    }

    public double[] project(double x, double y, double z) {
        double[] out = new double[2];
        project(x, y, z, out);
        return out;
    }

    /**
     * Projects {@code n} cube points ({@code xyz} holds x, y, z per point) into {@code screen}
     * (x, y per point). Points whose coordinates are NaN project to NaN.
     */
    public void projectAll(float[] xyz, int n, float[] screen) {
        double w2 = width / 2;
        double h2 = height / 2;
        for (int i = 0; i < n; i++) {
            double x = xyz[3 * i];
            double y = xyz[3 * i + 1];
            double z = xyz[3 * i + 2];
            double cx = m[0] * x + m[1] * y + m[2] * z + m[3];
            double cyy = m[4] * x + m[5] * y + m[6] * z + m[7];
            double cz = m[8] * x + m[9] * y + m[10] * z + m[11];
            screen[2 * i] = (float) (w2 + focal * cx / cz);
            screen[2 * i + 1] = (float) (h2 + focal * cyy / cz);
        }
    }
}
