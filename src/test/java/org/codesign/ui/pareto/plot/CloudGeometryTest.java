package org.codesign.ui.pareto.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.BitSet;
import org.codesign.eval.Metric;
import org.junit.jupiter.api.Test;

class CloudGeometryTest {
    private static final PlotAxes AXES = PlotAxes.linear(Metric.LATENCY, Metric.ACCURACY, Metric.POWER);

    static double[] metrics(double accuracy, double latency, double power) {
        double[] m = new double[Metric.values().length];
        java.util.Arrays.fill(m, Double.NaN);
        m[Metric.ACCURACY.ordinal()] = accuracy;
        m[Metric.LATENCY.ordinal()] = latency;
        m[Metric.POWER.ordinal()] = power;
        return m;
    }

    static PointColumns columns() {
        PointColumns c = new PointColumns();
        c.add("run-1", 1, true, true, metrics(70, 10, 5));
        c.add("run-1", 1, true, false, metrics(80, 30, 9));
        c.add("run-2", 2, false, false, metrics(75, 20, 7)); // infeasible: not drawn
        c.add("run-2", 2, true, false, metrics(Double.NaN, 20, 7)); // no accuracy: not drawn
        return c;
    }

    @Test
    void everyPointIsATetrahedronAroundItsCubePositionAndItsFacesNameItsSlot() {
        CloudGeometry g = new CloudGeometry();
        PointColumns c = columns();
        g.rebuild(c, AXES);
        assertThat(g.size()).isEqualTo(4);
        BitSet shown = g.shown();
        assertThat(shown.stream().toArray()).containsExactly(0, 1);
        AxisScale[] s = g.scales();
        float[] cube = g.cube();
        assertThat((double) cube[3]).isCloseTo(s[0].toCube(30), within(1e-6));
        assertThat((double) cube[4]).isCloseTo(s[1].toCube(80), within(1e-6));
        assertThat((double) cube[5]).isCloseTo(s[2].toCube(9), within(1e-6));
        for (int slot = 0; slot < 2; slot++) {
            float r = c.pareto(slot) ? CloudGeometry.FRONT_RADIUS : CloudGeometry.RADIUS;
            for (int k = 0; k < 4; k++) {
                double dx = g.vertices()[slot * 12 + 3 * k] - cube[3 * slot];
                double dy = g.vertices()[slot * 12 + 3 * k + 1] - cube[3 * slot + 1];
                double dz = g.vertices()[slot * 12 + 3 * k + 2] - cube[3 * slot + 2];
                assertThat(Math.sqrt(dx * dx + dy * dy + dz * dz)).isCloseTo(r, within(1e-5));
            }
        }
        // Hidden points collapse to one spot: zero-area faces draw nothing and are never picked.
        for (int k = 0; k < 12; k++) {
            assertThat(g.vertices()[2 * 12 + k]).isZero();
        }
        int[] faces = CloudGeometry.faces(0, 4);
        int w = CloudGeometry.FACE_INTS;
        assertThat(faces).hasSize(4 * CloudGeometry.FACES_PER_POINT * w);
        for (int face = 0; face < faces.length / w; face++) {
            int slot = CloudGeometry.slotOfFace(face);
            for (int corner = 0; corner < 3; corner++) {
                int vertex = faces[w * face + 3 * corner];
                assertThat(vertex / CloudGeometry.VERTICES_PER_POINT).isEqualTo(slot);
                assertThat(faces[w * face + 3 * corner + 1])
                        .as("normal of that corner")
                        .isEqualTo(vertex % CloudGeometry.VERTICES_PER_POINT);
                assertThat(faces[w * face + 3 * corner + 2])
                        .as("texture coordinate = slot")
                        .isEqualTo(slot);
            }
        }
        assertThat(g.capacity()).isGreaterThanOrEqualTo(g.size());
    }

