package org.codesign.ui.pareto.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.codesign.eval.Metric;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Screen positions of the cloud: nearest-point search (front-most wins), brushing, and following the camera. */
class ProjectedCloudTest {
    private static final PlotAxes AXES = PlotAxes.linear(Metric.LATENCY, Metric.ACCURACY, Metric.POWER);

    private final CloudGeometry geometry = new CloudGeometry();
    private final PointColumns columns = CloudGeometryTest.columns();
    private ProjectedCloud cloud;

    @BeforeEach
    void setUp() {
        // Two points with the same latency and accuracy: one behind the other in the (orthographic) front view.
        columns.add("run-3", 3, true, false, CloudGeometryTest.metrics(70, 10, 9));
        geometry.rebuild(columns, AXES);
        cloud = new ProjectedCloud(geometry);
        cloud.setProjection(new ViewProjection(OrbitCamera.front(), 400, 300));
    }

    private double[] at(int slot) {
        float[] s = cloud.screen();
        return new double[] {s[2 * slot], s[2 * slot + 1]};
    }

    @Test
    void hiddenPointsHaveNoPosition() {
        assertThat(Double.isNaN(at(2)[0])).as("infeasible").isTrue();
        assertThat(Double.isNaN(at(3)[0])).as("no accuracy").isTrue();
        assertThat(Double.isNaN(at(1)[0])).isFalse();
    }

    @Test
    void theNearestPointWithinTheRadiusIsTheOneInFront() {
        double[] p = at(0);
        double[] q = at(4);
        assertThat(p[0]).isCloseTo(q[0], org.assertj.core.api.Assertions.within(0.5));
        assertThat(p[1]).isCloseTo(q[1], org.assertj.core.api.Assertions.within(0.5));
        ViewProjection view = cloud.projection();
        float[] cube = geometry.cube();
        int front = view.depth(cube[0], cube[1], cube[2]) < view.depth(cube[12], cube[13], cube[14]) ? 0 : 4;
        assertThat(cloud.nearest(p[0] + 3, p[1] - 3, 7)).isEqualTo(front);
        assertThat(cloud.nearest(p[0] + 30, p[1] - 30, 7)).as("too far").isEqualTo(-1);
    }

    @Test
    void aBrushSelectsTheShownPointsProjectedInside() {
        BitSet all = cloud.brushed(new ScreenBrush.Box(0, 0, 400, 300));
        assertThat(all.stream().toArray()).containsExactly(0, 1, 4);
        double[] p = at(1);
        BitSet one = cloud.brushed(new ScreenBrush.Box(p[0] - 2, p[1] - 2, p[0] + 2, p[1] + 2));
        assertThat(one.stream().toArray()).containsExactly(1);
    }

    @Test
    void anotherCameraMovesThePoints() {
        double[] before = at(1);
        cloud.setProjection(new ViewProjection(OrbitCamera.side(), 400, 300));
        double[] after = at(1);
        assertThat(after[0]).isNotEqualTo(before[0]);
    }
}
