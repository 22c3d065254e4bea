package org.codesign.search.codesign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.codesign.accuracy.AccuracyModel;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.Constraint;
import org.codesign.eval.Evaluator;
import org.codesign.eval.Metric;
import org.codesign.eval.Objective;
import org.codesign.eval.StandardModels;
import org.codesign.search.Individual;
import org.codesign.search.RunSnapshot;
import org.codesign.search.RunStatus;
import org.codesign.space.CodesignSpace;
import org.codesign.space.EdgeGpuConfig;
import org.codesign.space.MobileNetV2Config;
import org.codesign.space.TemplateSpace;
import org.codesign.space.Templates;
import org.junit.jupiter.api.Test;

class CodesignRunTest {
    static final Evaluator EVALUATOR = StandardModels.evaluator(AccuracyModel.defaultModel(), "edp");
    static final CodesignSpace SPACE = new CodesignSpace(
            TemplateSpace.defaults(Templates.network("mobilenet-v2")),
            TemplateSpace.defaults(Templates.hardware("edge-gpu-dvfs")));
    static final List<Objective> OBJECTIVES = List.of(
            Objective.of(Metric.ACCURACY, 80, 40),
            Objective.of(Metric.LATENCY, 0, 40),
            Objective.of(Metric.POWER, 0, 30));
    static final EdgeGpuConfig XAVIER_MAX = new EdgeGpuConfig("jetson-agx-xavier", 1377, 2265.6, 2133);
    static final MobileNetV2Config MBV2 = new MobileNetV2Config(1.0, 224);

    static CodesignProblem problem(List<Constraint> constraints) {
        return new CodesignProblem(SPACE, OBJECTIVES, constraints, EVALUATOR);
    }

    static CodesignRun run(CodesignMode mode, int budget, long seed, int threads) {
        RunSpec r = RunSpec.of(Algorithm.NSGA2, mode, budget, seed)
                .withThreads(threads)
                .withPopulation(20);
        return new CodesignRun(problem(List.of()), r, MBV2, XAVIER_MAX);
    }

    @Test
    void jointRunUsesTheBudgetAndCarriesMetrics() {
        try (CodesignRun run = run(CodesignMode.JOINT, 200, 1, 2)) {
            RunSnapshot end = run.runToEnd();
            assertEquals(RunStatus.FINISHED, end.status());
            assertEquals(200, end.evaluations());
            List<Individual> points = run.evaluatedPoints();
            assertEquals(200, points.size());
            for (int i = 0; i < points.size(); i++) {
                assertEquals(i, points.get(i).index());
            }
            PointMetrics m = (PointMetrics) points.get(0).evaluation().payload();
            assertThat(m.get(Metric.ACCURACY)).isBetween(40.0, 80.0);
            assertThat(m.get(Metric.LATENCY)).isPositive();
            assertThat(end.archive()).isNotEmpty();
            assertThat(end.hypervolume()).isPositive();
            // Objectives are the study's: accuracy negated, latency and power as they are.
            assertEquals(-m.get(Metric.ACCURACY), points.get(0).evaluation().objective(0), 1e-12);
        }
    }

    @Test
    void networkOnlyKeepsTheFixedHardware() {
        int[] hw = SPACE.hardware().encode(XAVIER_MAX);
        try (CodesignRun run = run(CodesignMode.NETWORK_ONLY, 25, 2, 1)) {
            run.runToEnd();
            for (Individual ind : run.evaluatedPoints()) {
                assertArrayEquals(hw, SPACE.hardwareGenes(ind.genome()));
            }
            assertThat(run.evaluatedPoints()).hasSize(25);
        }
    }

    @Test
    void hardwareOnlyKeepsTheFixedNetwork() {
        int[] net = SPACE.network().encode(MBV2);
        try (CodesignRun run = run(CodesignMode.HARDWARE_ONLY, 60, 3, 2)) {
            run.runToEnd();
            assertThat(run.evaluatedPoints()).hasSize(60);
            for (Individual ind : run.evaluatedPoints()) {
                assertArrayEquals(net, SPACE.networkGenes(ind.genome()));
            }
        }
    }

