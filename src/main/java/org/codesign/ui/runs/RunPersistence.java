package org.codesign.ui.runs;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.codesign.search.codesign.CodesignCheckpoint;
import org.codesign.study.RunCheckpoints;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;
import org.codesign.study.StudyFormatException;
import org.codesign.study.StudyRunWriter;
import org.codesign.study.StudyRuns;
import org.codesign.study.store.StoreException;
import org.codesign.study.store.StoreWrites;
import org.codesign.study.store.StudyLoader;
import org.codesign.ui.study.StudyDocument;

/**
 * Saves runs by themselves, so that a killed app loses little and a stopped run can be resumed:
 * every few seconds while a run goes, and at once when it pauses, resumes or ends, the run's
 * checkpoint goes beside the study ({@link RunCheckpoints}) and its record into the study file
 * ({@link StudyRunWriter}: the rest of the file stays as last saved). Writes happen one at a time
 * on a background thread; their outcomes are applied on the FX thread by {@link #drain()}. A
 * run's checkpoint is also kept in memory, so a study without a file can still resume its runs.
 */
final class RunPersistence {
    /** Periodic saves of one run into a JSON study are at least this far apart, and 4× the last write's time. */
    static final long SPACING_MS = 2000;

    /**
     * The same for a study store, which takes only a run's new points: issue 12 asks that a kill
     * lose at most about the last second.
     */
    static final long STORE_SPACING_MS = 1000;

    /**
     * What a run's last save held: a periodic save with nothing new is skipped. The checkpoint is
     * only compared, so it is held weakly: it reaches the engine's log of every point, which must
     * not outlive the run.
     */
    private record Saved(
            RunRecord.Status status, int points, WeakReference<CodesignCheckpoint> checkpoint, boolean withCheckpoint) {
        Saved(RunRecord.Status status, int points, CodesignCheckpoint checkpoint) {
            this(status, points, new WeakReference<>(checkpoint), checkpoint != null);
        }

        boolean same(Saved o) {
            return o != null && status == o.status && points == o.points && checkpoint.get() == o.checkpoint.get();
        }
    }

    /**
     * A write's result: {@code written} is the JSON file's study after it; for a store, which
     * holds more than the app knows, {@code run} and {@code definition} are what it took.
     */
    private record Outcome(
            Path file,
            String runId,
            Study written,
            RunRecord run,
            Study definition,
            String problem,
            long doneAt,
            long tookMs,
            boolean checkpointOnly) {
        Outcome(
                Path file,
                String runId,
                Study written,
                RunRecord run,
                Study definition,
                String problem,
                long doneAt,
                long tookMs) {
            this(file, runId, written, run, definition, problem, doneAt, tookMs, false);
        }

        static Outcome failed(Path file, String runId, String problem, long start) {
            long end = System.currentTimeMillis();
            return new Outcome(file, runId, null, null, null, problem, end, end - start);
        }

        /** A store's checkpoint written (or not: {@code problem}) on its own thread. */
        static Outcome checkpoint(Path file, String runId, String problem, long start) {
            long end = System.currentTimeMillis();
            return new Outcome(file, runId, null, null, null, problem, end, end - start, true);
        }
    }

