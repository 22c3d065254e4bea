package org.codesign.ui.teaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.codesign.eval.Metric;
import org.codesign.search.Evaluation;
import org.codesign.search.Individual;
import org.codesign.search.RankedIndividual;
import org.codesign.search.RunSnapshot;
import org.codesign.search.RunStatus;
import org.codesign.search.codesign.PointMetrics;
import org.codesign.study.Samples;
import org.codesign.study.Study;
import org.codesign.ui.points.TestPoints;
import org.codesign.ui.study.StudyDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Teaching mode's view-model without a stage: following a run, stepping it, and what a generation shows. */
class TeachingViewModelTest {
    /** A live run that publishes its next prepared generation on every step. */
    private static final class ScriptedRun implements TeachingViewModel.LiveRun {
        final SimpleObjectProperty<RunSnapshot> snapshot = new SimpleObjectProperty<>();
        final List<RunSnapshot> script;
        int steps;

        ScriptedRun(List<RunSnapshot> script) {
            this.script = script;
        }

        @Override
        public ReadOnlyObjectProperty<RunSnapshot> snapshotProperty() {
            return snapshot;
        }

        @Override
        public void step() {
            snapshot.set(script.get(steps++));
        }
    }

    private final Map<String, TeachingViewModel.LiveRun> live = new LinkedHashMap<>();
    private StudyDocument document;
    private TeachingViewModel vm;

    @BeforeEach
    void setUp() {
        document = new StudyDocument(TestPoints.study(), null);
        vm = new TeachingViewModel(document, () -> live);
    }

    /** An individual with objectives accuracy (y), latency (x) and power, as the default study orders them. */
    private static Individual individual(int index, int step, double accuracy, double latency, double power) {
        Map<Metric, Double> m = new EnumMap<>(Metric.class);
        m.put(Metric.ACCURACY, accuracy);
        m.put(Metric.LATENCY, latency);
        m.put(Metric.POWER, power);
        Evaluation evaluation = Evaluation.of(-accuracy, latency, power).withPayload(new PointMetrics(m));
        return new Individual(new int[] {index}, evaluation, index, step);
    }

    private static TeachingViewModel.XY xy(double x, double y) {
        return new TeachingViewModel.XY(x, y);
    }

    private static RunSnapshot generation(
            int step, List<RankedIndividual> population, List<Individual> parents, List<Individual> offspring) {
        return new RunSnapshot(
                "nsga2",
                RunStatus.PAUSED,
                step,
                10 * step,
                1000,
                population,
                List.of(),
                Double.NaN,
                Duration.ZERO,
                parents,
                offspring,
                List.of(),
                "");
    }

    private final Individual a = individual(0, 1, 80, 10, 5);
    private final Individual b = individual(1, 1, 70, 4, 5);
    private final Individual c = individual(2, 1, 60, 30, 9);
    private final Individual d = individual(3, 2, 81, 9, 4);
    private final Individual e = individual(4, 2, 50, 50, 50);
    private final Individual f = individual(5, 2, 40, 60, 60);
    private final RunSnapshot first = generation(
            1,
            List.of(
                    new RankedIndividual(c, 1, 2.0),
                    new RankedIndividual(a, 0, Double.POSITIVE_INFINITY),
                    new RankedIndividual(b, 0, 1.5)),
            List.of(),
            List.of(a, b, c));
    private final RunSnapshot second = generation(
            2,
            List.of(
                    new RankedIndividual(a, 1, 1.0),
                    new RankedIndividual(b, 0, 0.5),
                    new RankedIndividual(d, 0, 3.0),
                    new RankedIndividual(e, 4, 1.0),
                    new RankedIndividual(f, 7, 1.0)),
            List.of(a, b),
            List.of(d, e, f));

    @Test
    void theChooserListsTheLiveRunsAndFollowingOneShowsItsLatestGeneration() {
        ScriptedRun run = new ScriptedRun(List.of(first, second));
        live.put("run-1", run);
        live.put("run-2", new ScriptedRun(List.of()));
        vm.refreshRuns();
        assertThat(vm.runs()).containsExactly("run-1", "run-2");
        assertThat(vm.plotProperty().get()).isNull();
        run.step();
        vm.follow("run-1");
        assertThat(vm.runProperty().get()).isEqualTo("run-1");
        assertThat(vm.rows()).hasSize(3);
        vm.follow("run-9");
        assertThat(vm.runProperty().get()).as("no such live run").isEqualTo("run-1");
    }

