package org.codesign.search.codesign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.codesign.eval.Extrapolation;
import org.codesign.eval.Metric;
import org.codesign.eval.StandardModels;
import org.codesign.search.Evaluation;
import org.codesign.study.Studies;
import org.codesign.study.Study;
import org.junit.jupiter.api.Test;

/** Issue 16: the study's {@code extrapolation} option decides what the search sees. */
class ExtrapolationTest {
    private static final Study STUDY = Studies.defaultStudy();

    private static CodesignProblem problem(Extrapolation treatment) {
        return new CodesignProblem(
                STUDY.space(),
                STUDY.objectives(),
                STUDY.constraints(),
                StandardModels.evaluator("builtin", "edp"),
                treatment);
    }

    /** A genome of the default space whose accuracy is extrapolated, and one whose is not. */
    private static int[][] outsideAndInside() {
        CodesignProblem p = problem(Extrapolation.ALLOW);
        Random random = new Random(16);
        int[] outside = null;
        int[] inside = null;
        while (outside == null || inside == null) {
            int[] g = new int[p.cardinalities().length];
            for (int i = 0; i < g.length; i++) {
                g[i] = random.nextInt(p.cardinalities()[i]);
            }
            PointMetrics m = (PointMetrics) p.evaluate(g).payload();
            if (m.get(Metric.EXTRAPOLATED) == 1) {
                outside = g;
            } else {
                inside = g;
            }
        }
        return new int[][] {outside, inside};
    }

    private static final int ACCURACY = 0; // the default study's first objective, maximized (negated)

    @Test
    void penaliseScoresAnExtrapolatedDesignByItsLowerBound() {
        int[][] g = outsideAndInside();
        Evaluation out = problem(Extrapolation.PENALISE).evaluate(g[0]);
        PointMetrics m = (PointMetrics) out.payload();
        assertTrue(m.get(Metric.ACCURACY_LOW) < m.get(Metric.ACCURACY));
        assertEquals(-m.get(Metric.ACCURACY_LOW), out.objectives()[ACCURACY]);
        Evaluation in = problem(Extrapolation.PENALISE).evaluate(g[1]);
        assertEquals(-((PointMetrics) in.payload()).get(Metric.ACCURACY), in.objectives()[ACCURACY]);
    }

    @Test
    void allowScoresItByThePrediction() {
        Evaluation out = problem(Extrapolation.ALLOW).evaluate(outsideAndInside()[0]);
        assertEquals(-((PointMetrics) out.payload()).get(Metric.ACCURACY), out.objectives()[ACCURACY]);
        assertEquals(null, out.infeasibleReason());
    }

    @Test
    void forbidMakesItInfeasible() {
        int[][] g = outsideAndInside();
        Evaluation out = problem(Extrapolation.FORBID).evaluate(g[0]);
        assertEquals(Double.POSITIVE_INFINITY, out.totalViolation());
        assertEquals(Extrapolation.FORBIDDEN, out.infeasibleReason());
        assertEquals(null, problem(Extrapolation.FORBID).evaluate(g[1]).infeasibleReason());
    }
}
