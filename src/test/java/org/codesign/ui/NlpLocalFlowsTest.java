package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.codesign.ui.FxWait.await;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.codesign.eval.CodesignMode;
import org.codesign.search.codesign.Algorithm;
import org.codesign.study.Samples;
import org.codesign.ui.study.StudyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The analytical co-optimizer from the run form: on the accelerator-dataflow sample the user
 * picks "NLP + local search" and the hardware-only mode, starts it, and the run card shows the
 * phases (relax, solve, round, refine) while the points arrive.
 */
@ExtendWith(ApplicationExtension.class)
class NlpLocalFlowsTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Preferences preferences = new MemoryPreferences();
        StudyDocument document = new StudyDocument(Samples.load("accelerator-dataflow.codesign.json"), null);
        window = new MainWindow(stage, document, preferences, new AnsweringChoosers());
        stage.show();
        stage.requestFocus();
    }

    @Test
    @SuppressWarnings("unchecked")
    void nlpLocalShowsItsPhasesInTheRunCardAndItsPointsArrive(FxRobot robot) throws Exception {
        await("the run form", () -> stage.getScene().lookup("#run-algorithm") != null);
        // the run form's two choices, as the user makes them in its choice boxes
        ChoiceBox<Algorithm> algorithm = (ChoiceBox<Algorithm>) stage.getScene().lookup("#run-algorithm");
        ChoiceBox<CodesignMode> mode =
                (ChoiceBox<CodesignMode>) stage.getScene().lookup("#run-mode");
        assertThat(algorithm.getItems()).contains(Algorithm.NLP_LOCAL);
        robot.interact(() -> {
            algorithm.getSelectionModel().select(Algorithm.NLP_LOCAL);
            mode.getSelectionModel().select(CodesignMode.HARDWARE_ONLY);
        });
        assertThat(((javafx.scene.control.Button) stage.getScene().lookup("#run-start")).isDisabled())
                .isFalse();
        @SuppressWarnings("unchecked")
        Spinner<Integer> evals = (Spinner<Integer>) stage.getScene().lookup("#run-evaluations");
        // the round phase evaluates every rounded design (about 20) in one batch: leave the refine some
        robot.interact(() -> evals.getValueFactory().setValue(48));
        // started paused: relax takes milliseconds on an idle machine, over before a card could show it
        robot.clickOn("#run-start-paused");
        await(
                "a run card",
                () -> !window.runs().liveRuns().isEmpty()
                        && robot.from(stage.getScene().getRoot())
                                .lookup(".run-summary")
                                .tryQuery()
                                .isPresent());
        // every text the card's summary shows, as it changes
        Set<String> phases = new ConcurrentSkipListSet<>();
        Label summary =
                robot.from(stage.getScene().getRoot()).lookup(".run-summary").queryAs(Label.class);
        robot.interact(() -> {
            phaseOf(summary.getText(), phases);
            summary.textProperty().addListener((o, was, now) -> phaseOf(now, phases));
        });
        String id = window.runs().liveRuns().keySet().iterator().next();
        robot.clickOn("#run-step-" + id); // one step: the relaxed models are built
        await("the relax phase in the card", () -> phases.contains("relax"));
        robot.clickOn("#run-pause-" + id); // Resume: the rest runs by itself
        // the relaxed solves take a few seconds each on a busy machine: longer than FxWait's minute
        WaitForAsyncUtils.waitFor(
                240,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> window.runs().liveRuns().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(phases).containsAll(List.of("relax", "solve", "round", "refine"));
        assertThat(window.store().entries()).hasSize(48);
        Node card = robot.lookup(n -> n.getId() != null && n.getId().startsWith("run-card"))
                .query();
        assertThat(card).isNotNull();
    }

    private static void phaseOf(String text, Set<String> phases) {
        for (String p : List.of("relax", "solve", "round", "refine")) {
            if (text.contains("· " + p)) {
                phases.add(p);
            }
        }
    }
}
