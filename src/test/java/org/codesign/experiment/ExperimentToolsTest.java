package org.codesign.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.codesign.eval.Metric;
import org.codesign.eval.Objective;
import org.codesign.search.Evaluation;
import org.codesign.search.ObjectiveBounds;
import org.codesign.search.Problem;
import org.codesign.study.EvaluatedPoint;
import org.junit.jupiter.api.Test;

/** The measuring tools the reports rely on. */
class ExperimentToolsTest {

    private static EvaluatedPoint point(long index, double accuracy, double latency, double power) {
        return new EvaluatedPoint(
                index,
                0,
                new int[] {(int) index},
                Map.of(Metric.ACCURACY, accuracy, Metric.LATENCY, latency, Metric.POWER, power),
                0.0,
                null);
    }

    @Test
    void summaryIgnoresMissingValues() {
        Summary s = Summary.of(3, Double.NaN, 1, 2, 10);
        assertEquals(4, s.n());
        assertEquals(4.0, s.mean(), 1e-12);
        assertEquals(2.5, s.median(), 1e-12);
        assertEquals(1, s.min());
        assertEquals(10, s.max());
        assertEquals(Math.sqrt(((3 - 4.0) * (3 - 4.0) + 9 + 4 + 36) / 3), s.sd(), 1e-12);
        assertEquals("4.0 ± 4.1", s.meanSd(1));
        assertEquals("–", Summary.of(Double.NaN).meanSd(1));
        assertEquals("50.0 %", Summary.of(0.5).percent(1));
    }

    @Test
    void spearmanUsesAverageRanksForTies() {
        assertEquals(1.0, Correlation.spearman(new double[] {1, 2, 3, 4}, new double[] {10, 20, 30, 400}), 1e-12);
        assertEquals(-1.0, Correlation.spearman(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-12);
        assertArrayEquals(new double[] {1.5, 1.5, 3}, Correlation.ranks(new double[] {5, 5, 7}));
        // ranks (1, 2, 3, 4) against (1.5, 1.5, 3.5, 3.5): Pearson of the ranks
        assertEquals(
                2 / Math.sqrt(5), Correlation.spearman(new double[] {1, 2, 3, 4}, new double[] {0, 0, 1, 1}), 1e-12);
        assertThat(Correlation.spearman(new double[] {1, 2}, new double[] {1, 2}))
                .isNaN();
    }

    @Test
    void bestMatchingHoldsTheOtherMetricsInTheirNaturalDirection() {
        EvaluatedPoint reference = point(0, 75, 10, 20);
        List<EvaluatedPoint> candidates = List.of(
                point(1, 74.9, 5, 5), // less accurate: not a match
                point(2, 76, 10.1, 4), // slower: not a match
                point(3, 75, 10, 12), // a match
                point(4, 80, 9, 15)); // a match, more power
        assertEquals(
                12,
                Matching.bestMatching(reference, candidates, Metric.POWER, List.of(Metric.ACCURACY, Metric.LATENCY)));
        assertEquals(80, Matching.bestWithin(candidates, Metric.ACCURACY, Metric.LATENCY, 10));
        assertEquals(76, Matching.bestWithin(candidates, Metric.ACCURACY, Metric.POWER, 4.5));
        assertThat(Matching.bestMatching(point(9, 99, 1, 1), candidates, Metric.POWER, List.of(Metric.ACCURACY)))
                .isNaN();
        assertEquals(2.5, Matching.quantile(new double[] {1, 2, 3, 4}, 0.5), 1e-12);
    }

    @Test
    void reductionsCompareEachFrontPointWithTheBestMatchingJointPoint() {
        List<EvaluatedPoint> front = List.of(point(0, 75, 10, 20), point(1, 90, 1, 1));
        List<EvaluatedPoint> joint = List.of(point(2, 76, 9, 15), point(3, 75, 10, 5));
        double[] r = EdgeGpuDvfsExperiment.reductions(front, joint, Metric.POWER);
        assertEquals(0.75, r[0], 1e-12);
        assertThat(r[1]).as("no joint point is as accurate and as fast").isNaN();
    }

    @Test
    void hypervolumeCurveNeverShrinksAndEndsAtTheFrontsHypervolume() {
        List<Objective> objectives =
                List.of(Objective.of(Metric.ACCURACY, 80, 60), Objective.of(Metric.LATENCY, 0, 20));
        List<EvaluatedPoint> points = List.of(
                point(0, 65, 15, 1),
                point(1, 70, 10, 1),
                point(2, 62, 18, 1),
                point(3, 78, 12, 1),
                new EvaluatedPoint(4, 0, new int[] {4}, Map.of(), 0.0, "does not fit"));
        int[] checkpoints = {1, 2, 3, 4, 5, 9};
        double[] hv = Fronts.hypervolumeCurve(points, objectives, checkpoints);
        for (int i = 1; i < hv.length; i++) {
            assertThat(hv[i]).isGreaterThanOrEqualTo(hv[i - 1]);
        }
        assertEquals(Fronts.hypervolume(points, objectives), hv[hv.length - 1], 1e-12);
        // (65, 15) alone: normalized (0.75, 0.75) → (1 − 0.75)² of the unit box
        assertEquals(0.0625, hv[0], 1e-12);
        assertEquals(List.of(points.get(1), points.get(3)), Fronts.front(points, objectives));
        assertEquals(hv[1], hv[2], 1e-15, "a dominated point adds nothing");
        assertEquals(4, Fronts.firstReaching(hv, checkpoints, hv[3]));
    }

    @Test
    void weightedSumScalarizesNormalizedObjectivesAndKeepsInfeasibility() {
        Problem twoObjectives = new Problem() {
            @Override
            public int[] cardinalities() {
                return new int[] {3};
            }

            @Override
            public int objectiveCount() {
                return 2;
            }

            @Override
            public Evaluation evaluate(int[] genome) {
                return genome[0] == 2
                        ? Evaluation.infeasible("too big", 2, 0).withPayload("metrics")
                        : Evaluation.of(genome[0] * 10.0, 100.0 - genome[0] * 10)
                                .withPayload("metrics");
            }
        };
        ObjectiveBounds bounds = new ObjectiveBounds(new double[] {0, 0}, new double[] {20, 200});
        WeightedSumProblem ws = new WeightedSumProblem(twoObjectives, new double[] {0.25, 0.75}, bounds);
        assertEquals(1, ws.objectiveCount());
        Evaluation e = ws.evaluate(new int[] {1});
        assertEquals(0.25 * 0.5 + 0.75 * 0.45, e.objective(0), 1e-12);
        assertEquals("metrics", e.payload());
        Evaluation bad = ws.evaluate(new int[] {2});
        assertEquals("too big", bad.infeasibleReason());
        assertEquals("metrics", bad.payload());
        assertThrows(
                IllegalArgumentException.class, () -> new WeightedSumProblem(twoObjectives, new double[] {1}, bounds));
    }

    @Test
    void markdownTablesEscapePipesAndRefuseRaggedRows() {
        String md = new Markdown()
                .table(List.of("a", "b"), List.of(List.of("x|y", "1")))
                .toString();
        assertEquals("| a | b |\n| --- | ---: |\n| x\\|y | 1 |\n\n", md);
        assertThrows(
                IllegalArgumentException.class,
                () -> new Markdown().table(List.of("a", "b"), List.of(List.of("only one"))));
    }
}
