package org.codesign.ui.pareto.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.codesign.eval.Metric;
import org.codesign.study.quantity.Quantities;
import org.junit.jupiter.api.Test;

/** The 2D projections' brush and click/hover hit tests without a chart. */
class ProjectionPickTest {
    private final PointColumns columns = new PointColumns();

    private void add(double latency, double accuracy, boolean feasible) {
        double[] v = new double[Metric.values().length];
        Arrays.fill(v, 1);
        v[Metric.LATENCY.ordinal()] = latency;
        v[Metric.ACCURACY.ordinal()] = accuracy;
        columns.add("run-1", 1, feasible, false, v);
    }

    private ProjectionPick pick(boolean logX) {
        return new ProjectionPick(columns, Quantities.of(Metric.LATENCY), logX, Quantities.of(Metric.ACCURACY), false);
    }

    @Test
    void aRectangleHitsTheDrawablePointsInsideIt() {
        add(1, 70, true);
        add(5, 75, true);
        add(5, 75, false); // infeasible
        add(0, 72, true); // no place on a log axis
        add(9, 80, true);
        assertThat(pick(false).inside(0, 6, 70, 76).stream().toArray()).containsExactly(0, 1, 3);
        assertThat(pick(true).inside(0, 6, 70, 76).stream().toArray()).containsExactly(0, 1);
    }

    @Test
    void theNearestDrawnPointWithinTheRadius() {
        add(1, 70, true);
        add(2, 70, true);
        add(2.05, 70, false); // nearer, but infeasible
        // 10 px per ms across, 1 px per % upwards from y = 100.
        ProjectionPick p = pick(false);
        assertThat(p.nearest(20.4, 30, 8, v -> 10 * v, v -> 100 - v)).isEqualTo(1);
        assertThat(p.nearest(14, 30, 8, v -> 10 * v, v -> 100 - v)).isEqualTo(0);
        assertThat(p.nearest(15, 45, 8, v -> 10 * v, v -> 100 - v))
                .as("too far")
                .isEqualTo(-1);
    }
}
