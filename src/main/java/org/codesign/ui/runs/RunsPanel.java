package org.codesign.ui.runs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.codesign.eval.Evaluator;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;
import org.codesign.ui.kit.Dialogs;
import org.codesign.ui.points.PointStore;
import org.codesign.ui.study.StudyDocument;

/**
 * The new-run form over a card per run of the study, newest first. A timeline pumps the runs
 * ({@link RunsViewModel#tick()}) four times a second and redraws the cards' charts.
 */
public final class RunsPanel extends VBox {
    private static final Duration PUMP = Duration.millis(250);

    private final RunsViewModel model;
    private final VBox cards = new VBox(8);
    private final Map<String, RunCard> cardsById = new LinkedHashMap<>();
    private final Timeline timeline;

    public RunsPanel(StudyDocument document, PointStore store, Supplier<Evaluator> evaluators) {
        model = new RunsViewModel(
                document, store, evaluators, c -> cardsById.get(c.runId()).attach(c));
        setId("runs-panel");
        setSpacing(6);
        setPadding(new Insets(6));
        TitledPane form = new TitledPane("New run", new RunForm(new RunFormViewModel(document, this::start)));
        form.setId("new-run");
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        Label saving = new Label();
        saving.setId("runs-saving");
        saving.getStyleClass().add("autosave");
        saving.setWrapText(true);
        saving.textProperty().bind(model.savingProperty());
        getChildren().addAll(form, saving, scroll);
        timeline = new Timeline(new KeyFrame(PUMP, e -> {
            model.tick();
            cardsById.values().forEach(RunCard::refresh);
        }));
        timeline.setCycleCount(Timeline.INDEFINITE);
        // ticks only while the panel is in a showing window: a playing timeline is held by the
        // toolkit's pulse, so one left going would keep a closed or replaced window alive
        sceneProperty()
                .flatMap(javafx.scene.Scene::windowProperty)
                .flatMap(javafx.stage.Window::showingProperty)
                .orElse(false)
                .addListener((o, was, showing) -> {
                    if (showing) {
                        timeline.play();
                    } else {
                        timeline.stop();
                    }
                });
        document.replacementsProperty().addListener((o, a, b) -> {
            cardsById.clear();
            cards.getChildren().clear();
            showRuns(document.study());
        });
        document.studyProperty().addListener((o, a, b) -> showRuns(b));
        showRuns(document.study());
    }

    /** Runs started from now on evaluate on these batches while there are some (Run ▸ Cluster…). */
    public void evaluateOn(
            java.util.function.Function<String, java.util.Optional<org.codesign.search.codesign.DesignBatches>>
                    batches) {
        model.evaluateOn(batches);
    }

    /** Starts a run of the open study (FX thread); a dialog explains a request the study cannot run. */
    public void start(RunFormViewModel.Request request, boolean paused) {
        model.start(request, paused)
                .ifPresent(problem -> Dialogs.error(getScene().getWindow(), "The run cannot start", problem));
    }

    public Map<String, RunController> liveRuns() {
        return model.liveRuns();
    }

    public RunCard card(String runId) {
        return cardsById.get(runId);
    }

    /**
     * Stops every run (the window is closing); on the FX thread each run's final state is saved
     * first (off it, as tests tidy up, the runs only stop).
     */
    public void cancelAll() {
        if (javafx.application.Platform.isFxApplicationThread()) {
            model.stopAndSave();
        } else {
            model.cancelAll();
        }
        timeline.stop();
    }

    /** Cards follow the study's runs (added, renamed, deleted, undone, another study opened). */
    private void showRuns(Study study) {
        List<String> ids = study.runs().stream().map(RunRecord::id).toList();
        for (String id : List.copyOf(cardsById.keySet())) {
            if (!ids.contains(id)) {
                cards.getChildren().remove(cardsById.remove(id));
            }
        }
        java.util.Map<String, String> labels = org.codesign.study.RunLabels.of(study.runs());
        for (RunRecord r : study.runs()) {
            RunCard card = cardsById.get(r.id());
            if (card == null) {
                card = new RunCard(r, actions());
                cardsById.put(r.id(), card);
                cards.getChildren().add(0, card);
            }
            card.show(r, model.canResume(r), labels.get(r.id()));
        }
    }

    private RunCard.Actions actions() {
        return new RunCard.Actions() {
            @Override
            public void rename(RunCard card) {
                Dialogs.text(
                                getScene().getWindow(),
                                "Rename the run",
                                model.record(card.runId()).name())
                        .ifPresent(name -> model.rename(card.runId(), name));
            }

            @Override
            public void duplicate(RunCard card) {
                model.duplicate(card.runId())
                        .ifPresent(problem -> Dialogs.error(getScene().getWindow(), "The run cannot start", problem));
            }

            @Override
            public void resume(RunCard card) {
                model.resume(card.runId())
                        .ifPresent(problem -> Dialogs.error(getScene().getWindow(), "The run cannot resume", problem));
            }

            @Override
            public void delete(RunCard card) {
                model.delete(card.runId());
            }
        };
    }
}
