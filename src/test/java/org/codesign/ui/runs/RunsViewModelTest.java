package org.codesign.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.codesign.cost.AcceleratorCostModel;
import org.codesign.cost.HardwareCostModel;
import org.codesign.cost.gpu.EdgeGpuCostModel;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.Evaluator;
import org.codesign.eval.StandardModels;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.CodesignRun;
import org.codesign.search.codesign.RunSpec;
import org.codesign.space.EdgeGpuConfig;
import org.codesign.space.SpatialAcceleratorConfig;
import org.codesign.space.SystolicConfig;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.RunCheckpoints;
import org.codesign.study.RunRecord;
import org.codesign.study.Samples;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.codesign.study.StudyRuns;
import org.codesign.ui.points.PointStore;
import org.codesign.ui.study.StudyDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runs without a window: starting, pumping, recording, deleting, and a study replaced under them. */
class RunsViewModelTest {
    private StudyDocument document;
    private final PointStore store = new PointStore();
    private final List<RunController> started = new ArrayList<>();
    private RunsViewModel runs;
    /** The models the window's runs evaluate with. */
    private java.util.function.Supplier<Evaluator> evaluators = () -> StandardModels.evaluator("builtin", "edp");

    @BeforeEach
    void openTheClassroomStudy() throws Exception {
        Study study = Samples.load("classroom-small.codesign.json");
        document = new StudyDocument(study.withFixed(null, null), null);
        runs = new RunsViewModel(document, store, () -> evaluators.get(), started::add);
    }

    private static RunFormViewModel.Request request(String algorithm, CodesignMode mode, int budget) {
        return new RunFormViewModel.Request(RunSpec.of(Algorithm.parse(algorithm), mode, budget, 5));
    }

    private long pointsOf(String runId) {
        return store.entries().stream().filter(e -> e.runId().equals(runId)).count();
    }

