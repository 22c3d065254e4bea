package org.codesign.ui.runs;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import org.codesign.eval.Evaluator;
import org.codesign.search.RunStatus;
import org.codesign.search.codesign.CodesignCheckpoint;
import org.codesign.search.codesign.CodesignRun;
import org.codesign.search.codesign.DesignBatches;
import org.codesign.search.codesign.RunSpec;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.RunCheckpoints;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;
import org.codesign.study.StudyFormatException;
import org.codesign.study.StudyRuns;
import org.codesign.study.store.StudyLoader;
import org.codesign.ui.points.PointStore;
import org.codesign.ui.study.StudyDocument;

/**
 * The study's runs as the Runs panel drives them. Several runs go at once, each in the
 * background; {@link #tick()} (four times a second, on the FX thread) pulls what they found
 * (points into the store, progress into their controllers) and writes the runs into the study
 * every two seconds. Runs save themselves into the study's file ({@link RunPersistence}): every
 * few seconds while they go and at once when they pause or end, so a stopped or killed run can
 * be resumed from its checkpoint. Runs of the study that were deleted, undone or replaced stop.
 */
public final class RunsViewModel {
    private static final int RECORD_EVERY = 8;
    /** How long closing the window waits for a run to stop and for its final state to be written. */
    private static final long CLOSE_WAIT_MS = 10_000;

    private final StudyDocument document;
    private final PointStore store;
    private final Supplier<Evaluator> evaluators;
    private final Consumer<RunController> onStarted;
    /** Where new runs evaluate: a cluster's batches for a mapper objective, or empty (this machine's threads). */
    private java.util.function.Function<String, Optional<DesignBatches>> cluster = objective -> Optional.empty();
    /** The study's runs whose points are in the store. */
    private final Set<String> shown = new LinkedHashSet<>();

    private final Map<String, RunController> live = new LinkedHashMap<>();
    private final Map<String, RunRecord> started = new LinkedHashMap<>();
    /** The study each live run started on: its definition is the one the run's points belong to. */
    private final Map<String, Study> startedOn = new LinkedHashMap<>();

    /**
     * Each run's status at its last save, as the window shows it and as the engine last reported
     * it: a pause shows at once, while the step in flight ends later with more points, which are
     * saved as soon as the engine reports the pause.
     */
    private final Map<String, List<RunStatus>> savedStatus = new LinkedHashMap<>();

    private final RunPersistence persistence;
    private long ticks;
    /** The study a replacement already loaded into the store, for the reload that follows it. */
    private Study loadedAtOnce;

    /**
     * @param onStarted called with each new run's controller before it starts (the panel binds its card)
     */
    public RunsViewModel(
            StudyDocument document,
            PointStore store,
            Supplier<Evaluator> evaluators,
            Consumer<RunController> onStarted) {
        this.document = document;
        this.store = store;
        this.evaluators = evaluators;
        this.onStarted = onStarted;
        this.persistence = new RunPersistence(document);
        document.replacementsProperty().addListener((o, a, b) -> reload());
        document.fileProperty().addListener((o, a, b) -> {
            if (!document.isReplacing()) { // Save As, not Open: another study's file has its own runs
                persistence.followFile(b);
            }
        });
        document.studyProperty().addListener((o, a, b) -> {
            if (document.isReplacing()) {
                showAtOnce(b);
            } else {
                sync(b);
            }
        });
        reload();
    }

    /** Runs started from now on evaluate on the cluster {@code batches} gives (Run ▸ Cluster…) while it gives one. */
    public void evaluateOn(java.util.function.Function<String, Optional<DesignBatches>> batches) {
        this.cluster = batches;
    }

    /** The runs going now, by id (a finished run leaves at the next tick). */
    public Map<String, RunController> liveRuns() {
        return live;
    }

    /** What the last save of a run did, or why runs are not saved. */
    public ReadOnlyStringProperty savingProperty() {
        return persistence.statusProperty();
    }

