package org.codesign.ui.runs;

import org.codesign.ui.kit.Dialogs;
import org.codesign.ui.points.PointStore;
import org.codesign.ui.study.StudyDocument;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.codesign.eval.Evaluator;
import org.codesign.search.codesign.CodesignRun;
import org.codesign.search.codesign.RunRequest;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.codesign.study.StudyRuns;

/**
 * Starts runs and shows them. Several runs go at once, each in the background; a timeline
 * pulls what they found four times a second (points into the store, progress into the cards)
 * and writes the runs into the study every two seconds. While runs go, the study is autosaved
 * to its file every 30 seconds (off the FX thread; saves are atomic).
 */
public final class RunsPanel extends VBox {
    static final Duration PUMP = Duration.millis(250);
    private static final int RECORD_EVERY = 8;
    private static final int AUTOSAVE_EVERY = 120;

    private final StudyDocument document;
    private final PointStore store;
    private final Supplier<Evaluator> evaluators;
    private final VBox cards = new VBox(8);
    private final Map<String, RunCard> cardsById = new LinkedHashMap<>();
    private final Map<String, RunController> live = new LinkedHashMap<>();
    private final Map<String, RunRecord> started = new LinkedHashMap<>();
    private final Label autosave = new Label();
    private final Timeline timeline;
    private final javafx.beans.property.ObjectProperty<String> startedPaused =
            new javafx.beans.property.SimpleObjectProperty<>(this, "startedPaused");
    private long ticks;
    private boolean autosaving;

    public RunsPanel(StudyDocument document, PointStore store, Supplier<Evaluator> evaluators) {
        this.document = document;
        this.store = store;
        this.evaluators = evaluators;
        setId("runs-panel");
        setSpacing(6);
        setPadding(new Insets(6));
        TitledPane form = new TitledPane("New run", new RunForm(new RunFormViewModel(document, this::start)));
        form.setId("new-run");
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        autosave.getStyleClass().add("autosave");
        getChildren().addAll(form, autosave, scroll);
        timeline = new Timeline(new KeyFrame(PUMP, e -> tick()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        timeline.play();
        document.replacementsProperty().addListener((o, a, b) -> reload());
        document.studyProperty().addListener((o, a, b) -> sync(b));
        reload();
    }

    /** Starts a run of the open study (FX thread); a message explains a request the study cannot run. */
    public void start(RunRequest request, boolean paused) {
        Study study = document.study();
        String id = StudyRuns.nextId(study);
        CodesignRun run;
        try {
            run = StudyRuns.newRun(study, request, evaluators.get());
        } catch (IllegalArgumentException e) {
            Dialogs.error(getScene().getWindow(), "The run cannot start", e.getMessage());
            return;
        }
        RunRecord record = StudyRuns.record(id, RunFormViewModel.defaultName(request), request,
                Instant.now().toString());
        started.put(id, record);
        RunController controller = new RunController(id, run);
        live.put(id, controller);
        document.update(s -> s.withRun(record));
        cardsById.get(id).attach(controller);
        controller.start(paused);
        if (paused) {
            startedPaused.set(id);
        }
    }

    /** Starts NSGA-II paused (population 20) and steps it {@code generations} times: a ready classroom demo. */
    public void startTeachingDemo(int generations) {
        start(RunFormViewModel.teachingDemo(), true);
        RunController c = live.get(startedPaused.get());
        if (c != null) {
            Timeline steps = new Timeline(new KeyFrame(Duration.millis(300), e -> c.step()));
            steps.setCycleCount(generations);
            steps.play();
        }
    }

    /** The id of the last run started paused (stepping): the teaching view follows it. */
    public javafx.beans.property.ReadOnlyObjectProperty<String> startedPausedProperty() {
        return startedPaused;
    }

    public Map<String, RunController> liveRuns() {
        return live;
    }

    public RunCard card(String runId) {
        return cardsById.get(runId);
    }

    /** Cancels every run (the window is closing). */
    public void cancelAll() {
        live.values().forEach(c -> c.run().close());
        timeline.stop();
    }

    boolean anyRunning() {
        return live.values().stream().anyMatch(c -> !c.finished());
    }

    private void tick() {
        ticks++;
        boolean record = ticks % RECORD_EVERY == 0;
        for (RunController c : List.copyOf(live.values())) {
            boolean wasOver = c.finished();
            List<EvaluatedPoint> fresh = c.pump();
            store.append(c.runId(), fresh);
            RunCard card = cardsById.get(c.runId());
            if (card != null) {
                card.refresh();
            }
            if (record || c.finished() && !wasOver) {
                RunRecord base = started.get(c.runId());
                if (base != null && document.study().runs().stream().anyMatch(r -> r.id().equals(c.runId()))) {
                    RunRecord current = document.study().runs().stream().filter(r -> r.id().equals(c.runId()))
                            .findFirst().orElse(base);
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
                autosave.setText("Not autosaved: save the study once (File ▸ Save As) to autosave during runs.");
            }
            return;
        }
        autosaving = true;
        Study snapshot = document.study();
        java.nio.file.Path file = document.file();
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
            autosave.setText("Autosaved " + java.time.LocalTime.now().withNano(0));
        });
        save.setOnFailed(e -> {
            autosaving = false;
            autosave.setText("Autosave failed: " + save.getException().getMessage());
        });
        Thread t = new Thread(save, "autosave");
        t.setDaemon(true);
        t.start();
    }

    /** Another study is open: stop what runs for the old one and show the new one's runs. */
    private void reload() {
        live.values().forEach(c -> c.run().close());
        live.clear();
        started.clear();
        cardsById.clear();
        cards.getChildren().clear();
        store.load(document.study());
        sync(document.study());
    }

    /** Cards follow the study's runs (added, renamed, deleted, undone, another study opened). */
    private void sync(Study study) {
        Map<String, RunRecord> runs = new LinkedHashMap<>();
        study.runs().forEach(r -> runs.put(r.id(), r));
        for (String id : List.copyOf(cardsById.keySet())) {
            if (!runs.containsKey(id)) {
                RunController c = live.remove(id);
                if (c != null) {
                    c.run().close();
                }
                cards.getChildren().remove(cardsById.remove(id));
                store.removeRun(id);
            }
        }
        for (RunRecord r : runs.values()) {
            RunCard card = cardsById.get(r.id());
            if (card == null) {
                card = new RunCard(r, actions());
                cardsById.put(r.id(), card);
                cards.getChildren().add(0, card);
                if (!live.containsKey(r.id())) {
                    store.append(r.id(), r.points());
                }
            }
            card.show(r);
        }
    }

    private RunCard.Actions actions() {
        return new RunCard.Actions() {
            @Override
            public void rename(RunCard card) {
                RunRecord r = record(card.runId());
                Dialogs.text(getScene().getWindow(), "Rename the run", r.name())
                        .ifPresent(name -> document.edit(s -> s.withRun(record(card.runId()).withName(name))));
            }

            @Override
            public void duplicate(RunCard card) {
                start(RunFormViewModel.duplicate(document.study(), record(card.runId())), false);
            }

            @Override
            public void delete(RunCard card) {
                String id = card.runId();
                document.edit(s -> s.withRuns(s.runs().stream().filter(r -> !r.id().equals(id)).toList()));
            }
        };
    }

    private RunRecord record(String id) {
        return document.study().runs().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
