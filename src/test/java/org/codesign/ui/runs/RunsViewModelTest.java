package org.codesign.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.StandardModels;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.RunSpec;
import org.codesign.study.RunRecord;
import org.codesign.study.Samples;
import org.codesign.study.Study;
import org.codesign.ui.points.PointStore;
import org.codesign.ui.study.StudyDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The runs without a window: starting, pumping, recording, deleting, and a study replaced under them. */
class RunsViewModelTest {
    private StudyDocument document;
    private final PointStore store = new PointStore();
    private final List<RunController> started = new ArrayList<>();
    private RunsViewModel runs;

    @BeforeEach
    void openTheClassroomStudy() throws Exception {
        Study study = Samples.load("classroom-small.codesign.json");
        document = new StudyDocument(study.withFixed(null, null), null);
        runs = new RunsViewModel(document, store, () -> StandardModels.evaluator("builtin", "edp"), started::add);
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
        assertThat(c.run().completion())
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
        assertEquals(id, runs.startedPausedProperty().get());
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
    void aStudyWithoutAFileIsNotAutosavedAndSaysSo() {
        runs.start(request("nsga2", CodesignMode.JOINT, 1_000_000), true);
        runs.autosave();
        assertEquals(
                "Not autosaved: save the study once (File ▸ Save As) to autosave during runs.",
                runs.autosaveProperty().get());
        runs.cancelAll();
    }
}