    private final StudyDocument document;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "run-saver");
        t.setDaemon(true);
        return t;
    });
    /**
     * A store's checkpoints, apart from its rows: a checkpoint holds every point so far (a long
     * run's takes seconds to write), while the new rows take milliseconds and must reach the store
     * every second (issue 12: a kill loses at most about the last second).
     */
    private final ExecutorService checkpointWriter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "checkpoint-saver");
        t.setDaemon(true);
        return t;
    });

    /** Runs whose store checkpoint is being written, and when the next periodic one is due (FX thread). */
    private final Set<String> checkpointBusy = new HashSet<>();

    private final Map<String, Long> checkpointDue = new HashMap<>();
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final Map<String, RunCheckpoints.Saved> inMemory = new HashMap<>();
    /** Runs with a periodic save queued or being written (FX thread). */
    private final Set<String> busy = new HashSet<>();

    private final Map<String, Long> nextDue = new HashMap<>();
    private final Map<String, Saved> lastSaved = new HashMap<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private StudyRunWriter studyWriter;

    RunPersistence(StudyDocument document) {
        this.document = document;
    }

    /** What the last save did, or why runs are not saved. */
    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * Saves a run's state (FX thread). A periodic save ({@code now} false) is skipped while the last
     * one is still writing, before its spacing has passed, or when nothing changed since.
     *
     * @param startedOn the study as the run started (its definition goes with the run if the file's differs)
     */
    void save(RunController c, RunRecord run, Study startedOn, boolean now) {
        CodesignCheckpoint checkpoint = c.checkpoint();
        List<double[]> hv = List.copyOf(c.hypervolume());
        boolean finished = run.status() == RunRecord.Status.FINISHED;
        RunCheckpoints.Saved saved = checkpoint == null ? null : new RunCheckpoints.Saved(checkpoint, hv);
        if (finished) {
            inMemory.remove(run.id());
        } else if (saved != null) {
            inMemory.put(run.id(), saved);
        }
        Path file = document.file();
        if (file == null) {
            status.set("Runs are not saved: save the study once (File ▸ Save As) and they save themselves.");
            return;
        }
        Saved state = new Saved(run.status(), run.points().size(), checkpoint);
        Saved last = lastSaved.get(run.id());
        // a run's first checkpoint is not held back by the spacing of saves made before it existed:
        // until it is on disk, a kill loses the whole run
        boolean firstCheckpoint = checkpoint != null && (last == null || !last.withCheckpoint());
        if (!now
                && (busy.contains(run.id())
                        || !firstCheckpoint && System.currentTimeMillis() < nextDue.getOrDefault(run.id(), 0L)
                        || state.same(last))) {
            return;
        }
        lastSaved.put(run.id(), state);
        busy.add(run.id());
        boolean store = StudyLoader.isStore(file);
        StudyRunWriter target = store ? null : writerFor(file);
        if (store) {
            // a store keeps rows by index: rows past an older checkpoint are what a resume redoes
            saveCheckpoint(file, run.id(), finished, saved, now);
        }
        writer.execute(() -> {
            long start = System.currentTimeMillis();
            try {
                // a JSON study's checkpoint first: it is never older than the run the file holds
                if (!store && finished) {
                    RunCheckpoints.delete(file, run.id());
                } else if (!store && saved != null) {
                    RunCheckpoints.write(file, run.id(), saved);
                }
                Study written = null;
                if (store) {
                    StoreWrites.writeRun(file, startedOn, run);
                } else {
                    written = target.write(startedOn, run);
                }
                long end = System.currentTimeMillis();
                outcomes.add(new Outcome(file, run.id(), written, run, startedOn, null, end, end - start));
            } catch (java.io.IOException | StudyFormatException | RuntimeException e) {
                outcomes.add(Outcome.failed(file, run.id(), e.getMessage(), start));
            }
        });
    }

    /**
     * A store's checkpoint: written at once when the run pauses or ends, else at most once per
     * {@link #SPACING_MS} and 4× its last write's time, one at a time.
     */
    private void saveCheckpoint(Path file, String runId, boolean finished, RunCheckpoints.Saved saved, boolean now) {
        if (!finished
                && (saved == null
                        || !now
                                && (checkpointBusy.contains(runId)
                                        || System.currentTimeMillis() < checkpointDue.getOrDefault(runId, 0L)))) {
            return;
        }
        checkpointBusy.add(runId);
        checkpointWriter.execute(() -> {
            long start = System.currentTimeMillis();
            try {
                if (finished) {
                    RunCheckpoints.delete(file, runId);
                } else {
                    RunCheckpoints.write(file, runId, saved);
                }
                outcomes.add(Outcome.checkpoint(file, runId, null, start));
            } catch (java.io.IOException | RuntimeException e) {
                outcomes.add(Outcome.checkpoint(file, runId, e.getMessage(), start));
            }
        });
    }

    private StudyRunWriter writerFor(Path file) {
        if (studyWriter == null || !studyWriter.file().equals(file)) {
            studyWriter = new StudyRunWriter(file);
        }
        return studyWriter;
    }

    /**
     * A new run's record with a fresh id. A study store gets the run's row at once, with an id
     * taken under its write lock, so a CLI run writing the same store meanwhile gets another one.
     * If the store cannot be written the run still starts (on an id of the window) and the status
     * line says why it is not saved.
     */
    RunRecord begin(Study study, Function<String, RunRecord> recordFor) {
        Path file = document.file();
        String local = StudyRuns.nextId(study);
        if (file == null || !StudyLoader.isStore(file)) {
            return recordFor.apply(local);
        }
        Set<String> taken = new HashSet<>();
        study.runs().forEach(r -> taken.add(r.id()));
        try {
            return StoreWrites.beginRun(file, taken, recordFor);
        } catch (StoreException e) {
            status.set("Run " + local + " is not saved: " + e.getMessage());
            return recordFor.apply(local);
        }
    }

    /**
     * Applies finished writes (FX thread): the next save's time, the status line, and the study is
     * marked saved when the file now holds exactly what the window shows.
     */
    void drain() {
        for (Outcome o = outcomes.poll(); o != null; o = outcomes.poll()) {
            if (o.checkpointOnly()) {
                checkpointBusy.remove(o.runId());
                checkpointDue.put(o.runId(), o.doneAt() + Math.max(SPACING_MS, 4 * o.tookMs()));
                if (o.problem() != null) {
                    status.set("Run " + o.runId() + ": its checkpoint could not be saved beside "
                            + o.file().getFileName() + ": " + o.problem());
                }
                continue;
            }
            busy.remove(o.runId());
            // a store's save takes the new rows only, so its time grows with the spacing: spacing it
            // by its time (as a JSON study's whole rewrite is) would let it fall ever further behind
            long spacing = StudyLoader.isStore(o.file()) ? STORE_SPACING_MS : Math.max(SPACING_MS, 4 * o.tookMs());
            nextDue.put(o.runId(), o.doneAt() + spacing);
            if (o.problem() != null) {
                status.set("Run " + o.runId() + " could not be saved to "
                        + o.file().getFileName() + ": " + o.problem());
                continue;
            }
            status.set("Run " + o.runId() + " saved to " + o.file().getFileName() + " at "
                    + LocalTime.now().withNano(0));
            if (o.written() == null) { // a store: it now holds the run, and the definition it started on
                Study definition = o.definition().withRuns(List.of());
                RunRecord run = o.run();
                document.markPartSaved(
                        o.file(),
                        s -> (s.withRuns(List.of()).equals(definition) ? s : definition.withRuns(s.runs()))
                                .withRun(run));
            } else if (document.isDirty()
                    && o.file().equals(document.file())
                    && document.study().equals(o.written())) {
                document.markRunsSaved(o.file());
            }
        }
    }

    /** Whether a stored run can continue: it did not end, and its checkpoint is known. */
    boolean canResume(RunRecord run) {
        if (run.status() == RunRecord.Status.FINISHED || run.status() == RunRecord.Status.FAILED) {
            return false;
        }
        Path file = document.file();
        return inMemory.containsKey(run.id()) || file != null && RunCheckpoints.exists(file, run.id());
    }

    /** The run's latest checkpoint: this session's, or the one beside the study file. */
    Optional<RunCheckpoints.Saved> checkpoint(String runId) throws StudyFormatException {
        RunCheckpoints.Saved saved = inMemory.get(runId);
        if (saved != null) {
            return Optional.of(saved);
        }
        Path file = document.file();
        return file == null ? Optional.empty() : RunCheckpoints.read(file, runId);
    }

    /**
     * The study was saved under a new name (Save As): this session's checkpoints of stopped runs
     * go beside it too, or its cancelled and paused runs could no longer resume once it is reopened.
     */
    void followFile(Path file) {
        if (file == null || inMemory.isEmpty()) {
            return;
        }
        Map<String, RunCheckpoints.Saved> stopped = Map.copyOf(inMemory);
        writer.execute(() -> stopped.forEach((runId, saved) -> {
            long start = System.currentTimeMillis();
            try {
                RunCheckpoints.write(file, runId, saved);
            } catch (java.io.IOException | RuntimeException e) {
                outcomes.add(Outcome.failed(file, runId, e.getMessage(), start));
            }
        }));
    }

    /** Another study is open: this one's checkpoints and save times no longer apply. */
    void forget() {
        inMemory.clear();
        nextDue.clear();
        checkpointDue.clear();
        lastSaved.clear();
        status.set("");
    }

    /** Waits for the queued writes (the window is closing, so the final states reach the file). */
    void awaitWrites(long timeoutMs) {
        long deadline = System.currentTimeMillis() + timeoutMs;
        java.util.concurrent.Future<?> checkpoints = checkpointWriter.submit(() -> {});
        java.util.concurrent.Future<?> done = writer.submit(() -> {});
        try {
            checkpoints.get(timeoutMs, TimeUnit.MILLISECONDS);
            done.get(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // the last periodic save stands; the run resumes from there
        }
        drain();
    }
}