    @Test
    void tetrahedraAreWoundOutwards() {
        CloudGeometry g = new CloudGeometry();
        g.rebuild(columns(), AXES);
        float[] v = g.vertices();
        int[] f = CloudGeometry.faces(0, 1);
        float[] centre = {g.cube()[0], g.cube()[1], g.cube()[2]};
        for (int face = 0; face < 4; face++) {
            float[][] p = new float[3][];
            for (int corner = 0; corner < 3; corner++) {
                int vi = f[CloudGeometry.FACE_INTS * face + 3 * corner];
                p[corner] = new float[] {v[3 * vi], v[3 * vi + 1], v[3 * vi + 2]};
            }
            double[] a = {p[1][0] - p[0][0], p[1][1] - p[0][1], p[1][2] - p[0][2]};
            double[] b = {p[2][0] - p[0][0], p[2][1] - p[0][1], p[2][2] - p[0][2]};
            double[] n = {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
            double[] out = {p[0][0] - centre[0], p[0][1] - centre[1], p[0][2] - centre[2]};
            assertThat(n[0] * out[0] + n[1] * out[1] + n[2] * out[2]).isPositive();
        }
    }

    @Test
    void appendingInsideTheScalesPlacesOnlyTheNewPointsAndOutsideAsksForARebuild() {
        CloudGeometry g = new CloudGeometry();
        PointColumns c = columns();
        g.rebuild(c, AXES);
        float[] before = java.util.Arrays.copyOf(g.vertices(), 4 * 12);
        c.add("run-3", 3, true, false, metrics(74, 15, 6));
        assertThat(g.append(c)).isTrue();
        assertThat(g.size()).isEqualTo(5);
        assertThat(java.util.Arrays.copyOf(g.vertices(), 4 * 12)).isEqualTo(before);
        assertThat(g.isShown(4)).isTrue();
        c.add("run-3", 3, true, false, metrics(74, 500, 6));
        assertThat(g.append(c)).isFalse();
        assertThat(g.size()).as("nothing placed").isEqualTo(5);
        g.rebuild(c, AXES);
        assertThat(g.size()).isEqualTo(6);
        assertThat(g.scales()[0].contains(500)).isTrue();
    }

    @Test
    void recolouringWritesPaletteTexelsAndDimsWhatIsNotSelected() {
        CloudGeometry g = new CloudGeometry();
        PointColumns c = columns();
        g.rebuild(c, AXES);
        Coloring pareto = Coloring.of(ColorMode.PARETO, Metric.ENERGY, c);
        g.color(c, pareto, null, 0, 4);
        assertThat(g.texCoords()[0]).isEqualTo(CloudGeometry.u(Coloring.FRONT));
        assertThat(g.texCoords()[2]).isEqualTo(CloudGeometry.u(Coloring.OTHER));
        assertThat(g.texCoords()[1]).isEqualTo(CloudGeometry.v(false));
        BitSet selected = new BitSet();
        selected.set(1);
        g.color(c, pareto, selected, 0, 4);
        assertThat(g.texCoords()[1]).as("slot 0 not selected: dimmed").isEqualTo(CloudGeometry.v(true));
        assertThat(g.texCoords()[3]).as("slot 1 selected: vivid").isEqualTo(CloudGeometry.v(false));
        // Texel centres of a 256 × 2 texture.
        assertThat(CloudGeometry.u(0) * Coloring.PALETTE_SIZE).isEqualTo(0.5f);
        assertThat(CloudGeometry.v(true) * 2).isEqualTo(1.5f);
    }

    @Test
    void capacityRunsAheadOfTheDataAndARebuildLeavesNoGhostsBehind() {
        CloudGeometry g = new CloudGeometry();
        PointColumns c = new PointColumns();
        for (int i = 0; i < 400; i++) {
            c.add("run-1", 1, true, false, metrics(70 + i % 10, 5 + i % 20, 5 + i % 5));
        }
        g.rebuild(c, AXES);
        assertThat(g.capacity()).isGreaterThanOrEqualTo(500);
        for (int i = 0; i < 90; i++) {
            c.add("run-1", 1, true, false, metrics(71, 6, 6));
        }
        int before = g.capacity();
        assertThat(g.append(c)).isTrue();
        assertThat(g.capacity()).as("90 more fit without new faces").isEqualTo(before);
        // A smaller data set (a run deleted): the slots past its end are empty again.
        PointColumns small = new PointColumns();
        small.add("run-2", 1, true, false, metrics(72, 7, 7));
        g.rebuild(small, AXES);
        assertThat(g.size()).isEqualTo(1);
        for (int k = 12; k < g.capacity() * 12; k++) {
            assertThat(g.vertices()[k]).isZero();
        }
    }
}
