package org.codesign.ui.pareto.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Path2D;
import java.util.BitSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * The camera model behind brushing: projections checked against a textbook pinhole camera
 * written out here independently, brushes against the projection, the lasso against AWT's
 * even-odd polygon test, and the preset views against the 2D projections they stand for.
 */
class ViewProjectionProperties {

    @Provide
    Arbitrary<OrbitCamera> cameras() {
        return Combinators.combine(
                        Arbitraries.doubles().between(-180, 180),
                        Arbitraries.doubles().between(-90, 90),
                        Arbitraries.doubles().between(0.3, 5),
                        Arbitraries.doubles().between(-0.5, 0.5),
                        Arbitraries.doubles().between(-0.5, 0.5),
                        Arbitraries.of(true, false))
                .as(OrbitCamera::new);
    }

    @Provide
    Arbitrary<float[]> cubePoints() {
        return Arbitraries.floats()
                .between(-1, 1)
                .array(float[].class)
                .ofMinSize(3)
                .ofMaxSize(600)
                .filter(a -> a.length % 3 == 0);
    }

    /** Rotation about y by yaw, then about x by pitch; camera looks down -z from distance d; screen y down. */
    static double[] textbook(OrbitCamera c, double w, double h, double focal, double d, double x, double y, double z) {
        double yaw = Math.toRadians(c.yaw());
        double pitch = Math.toRadians(c.pitch());
        double x1 = Math.cos(yaw) * x + Math.sin(yaw) * z;
        double z1 = -Math.sin(yaw) * x + Math.cos(yaw) * z;
        double y2 = Math.cos(pitch) * y - Math.sin(pitch) * z1;
        double z2 = Math.sin(pitch) * y + Math.cos(pitch) * z1;
        double ex = x1 + c.panX();
        double ey = y2 + c.panY();
        double depth = d - z2;
        return new double[] {w / 2 + focal * ex / depth, h / 2 - focal * ey / depth};
    }

    @Property(tries = 300)
    void projectionIsAPinholeCameraOrbitingTheCube(
            @ForAll("cameras") OrbitCamera camera,
            @ForAll @DoubleRange(min = -1, max = 1) double x,
            @ForAll @DoubleRange(min = -1, max = 1) double y,
            @ForAll @DoubleRange(min = -1, max = 1) double z,
            @ForAll @IntRange(min = 50, max = 2000) int w,
            @ForAll @IntRange(min = 50, max = 2000) int h) {
        ViewProjection p = new ViewProjection(camera, w, h);
        double d = camera.perspective() ? ViewProjection.PERSPECTIVE_DISTANCE : ViewProjection.ORTHO_DISTANCE;
        // The focal length follows from the JavaFX field of view: f = (H/2) / tan(fov/2).
        double focal = (h / 2.0) / Math.tan(Math.toRadians(p.fieldOfViewDegrees()) / 2);
        double[] expected = textbook(camera, w, h, focal, d, x, y, z);
        double[] actual = p.project(x, y, z);
        assertThat(actual[0]).isCloseTo(expected[0], within(1e-6 * Math.max(w, h)));
        assertThat(actual[1]).isCloseTo(expected[1], within(1e-6 * Math.max(w, h)));
        // The whole cube stays in front of the eye and between the clipping planes.
        double depth = p.depth(x, y, z);
        assertThat(depth).isBetween(p.nearClip(), p.farClip());
    }

    @Property(tries = 200)
    void aPointIsInABoxBrushIffItsProjectionIsInTheBox(
            @ForAll("cameras") OrbitCamera camera,
            @ForAll("cubePoints") float[] cube,
            @ForAll @DoubleRange(min = 0, max = 800) double x0,
            @ForAll @DoubleRange(min = 0, max = 600) double y0,
            @ForAll @DoubleRange(min = 0, max = 800) double x1,
            @ForAll @DoubleRange(min = 0, max = 600) double y1) {
        ViewProjection p = new ViewProjection(camera, 800, 600);
        int n = cube.length / 3;
        float[] screen = new float[2 * n];
        p.projectAll(cube, n, screen);
        BitSet all = new BitSet();
        all.set(0, n);
        BitSet hit = ScreenBrush.select(new ScreenBrush.Box(x0, y0, x1, y1), screen, n, all);
        for (int i = 0; i < n; i++) {
            double[] s = p.project(cube[3 * i], cube[3 * i + 1], cube[3 * i + 2]);
            boolean inside = s[0] >= Math.min(x0, x1)
                    && s[0] <= Math.max(x0, x1)
                    && s[1] >= Math.min(y0, y1)
                    && s[1] <= Math.max(y0, y1);
            // Float rounding may move a point by a hair across the border: only decide clear cases.
            double margin = Math.min(
                    Math.min(Math.abs(s[0] - x0), Math.abs(s[0] - x1)),
                    Math.min(Math.abs(s[1] - y0), Math.abs(s[1] - y1)));
            if (margin > 1e-3) {
                assertThat(hit.get(i))
                        .as("point %d at %s", i, java.util.Arrays.toString(s))
                        .isEqualTo(inside);
            }
        }
    }

    @Property(tries = 200)
    void aLassoSelectsWhatTheEvenOddPolygonTestContains(
            @ForAll("polygons") double[] polygon, @ForAll("screenPoints") float[] screen) {
        ScreenBrush.Lasso lasso = new ScreenBrush.Lasso(polygon);
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        path.moveTo(polygon[0], polygon[1]);
        for (int i = 2; i < polygon.length; i += 2) {
            path.lineTo(polygon[i], polygon[i + 1]);
        }
        path.closePath();
        int n = screen.length / 2;
        BitSet all = new BitSet();
        all.set(0, n);
        BitSet hit = ScreenBrush.select(lasso, screen, n, all);
        for (int i = 0; i < n; i++) {
            assertThat(hit.get(i))
                    .as("point (%s, %s)", screen[2 * i], screen[2 * i + 1])
                    .isEqualTo(path.contains(screen[2 * i], screen[2 * i + 1]));
        }
    }

