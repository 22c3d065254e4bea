package org.codesign.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.codesign.search.checkpoint.CheckpointJson;
import org.codesign.search.checkpoint.PayloadCodec;
import org.junit.jupiter.api.Test;

/**
 * A run interrupted after k steps (stopped between steps, or cancelled in the middle of a batch) and
 * continued from nothing but its checkpoint's JSON ends exactly as the uninterrupted run: the same
 * points in the same order, the same archive, population, evaluation count and hypervolume.
 */
class ResumeProperties {
    private static final int BUDGET = 240;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final CheckpointJson JSON = new CheckpointJson(PayloadCodec.NONE);

    @Provide
    Arbitrary<AlgorithmConfig> algorithms() {
        return Arbitraries.of(
                Nsga2Config.defaults().withPopulation(12),
                LocalSearchConfig.scalarized(4),
                LocalSearchConfig.pareto(4, 4),
                new LocalSearchConfig(3, 0.5, 3, List.of()),
                RandomSearchConfig.defaults());
    }

    @Provide
    Arbitrary<Problem> problems() {
        return Arbitraries.of(TestProblems.zdtLike(4, 6), TestProblems.constrained3(4, 5, 6));
    }

    @Property(tries = 60)
    void stoppedAfterKStepsAndResumedFromJsonEndsAsTheUninterruptedRun(
            @ForAll("algorithms") AlgorithmConfig config,
            @ForAll("problems") Problem problem,
            @ForAll @IntRange(min = 0, max = 12) int k,
            @ForAll @IntRange(min = 1, max = 2) int threads,
            @ForAll @IntRange(min = 0, max = 1000) long seed) {
        RunSettings settings = settings(problem, seed, threads);
        Result reference = uninterrupted(problem, config, settings);
        RunCheckpoint saved;
        try (SearchRun first = new SearchRun(problem, config, settings)) {
            for (int i = 0; i < k && !first.status().isTerminal(); i++) {
                first.step();
            }
            if (first.status().isTerminal()) {
                return; // the run ended within k steps: nothing to resume
            }
            saved = first.checkpoint();
        }
        assertThat(resumed(problem, config, settings.withThreads(3 - threads), throughJson(saved)))
                .isEqualTo(reference);
    }

    @Property(tries = 60)
    void cancelledMidBatchAndResumedFromJsonEndsAsTheUninterruptedRun(
            @ForAll("algorithms") AlgorithmConfig config,
            @ForAll("problems") Problem problem,
            @ForAll @IntRange(min = 1, max = BUDGET - 1) int cancelAfter,
            @ForAll @IntRange(min = 1, max = 2) int threads,
            @ForAll @IntRange(min = 0, max = 1000) long seed) {
        RunSettings settings = settings(problem, seed, threads);
        Result reference = uninterrupted(problem, config, settings);
        AtomicReference<SearchRun> holder = new AtomicReference<>();
        AtomicInteger count = new AtomicInteger();
        TestProblems.Counting counting = new TestProblems.Counting(problem);
        Problem cancelling = new TestProblems.Delegating(counting) {
            @Override
            public Evaluation evaluate(int[] genome) {
                if (count.incrementAndGet() == cancelAfter) {
                    holder.get().cancel();
                }
                return counting.evaluate(genome);
            }
        };
        RunCheckpoint saved;
        try (SearchRun first = new SearchRun(cancelling, config, settings)) {
            holder.set(first);
            RunSnapshot end = first.start().join();
            if (end.status() != RunStatus.CANCELLED) {
                return; // the run finished before the cancelling evaluation
            }
            saved = first.checkpoint();
        }
        assertThat(saved.finished()).isFalse();
        assertThat(resumed(counting, config, settings, throughJson(saved))).isEqualTo(reference);
        assertThat(counting.repeats.get())
                .as("the points of the interrupted batch are taken from the checkpoint")
                .isZero();
    }

