package org.codesign.ui.pareto.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AxisGuidesTest {
    private static final AxisScale[] SCALES = {
        new AxisScale(0, 40, false), new AxisScale(68, 80, false), new AxisScale(4, 12, false)
    };
    private static final String[] TITLES = {"latency (ms)", "top-1 accuracy (%)", "power (W)"};

    @Test
    void theInitialViewLabelsAllThreeAxesAlongOuterEdges() {
        ViewProjection p = new ViewProjection(OrbitCamera.initial(), 800, 600);
        AxisGuides.Layout layout = AxisGuides.layout(p, SCALES, TITLES, 6);
        assertThat(layout.titles()).extracting(AxisGuides.Text::text).containsExactly(TITLES);
        assertThat(layout.ticks()).extracting(AxisGuides.Text::text).contains("0", "40", "70", "80", "4", "12");
        double[] centre = p.project(0, 0, 0);
        for (AxisGuides.Text t : layout.titles()) {
            // Pushed away from the cube's centre.
            assertThat((t.x() - centre[0]) * t.dx() + (t.y() - centre[1]) * t.dy())
                    .isPositive();
        }
        // x and z are labelled on the floor (edges are given as the other two coordinates in axis
        // order: {y, z} for x, {x, y} for z); y on the leftmost vertical edge.
        assertThat(layout.labelledEdges()[0][0]).isEqualTo(-1);
        assertThat(layout.labelledEdges()[2][1]).isEqualTo(-1);
        double[] yEdge = p.project(layout.labelledEdges()[1][0], 0, layout.labelledEdges()[1][1]);
        for (int u = -1; u <= 1; u += 2) {
            for (int v = -1; v <= 1; v += 2) {
                assertThat(yEdge[0]).isLessThanOrEqualTo(p.project(u, 0, v)[0] + 1e-9);
            }
        }
    }

    @Test
    void anAxisSeenEndOnGetsNoLabels() {
        AxisGuides.Layout front =
                AxisGuides.layout(new ViewProjection(OrbitCamera.front(), 800, 600), SCALES, TITLES, 6);
        assertThat(front.titles()).extracting(AxisGuides.Text::axis).containsExactly(0, 1);
        AxisGuides.Layout top = AxisGuides.layout(new ViewProjection(OrbitCamera.top(), 800, 600), SCALES, TITLES, 6);
        assertThat(top.titles()).extracting(AxisGuides.Text::axis).containsExactly(0, 2);
        // In the front view the x ticks sit below the cube, the y ticks left of it.
        List<AxisGuides.Text> ticks = front.ticks();
        double[] bottomLeft = new ViewProjection(OrbitCamera.front(), 800, 600).project(-1, -1, 0);
        assertThat(ticks.stream().filter(t -> t.axis() == 0)).allMatch(t -> t.y() > bottomLeft[1]);
        assertThat(ticks.stream().filter(t -> t.axis() == 1)).allMatch(t -> t.x() < bottomLeft[0]);
    }
}
