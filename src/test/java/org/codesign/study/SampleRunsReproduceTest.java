package org.codesign.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.codesign.eval.Evaluator;
import org.codesign.eval.Metric;
import org.codesign.eval.StandardModels;
import org.codesign.search.Individual;
import org.codesign.search.codesign.CodesignProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The runs stored in the bundled samples are what the current models compute: a sample of each
 * run's points is evaluated again and must give the stored metrics. When a model changes, this
 * fails until the samples' runs are regenerated (README, "Samples and experiments").
 */
class SampleRunsReproduceTest {
    /** Points re-evaluated per stored run, spread evenly over the run (the first and last included). */
    private static final int POINTS_PER_RUN = 200;

    /** Stored doubles round-trip exactly through JSON; the slack only forgives summation order. */
    private static final double RELATIVE_TOLERANCE = 1e-9;

    static List<String> samplesWithRuns() throws StudyFormatException {
        List<String> names = new ArrayList<>();
        for (String name : Samples.names()) {
            if (!Samples.load(name).runs().isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    @Test
    void theSamplesThatShipRunsAreChecked() throws StudyFormatException {
        assertThat(samplesWithRuns())
                .as("the classroom sample ships its exhaustive run, so there is something to check")
                .contains("classroom-small.codesign.json");
    }

    @ParameterizedTest
    @MethodSource("samplesWithRuns")
    void storedPointsGiveTheStoredMetricsWhenEvaluatedAgain(String name) throws StudyFormatException {
        Study study = Samples.load(name);
        Evaluator evaluator = StandardModels.evaluator(
                study.model().accuracyModel(), study.model().mapperObjective());
        CodesignProblem problem =
                new CodesignProblem(study.space(), study.objectives(), study.constraints(), evaluator);
        int checked = 0;
        for (RunRecord run : study.runs()) {
            List<EvaluatedPoint> points = run.points();
            for (int i : spread(points.size())) {
                EvaluatedPoint stored = points.get(i);
                EvaluatedPoint again = StudyRuns.point(new Individual(
                        stored.genome(), problem.evaluate(stored.genome()), (int) stored.index(), stored.generation()));
                String where = name + " " + run.id() + " point " + stored.index();
                assertSameMetrics(where, stored.metrics(), again.metrics());
                assertThat(again.violation())
                        .as(where + ": constraint violation")
                        .isCloseTo(stored.violation(), within(stored.violation()));
                assertThat(again.infeasibleReason())
                        .as(where + ": why the hardware cannot run it")
                        .isEqualTo(stored.infeasibleReason());
                checked++;
            }
        }
        assertThat(checked).as(name + ": points re-evaluated").isPositive();
    }

    private static void assertSameMetrics(String where, Map<Metric, Double> stored, Map<Metric, Double> again) {
        assertThat(again.keySet()).as(where + ": metrics").isEqualTo(stored.keySet());
        stored.forEach((metric, value) -> assertThat(again.get(metric))
                .as(where + ": " + metric.key() + " (stored " + value + "); regenerate the sample's runs")
                .isCloseTo(value, within(value)));
    }

    private static org.assertj.core.data.Offset<Double> within(double value) {
        return org.assertj.core.data.Offset.offset(Math.max(Math.abs(value) * RELATIVE_TOLERANCE, 1e-12));
    }

    /** Up to {@link #POINTS_PER_RUN} indices spread evenly over {@code size} points. */
    private static int[] spread(int size) {
        int n = Math.min(size, POINTS_PER_RUN);
        int[] indices = new int[n];
        for (int k = 0; k < n; k++) {
            indices[k] = n == 1 ? 0 : (int) ((long) k * (size - 1) / (n - 1));
        }
        return indices;
    }
}
