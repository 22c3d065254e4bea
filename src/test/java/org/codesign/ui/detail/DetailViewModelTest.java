package org.codesign.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import org.codesign.cost.LayerCost;
import org.codesign.eval.DesignEvaluation;
import org.codesign.eval.Evaluator;
import org.codesign.space.CodesignSpace;
import org.codesign.study.ConfigJson;
import org.codesign.study.EvaluatedPoint;
import org.codesign.ui.points.PointEntry;
import org.codesign.ui.points.PointStore;
import org.codesign.ui.points.Selection;
import org.codesign.ui.points.TestPoints;
import org.codesign.ui.study.EvaluatorCache;
import org.codesign.ui.study.StudyDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The detail view-model without a stage: what it shows for a focused point, its hardware rows
 * and per-layer series, and that a breakdown arriving late for an earlier point is dropped.
 * The evaluator is the real one; "background" work runs when the test says so.
 */
class DetailViewModelTest {
    private final Queue<Runnable> background = new ArrayDeque<>();
    private StudyDocument document;
    private PointStore store;
    private Selection selection;
    private DetailViewModel vm;

    @BeforeEach
    void setUp() {
        document = new StudyDocument(TestPoints.study(), null);
        store = TestPoints.store();
        List<EvaluatedPoint> points = new ArrayList<>(TestPoints.cloud(2, 10, 3));
        points.add(0, TestPoints.point(0, 80, 10, 5));
        points.add(TestPoints.infeasible(20, 60, 50, 9));
        points.add(TestPoints.point(21, 1, new int[] {1, 2}, 60, 50, 9));
        store.append("run-1", points);
        selection = new Selection();
        vm = new DetailViewModel(
                document, selection, new EvaluatorCache(document)::get, background::add, Runnable::run);
    }

    private PointEntry entry(long index) {
        return store.entries().stream()
                .filter(e -> e.point().index() == index)
                .findFirst()
                .orElseThrow();
    }

    private void runBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    @Test
    void beforeAnyPointItAsksForOne() {
        assertThat(vm.titleProperty().get()).isEqualTo(DetailViewModel.PROMPT);
        assertThat(vm.hardware()).isEmpty();
        assertThat(vm.evaluationProperty().get()).isNull();
    }

    @Test
    void aFocusedPointShowsItsNumbersAtOnceAndItsBreakdownLater() {
        PointEntry e = entry(0);
        selection.focusedProperty().set(e);
        assertThat(e.pareto()).as("nothing of the cloud beats it").isTrue();
        assertThat(vm.titleProperty().get()).isEqualTo("run-1 · point 0 · generation 1 · on the Pareto front");
        assertThat(vm.metricsProperty().get())
                .contains("top-1 accuracy 80 %")
                .contains("latency 10 ms")
                .contains("MACs 600 MMACs")
                .doesNotContain("infeasible");
        CodesignSpace.Point decoded = document.study().space().decode(e.point().genome());
        assertThat(vm.networkConfigProperty().get())
                .isEqualTo(ConfigJson.toJson(decoded.network()).toString());
        assertThat(vm.hardware())
                .as("one row per field of the configuration")
                .hasSize(ConfigJson.toJson(decoded.hardware()).size());
        // the default study's edge GPU: labels with units as on the axes, values as the table shows them
        assertThat(vm.hardware())
                .extracting(DetailViewModel.HardwareRow::name)
                .containsExactly("template", "device", "gpuFreqMHz (MHz)", "cpuFreqMHz (MHz)", "emcFreqMHz (MHz)");
        assertThat(vm.hardware()).contains(new DetailViewModel.HardwareRow("gpuFreqMHz (MHz)", "114.8"));
        assertThat(vm.evaluationProperty().get())
                .as("not before the evaluator answers")
                .isNull();

        runBackground();
        DesignEvaluation shown = vm.evaluationProperty().get();
        assertThat(shown).isNotNull();
        assertThat(shown.networkConfig()).isEqualTo(decoded.network());
        assertThat(shown.hardware()).isEqualTo(decoded.hardware());
    }

    @Test
    void anInfeasiblePointSaysWhy() {
        selection.focusedProperty().set(entry(20));
        assertThat(vm.metricsProperty().get()).endsWith("infeasible: does not fit");
        assertThat(vm.titleProperty().get()).doesNotContain("Pareto");
    }

    @Test
    void aFailedBreakdownIsSaidAfterTheMetrics() {
        // An evaluator without cost models cannot break any hardware down.
        Evaluator accuracyOnly =
                new Evaluator(new EvaluatorCache(document).get().accuracyModel(), Map.of());
        DetailViewModel failing =
                new DetailViewModel(document, selection, () -> accuracyOnly, background::add, Runnable::run);
        selection.focusedProperty().set(entry(0));
        String metrics = failing.metricsProperty().get();
        runBackground();
        assertThat(failing.metricsProperty().get())
                .startsWith(metrics)
                .contains(" (the breakdown could not be computed: template: no cost model");
        assertThat(failing.evaluationProperty().get()).isNull();
    }

    @Test
    void aPointOfOtherSpacesCannotBeDecodedAndIsNotEvaluated() {
        selection.focusedProperty().set(entry(21));
        assertThat(vm.titleProperty().get()).contains("earlier version of the spaces");
        assertThat(background).isEmpty();
    }

    @Test
    void aLateBreakdownOfAnEarlierPointIsDropped() {
        selection.focusedProperty().set(entry(0));
        selection.focusedProperty().set(entry(11));
        runBackground();
        CodesignSpace.Point second =
                document.study().space().decode(entry(11).point().genome());
        assertThat(vm.evaluationProperty().get().networkConfig()).isEqualTo(second.network());
        assertThat(vm.titleProperty().get()).startsWith("run-1 · point 11 ");
    }

    @Test
    void layerSeriesNameEveryLayerAndStartTheirAxesAtZero() {
        selection.focusedProperty().set(entry(0));
        runBackground();
        DesignEvaluation shown = vm.evaluationProperty().get();
        List<LayerCost> costs = shown.metrics().layers();
        List<DetailViewModel.LayerSeries> series = DetailViewModel.layerSeries(shown.network(), costs);
        assertThat(series)
                .extracting(DetailViewModel.LayerSeries::axis)
                .containsExactly("latency (ms)", "energy (mJ)", "utilization (%)");
        assertThat(costs).isNotEmpty();
        for (DetailViewModel.LayerSeries s : series) {
            assertThat(s.layers())
                    .hasSize(costs.size())
                    .first()
                    .isEqualTo(shown.network().layers().get(0).name());
        }
        double[] latency = series.get(0).values();
        assertThat(latency[costs.size() - 1])
                .isEqualTo(costs.get(costs.size() - 1).latencyMs());
        assertThat(series.get(2).values()[0]).isEqualTo(100 * costs.get(0).utilization());
        double max = java.util.Arrays.stream(latency).max().orElseThrow();
        assertThat(series.get(0).top()).isCloseTo(1.05 * max, within(1e-12));
        assertThat(new DetailViewModel.LayerSeries("x", "s", List.of("a"), new double[] {0}).top())
                .isEqualTo(1);
    }
}
