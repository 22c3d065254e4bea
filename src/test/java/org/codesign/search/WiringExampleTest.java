package org.codesign.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a wiring layer plugs a real evaluator into the engine: a maximized metric is negated, limits
 * become violations, unbuildable designs are infeasible with a reason, and the full metrics ride
 * along as the payload. (The same example is in package-info.java.)
 */
class WiringExampleTest {

    /** What a real evaluator would compute for a design. */
    record Metrics(double accuracy, double latencyMs, double powerW) {}

    /** Toy "co-design": gene 0 = network size (0..9), gene 1 = accelerator size (0..9). */
    static final class ToyCoDesign implements Problem {
        static final double MAX_POWER_W = 6.0;

        @Override
        public int[] cardinalities() {
            return new int[] {10, 10};
        }

        @Override
        public int objectiveCount() {
            return 3; // -accuracy, latency, power
        }

        @Override
        public int constraintCount() {
            return 1; // power <= MAX_POWER_W
        }

        @Override
        public Evaluation evaluate(int[] genome) {
            int net = genome[0];
            int hw = genome[1];
            if (net == 9 && hw == 0) {
                return Evaluation.infeasible("network does not fit the on-chip memory", 3, 1);
            }
            Metrics m = new Metrics(0.6 + 0.03 * net, (1 + net) * 10.0 / (1 + hw), 0.5 + 0.7 * hw);
            return new Evaluation(
                    new double[] {-m.accuracy(), m.latencyMs(), m.powerW()},
                    new double[] {Violations.atMost(m.powerW(), MAX_POWER_W)},
                    null,
                    m);
        }
    }

    @Test
    void maximizedMetricsConstraintsAndPayloadTravelThroughARun() {
        // bounds in the minimized space: accuracy in [0.6, 0.87] becomes -accuracy in [-0.87, -0.6]
        HypervolumeIndicator hv =
                HypervolumeIndicator.of(new double[] {-0.87, 0, 0}, new double[] {-0.6, 100, 7.5}, 1.1);
        try (SearchRun run = new SearchRun(
                new ToyCoDesign(),
                ExhaustiveConfig.defaults(),
                RunSettings.of(1, 100).withHypervolume(hv))) {
            RunSnapshot end = run.runToEnd();
            assertEquals(100, end.evaluations());
            assertTrue(end.hypervolume() > 0);
            for (Individual design : end.archive()) {
                Metrics m = (Metrics) design.evaluation().payload();
                assertTrue(m.powerW() <= ToyCoDesign.MAX_POWER_W, "archived designs satisfy the power limit");
                assertEquals(-m.accuracy(), design.evaluation().objective(0));
            }
            // the most accurate feasible design is the largest network on the largest accelerator under the limit
            Individual best = end.archive().stream()
                    .min((a, b) -> Double.compare(
                            a.evaluation().objective(0), b.evaluation().objective(0)))
                    .orElseThrow();
            assertEquals(9, best.gene(0));
            List<Individual> unbuildable = run.evaluatedPoints().stream()
                    .filter(i -> i.evaluation().infeasibleReason() != null)
                    .toList();
            assertEquals(1, unbuildable.size());
            assertEquals(
                    "network does not fit the on-chip memory",
                    unbuildable.get(0).evaluation().infeasibleReason());
        }
    }
}