    @Test
    void sequentialTunesHardwareForTheNetworksFoundFirst() {
        int[] hw = SPACE.hardware().encode(XAVIER_MAX);
        try (CodesignRun run = run(CodesignMode.SEQUENTIAL, 120, 4, 2)) {
            RunSnapshot end = run.runToEnd();
            List<Individual> points = run.evaluatedPoints();
            assertThat(points.size()).isLessThanOrEqualTo(120).isGreaterThan(60);
            // The first half only varies the network, on the fixed hardware.
            for (Individual ind : points.subList(0, 25)) {
                assertArrayEquals(hw, SPACE.hardwareGenes(ind.genome()));
            }
            // The second half varies the hardware of networks found in the first.
            List<String> firstNetworks = points.subList(0, 60).stream()
                    .map(i -> Arrays.toString(SPACE.networkGenes(i.genome())))
                    .distinct()
                    .toList();
            List<Individual> second = points.subList(60, points.size());
            assertThat(second)
                    .allSatisfy(
                            i -> assertThat(firstNetworks).contains(Arrays.toString(SPACE.networkGenes(i.genome()))));
            assertThat(second.stream()
                            .map(i -> Arrays.toString(SPACE.hardwareGenes(i.genome())))
                            .distinct()
                            .count())
                    .isGreaterThan(5);
            assertEquals(RunStatus.FINISHED, end.status());
            for (int i = 0; i < points.size(); i++) {
                assertEquals(i, points.get(i).index());
            }
        }
    }

    @Test
    void sameSeedSameRunWhateverTheThreadCount() {
        List<int[]> a;
        List<int[]> b;
        try (CodesignRun run = run(CodesignMode.JOINT, 120, 9, 1)) {
            run.runToEnd();
            a = run.evaluatedPoints().stream().map(Individual::genome).toList();
        }
        try (CodesignRun run = run(CodesignMode.JOINT, 120, 9, 2)) {
            run.runToEnd();
            b = run.evaluatedPoints().stream().map(Individual::genome).toList();
        }
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i), b.get(i));
        }
    }

    @Test
    void steppingPausingAndCancellingKeepEverything() throws Exception {
        try (CodesignRun run = run(CodesignMode.JOINT, 2000, 5, 2)) {
            java.util.concurrent.LinkedBlockingQueue<RunSnapshot> seen =
                    new java.util.concurrent.LinkedBlockingQueue<>();
            run.addListener(seen::add);
            run.startPaused();
            run.requestStep();
            RunSnapshot first = seen.poll(20, TimeUnit.SECONDS);
            assertThat(first).isNotNull();
            assertEquals(20, first.evaluations(), "one generation = the initial population of 20");
            Thread.sleep(200);
            assertThat(seen).isEmpty();
            run.requestStep();
            RunSnapshot second = seen.poll(20, TimeUnit.SECONDS);
            assertEquals(40, second.evaluations());
            // Step requests queue up: three requests, three more generations.
            run.requestStep();
            run.requestStep();
            run.requestStep();
            RunSnapshot third = null;
            for (int i = 0; i < 3; i++) {
                third = seen.poll(20, TimeUnit.SECONDS);
            }
            assertEquals(second.step() + 3, third.step(), "three requests, three generations");
            assertThat(third.evaluations()).isGreaterThan(second.evaluations()).isLessThanOrEqualTo(100);
            run.cancel();
            RunSnapshot end = run.completion().get(20, TimeUnit.SECONDS);
            assertEquals(RunStatus.CANCELLED, end.status());
            assertThat(run.evaluatedPoints()).hasSize(end.evaluations());
        }
    }

    @Test
    void aFixedSideOutsideTheSpaceIsExplained() {
        EdgeGpuConfig other = new EdgeGpuConfig("jetson-tx2", 1300.5, 2035.2, 1866);
        RunSpec r = RunSpec.of(Algorithm.NSGA2, CodesignMode.NETWORK_ONLY, 100, 1);
        var e = assertThrows(IllegalArgumentException.class, () -> new CodesignRun(problem(List.of()), r, MBV2, other));
        assertThat(e.getMessage()).startsWith("fixedHardware: device: jetson-tx2 is not in the value list");
        var missing = assertThrows(
                IllegalArgumentException.class,
                () -> new CodesignRun(
                        problem(List.of()),
                        RunSpec.of(Algorithm.NSGA2, CodesignMode.HARDWARE_ONLY, 100, 1),
                        null,
                        XAVIER_MAX));
        assertThat(missing.getMessage()).startsWith("fixedNetwork: hardware-only runs need a fixed network");
    }

    @Test
    void constraintsBecomeViolations() {
        CodesignProblem p = problem(List.of(Constraint.atMost(Metric.LATENCY, 0.001)));
        var e = p.evaluate(new int[SPACE.genomeLength()]);
        assertThat(e.totalViolation()).isPositive();
        assertThat(e.isFeasible()).isFalse();
    }
}
