package org.codesign.ui.runs;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.codesign.eval.Evaluator;
import org.codesign.search.codesign.CodesignRun;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.codesign.study.StudyRuns;
import org.codesign.ui.points.PointStore;
import org.codesign.ui.study.StudyDocument;

/**
 * The study's runs as the Runs panel drives them. Several runs go at once, each in the
 * background; {@link #tick()} (four times a second, on the FX thread) pulls what they found
 * (points into the store, progress into their controllers) and writes the runs into the study
 * every two seconds. While runs go, the study is autosaved to its file every 30 seconds (off the
 * FX thread; saves are atomic). Runs of the study that were deleted, undone or replaced stop.
 */
public final class RunsViewModel {
    private static final int RECORD_EVERY = 8;
    private static final int AUTOSAVE_EVERY = 120;

    private final StudyDocument document;
    private final PointStore store;
    private final Supplier<Evaluator> evaluators;
    private final Consumer<RunController> onStarted;
    /** The study's runs whose points are in the store. */
    private final Set<String> shown = new LinkedHashSet<>();

    private final Map<String, RunController> live = new LinkedHashMap<>();
    private final Map<String, RunRecord> started = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper autosave = new ReadOnlyStringWrapper(this, "autosave", "");
    private final ReadOnlyObjectWrapper<String> startedPaused = new ReadOnlyObjectWrapper<>(this, "startedPaused");
    private long ticks;
    private boolean autosaving;

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
        document.replacementsProperty().addListener((o, a, b) -> reload());
        document.studyProperty().addListener((o, a, b) -> sync(b));
        reload();
    }

    /** The runs going now, by id (a finished run leaves at the next tick). */
    public Map<String, RunController> liveRuns() {
        return live;
    }

    /** The id of the last run started paused (stepping): the teaching view follows it. */
    public ReadOnlyObjectProperty<String> startedPausedProperty() {
        return startedPaused.getReadOnlyProperty();
    }

    /** Whether the last autosave worked, or why the study is not autosaved. */
    public ReadOnlyStringProperty autosaveProperty() {
        return autosave.getReadOnlyProperty();
    }

    /** Starts a run of the open study; says why if the study cannot be searched this way. */
    public Optional<String> start(RunFormViewModel.Request request, boolean paused) {
        Study study = document.study();
        String id = StudyRuns.nextId(study);
        CodesignRun run;
        try {
            run = request.newRun(study, evaluators.get());
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        RunRecord record = request.record(id, Instant.now().toString());
        started.put(id, record);
        RunController controller = new RunController(id, run);
        live.put(id, controller);
        document.update(s -> s.withRun(record));
        onStarted.accept(controller);
        controller.start(paused);
        if (paused) {
            startedPaused.set(id);
        }
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

    /** Cancels every run (the window is closing). */
    public void cancelAll() {
        live.values().forEach(c -> c.run().close());
    }

    boolean anyRunning() {
        return live.values().stream().anyMatch(c -> !c.finished());
    }

    /** Pulls what the runs found (FX thread); every few ticks records them in the study and autosaves. */
    public void tick() {
        ticks++;
        boolean record = ticks % RECORD_EVERY == 0;
        for (RunController c : List.copyOf(live.values())) {
            boolean wasOver = c.finished();
            List<EvaluatedPoint> fresh = c.pump();
            store.append(c.runId(), fresh);
            if (record || c.finished() && !wasOver) {
                RunRecord base = started.get(c.runId());
                if (base != null && document.study().runs().stream().anyMatch(r -> r.id().equals(c.runId()))) {
                    RunRecord current = document.study().runs().stream()
                            .filter(r -> r.id().equals(c.runId()))
                            .findFirst()
                            .orElse(base);
                    document.update(s -> s.withRun(c.record(current)));
                }
            }
            if (c.finished()) {
                c.run().close();
                live.remove(c.runId());
            }
        }
        if (ticks % AUTOSAVE_EVERY == 0 && anyRunning()) {
            autosave();
        }
    }

    /** Saves a snapshot of the study to its file in the background. */
    void autosave() {
        if (autosaving || document.file() == null || !document.isDirty()) {
            if (document.file() == null && anyRunning()) {
                autosave.set("Not autosaved: save the study once (File ▸ Save As) to autosave during runs.");
            }
            return;
        }
        autosaving = true;
        Study snapshot = document.study();
        Path file = document.file();
        Task<Void> save = new Task<>() {
            @Override
            protected Void call() throws Exception {
                StudyFiles.save(snapshot, file);
                return null;
            }
        };
        save.setOnSucceeded(e -> {
            autosaving = false;
            if (document.study() == snapshot) {
                document.markSaved(file);
            }
            autosave.set("Autosaved " + LocalTime.now().withNano(0));
        });
        save.setOnFailed(e -> {
            autosaving = false;
            autosave.set("Autosave failed: " + save.getException().getMessage());
        });
        Thread t = new Thread(save, "autosave");
        t.setDaemon(true);
        t.start();
    }

    /** Another study is open: stop what runs for the old one and load the new one's points. */
    private void reload() {
        live.values().forEach(c -> c.run().close());
        live.clear();
        started.clear();
        shown.clear();
        store.load(document.study());
        sync(document.study());
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
