package org.codesign.ui.pareto.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.codesign.eval.Metric;
import org.junit.jupiter.api.Test;

class ColoringAndFiltersTest {

    static PointColumns grid(int n) {
        PointColumns c = new PointColumns();
        for (int i = 0; i < n; i++) {
            c.add(
                    "run-" + (i % 3),
                    i / 10,
                    i % 7 != 0,
                    i % 5 == 0,
                    CloudGeometryTest.metrics(60 + i % 20, 1 + i % 37, 2 + (i * 7) % 13));
        }
        return c;
    }

    @Test
    void rangesFollowAppendsAndClearOnlyFeasibleFiniteValuesCount() {
        PointColumns c = new PointColumns();
        c.add("run-1", 1, true, false, CloudGeometryTest.metrics(70, 10, 5));
        assertThat(c.range(Metric.ACCURACY, false)).containsExactly(70, 70);
        c.add("run-1", 1, true, false, CloudGeometryTest.metrics(80, -2, Double.NaN));
        c.add("run-1", 1, false, false, CloudGeometryTest.metrics(99, 50, 50)); // infeasible: no part
        assertThat(c.range(Metric.ACCURACY, false)).containsExactly(70, 80);
        assertThat(c.range(Metric.LATENCY, false)).containsExactly(-2, 10);
        assertThat(c.range(Metric.LATENCY, true))
                .as("log axes: positive values only")
                .containsExactly(10, 10);
        assertThat(c.range(Metric.POWER, false)).containsExactly(5, 5);
        c.add("run-2", 2, true, false, CloudGeometryTest.metrics(60, 20, 7));
        assertThat(c.range(Metric.ACCURACY, false))
                .as("extended by the appended slot")
                .containsExactly(60, 80);
        assertThat(c.range(Metric.LATENCY, true)).containsExactly(10, 20);
        c.clear();
        assertThat(c.range(Metric.ACCURACY, false)).containsExactly(Double.NaN, Double.NaN);
        c.add("run-3", 1, true, false, CloudGeometryTest.metrics(90, 3, 4));
        assertThat(c.range(Metric.ACCURACY, false))
                .as("nothing of the cleared points")
                .containsExactly(90, 90);
    }

    @Test
    void eachModeColoursByItsProperty() {
        PointColumns c = grid(50);
        Coloring pareto = Coloring.of(ColorMode.PARETO, Metric.ENERGY, c);
        assertThat(pareto.index(c, 0)).isEqualTo(Coloring.FRONT);
        assertThat(pareto.index(c, 1)).isEqualTo(Coloring.OTHER);
        Coloring runs = Coloring.of(ColorMode.RUN, Metric.ENERGY, c);
        assertThat(runs.index(c, 0)).isEqualTo(runs.index(c, 3)).isNotEqualTo(runs.index(c, 1));
        assertThat(runs.legend().items())
                .extracting(Coloring.Legend.Item::label)
                .containsExactly("run-0", "run-1", "run-2");
        Coloring gen = Coloring.of(ColorMode.GENERATION, Metric.ENERGY, c);
        assertThat(gen.index(c, 0)).isZero();
        assertThat(gen.index(c, 49)).isEqualTo(Coloring.PALETTE_SIZE - 1);
        assertThat(gen.legend().gradient()).isTrue();
        Coloring latency = Coloring.of(ColorMode.METRIC, Metric.LATENCY, c);
        assertThat(latency.index(c, 36)).as("the slowest point").isEqualTo(Coloring.PALETTE_SIZE - 1);
        assertThat(latency.legend().title()).contains("latency");
        assertThat(Coloring.dim(0xff1f6fd1)).isNotEqualTo(0xff1f6fd1);
    }

    @Test
    void coloringsCompareEqualWhenEveryPointGetsTheSameColour() {
        PointColumns c = grid(30);
        assertThat(Coloring.of(ColorMode.PARETO, Metric.ENERGY, c))
                .isEqualTo(Coloring.of(ColorMode.PARETO, Metric.AREA, c));
        Coloring before = Coloring.of(ColorMode.GENERATION, Metric.ENERGY, c);
        c.add("run-0", 99, true, false, CloudGeometryTest.metrics(70, 5, 5));
        assertThat(Coloring.of(ColorMode.GENERATION, Metric.ENERGY, c)).isNotEqualTo(before);
    }

    @Property(tries = 200)
    void rangeFiltersKeepExactlyTheFeasiblePointsInsideEveryRange(
            @ForAll @IntRange(min = 0, max = 300) int n,
            @ForAll @DoubleRange(min = 55, max = 85) double a,
            @ForAll @DoubleRange(min = 55, max = 85) double b,
            @ForAll @DoubleRange(min = 0, max = 40) double l) {
        PointColumns c = grid(n);
        BitSet hit = new RangeFilter()
                .with(Metric.ACCURACY, Math.min(a, b), Math.max(a, b))
                .with(Metric.LATENCY, 0, l)
                .select(c);
        for (int i = 0; i < n; i++) {
            double acc = c.value(Metric.ACCURACY, i);
            boolean expected =
                    c.feasible(i) && acc >= Math.min(a, b) && acc <= Math.max(a, b) && c.value(Metric.LATENCY, i) <= l;
            assertThat(hit.get(i)).isEqualTo(expected);
        }
    }

    @Test
    void rangesNeedLoBelowHi() {
        assertThatThrownBy(() -> new RangeFilter().with(Metric.POWER, 3, 2)).hasMessageStartingWith("powerW:");
    }

    @Property(tries = 200)
    void parallelIntervalsUniteOnAnAxisAndIntersectAcrossAxes(
            @ForAll @IntRange(min = 0, max = 200) int n,
            @ForAll @DoubleRange(min = 0, max = 1) double t0,
            @ForAll @DoubleRange(min = 0, max = 1) double t1,
            @ForAll @DoubleRange(min = 0, max = 1) double u0,
            @ForAll @DoubleRange(min = 0, max = 1) double u1,
            @ForAll @IntRange(min = 0, max = 2) int depthIndex) {
        PointColumns c = grid(n);
        ParallelAxis accuracy = ParallelAxis.metric("accuracy", c.range(Metric.ACCURACY, false));
        ParallelAxis depth = ParallelAxis.parameter("depth", List.of("2", "3", "4"));
        double[] genes = new double[n];
        for (int i = 0; i < n; i++) {
            genes[i] = i % 3;
        }
        BitSet eligible = new BitSet();
        eligible.set(0, n);
        double t = depthIndex / 2.0;
        AxisIntervals intervals = new AxisIntervals();
        intervals.replace("accuracy", t0, t1);
        intervals.add("accuracy", u0, u1);
        intervals.replace("depth", t, t);
        BitSet hit = intervals.select(
                List.of("accuracy", "depth"),
                List.of(accuracy, depth),
                new double[][] {c.column(Metric.ACCURACY), genes},
                eligible);
        for (int i = 0; i < n; i++) {
            double p = accuracy.position(c.value(Metric.ACCURACY, i));
            boolean inFirst = p >= Math.min(t0, t1) && p <= Math.max(t0, t1);
            boolean inSecond = p >= Math.min(u0, u1) && p <= Math.max(u0, u1);
            boolean expected = (inFirst || inSecond) && i % 3 == depthIndex;
            assertThat(hit.get(i)).isEqualTo(expected);
        }
    }
}