    /** Starts a run of the open study; says why if the study cannot be searched this way. */
    public Optional<String> start(RunFormViewModel.Request request, boolean paused) {
        Study study = document.study();
        CodesignRun run;
        try {
            run = request.newRun(study, evaluators.get());
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        String startedAt = Instant.now().toString();
        RunRecord record = persistence.begin(study, runId -> request.record(runId, startedAt));
        String id = record.id();
        go(new RunController(id, run), record, study, paused);
        return Optional.empty();
    }

    private void go(RunController controller, RunRecord record, Study study, boolean paused) {
        String id = controller.runId();
        started.put(id, record);
        startedOn.put(id, study);
        live.put(id, controller);
        document.update(s -> s.withRun(record));
        onStarted.accept(controller);
        if (study.model().builtinAccuracy()) { // workers evaluate with the built-in accuracy model only
            cluster.apply(study.model().mapperObjective()).ifPresent(controller.run()::evaluateOn);
        }
        controller.start(paused);
    }

    /** Whether a stored run can continue where it stopped (paused, cancelled, or the app was killed). */
    public boolean canResume(RunRecord run) {
        RunController c = live.get(run.id());
        return (c == null || c.finished()) && persistence.canResume(run);
    }

    /**
     * Continues a stopped run from its checkpoint; it ends as it would have without the stop. Says
     * why when it cannot (no checkpoint, one that cannot be read or does not fit the study).
     */
    public Optional<String> resume(String runId) {
        RunRecord stored = record(runId);
        if (!canResume(stored)) {
            return Optional.of("Run " + runId + " cannot be resumed: it ended or it has no checkpoint.");
        }
        RunCheckpoints.Saved saved;
        try {
            saved = persistence.checkpoint(runId).orElseThrow();
        } catch (StudyFormatException e) {
            return Optional.of(e.getMessage());
        }
        CodesignCheckpoint checkpoint = saved.checkpoint();
        RunSpec spec = checkpoint.spec();
        if (!spec.algorithm().label().equals(stored.algorithm())
                || spec.mode() != stored.mode()
                || spec.seed() != stored.seed()
                || spec.budget() != stored.budget()) {
            return Optional.of("Run " + runId + ": its checkpoint belongs to another run ("
                    + spec.algorithm().label() + ", seed " + spec.seed() + ", " + spec.budget() + " evaluations)");
        }
        Study study = document.study();
        CodesignRun run;
        try {
            run = StudyRuns.newRun(study, spec, evaluators.get());
            run.restore(checkpoint);
        } catch (IllegalArgumentException e) {
            return Optional.of("Run " + runId + " cannot be resumed on this study: " + e.getMessage());
        }
        List<EvaluatedPoint> before = RunCheckpoints.points(checkpoint, run.problem());
        // the store shows what the checkpoint holds; points saved after it come again, the same
        RunController controller = new RunController(runId, run, before, saved.hypervolume());
        RunRecord record = stored.withColumns(
                controller.columns(), RunRecord.Status.RUNNING, stored.elapsedMs(), saved.hypervolume());
        store.removeRun(runId);
        store.append(runId, controller.columns(), 0);
        go(controller, record, study, false);
        return Optional.empty();
    }

    /** A stored run again, with a seed no run of the study has used yet. */
    public Optional<String> duplicate(String runId) {
        return start(RunFormViewModel.duplicate(document.study(), record(runId)), false);
    }

    public void rename(String runId, String name) {
        document.edit(s -> s.withRun(record(runId).withName(name)));
    }

    public void delete(String runId) {
        document.edit(s ->
                s.withRuns(s.runs().stream().filter(r -> !r.id().equals(runId)).toList()));
    }

    public RunRecord record(String runId) {
        return document.study().runs().stream()
                .filter(r -> r.id().equals(runId))
                .findFirst()
                .orElseThrow();
    }

    /** Stops every run (from any thread); what they found since their last save is not saved. */
    public void cancelAll() {
        live.values().forEach(c -> c.run().close());
    }

    /**
     * Stops every run and saves where each stopped (the window is closing; FX thread), so that it
     * can be resumed when the study is opened again.
     */
    public void stopAndSave() {
        cancelAll();
        long deadline = System.currentTimeMillis() + CLOSE_WAIT_MS;
        for (RunController c : live.values()) {
            try {
                c.completion().get(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // a failed run is saved as it stands; one that does not stop keeps its last save
            }
        }
        tick(true);
        persistence.awaitWrites(Math.max(1, deadline - System.currentTimeMillis()));
    }

    /** Pulls what the runs found (FX thread); every few ticks records them in the study and saves them. */
    public void tick() {
        tick(false);
    }

    private void tick(boolean closing) {
        ticks++;
        persistence.drain();
        // a study store takes only new points: it is written twice as often (issue 12: lose ≤ ~1 s)
        int every = document.file() != null && StudyLoader.isStore(document.file()) ? RECORD_EVERY / 2 : RECORD_EVERY;
        boolean record = closing || ticks % every == 0;
        for (RunController c : List.copyOf(live.values())) {
            boolean wasOver = c.finished();
            int known = c.columns().size();
            store.append(c.runId(), c.pump(), known); // the new rows only, read from the run's table
            RunStatus status = c.statusProperty().get();
            List<RunStatus> statuses = java.util.Arrays.asList(status, c.reportedStatus());
            // paused, resumed or ended: saved now, not at the next periodic save
            boolean changed = !statuses.equals(savedStatus.get(c.runId())) || c.finished() && !wasOver;
            if (record || changed) {
                RunRecord base = started.get(c.runId());
                if (base != null && document.study().runs().stream().anyMatch(r -> r.id().equals(c.runId()))) {
                    RunRecord current = document.study().runs().stream()
                            .filter(r -> r.id().equals(c.runId()))
                            .findFirst()
                            .orElse(base);
                    RunRecord updated = c.record(current);
                    savedStatus.put(c.runId(), statuses);
                    persistence.save(c, updated, startedOn.get(c.runId()), changed || closing);
                    document.update(s -> s.withRun(updated));
                }
            }
            if (c.finished()) {
                c.run().close();
                c.release(); // the card keeps the controller; the study and the store have the points
                live.remove(c.runId());
                startedOn.remove(c.runId());
                savedStatus.remove(c.runId());
            }
        }
    }

    /** Another study is open: stop what runs for the old one and load the new one's points. */
    private void reload() {
        live.values().forEach(c -> c.run().close());
        live.clear();
        started.clear();
        startedOn.clear();
        savedStatus.clear();
        persistence.forget();
        shown.clear();
        if (document.study() != loadedAtOnce) {
            store.load(document.study());
        }
        loadedAtOnce = null;
        // load() took every run's points: appending them again would rebuild a million points' columns
        document.study().runs().forEach(r -> shown.add(r.id()));
        sync(document.study());
    }

    /**
     * Another study replaces the open one: its points replace the old ones in the store at once
     * (its runs may have the old ones' ids), before the table's columns follow the new spaces, and
     * the reload that follows takes them as loaded. (Appended here instead, as other changes are,
     * a million points were turned into columns on the FX thread for a build then dropped.)
     */
    private void showAtOnce(Study study) {
        store.load(study);
        loadedAtOnce = study;
    }

    /** The store follows the study's runs (added, deleted, undone); a deleted run stops. */
    private void sync(Study study) {
        Map<String, RunRecord> runs = new LinkedHashMap<>();
        study.runs().forEach(r -> runs.put(r.id(), r));
        for (String id : List.copyOf(shown)) {
            if (!runs.containsKey(id)) {
                RunController c = live.remove(id);
                if (c != null) {
                    c.run().close();
                }
                shown.remove(id);
                store.removeRun(id);
            }
        }
        for (RunRecord r : runs.values()) {
            if (shown.add(r.id()) && !live.containsKey(r.id())) {
                store.append(r.id(), r.points());
            }
        }
    }
}