    @Test
    void steppingShowsEachNewGenerationRankedThenMostIsolatedFirst() {
        ScriptedRun run = new ScriptedRun(List.of(first, second));
        live.put("run-1", run);
        vm.follow("run-1");
        vm.step();
        assertThat(run.steps).isEqualTo(1);
        assertThat(vm.rows()).extracting(TeachingViewModel.Row::index).containsExactly(0L, 1L, 2L);
        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.offspring()).isTrue());
        assertThat(vm.captionProperty().get())
                .isEqualTo(
                        "Step 1 · 10 evaluations · population 3 · 2 on the first front · 3 offspring, 0 parents marked");

        vm.step();
        assertThat(vm.rows()).extracting(TeachingViewModel.Row::index).containsExactly(3L, 1L, 0L, 4L, 5L);
        TeachingViewModel.Row top = vm.rows().get(0);
        assertThat(top.offspring()).isTrue();
        assertThat(top.parent()).isFalse();
        assertThat(top.metrics()).containsExactly(81, 9, 4);
        assertThat(vm.rows().get(1).parent()).isTrue();
        assertThat(vm.captionProperty().get())
                .startsWith("Step 2 · 20 evaluations · population 5 · 2 on the first front");
    }

    @Test
    void theChartGroupsRanksAndMarksTheLastStep() {
        vm.show(second);
        TeachingViewModel.Plot plot = vm.plotProperty().get();
        assertThat(plot.x()).isEqualTo(Metric.LATENCY);
        assertThat(plot.y()).isEqualTo(Metric.ACCURACY);
        assertThat(plot.ranks()).hasSize(TeachingViewModel.RANK_GROUPS);
        assertThat(plot.ranks().get(0)).containsExactlyInAnyOrder(xy(4, 70), xy(9, 81));
        assertThat(plot.ranks().get(1)).containsExactly(xy(10, 80));
        assertThat(plot.ranks().get(4))
                .as("rank 4 and beyond share the last group")
                .hasSize(2);
        assertThat(plot.parents()).containsExactlyInAnyOrder(xy(10, 80), xy(4, 70));
        assertThat(plot.offspring()).hasSize(3);
        assertThat(plot.trueFront())
                .as("the default study has no exhaustive run")
                .isEmpty();
    }

    @Test
    void followingAnotherRunStopsShowingTheFirst() {
        ScriptedRun one = new ScriptedRun(List.of(first, second));
        ScriptedRun two = new ScriptedRun(List.of(first));
        live.put("run-1", one);
        live.put("run-2", two);
        vm.follow("run-1");
        vm.step();
        vm.follow("run-2");
        assertThat(vm.rows())
                .as("run-2 has no generation yet: the last one shown stays")
                .hasSize(3);
        one.step();
        assertThat(vm.rows()).as("run-1 is no longer followed").hasSize(3);
        vm.step();
        assertThat(two.steps).isEqualTo(1);
        assertThat(one.steps).isEqualTo(2);
    }

    @Test
    void aFinishedExhaustiveRunGivesTheTrueFrontSortedAlongX() throws Exception {
        Study classroom = Samples.load("classroom-small.codesign.json");
        List<TeachingViewModel.XY> front = TeachingViewModel.trueFront(classroom, Metric.LATENCY, Metric.ACCURACY);
        assertThat(front).hasSizeGreaterThan(10);
        List<Double> xs =
                new ArrayList<>(front.stream().map(TeachingViewModel.XY::x).toList());
        assertThat(xs).isSorted();
        assertThat(TeachingViewModel.trueFront(TestPoints.study(), Metric.LATENCY, Metric.ACCURACY))
                .isNull();
        document.replace(classroom, null);
        vm.show(first);
        assertThat(vm.plotProperty().get().trueFront()).isEqualTo(front);
        assertThat(vm.captionProperty().get()).endsWith(" · black line: the true front (exhaustive run)");
    }
}
