package org.codesign.ui.pareto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import org.codesign.eval.Metric;
import org.codesign.space.CodesignSpace;
import org.codesign.space.Parameter;
import org.codesign.study.EvaluatedPoint;
import org.codesign.ui.pareto.plot.AxisIntervals;
import org.codesign.ui.points.PointStore;
import org.codesign.ui.points.Selection;
import org.codesign.ui.points.TestPoints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The parallel coordinates' data without a canvas: axes, values, intervals and sampled lines. */
class ParallelDataTest {
    private final CodesignSpace space = TestPoints.study().space();
    private PointStore store;
    private PlotModel model;
    private final ParallelData data = new ParallelData();

    @BeforeEach
    void setUp() {
        store = TestPoints.store();
        store.append("run-1", TestPoints.cloud(50, 0, 5));
        store.append("run-1", List.of(TestPoints.infeasible(50, 90, 1, 1)));
        model = new PlotModel(store, new Selection(), ParetoViewModel.initialAxes(TestPoints.study()));
    }

    private List<Parameter> parameters() {
        List<Parameter> all = new java.util.ArrayList<>(space.network().design().parameters());
        all.addAll(space.hardware().design().parameters());
        return all;
    }

    @Test
    void axesAreTheMetricsWithDataThenTheParametersThatVary() {
        data.rebuild(model, space, true);
        List<String> keys = data.keys();
        // The synthetic points have every metric but area.
        assertThat(keys.subList(0, 7))
                .containsExactly(
                        Metric.ACCURACY.key(),
                        Metric.LATENCY.key(),
                        Metric.POWER.key(),
                        Metric.ENERGY.key(),
                        Metric.EDP.key(),
                        Metric.MACS.key(),
                        Metric.PARAMS.key());
        long varying = parameters().stream().filter(p -> p.cardinality() > 1).count();
        assertThat(keys).hasSize(7 + (int) varying);
        assertThat(keys.subList(7, keys.size())).allMatch(k -> k.startsWith("network.") || k.startsWith("hardware."));
        assertThat(data.axes()).hasSameSizeAs(keys);
    }

    @Test
    void perBlockParametersOnlyOnRequest() {
        data.rebuild(model, space, false);
        assertThat(data.keys()).noneMatch(k -> k.contains(".block"));
        int without = data.keys().size();
        data.rebuild(model, space, true);
        boolean hasBlocks = parameters().stream()
                .anyMatch(p -> p.cardinality() > 1 && p.name().contains(".block"));
        assertThat(data.keys().size() > without).isEqualTo(hasBlocks);
    }

    @Test
    void valuesAreTheMetricsAndTheGenes() {
        data.rebuild(model, space, false);
        EvaluatedPoint p = store.entries().get(3).point();
        assertThat(data.value(1, 3)).isEqualTo(p.metric(Metric.LATENCY));
        String key = data.keys().get(data.keys().size() - 1);
        List<Parameter> all = parameters();
        int gene = -1;
        for (int g = 0; g < all.size(); g++) {
            if (key.endsWith("." + all.get(g).name())) {
                gene = g;
            }
        }
        assertThat(data.value(data.keys().size() - 1, 3)).isEqualTo(p.genome()[gene]);
    }

    @Test
    void intervalsIntersectAndHitOnlyFeasiblePoints() {
        data.rebuild(model, space, false);
        AxisIntervals intervals = data.intervals();
        String accuracy = Metric.ACCURACY.key();
        String latency = Metric.LATENCY.key();
        assertThat(data.hit(model.columns()).isEmpty()).as("no interval").isTrue();
        intervals.replace(accuracy, 0, 1); // all of accuracy
        BitSet all = data.hit(model.columns());
        assertThat(all.cardinality()).isEqualTo(50);
        assertThat(all.get(50)).as("infeasible").isFalse();
        intervals.replace(latency, 0, 0.5); // the faster half of latency
        BitSet fast = data.hit(model.columns());
        assertThat(fast.cardinality()).isBetween(1, 49);
        double mid = (model.columns().range(Metric.LATENCY, false)[0]
                        + model.columns().range(Metric.LATENCY, false)[1])
                / 2;
        fast.stream().forEach(i -> assertThat(data.value(1, i)).isLessThanOrEqualTo(mid + 1e-9));
        intervals.add(latency, 0.5, 1); // and the slower half: all again
        assertThat(data.hit(model.columns())).isEqualTo(all);
        intervals.removeAll(latency);
        assertThat(data.hit(model.columns())).isEqualTo(all);
        intervals.clear();
        assertThat(intervals.of(accuracy)).isEmpty();
    }

    @Test
    void intervalsAndArrangementOutliveRebuildsByKey() {
        data.rebuild(model, space, false);
        String latency = Metric.LATENCY.key();
        data.arrangement().move(1, 0);
        data.arrangement().invert(latency);
        data.intervals().replace(latency, 0.2, 0.4);
        store.append("run-2", TestPoints.cloud(20, 0, 9));
        data.rebuild(model, space, false);
        assertThat(data.arrangement().keyAt(0)).isEqualTo(latency);
        assertThat(data.keys().get(data.shown()[0])).isEqualTo(latency);
        assertThat(data.arrangement().inverted(latency)).isTrue();
        assertThat(data.intervals().of(latency)).hasSize(1);
        // Places of the first axis are turned: the fastest point sits at the top.
        int fastest = 0;
        for (int i = 0; i < model.columns().size(); i++) {
            if (model.columns().feasible(i) && data.value(1, i) < data.value(1, fastest)) {
                fastest = i;
            }
        }
        assertThat(data.places(new int[] {fastest}).at(0, 0)).isEqualTo(1.0);
    }

    @Test
    void linesSplitBySelectionAndSampleEvenly() {
        BitSet selected = new BitSet();
        selected.set(0, 10);
        selected.set(50); // infeasible: no line
        ParallelData.Lines lines = ParallelData.lines(model.columns(), selected);
        assertThat(lines.chosen()).hasSize(10);
        assertThat(lines.rest()).hasSize(40);
        assertThat(lines.total()).isEqualTo(50);
        assertThat(lines.note()).isEqualTo("50 lines");
        BitSet many = new BitSet();
        many.set(0, 10_000);
        int[] sample = ParallelData.sample(many, 4000);
        assertThat(sample).hasSize(4000).startsWith(0, 2, 5).isSorted();
        assertThat(new ParallelData.Lines(sample, new int[0], 10_000).note())
                .isEqualTo("showing a sample of 4,000 of 10,000 lines");
    }
}
