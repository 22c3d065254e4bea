package org.codesign.search.codesign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.codesign.accuracy.AccuracyModel;
import org.codesign.cost.CostResult;
import org.codesign.cost.HardwareCostModel;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.Evaluator;
import org.codesign.search.Evaluation;
import org.codesign.search.RunSnapshot;
import org.codesign.search.RunStatus;
import org.codesign.search.SearchException;
import org.codesign.space.EdgeGpuConfig;
import org.junit.jupiter.api.Test;

/**
 * Infeasible hardware is a point the search keeps; an exception from the evaluation is an error
 * that ends the run as failed with its message, never a silently dominated point.
 */
class EvaluationFailureTest {
    private static final String BUG = "costModel: deliberately broken for the test";

    /** An evaluator whose edge-GPU cost model is the given one (the study's space is edge GPUs). */
    private static CodesignProblem problemWith(HardwareCostModel costModel) {
        Evaluator evaluator = new Evaluator(AccuracyModel.defaultModel(), Map.of(EdgeGpuConfig.TEMPLATE, costModel));
        return new CodesignProblem(CodesignRunTest.SPACE, CodesignRunTest.OBJECTIVES, List.of(), evaluator);
    }

    /** Throws IllegalArgumentException, the exception the evaluation path used to swallow as "infeasible". */
    private static CodesignProblem failing() {
        return problemWith((network, hardware) -> {
            throw new IllegalArgumentException(BUG);
        });
    }

    private static CodesignRun run(CodesignProblem problem, CodesignMode mode) {
        RunSpec r = RunSpec.of(Algorithm.NSGA2, mode, 60, 1).withThreads(2).withPopulation(20);
        return new CodesignRun(problem, r, CodesignRunTest.MBV2, CodesignRunTest.XAVIER_MAX);
    }

    @Test
    void anInfeasibleResultBecomesAnInfeasiblePointWithTheModelsReason() {
        CodesignProblem p =
                problemWith((network, hardware) -> new CostResult.Infeasible("dram: too small for the test"));
        Evaluation e = p.evaluate(new int[CodesignRunTest.SPACE.genomeLength()]);
        assertThat(e.isFeasible()).isFalse();
        assertEquals("dram: too small for the test", e.infeasibleReason());
        assertThat(e.payload()).isInstanceOf(PointMetrics.class);
    }

    @Test
    void anExceptionFromTheEvaluatorIsNotTurnedIntoAnInfeasiblePoint() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> failing().evaluate(new int[CodesignRunTest.SPACE.genomeLength()]));
        assertEquals(BUG, e.getMessage());
    }

    @Test
    void aRunToTheEndFailsWithTheMessage() {
        try (CodesignRun run = run(failing(), CodesignMode.JOINT)) {
            SearchException e = assertThrows(SearchException.class, run::runToEnd);
            assertThat(e.getMessage()).contains(BUG);
            assertEquals(RunStatus.FAILED, run.latest().status());
            assertThat(run.latest().message()).contains(BUG);
            assertThat(run.evaluatedPoints()).isEmpty();
        }
    }

    @Test
    void aBackgroundRunEndsFailedWithTheMessageForTheWindow() throws Exception {
        for (CodesignMode mode : List.of(CodesignMode.JOINT, CodesignMode.SEQUENTIAL)) {
            try (CodesignRun run = run(failing(), mode)) {
                List<RunSnapshot> seen = new CopyOnWriteArrayList<>();
                run.addListener(seen::add);
                var done = run.start();
                var e = assertThrows(ExecutionException.class, () -> done.get(20, TimeUnit.SECONDS));
                assertThat(e.getCause()).isInstanceOf(SearchException.class).hasMessageContaining(BUG);
                // What the window shows: the last snapshot it received, failed, with the message.
                RunSnapshot last = seen.get(seen.size() - 1);
                assertEquals(RunStatus.FAILED, last.status(), mode.label());
                assertThat(last.message()).contains(BUG);
                assertThat(last.archive()).isEmpty();
                assertThat(run.evaluatedPoints()).isEmpty();
            }
        }
    }
}
