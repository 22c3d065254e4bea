package org.codesign.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.StandardModels;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.RunSpec;
import org.codesign.study.RunPoints;
import org.codesign.study.RunRecord;
import org.codesign.study.Samples;
import org.codesign.study.Study;
import org.codesign.study.store.StudyLoader;
import org.codesign.study.store.StudyStore;
import org.codesign.ui.points.PointEntry;
import org.codesign.ui.points.PointStore;
import org.codesign.ui.study.StudyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, bounded memory in the window: a live run keeps its points as one growing table that
 * the study's record, its periodic saves and the point store all read, so no save or batch copies
 * the run (a whole-run copy at every save once filled a 3 GB heap with a million evaluations).
 */
class LiveRunColumnsTest {
    private static final int BUDGET = 3 * RunPoints.BLOCK_ROWS + 500;

    @TempDir
    Path dir;

    @Test
    void theRecordTheSavesAndThePointStoreShareTheRunsRowsInsteadOfCopyingThem() throws Exception {
        Study sample = Samples.load("edge-gpu-dvfs.codesign.json").withRuns(List.of());
        Path db = dir.resolve("live" + StudyStore.EXTENSION);
        StudyStore.create(db, sample).close();
        StudyDocument document = new StudyDocument(StudyLoader.load(db), db);
        PointStore store = new PointStore();
        List<RunController> started = new ArrayList<>();
        RunsViewModel runs =
                new RunsViewModel(document, store, () -> StandardModels.evaluator("builtin", "edp"), started::add);

        RunSpec spec = RunSpec.of(Algorithm.parse("random"), CodesignMode.JOINT, BUDGET, 3);
        assertThat(runs.start(new RunFormViewModel.Request(spec), false)).isEmpty();
        String id = started.get(0).runId();
        List<RunPoints> recorded = new ArrayList<>();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!runs.liveRuns().isEmpty() && System.nanoTime() < deadline) {
            runs.tick();
            RunPoints now = runs.record(id).columns();
            if (recorded.isEmpty()
                    || now.size() > recorded.get(recorded.size() - 1).size()) {
                recorded.add(now);
            }
            Thread.sleep(5);
        }
        assertThat(runs.liveRuns()).as("the run is over").isEmpty();
        RunRecord done = runs.record(id);
        RunPoints all = done.columns();
        assertThat(all.size()).isEqualTo(BUDGET);
        assertThat(recorded).as("the study recorded the run as it went").hasSizeGreaterThan(2);

        // Every earlier record reads the rows of the blocks it had filled from the final table's arrays.
        int checkedRows = 0;
        for (RunPoints earlier : recorded) {
            for (int r = RunPoints.BLOCK_ROWS; r < earlier.size() - earlier.size() % RunPoints.BLOCK_ROWS; r += 97) {
                assertThat(earlier.sharesRow(all, r))
                        .as("row %d of a record of %d rows", r, earlier.size())
                        .isTrue();
                checkedRows++;
            }
        }
        assertThat(checkedRows).as("records past the first block").isPositive();

        // The point store's entries are rows of the run's table, not of copies made per batch.
        List<PointEntry> entries =
                store.entries().stream().filter(e -> e.runId().equals(id)).toList();
        assertThat(entries).hasSize(BUDGET);
        for (PointEntry e : entries.subList(RunPoints.BLOCK_ROWS, entries.size())) {
            if (e.row() % 53 == 0) {
                assertThat(e.runPoints().sharesRow(all, e.row())).isTrue();
            }
        }

        // Recording the run again makes no copy of it: a copy of these rows would take ≥ 1 MB.
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        RunController controller = started.get(0);
        controller.record(done); // loaded, so the measured call allocates only what it makes
        long before = threads.getCurrentThreadAllocatedBytes();
        RunRecord again = controller.record(done);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(again.columns()).isSameAs(all);
        assertThat(allocated)
                .as("bytes allocated to record a %d-point run", BUDGET)
                .isLessThan(100_000);

        // The saves (new rows only, each time) left the whole run in the store.
        RunRecord onDisk = onDisk(db, id);
        while (onDisk.status() != RunRecord.Status.FINISHED && System.nanoTime() < deadline) {
            Thread.sleep(20);
            runs.tick(); // applies the last write's outcome
            onDisk = onDisk(db, id);
        }
        assertThat(onDisk.status()).isEqualTo(RunRecord.Status.FINISHED);
        assertThat(onDisk.columns()).isEqualTo(all);
    }

    private static RunRecord onDisk(Path db, String id) throws Exception {
        return StudyLoader.load(db).runs().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
