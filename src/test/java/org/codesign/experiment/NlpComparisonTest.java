package org.codesign.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NlpComparisonTest {
    private static NlpComparison.Versus versus(int reached, double evalShare, double timeShare) {
        Summary none = Summary.of(0.9);
        return new NlpComparison.Versus(
                "NSGA-II", 5, reached, Summary.of(evalShare), Summary.of(timeShare), none, none, none, none);
    }

    @Test
    void theSpeedTargetIsMetOnlyWhenEverySeedGetsThereInAThirdOfTheTimeAndHalfTheEvaluations() {
        assertTrue(NlpComparison.target(versus(5, 0.4, 0.3)).contains("): met.**"));
        String slow = NlpComparison.target(versus(5, 0.52, 1.46));
        assertTrue(slow.contains("): missed.**"), slow);
        assertTrue(slow.contains("52 % of its evaluations (missed by 2 percentage points)"), slow);
        assertTrue(slow.contains("146 % of its wall time (4.4× the allowed third)"), slow);
        assertTrue(NlpComparison.target(versus(4, 0.4, 0.3)).contains("): missed.**"));
        assertTrue(NlpComparison.target(versus(0, Double.NaN, Double.NaN)).contains("none of the 5 seeds"));
    }

    @Test
    void theSolvePhaseIsTheTimeBeforeTheFirstEvaluation() {
        Outcome run = new Outcome(
                "nlp-local",
                1,
                List.of(),
                9000,
                List.of(new double[] {0, 300}, new double[] {0, 2500}, new double[] {22, 4000}, new double[] {200, 9000
                }));
        assertEquals(2500, NlpComparison.solveMs(run));
    }
}