    /** Ticks as the panel's timeline would until the runs are over. */
    private void tickUntilOver() throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!runs.liveRuns().isEmpty() && System.nanoTime() < deadline) {
            runs.tick();
            Thread.sleep(10);
        }
        assertThat(runs.liveRuns()).as("runs still going after a minute").isEmpty();
    }

    private static void assertClosed(RunController c) {
        assertThat(c.completion())
                .as("the run is closed")
                .succeedsWithin(Duration.ofSeconds(30))
                .satisfies(s -> assertThat(s.status().isTerminal()).isTrue());
    }

    @Test
    void storedRunsArePointsInTheStore() {
        long stored = document.study().runs().stream()
                .mapToLong(r -> r.points().size())
                .sum();
        assertThat(stored).isPositive();
        assertEquals(stored, store.entries().size());
    }

    /** Each change of the store makes every view redraw every point: opening a study is one change. */
    @Test
    void openingAStudyChangesTheStoreOnce() {
        assertThat(document.study().runs()).isNotEmpty();
        assertEquals(1, store.versionProperty().get());
    }

    @Test
    void aRunIsPumpedIntoTheStoreAndRecordedWhenItFinishes() throws Exception {
        int before = document.study().runs().size();
        assertThat(runs.start(request("random", CodesignMode.JOINT, 60), false)).isEmpty();
        String id = started.get(0).runId();
        assertEquals(before + 1, document.study().runs().size());
        assertEquals(RunRecord.Status.RUNNING, runs.record(id).status());
        assertEquals("Random search · joint · seed 5", runs.record(id).name());
        assertThat(document.isDirty()).isTrue();

        tickUntilOver();

        RunRecord done = runs.record(id);
        assertEquals(RunRecord.Status.FINISHED, done.status());
        assertEquals(60, done.points().size());
        assertEquals(60, pointsOf(id));
    }

    @Test
    void aRunTheStudyCannotDoIsExplainedAndNothingStarts() {
        Study before = document.study();
        var problem = runs.start(request("random", CodesignMode.NETWORK_ONLY, 60), false);
        assertThat(problem).hasValueSatisfying(p -> assertThat(p).startsWith("fixedHardware: "));
        assertEquals(before, document.study());
        assertThat(started).isEmpty();
        assertThat(runs.liveRuns()).isEmpty();
    }

    @Test
    void aPausedRunIsFollowedAndDeletingItStopsIt() {
        runs.start(request("nsga2", CodesignMode.JOINT, 1_000_000), true);
        String id = started.get(0).runId();
        assertThat(runs.liveRuns()).containsKey(id);

        runs.delete(id);

        assertThat(runs.liveRuns()).isEmpty();
        assertThat(document.study().runs()).noneMatch(r -> r.id().equals(id));
        assertClosed(started.get(0));
    }

    @Test
    void deletingAStoredRunDropsItsPointsAndUndoBringsThemBack() {
        RunRecord first = document.study().runs().get(0);
        assertEquals(first.points().size(), pointsOf(first.id()));
        runs.delete(first.id());
        assertEquals(0, pointsOf(first.id()));
        document.undo();
        assertEquals(first.points().size(), pointsOf(first.id()));
    }

    @Test
    void renameAndDuplicateAStoredRun() {
        RunRecord first = document.study().runs().get(0);
        runs.rename(first.id(), "baseline");
        assertEquals("baseline", runs.record(first.id()).name());

        long highest = document.study().runs().stream()
                .mapToLong(RunRecord::seed)
                .max()
                .orElseThrow();
        assertThat(runs.duplicate(first.id())).isEmpty();
        RunRecord copy = runs.record(started.get(0).runId());
        assertEquals(highest + 1, copy.seed());
        assertEquals(first.algorithm(), copy.algorithm());
        runs.cancelAll();
    }

    @Test
    void openingAnotherStudyStopsTheRunsOfTheOldOne() throws Exception {
        runs.start(request("nsga2", CodesignMode.JOINT, 1_000_000), true);
        Study next = Samples.load(Samples.DEFAULT);

        document.replace(next, null);

        assertThat(runs.liveRuns()).isEmpty();
        assertClosed(started.get(0));
        assertEquals(
                next.runs().stream().mapToLong(r -> r.points().size()).sum(),
                store.entries().size());
    }

    @Test
    void aStudyWithoutAFileSaysItsRunsAreNotSaved() throws Exception {
        runs.start(request("random", CodesignMode.JOINT, 60), false);
        tickUntilOver();
        assertEquals(
                "Runs are not saved: save the study once (File ▸ Save As) and they save themselves.",
                runs.savingProperty().get());
    }

    // ---- runs save themselves into the study's file, and a stopped run resumes ----

    @TempDir
    Path dir;

    /** The classroom study saved to a file and opened from it, as a user's study is. */
    private Path openFromFile() throws Exception {
        Path file = dir.resolve("classroom.codesign.json");
        StudyFiles.save(document.study(), file);
        openAgain(file);
        return file;
    }

    /** The standard models, each evaluation 3 ms slower (same results). */
    private static Evaluator slowEvaluator() {
        java.util.function.UnaryOperator<HardwareCostModel> slow = model -> (network, hardware) -> {
            try {
                Thread.sleep(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return model.evaluate(network, hardware);
        };
        HardwareCostModel accelerators = slow.apply(new AcceleratorCostModel());
        return new Evaluator(
                org.codesign.accuracy.AccuracyModel.defaultModel(),
                java.util.Map.of(
                        EdgeGpuConfig.TEMPLATE, slow.apply(new EdgeGpuCostModel()),
                        SpatialAcceleratorConfig.TEMPLATE, accelerators,
                        SystolicConfig.TEMPLATE, accelerators));
    }

    /** A fresh window's view of {@code file}: what a restarted app sees after the old one died. */
    private void openAgain(Path file) throws Exception {
        document = new StudyDocument(StudyFiles.load(file), file);
        store.load(document.study().withRuns(List.of()));
        started.clear();
        runs = new RunsViewModel(document, store, () -> evaluators.get(), started::add);
    }

    private static RunRecord onDisk(Path file, String id) throws Exception {
        return StudyFiles.load(file).runs().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElse(null);
    }

    /** Ticks (as the panel does) until the file holds the run as {@code wanted} says. */
    private void tickUntilSaved(Path file, String id, java.util.function.Predicate<RunRecord> wanted) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            runs.tick();
            RunRecord r = onDisk(file, id);
            if (r != null && wanted.test(r)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the file never held run " + id + " as expected: " + onDisk(file, id));
    }

    /** The points of the same run without a stop. */
    private List<EvaluatedPoint> uninterrupted(RunFormViewModel.Request request) {
        CodesignRun run =
                StudyRuns.newRun(document.study(), request.spec(), StandardModels.evaluator("builtin", "edp"));
        run.runToEnd();
        List<EvaluatedPoint> points = StudyRuns.points(run.evaluatedPoints());
        run.close();
        return points;
    }

    /** A copy of the study and its checkpoints as they are now: what a kill at this moment leaves. */
    private Path killedNow(Path file) throws Exception {
        Path copy = Files.createDirectories(dir.resolve("after-kill")).resolve(file.getFileName());
        Files.copy(RunCheckpoints.folder(file), RunCheckpoints.folder(copy));
        for (Path p : Files.newDirectoryStream(RunCheckpoints.folder(file))) {
            Files.copy(p, RunCheckpoints.folder(copy).resolve(p.getFileName()));
        }
        Files.copy(file, copy);
        return copy;
    }

    @Test
    void aFinishedRunIsInTheFileWithoutSavingAndTheUnsavedEditsAreNot() throws Exception {
        Path file = openFromFile();
        String savedName = document.study().name();
        runs.start(request("random", CodesignMode.JOINT, 60), false);
        String id = started.get(0).runId();
        document.edit(s -> s.withName("renamed, not saved"));
        tickUntilOver();
        tickUntilSaved(file, id, r -> r.status() == RunRecord.Status.FINISHED);

        Study disk = StudyFiles.load(file);
        assertEquals(runs.record(id), onDisk(file, id), "the run as the window shows it, all 60 points");
        assertEquals(savedName, disk.name(), "the user's unsaved edit stays unsaved");
        assertThat(document.isDirty()).as("the rename is still unsaved").isTrue();
        assertThat(RunCheckpoints.exists(file, id))
                .as("a finished run needs no checkpoint")
                .isFalse();
        assertThat(runs.canResume(runs.record(id))).isFalse();
    }

    @Test
    void thePointsOfTheStepInFlightAtAPauseAreSavedWhenItEnds() throws Exception {
        // the pause shows (and is saved) at once; the generation being evaluated ends later
        evaluators = RunsViewModelTest::slowEvaluator;
        Path file = openFromFile();
        runs.start(request("nsga2", CodesignMode.JOINT, 3000), false);
        RunController c = started.get(0);
        String id = c.runId();
        while (c.columns().size() < 100) {
            runs.tick();
            Thread.sleep(10);
        }
        c.pause();
        runs.tick(); // the pause's own save, before the step in flight ends
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (c.run().latest().status() != org.codesign.search.RunStatus.PAUSED && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        runs.tick(); // one tick once the engine reports the pause: its last points are saved now
        int all = c.columns().size();
        assertThat(c.run().latest().evaluations()).as("every point pumped").isEqualTo(all);

        RunRecord onDisk = null;
        while (System.nanoTime() < deadline
                && ((onDisk = onDisk(file, id)) == null || onDisk.points().size() != all)) {
            Thread.sleep(50);
        }
        assertThat(onDisk).isNotNull();
        assertThat(onDisk.points())
                .as("the file holds the step that ended after the pause")
                .hasSize(all);
        runs.stopAndSave();
    }

    @Test
    void aPausedRunIsSavedAndResumesToTheFrontOfAnUninterruptedRun() throws Exception {
        Path file = openFromFile();
        RunFormViewModel.Request request = request("nsga2", CodesignMode.JOINT, 1200);
        runs.start(request, false);
        RunController c = started.get(0);
        String id = c.runId();
        while (c.columns().size() < 200) {
            runs.tick();
            Thread.sleep(10);
        }
        c.pause();
        tickUntilSaved(
                file,
                id,
                r -> r.status() == RunRecord.Status.PAUSED
                        && r.points().size() == c.columns().size()
                        && c.run().latest().evaluations() == c.columns().size());
        int pausedAt = c.columns().size();
        assertThat(pausedAt).isLessThan(1200);

        openAgain(killedNow(file));
        RunRecord reopened = runs.record(id);
        assertEquals(RunRecord.Status.PAUSED, reopened.status());
        assertEquals(pausedAt, reopened.points().size(), "every point found before the pause");
        assertThat(runs.canResume(reopened)).isTrue();

        assertThat(runs.resume(id)).isEmpty();
        tickUntilOver();
        RunRecord done = runs.record(id);
        assertEquals(RunRecord.Status.FINISHED, done.status());
        assertEquals(uninterrupted(request), done.points(), "the same points as without the pause");
        assertEquals(1200, pointsOf(id), "the plot holds each point once");
    }

    @Test
    void aRunsFirstCheckpointIsNotHeldBackByTheSaveSpacing() throws Exception {
        // saves before the run had a checkpoint must not delay its first one by the 2 s spacing:
        // a kill until then loses the whole run (and a short run may end before it)
        evaluators = RunsViewModelTest::slowEvaluator;
        Path file = openFromFile();
        runs.start(request("nsga2", CodesignMode.JOINT, 3000), false);
        String id = started.get(0).runId();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!RunCheckpoints.exists(file, id) && System.nanoTime() < deadline) {
            runs.tick();
            Thread.sleep(20);
        }
        int atFirstCheckpoint = RunCheckpoints.read(file, id).orElseThrow().evaluations();
        runs.stopAndSave(); // no write may still go into the temporary folder as it is deleted
        // 2 s of 3 ms evaluations on even one thread is over 600 points; a generation is 40
        assertThat(atFirstCheckpoint).as("points the first checkpoint holds").isBetween(1, 400);
    }

    @Test
    void aRunKilledMidwayResumesFromItsLastSave() throws Exception {
        // A run of the small space ends within a second or two, which a periodic save (every 2 s)
        // may never catch going; each evaluation takes 3 ms longer here, the results are the same.
        evaluators = RunsViewModelTest::slowEvaluator;
        Path file = openFromFile();
        RunFormViewModel.Request request = request("nsga2", CodesignMode.JOINT, 3000);
        runs.start(request, false);
        String id = started.get(0).runId();
        tickUntilSaved(
                file,
                id,
                r -> r.status() == RunRecord.Status.RUNNING
                        && r.points().size() >= 100
                        && RunCheckpoints.exists(file, id));
        Path copy = killedNow(file);
        runs.cancelAll();

        openAgain(copy);
        RunRecord reopened = runs.record(id);
        assertEquals(RunRecord.Status.RUNNING, reopened.status(), "it was going when the app died");
        assertThat(reopened.points().size()).isGreaterThanOrEqualTo(100);
        assertThat(runs.canResume(reopened)).isTrue();
        assertThat(runs.resume(id)).isEmpty();
        tickUntilOver();
        RunRecord done = runs.record(id);
        assertEquals(RunRecord.Status.FINISHED, done.status());
        assertEquals(uninterrupted(request), done.points());
        // the small classroom space runs out of new designs before 3000 evaluations
        assertThat(done.points().size()).isGreaterThan(reopened.points().size());
        assertEquals(done.points().size(), pointsOf(id), "the plot holds each point once");
        tickUntilSaved(copy, id, r -> r.status() == RunRecord.Status.FINISHED);
        assertEquals(done, onDisk(copy, id));
    }

    @Test
    void openingAnotherStudyLeavesItsCheckpointsAlone() throws Exception {
        runs.start(request("nsga2", CodesignMode.JOINT, 1_000_000), false);
        RunController c = started.get(0);
        while (c.columns().size() < 100) {
            runs.tick();
            Thread.sleep(10);
        }
        c.cancel();
        tickUntilOver(); // the cancelled run's checkpoint is kept in memory: this study has no file
        Path other = dir.resolve("other.codesign.json");
        StudyFiles.save(document.study().withRuns(List.of()), other);

        document.replace(StudyFiles.load(other), other);
        Thread.sleep(500); // checkpoints are written on a background thread

        assertThat(RunCheckpoints.exists(other, c.runId()))
                .as("the old study's run checkpoint beside the study just opened")
                .isFalse();
    }

    @Test
    void aCancelledRunKeepsItsPointsInTheFileAndCanResume() throws Exception {
        Path file = openFromFile();
        runs.start(request("nsga2", CodesignMode.JOINT, 1_000_000), false);
        RunController c = started.get(0);
        String id = c.runId();
        while (c.columns().size() < 100) {
            runs.tick();
            Thread.sleep(10);
        }
        c.cancel();
        tickUntilOver();
        tickUntilSaved(file, id, r -> r.status() == RunRecord.Status.CANCELLED);
        assertEquals(runs.record(id), onDisk(file, id));
        assertThat(runs.canResume(runs.record(id))).as("in this session").isTrue();

        openAgain(file);
        assertThat(runs.canResume(runs.record(id))).as("after reopening").isTrue();
    }
}
