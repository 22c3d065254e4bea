package org.codesign.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SearchRunTest {

    static Stream<Arguments> algorithms() {
        return Stream.of(
                Arguments.of(Nsga2Config.defaults().withPopulation(40)),
                Arguments.of(LocalSearchConfig.defaults()),
                Arguments.of(RandomSearchConfig.defaults()));
    }

    /** Everything observable about a finished run, as comparable strings. */
    static List<String> fingerprint(RunSnapshot end, List<Individual> evaluated) {
        List<String> out = new ArrayList<>();
        for (RankedIndividual r : end.population()) {
            out.add("pop " + Arrays.toString(r.individual().genome()) + " r" + r.rank() + " c" + r.crowding());
        }
        for (Individual a : end.archive()) {
            out.add("archive " + a);
        }
        for (Individual e : evaluated) {
            out.add("eval " + e + " @" + e.step());
        }
        out.add("hv " + end.hypervolume());
        return out;
    }

    static List<String> runWith(AlgorithmConfig config, int threads, long seed) {
        Problem p = TestProblems.constrained3(8, 6, 12);
        HypervolumeIndicator hv = HypervolumeIndicator.of(new double[] {0, 0, 0}, new double[] {8, 8, 8}, 1.1);
        RunSettings settings = RunSettings.of(seed, 1500).withThreads(threads).withHypervolume(hv);
        try (SearchRun run = new SearchRun(p, config, settings)) {
            RunSnapshot end = run.runToEnd();
            return fingerprint(end, run.evaluatedPoints());
        }
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void sameSeedGivesTheSameRunWhateverTheThreadCount(AlgorithmConfig config) {
        List<String> one = runWith(config, 1, 7);
        assertEquals(one, runWith(config, 2, 7));
        assertEquals(one, runWith(config, 4, 7));
        assertNotEquals(one, runWith(config, 1, 8), "another seed should give another run");
    }

    @ParameterizedTest
    @MethodSource("algorithms")
    void noGenomeIsEvaluatedTwiceAndTheBudgetIsUsedExactly(AlgorithmConfig config) {
        TestProblems.Counting p = new TestProblems.Counting(TestProblems.constrained3(8, 6, 12));
        try (SearchRun run = new SearchRun(p, config, RunSettings.of(3, 1200).withThreads(2))) {
            RunSnapshot end = run.runToEnd();
            assertEquals(RunStatus.FINISHED, end.status());
            assertEquals(0, p.repeats.get());
            assertEquals(1200, p.calls.get());
            assertEquals(1200, end.evaluations());
            assertEquals(1200, run.evaluatedPoints().size());
            for (int i = 0; i < 1200; i++) {
                assertEquals(i, run.evaluatedPoints().get(i).index());
            }
        }
    }

    @Test
    void theUnboundedArchiveIsTheFeasibleFrontOfEverythingEvaluated() {
        try (SearchRun run = new SearchRun(
                TestProblems.constrained3(8, 6, 12),
                Nsga2Config.defaults().withPopulation(30),
                RunSettings.of(5, 2000).withThreads(1))) {
            RunSnapshot end = run.runToEnd();
            List<Individual> all = run.evaluatedPoints();
            Set<String> expected = new HashSet<>();
            for (Individual a : all) {
                if (!a.isFeasible()) {
                    continue;
                }
                boolean dominated = all.stream()
                        .anyMatch(b -> b.isFeasible()
                                && Dominance.dominates(
                                        b.evaluation().objectives(),
                                        a.evaluation().objectives()));
                if (!dominated) {
                    expected.add(Arrays.toString(a.evaluation().objectives()));
                }
            }
            Set<String> archived = new HashSet<>();
            end.archive()
                    .forEach(a -> archived.add(Arrays.toString(a.evaluation().objectives())));
            assertFalse(expected.isEmpty());
            assertEquals(expected, archived);
            assertEquals(expected.size(), end.archive().size(), "identical objective vectors are kept once");
        }
    }

    @Test
    void stepsExposePopulationParentsAndOffspring() {
        Problem p = TestProblems.zdtLike(6, 20);
        Nsga2Config config = Nsga2Config.defaults().withPopulation(20).withSeeds(List.of(new int[] {0, 0, 0, 0, 0, 0}));
        try (SearchRun run = new SearchRun(p, config, RunSettings.of(1, 400).withThreads(2))) {
            List<RunSnapshot> seen = new ArrayList<>();
            run.addListener(seen::add);
            RunSnapshot first = run.step();
            assertEquals(RunStatus.PAUSED, first.status());
            assertEquals(1, first.step());
            assertEquals(20, first.evaluations());
            assertEquals(20, first.population().size());
            assertTrue(first.parents().isEmpty());
            assertTrue(
                    first.population().stream()
                            .anyMatch(r -> Arrays.equals(r.individual().genome(), new int[6])),
                    "the seed is in the initial population");
            RunSnapshot second = run.step();
            assertEquals(2, second.step());
            assertEquals(20, second.offspring().size());
            assertFalse(second.parents().isEmpty());
            Set<String> previous = new HashSet<>();
            first.population()
                    .forEach(r -> previous.add(Arrays.toString(r.individual().genome())));
            for (Individual parent : second.parents()) {
                assertTrue(
                        previous.contains(Arrays.toString(parent.genome())), "parents come from the last population");
            }
            assertEquals(second.offspring(), second.newlyEvaluated());
            assertEquals(List.of(first, second), seen);
            assertThrows(
                    UnsupportedOperationException.class,
                    () -> second.population().clear());
            for (RunSnapshot s : List.of(first, second)) {
                Set<String> genomes = new HashSet<>();
                s.population()
                        .forEach(r -> genomes.add(Arrays.toString(r.individual().genome())));
                assertEquals(s.population().size(), genomes.size(), "no duplicate genomes in a population");
                assertTrue(s.population().stream()
                        .anyMatch(r -> r.rank() == 0 && r.crowding() == Double.POSITIVE_INFINITY));
            }
            RunSnapshot end = run.runToEnd();
            assertEquals(RunStatus.FINISHED, end.status());
            assertEquals(400, end.evaluations());
            assertEquals(end, seen.get(seen.size() - 1));
        }
    }

    @Test
    void backgroundRunCanBePausedSteppedResumedAndCancelled() throws Exception {
        Problem slow = new SlowProblem(TestProblems.zdtLike(8, 30), 1);
        try (SearchRun run = new SearchRun(
                slow,
                Nsga2Config.defaults().withPopulation(10),
                RunSettings.of(2, 100_000).withThreads(2))) {
            List<RunSnapshot> seen = new CopyOnWriteArrayList<>();
            List<String> threads = new CopyOnWriteArrayList<>();
            run.addListener(s -> {
                seen.add(s);
                threads.add(Thread.currentThread().getName());
            });
            run.startPaused();
            Thread.sleep(50);
            assertTrue(seen.isEmpty(), "a paused run does nothing");
            assertEquals(RunStatus.PAUSED, run.status());
            run.requestStep();
            waitUntil(() -> seen.size() == 1);
            Thread.sleep(50);
            assertEquals(1, seen.size(), "one requested step, one snapshot");
            assertEquals(RunStatus.PAUSED, seen.get(0).status());
            run.resume();
            waitUntil(() -> seen.size() >= 4);
            run.cancel();
            RunSnapshot end = run.completion().get(10, TimeUnit.SECONDS);
            assertEquals(RunStatus.CANCELLED, end.status());
            assertEquals(RunStatus.CANCELLED, run.status());
            assertEquals(end.evaluations(), run.evaluatedPoints().size(), "cancelling keeps every evaluated point");
            assertEquals(
                    run.evaluatedPoints(),
                    seen.stream().flatMap(s -> s.newlyEvaluated().stream()).toList(),
                    "the snapshots' new points add up to every evaluated point, each once");
            assertTrue(end.evaluations() >= 30);
            assertTrue(threads.stream().allMatch(t -> t.startsWith("search-run-")), "listeners run on the run thread");
        }
    }

    @Test
    void cancellingASynchronousRunBetweenStepsEndsIt() {
        try (SearchRun run = new SearchRun(
                TestProblems.zdtLike(4, 10),
                RandomSearchConfig.defaults(),
                RunSettings.of(1, 1000).withThreads(1))) {
            List<RunSnapshot> seen = new ArrayList<>();
            run.addListener(seen::add);
            run.step();
            run.cancel();
            assertEquals(RunStatus.CANCELLED, run.status());
            assertEquals(100, run.latest().evaluations());
            assertEquals(2, seen.size());
            assertTrue(seen.get(1).newlyEvaluated().isEmpty(), "the step's points are not reported twice");
            assertEquals(RunStatus.CANCELLED, run.step().status());
        }
    }

    @Test
    void aThrowingEvaluationFailsTheRunWithTheGenomeInTheMessage() {
        Problem broken = new Problem() {
            @Override
            public int[] cardinalities() {
                return new int[] {3, 3};
            }

            @Override
            public int objectiveCount() {
                return 2;
            }

            @Override
            public Evaluation evaluate(int[] genome) {
                if (genome[0] == 2 && genome[1] == 2) {
                    throw new IllegalStateException("boom");
                }
                return Evaluation.of(genome[0], genome[1]);
            }
        };
        try (SearchRun run = new SearchRun(
                broken, ExhaustiveConfig.defaults(), RunSettings.of(1, 9).withThreads(2))) {
            SearchException e = assertThrows(SearchException.class, run::runToEnd);
            assertEquals("evaluate: genome [2, 2] failed: boom", e.getMessage());
            assertEquals(RunStatus.FAILED, run.status());
            assertTrue(run.completion().isCompletedExceptionally());
        }
    }

    @Test
    void aMalformedEvaluationIsReported() {
        Problem wrongCount = new Problem() {
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
                return Evaluation.of(1.0);
            }
        };
        try (SearchRun run = new SearchRun(
                wrongCount, RandomSearchConfig.defaults(), RunSettings.of(1, 3).withThreads(1))) {
            SearchException e = assertThrows(SearchException.class, run::runToEnd);
            assertTrue(e.getMessage().startsWith("evaluate: genome ["), e.getMessage());
            assertTrue(e.getMessage().endsWith("returned 1 objectives, the problem declares 2"), e.getMessage());
        }
    }

    @Test
    void smallSpacesEndWhenEverythingIsEvaluated() {
        try (SearchRun run = new SearchRun(
                TestProblems.zdtLike(2, 5),
                Nsga2Config.defaults().withPopulation(10),
                RunSettings.of(1, 10_000).withThreads(1))) {
            RunSnapshot end = run.runToEnd();
            assertEquals(RunStatus.FINISHED, end.status());
            assertEquals(25, end.evaluations());
        }
    }

    @Test
    void configurationErrorsNameTheField() {
        assertMessage(
                "population: must be at least 4, got 3",
                () -> Nsga2Config.defaults().withPopulation(3));
        assertMessage(
                "crossoverRate: must be between 0 and 1, got 1.5",
                () -> Nsga2Config.defaults().withCrossover(CrossoverKind.UNIFORM, 1.5));
        assertMessage(
                "mutation.maxStep: must be at least 1, got 0",
                () -> new MutationSettings(0, 0, StepKind.UNIFORM, 0, 20));
        assertMessage("budget: must be at least 1, got 0", () -> RunSettings.of(1, 0));
        assertMessage(
                "threads: must be at least 1, got 0",
                () -> RunSettings.of(1, 10).withThreads(0));
        assertMessage("starts: must be at least 1, got 0", () -> new LocalSearchConfig(0, 0.5, 8, List.of()));
        assertMessage("batchSize: must be at least 1, got 0", () -> new RandomSearchConfig(0));
        Problem p = TestProblems.zdtLike(3, 4);
        assertMessage(
                "seeds[0]: gene 1 = 9 is outside [0, 4)",
                () -> new SearchRun(
                        p, Nsga2Config.defaults().withSeeds(List.of(new int[] {0, 9, 0})), RunSettings.of(1, 10)));
        assertMessage(
                "seeds[0]: has 2 genes but the problem has 3",
                () -> new SearchRun(
                        p, Nsga2Config.defaults().withSeeds(List.of(new int[] {0, 1})), RunSettings.of(1, 10)));
        assertMessage(
                "archiveCapacity: Pareto local search (paretoShare > 0) needs an archive; set it above 0",
                () -> new SearchRun(
                        p, LocalSearchConfig.defaults(), RunSettings.of(1, 10).withArchiveCapacity(0)));
        assertMessage(
                "hypervolume: has 3 objectives but the problem has 2",
                () -> new SearchRun(
                        p,
                        RandomSearchConfig.defaults(),
                        RunSettings.of(1, 10)
                                .withHypervolume(HypervolumeIndicator.of(new double[3], new double[] {1, 1, 1}, 1))));
        assertMessage(
                "violations: element 0 must be >= 0 (0 = satisfied), got -1.0",
                () -> Evaluation.of(new double[] {1}, new double[] {-1}));
    }

    static void assertMessage(String expected, org.junit.jupiter.api.function.Executable e) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, e);
        assertEquals(expected, ex.getMessage());
    }

    static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached in 20 s");
            }
            Thread.sleep(5);
        }
    }

    /** Sleeps in every evaluation, to exercise cancellation of slow batches. */
    static final class SlowProblem implements Problem {
        private final Problem inner;
        private final long millis;

        SlowProblem(Problem inner, long millis) {
            this.inner = inner;
            this.millis = millis;
        }

        @Override
        public int[] cardinalities() {
            return inner.cardinalities();
        }

        @Override
        public int objectiveCount() {
            return inner.objectiveCount();
        }

        @Override
        public Evaluation evaluate(int[] genome) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return inner.evaluate(genome);
        }
    }
}
