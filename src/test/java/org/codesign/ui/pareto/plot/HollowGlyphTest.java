package org.codesign.ui.pareto.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.codesign.eval.Metric;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a point whose accuracy is extrapolated is drawn hollow, its tetrahedron turned inside
 * out (each vertex on the opposite side of its centre), so the faces towards the viewer are
 * culled and the far faces show their inside, painted in its colour washed towards white.
 */
class HollowGlyphTest {

    @Test
    void anExtrapolatedPointIsTheTrustedGlyphTurnedInsideOut() {
        double[] trusted = CloudGeometryTest.metrics(70, 10, 5);
        trusted[Metric.EXTRAPOLATED.ordinal()] = 0;
        double[] extrapolated = CloudGeometryTest.metrics(80, 30, 9);
        extrapolated[Metric.EXTRAPOLATED.ordinal()] = 1;
        PointColumns c = new PointColumns();
        c.add("run-1", 1, true, false, trusted);
        c.add("run-1", 1, true, false, extrapolated);
        CloudGeometry g = new CloudGeometry();
        g.rebuild(c, PlotAxes.linear(Metric.LATENCY, Metric.ACCURACY, Metric.POWER));
        float[] cube = g.cube();
        float[] v = g.vertices();
        for (int k = 0; k < CloudGeometry.VERTICES_PER_POINT; k++) {
            for (int a = 0; a < 3; a++) {
                double outward = v[3 * k + a] - cube[a];
                double inverted = v[12 + 3 * k + a] - cube[3 + a];
                assertThat(inverted).isCloseTo(-outward, within(1e-6));
            }
        }
        assertThat(g.hollow(0)).isFalse();
        assertThat(g.hollow(1)).isTrue();
    }

    @Test
    void theInsideIsTheColourWashedTowardsWhiteNotTheDimmedColour() {
        int blue = 0xff1f6fd6;
        int inside = Coloring.hollow(blue);
        assertThat(inside).isNotEqualTo(blue).isNotEqualTo(Coloring.dim(blue));
        // lighter in every channel, and still bluer than it is red
        assertThat((inside >> 16) & 0xff).isGreaterThan((blue >> 16) & 0xff);
        assertThat(inside & 0xff).isGreaterThan(blue & 0xff).isGreaterThan((inside >> 16) & 0xff);
        assertThat(inside >>> 24).isEqualTo(0xff);
    }
}
