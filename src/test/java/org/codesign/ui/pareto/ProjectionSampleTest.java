package org.codesign.ui.pareto;

import static org.assertj.core.api.Assertions.assertThat;

import io.fair_acc.dataset.DataSet;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.codesign.eval.Metric;
import org.codesign.ui.pareto.plot.ColorMode;
import org.codesign.ui.pareto.plot.Coloring;
import org.codesign.ui.pareto.plot.PlotAxes;
import org.codesign.ui.pareto.plot.PointColumns;
import org.junit.jupiter.api.Test;

/** A large cloud's projection: a bounded sample, every front point in it, the front drawn on top. */
class ProjectionSampleTest {
    private static final PlotAxes AXES = PlotAxes.linear(Metric.LATENCY, Metric.ACCURACY, Metric.POWER);

    /** {@code n} points, every 97th on the front (flags as the store would give them). */
    private static PointColumns cloud(int n) {
        PointColumns c = new PointColumns();
        SplittableRandom random = new SplittableRandom(3);
        double[] v = new double[Metric.values().length];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(v, 1);
            v[Metric.LATENCY.ordinal()] = 2 + 58 * random.nextDouble();
            v[Metric.ACCURACY.ordinal()] = 65 + 17 * random.nextDouble();
            c.add("run-1", 1, i % 50 != 7, i % 97 == 0, v);
        }
        return c;
    }

    /** Without a canvas size there is no pixel grid, so every placed point becomes a marker. */
    private static ScatterDrawing draw(PointColumns c, BitSet selected) {
        return ScatterDrawing.of(c, Coloring.of(ColorMode.PARETO, Metric.ENERGY, c), AXES, 0, 1, selected, 0, 0, null);
    }

    private static Set<String> points(List<? extends DataSet> sets, String layer) {
        Set<String> xy = new HashSet<>();
        for (DataSet s : sets) {
            if (s.getName().startsWith(layer)) {
                for (int i = 0; i < s.getDataCount(); i++) {
                    xy.add(s.get(DataSet.DIM_X, i) + "," + s.get(DataSet.DIM_Y, i));
                }
            }
        }
        return xy;
    }

    @Test
    void aLargeCloudIsSampledWithEveryFrontPointAndSaysSo() {
        int n = 180_000;
        PointColumns c = cloud(n);
        ScatterDrawing d = draw(c, new BitSet());
        List<? extends DataSet> sets = d.dataSets();

        Set<String> front = new HashSet<>();
        int frontFeasible = 0;
        for (int i = c.nextPareto(0); i >= 0; i = c.nextPareto(i + 1)) {
            if (c.feasible(i)) {
                front.add(c.value(Metric.LATENCY, i) + "," + c.value(Metric.ACCURACY, i));
                frontFeasible++;
            }
        }
        assertThat(points(sets, "layer2")).isEqualTo(front);
        assertThat(d.markers()).isLessThanOrEqualTo(ProjectionSample.BUDGET + frontFeasible);

        ProjectionSample sample = d.sample();
        assertThat(sample).isNotNull();
        assertThat(sample.total()).isEqualTo(n);
        assertThat(sample.front()).isEqualTo(frontFeasible);
        assertThat(sample.shown()).isBetween(ProjectionSample.BUDGET * 9 / 10, ProjectionSample.BUDGET + frontFeasible);
        assertThat(sample.note())
                .isEqualTo(String.format(
                        java.util.Locale.ROOT,
                        "showing %,d of 180,000 points · all %,d front points",
                        sample.shown(),
                        frontFeasible));
    }

    @Test
    void theSampleKeepsTheCloudsDensity() {
        PointColumns c = cloud(200_000);
        Set<String> drawn = points(draw(c, new BitSet()).dataSets(), "layer1");
        // the left fifth of the latency range holds a fifth of the cloud, and of the sample
        long left = drawn.stream()
                .filter(p -> Double.parseDouble(p.split(",")[0]) < 2 + 58 / 5.0)
                .count();
        assertThat(left / (double) drawn.size()).isBetween(0.18, 0.22);
    }

    @Test
    void selectedPointsOffTheSampleAreDrawn() {
        PointColumns c = cloud(120_000);
        BitSet selected = new BitSet();
        selected.set(12_345); // not on the stride of 3, not on the front, feasible
        Set<String> vivid = points(draw(c, selected).dataSets(), "layer1");
        assertThat(vivid).containsExactly(c.value(Metric.LATENCY, 12_345) + "," + c.value(Metric.ACCURACY, 12_345));
    }

    @Test
    void aSmallCloudIsDrawnWhole() {
        ScatterDrawing d = draw(cloud(ProjectionSample.BUDGET), new BitSet());
        assertThat(d.sample()).isNull();
        assertThat(d.drawnCounts()[1]).isEqualTo(ProjectionSample.BUDGET - ProjectionSample.BUDGET / 50);
    }

    /**
     * ChartFX draws a renderer's data sets from the last to the first: the front's must come
     * first to be drawn over the cloud (the window's pixels are checked in LargeStudyFlowsTest).
     */
    @Test
    void theFrontsDataSetsComeFirst() {
        List<? extends DataSet> sets = draw(cloud(5_000), new BitSet()).dataSets();
        assertThat(sets.get(0).getName()).startsWith("layer2-");
        assertThat(sets.get(sets.size() - 1).getName()).startsWith("layer1-");
    }
}
