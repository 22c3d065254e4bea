package org.codesign.search.codesign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.StandardModels;
import org.codesign.search.Individual;
import org.codesign.search.RunSnapshot;
import org.codesign.search.RunStatus;
import org.codesign.search.checkpoint.CodesignCheckpointJson;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.codesign.study.StudyRuns;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * On the classroom-small sample, a co-design run stopped after k steps, or cancelled, and resumed
 * from its JSON checkpoint ends with the points, front, evaluation count and hypervolume of the
 * uninterrupted run, in one-phase modes and across the two phases of a sequential run.
 */
class CodesignResumeTest {
    private static final Study STUDY = load();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    record Result(RunStatus status, int evaluations, List<Individual> points, List<Individual> front, double hv) {}

    @ParameterizedTest
    @CsvSource({
        "nsga2, joint, 1, 3, 0",
        "nsga2, joint, 2, 6, 0",
        "local, joint, 1, 4, 0",
        "pareto-local, joint, 2, 5, 0",
        "nsga2, sequential, 2, 1, 0",
        "nsga2, sequential, 2, 4, 2",
        "nsga2, sequential, 1, 12, 6",
        "local, network-only, 2, 3, 0"
    })
    void stoppedAfterKStepsAndResumedFromJsonEndsAsTheUninterruptedRun(
            String algorithm, String mode, int threads, int k, int phase) throws Exception {
        RunSpec spec = spec(algorithm, mode, threads);
        Result reference;
        List<CodesignCheckpoint> checkpoints = new CopyOnWriteArrayList<>();
        try (CodesignRun run = newRun(spec)) {
            run.addCheckpointListener(checkpoints::add);
            reference = result(run, run.runToEnd());
        }
        assertThat(checkpoints.get(checkpoints.size() - 1).finished()).isTrue();
        // the run was killed after its k-th checkpoint: only the JSON survives
        CodesignCheckpoint saved = throughJson(checkpoints.get(k - 1));
        assertThat(saved.phaseIndex()).isEqualTo(phase);
        assertThat(resumed(saved, threads)).isEqualTo(reference);
    }

    @ParameterizedTest
    @CsvSource({"nsga2, joint, 2, 3", "pareto-local, joint, 1, 6", "nsga2, sequential, 2, 9"})
    void cancelledAndResumedEndsAsTheUninterruptedRun(String algorithm, String mode, int threads, int k)
            throws Exception {
        RunSpec spec = spec(algorithm, mode, threads);
        Result reference;
        try (CodesignRun run = newRun(spec)) {
            reference = result(run, run.runToEnd());
        }
        List<CodesignCheckpoint> checkpoints = new CopyOnWriteArrayList<>();
        AtomicInteger snapshots = new AtomicInteger();
        try (CodesignRun run = newRun(spec)) {
            run.addCheckpointListener(checkpoints::add);
            run.addListener(s -> {
                if (snapshots.incrementAndGet() == k) {
                    run.cancel();
                }
            });
            RunSnapshot end = run.runToEnd();
            assertThat(end.status()).isEqualTo(RunStatus.CANCELLED);
            assertThat(end.evaluations()).isLessThan(reference.evaluations());
        }
        CodesignCheckpoint last = throughJson(checkpoints.get(checkpoints.size() - 1));
        assertThat(resumed(last, 3 - threads)).isEqualTo(reference);
    }

    @org.junit.jupiter.api.Test
    void aSequentialRunKilledBetweenItsPhasesStartsTheNextPhaseOnResume() throws Exception {
        RunSpec spec = spec("nsga2", "sequential", 2);
        Result reference;
        List<CodesignCheckpoint> checkpoints = new CopyOnWriteArrayList<>();
        try (CodesignRun run = newRun(spec)) {
            run.addCheckpointListener(checkpoints::add);
            reference = result(run, run.runToEnd());
        }
        CodesignCheckpoint between =
                checkpoints.stream().filter(c -> c.phase() == null).findFirst().orElseThrow();
        assertThat(between.phaseIndex()).isEqualTo(1);
        assertThat(between.phases()).hasSizeGreaterThan(1);
        assertThat(resumed(throughJson(between), 1)).isEqualTo(reference);
    }

    @org.junit.jupiter.api.Test
    void aFinishedRunOrOtherSettingsAreRefused() {
        RunSpec spec = spec("nsga2", "joint", 1);
        List<CodesignCheckpoint> checkpoints = new CopyOnWriteArrayList<>();
        try (CodesignRun run = newRun(spec)) {
            run.addCheckpointListener(checkpoints::add);
            run.runToEnd();
        }
        try (CodesignRun run = newRun(spec)) {
            CodesignCheckpoint last = checkpoints.get(checkpoints.size() - 1);
            assertThatThrownBy(() -> run.restore(last)).hasMessageContaining("already finished");
        }
        try (CodesignRun run = newRun(spec.withSeed(99))) {
            assertThatThrownBy(() -> run.restore(checkpoints.get(0))).hasMessageContaining("other settings");
        }
    }

    private static Study load() {
        try {
            return StudyFiles.load(Path.of("samples/classroom-small.codesign.json"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RunSpec spec(String algorithm, String mode, int threads) {
        return RunSpec.of(Algorithm.parse(algorithm), CodesignMode.parse(mode), 260, 7)
                .withThreads(threads)
                .withPopulation(20)
                .withStarts(4);
    }

    private static CodesignRun newRun(RunSpec spec) {
        return StudyRuns.newRun(
                STUDY,
                spec,
                StandardModels.evaluator(
                        STUDY.model().accuracyModel(), STUDY.model().mapperObjective()));
    }

    private static Result resumed(CodesignCheckpoint saved, int threads) {
        try (CodesignRun run = newRun(saved.spec().withThreads(threads))) {
            run.restore(saved);
            return result(run, run.runToEnd());
        }
    }

    private static Result result(CodesignRun run, RunSnapshot end) {
        return new Result(end.status(), end.evaluations(), run.evaluatedPoints(), end.archive(), end.hypervolume());
    }

    private static CodesignCheckpoint throughJson(CodesignCheckpoint c) throws Exception {
        String text = MAPPER.writeValueAsString(CodesignCheckpointJson.write(c));
        // the reader the CLI and the app use: streamed, points into columns
        try (var parser = MAPPER.getFactory().createParser(text)) {
            return CodesignCheckpointJson.read(parser);
        }
    }
}