    @Provide
    Arbitrary<double[]> polygons() {
        // Vertices on a half-pixel grid, points on the integer grid: no point lies exactly on an edge
        // or at a vertex's height, where the two tests may legitimately differ.
        return Arbitraries.integers()
                .between(0, 100)
                .map(v -> v + 0.5)
                .array(double[].class)
                .ofMinSize(6)
                .ofMaxSize(40)
                .filter(a -> a.length % 2 == 0);
    }

    @Provide
    Arbitrary<float[]> screenPoints() {
        return Arbitraries.integers()
                .between(-5, 105)
                .map(v -> (float) (int) v)
                .array(float[].class)
                .ofMinSize(2)
                .ofMaxSize(400)
                .filter(a -> a.length % 2 == 0);
    }

    @Property(tries = 200)
    void thePresetViewsAreThe2dProjections(
            @ForAll @DoubleRange(min = -1, max = 1) double x,
            @ForAll @DoubleRange(min = -1, max = 1) double y,
            @ForAll @DoubleRange(min = -1, max = 1) double z,
            @ForAll @DoubleRange(min = -1, max = 1) double other) {
        double w = 900;
        double h = 700;
        ViewProjection front = new ViewProjection(OrbitCamera.front(), w, h);
        ViewProjection top = new ViewProjection(OrbitCamera.top(), w, h);
        ViewProjection side = new ViewProjection(OrbitCamera.side(), w, h);
        // Scale of the centre plane (pixels per cube unit): the same for all three presets.
        double k = front.project(1, 0, 0)[0] - w / 2;
        assertThat(k).isPositive();
        double tolerance = 0.1; // what is left of perspective at the orthographic eye distance
        // Front: x right, y up; z does not matter.
        assertProjectsTo(front.project(x, y, z), w / 2 + k * x, h / 2 - k * y, tolerance);
        assertProjectsTo(front.project(x, y, other), w / 2 + k * x, h / 2 - k * y, tolerance);
        // Top: x right, z up; y does not matter.
        assertProjectsTo(top.project(x, y, z), w / 2 + k * x, h / 2 - k * z, tolerance);
        assertProjectsTo(top.project(x, other, z), w / 2 + k * x, h / 2 - k * z, tolerance);
        // Side: z right, y up; x does not matter.
        assertProjectsTo(side.project(x, y, z), w / 2 + k * z, h / 2 - k * y, tolerance);
        assertProjectsTo(side.project(other, y, z), w / 2 + k * z, h / 2 - k * y, tolerance);
    }

    private static void assertProjectsTo(double[] s, double ex, double ey, double tolerance) {
        assertThat(s[0]).isCloseTo(ex, within(tolerance));
        assertThat(s[1]).isCloseTo(ey, within(tolerance));
    }

    @Property(tries = 100)
    void atZoomOneTheCubeFitsTheViewportWhateverTheOrientation(
            @ForAll @DoubleRange(min = -180, max = 180) double yaw,
            @ForAll @DoubleRange(min = -90, max = 90) double pitch,
            @ForAll boolean perspective,
            @ForAll @IntRange(min = 200, max = 1600) int w,
            @ForAll @IntRange(min = 200, max = 1600) int h) {
        ViewProjection p = new ViewProjection(new OrbitCamera(yaw, pitch, 1, 0, 0, perspective), w, h);
        for (int corner = 0; corner < 8; corner++) {
            double[] s = p.project((corner & 1) == 0 ? -1 : 1, (corner & 2) == 0 ? -1 : 1, (corner & 4) == 0 ? -1 : 1);
            assertThat(s[0]).isBetween(0.0, (double) w);
            assertThat(s[1]).isBetween(0.0, (double) h);
        }
    }

    @Property(tries = 100)
    void projectAllAgreesWithProject(@ForAll("cameras") OrbitCamera camera, @ForAll("cubePoints") float[] cube) {
        ViewProjection p = new ViewProjection(camera, 640, 480);
        int n = cube.length / 3;
        float[] screen = new float[2 * n];
        p.projectAll(cube, n, screen);
        for (int i = 0; i < n; i++) {
            double[] s = p.project(cube[3 * i], cube[3 * i + 1], cube[3 * i + 2]);
            assertThat((double) screen[2 * i]).isCloseTo(s[0], within(1e-3));
            assertThat((double) screen[2 * i + 1]).isCloseTo(s[1], within(1e-3));
        }
    }

    @Property(tries = 50)
    void zoomScalesAboutTheCentre(
            @ForAll("cameras") OrbitCamera camera,
            @ForAll @DoubleRange(min = -1, max = 1) double x,
            @ForAll @DoubleRange(min = -1, max = 1) double y,
            @ForAll @DoubleRange(min = 0.5, max = 2) double factor) {
        OrbitCamera zoomed = camera.zoomBy(factor);
        double actualFactor = zoomed.zoom() / camera.zoom();
        double[] a = new ViewProjection(camera, 600, 400).project(x, y, 0.3);
        double[] b = new ViewProjection(zoomed, 600, 400).project(x, y, 0.3);
        assertThat(b[0] - 300).isCloseTo((a[0] - 300) * actualFactor, within(1e-6));
        assertThat(b[1] - 200).isCloseTo((a[1] - 200) * actualFactor, within(1e-6));
    }
}
