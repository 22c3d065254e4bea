package org.codesign.ui.pareto.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.codesign.eval.Metric;
import org.codesign.study.quantity.Quantities;
import org.codesign.study.quantity.Quantity;
import org.junit.jupiter.api.Test;

/**
 * Plot columns of any quantity: shown values, read through the source on first use and then
 * following appends; glyph sizes from a size quantity; ordinal axes with their categories.
 */
class QuantityColumnsTest {
    private static final Quantity DEPTH =
            new Quantity("stage1.depth", "stage1.depth", "blocks", 1, Quantity.Kind.PARAMETER, false, List.of(), "");
    private static final Quantity DATAFLOW =
            new Quantity("dataflow", "dataflow", "", 1, Quantity.Kind.PARAMETER, true, List.of("ws", "os", "rs"), "");

    private final int[] reads = new int[1];

    /** Slot i has depth i + 1 and dataflow i mod 3; every read is counted. */
    private PointColumns columns(int n) {
        PointColumns c = new PointColumns();
        c.setSource((q, slot) -> {
            reads[0]++;
            return q.id().equals("dataflow") ? slot % 3 : slot + 1;
        });
        for (int i = 0; i < n; i++) {
            double[] m = CloudGeometryTest.metrics(70 + i, 10 + i, 5);
            m[Metric.MACS.ordinal()] = 3e8;
            c.add(i < 2 ? "run-a" : "run-b", i, true, false, m);
        }
        return c;
    }

    @Test
    void metricsAreShownInTheirUnitAndOtherQuantitiesAreReadOnceThenFollowAppends() {
        PointColumns c = columns(4);
        assertThat(c.value(Quantities.of(Metric.MACS), 0)).as("MMACs").isCloseTo(300, within(1e-9));
        assertThat(reads[0]).as("nothing read before a view asks").isZero();
        assertThat(c.column(DEPTH)).startsWith(1, 2, 3, 4);
        c.column(DEPTH);
        assertThat(reads[0]).as("read once").isEqualTo(4);
        c.add("run-b", 4, true, false, CloudGeometryTest.metrics(75, 15, 5));
        assertThat(c.value(DEPTH, 4)).isEqualTo(5);
        assertThat(reads[0]).as("only the new slot is read").isEqualTo(5);
        assertThat(c.range(DEPTH, false)).containsExactly(1, 5);
        assertThat(c.value(Quantities.of(Metric.ACCURACY), 4)).isEqualTo(75);
        Quantities q = Quantities.of(org.codesign.study.Studies.defaultStudy());
        assertThat(c.column(q.byId("generation"))).startsWith(0, 1, 2, 3, 4);
        assertThat(c.column(q.byId("run"))).startsWith(0, 0, 1, 1, 1);
        assertThat(c.categories(q.byId("run"))).as("the plot's own run order").containsExactly("run-a", "run-b");
        c.setSource((quantity, slot) -> 10);
        assertThat(c.value(DEPTH, 0)).as("a new source is read afresh").isEqualTo(10);
    }

    @Test
    void anOrdinalQuantityGetsACategoryAxis() {
        PointColumns c = columns(6);
        PlotAxes axes = new PlotAxes(DATAFLOW, Quantities.of(Metric.ACCURACY), DEPTH, false, false, false);
        AxisScale[] s = axes.fit(c);
        assertThat(s[0].isOrdinal()).isTrue();
        assertThat(s[0].ticks(10)).containsExactly(0.0, 1.0, 2.0);
        assertThat(s[0].label(1, 1)).isEqualTo("os");
        assertThat(s[0].toCube(0)).isGreaterThan(-1);
        assertThat(s[0].toCube(2)).isLessThan(1);
        CloudGeometry g = new CloudGeometry();
        g.rebuild(c, axes);
        float[] cube = g.cube();
        assertThat(cube[3 * 3]).as("slot 3 is 'ws' like slot 0").isEqualTo(cube[0]);
        assertThat(cube[3 * 1]).isGreaterThan(cube[0]);
    }

    @Test
    void aSizeQuantitySetsEachGlyphsRadius() {
        PointColumns c = columns(5);
        PlotAxes axes =
                PlotAxes.linear(Metric.LATENCY, Metric.ACCURACY, Metric.POWER).withSize(DEPTH, false);
        CloudGeometry g = new CloudGeometry();
        g.rebuild(c, axes);
        assertThat(radius(g, 0)).isCloseTo(CloudGeometry.MIN_SIZED_RADIUS, within(1e-4f));
        assertThat(radius(g, 4)).isCloseTo(CloudGeometry.MAX_SIZED_RADIUS, within(1e-4f));
        assertThat(radius(g, 2)).isBetween(radius(g, 1), radius(g, 3));
        c.add("run-b", 5, true, false, CloudGeometryTest.metrics(71, 11, 5));
        assertThat(g.append(c)).as("depth 6 lies outside the fitted size scale").isFalse();
        g.rebuild(c, PlotAxes.linear(Metric.LATENCY, Metric.ACCURACY, Metric.POWER));
        assertThat(radius(g, 0)).as("no size quantity: one size").isCloseTo(CloudGeometry.RADIUS, within(1e-4f));
    }

    /** A glyph's circumradius: the distance of its first vertex from its centre. */
    private static float radius(CloudGeometry g, int slot) {
        float[] v = g.vertices();
        float[] cube = g.cube();
        int at = slot * CloudGeometry.VERTICES_PER_POINT * 3;
        double dx = v[at] - cube[3 * slot];
        double dy = v[at + 1] - cube[3 * slot + 1];
        double dz = v[at + 2] - cube[3 * slot + 2];
        return (float) Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    @Test
    void theColourBarsTicksLieOnItsRampWithTheQuantitysUnit() {
        PointColumns c = columns(6);
        Coloring lin = Coloring.of(ColorMode.METRIC, Quantities.of(Metric.LATENCY), false, c);
        Coloring.Legend legend = lin.legend();
        assertThat(legend.title()).isEqualTo("latency (ms)");
        assertThat(legend.ticks()).hasSizeGreaterThanOrEqualTo(3);
        for (Coloring.Legend.Tick t : legend.ticks()) {
            double v = Double.parseDouble(t.label());
            assertThat(t.at()).isCloseTo((v - 10) / 5, within(1e-9)); // latencies 10 … 15
        }
        Coloring byDataflow = Coloring.of(ColorMode.METRIC, DATAFLOW, false, c);
        assertThat(byDataflow.legend().ticks())
                .extracting(Coloring.Legend.Tick::label)
                .containsExactly("ws", "os", "rs");
        assertThat(byDataflow.index(c, 0)).isLessThan(byDataflow.index(c, 1));
    }
}