    @Test
    void exhaustiveSearchResumesWhereItsEnumerationStopped() {
        Problem problem = TestProblems.zdtLike(3, 7);
        AlgorithmConfig config = new ExhaustiveConfig(25, ExhaustiveConfig.DEFAULT_MAX_POINTS);
        RunSettings settings = settings(problem, 1, 1).withBudget(343);
        Result reference = uninterrupted(problem, config, settings);
        RunCheckpoint saved;
        try (SearchRun first = new SearchRun(problem, config, settings)) {
            first.step();
            first.step();
            saved = first.checkpoint();
        }
        assertThat(saved.evaluated()).hasSize(50);
        assertThat(resumed(problem, config, settings, throughJson(saved))).isEqualTo(reference);
    }

    @Test
    void aCheckpointOfAnotherRunIsRefused() {
        Problem problem = TestProblems.zdtLike(4, 6);
        RunSettings settings = settings(problem, 5, 1);
        RunCheckpoint saved;
        try (SearchRun first = new SearchRun(problem, Nsga2Config.defaults(), settings)) {
            first.step();
            saved = first.checkpoint();
        }
        assertThatThrownBy(() -> new SearchRun(problem, Nsga2Config.defaults(), settings.withSeed(6), saved))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("seed 5");
        assertThatThrownBy(() -> new SearchRun(problem, LocalSearchConfig.defaults(), settings, saved))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NSGA-II");
    }

    @Test
    void aResumedRunNeverEvaluatesAPointOfTheCheckpointAgain() {
        TestProblems.Counting counting = new TestProblems.Counting(TestProblems.zdtLike(4, 6));
        RunSettings settings = settings(counting, 9, 1);
        RunCheckpoint saved;
        try (SearchRun first = new SearchRun(counting, Nsga2Config.defaults().withPopulation(12), settings)) {
            for (int i = 0; i < 5; i++) {
                first.step();
            }
            saved = first.checkpoint();
        }
        int before = counting.calls.get();
        try (SearchRun second =
                new SearchRun(counting, Nsga2Config.defaults().withPopulation(12), settings, throughJson(saved))) {
            RunSnapshot end = second.runToEnd();
            assertThat(counting.calls.get() - before)
                    .isEqualTo(end.evaluations() - saved.evaluated().size());
            assertThat(counting.repeats.get()).isZero();
            assertThat(end.evaluations()).isEqualTo(BUDGET);
        }
    }

    private static RunSettings settings(Problem problem, long seed, int threads) {
        double[] ideal = new double[problem.objectiveCount()];
        double[] nadir = new double[problem.objectiveCount()];
        java.util.Arrays.fill(nadir, 12);
        return new RunSettings(
                seed, BUDGET, threads, ParetoArchive.UNBOUNDED, HypervolumeIndicator.of(ideal, nadir, 0.1));
    }

    private static RunCheckpoint throughJson(RunCheckpoint c) {
        try {
            String text = MAPPER.writeValueAsString(JSON.write(c));
            JsonNode back = MAPPER.readTree(text);
            return JSON.read(back);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** What must match: everything but timing. */
    record Result(
            RunStatus status,
            int evaluations,
            int steps,
            List<Individual> evaluated,
            List<Individual> archive,
            List<RankedIndividual> population,
            double hypervolume) {}

    private static Result uninterrupted(Problem problem, AlgorithmConfig config, RunSettings settings) {
        try (SearchRun run = new SearchRun(problem, config, settings)) {
            return result(run, run.runToEnd());
        }
    }

    private static Result resumed(Problem problem, AlgorithmConfig config, RunSettings settings, RunCheckpoint c) {
        try (SearchRun run = new SearchRun(problem, config, settings, c)) {
            return result(run, run.runToEnd());
        }
    }

    private static Result result(SearchRun run, RunSnapshot end) {
        return new Result(
                end.status(),
                end.evaluations(),
                end.step(),
                run.evaluatedPoints(),
                end.archive(),
                end.population(),
                end.hypervolume());
    }
}
