package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.codesign.ui.FxWait.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.codesign.eval.Metric;
import org.codesign.eval.StandardModels;
import org.codesign.search.RunStatus;
import org.codesign.study.ConfigJson;
import org.codesign.study.Json;
import org.codesign.study.RunRecord;
import org.codesign.study.Samples;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.codesign.ui.points.PointEntry;
import org.codesign.ui.runs.RunCard;
import org.codesign.ui.runs.RunController;
import org.codesign.ui.study.StudyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the main window as a user would: runs, selection, export, saving and reopening. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private StudyDocument document;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        document = new StudyDocument(Samples.load(Samples.DEFAULT), null);
        window = new MainWindow(stage, document, Preferences.userRoot().node("codesign-test-" + System.nanoTime()));
        stage.show();
        stage.requestFocus();
    }

    private void startRun(FxRobot robot, int evaluations, boolean paused) {
        @SuppressWarnings("unchecked")
        Spinner<Integer> evals = robot.lookup("#run-evaluations").queryAs(Spinner.class);
        robot.interact(() -> evals.getValueFactory().setValue(evaluations));
        robot.clickOn(paused ? "#run-start-paused" : "#run-start");
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(read).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aRunFillsTheStoreTheStudyAndTheChart(FxRobot robot) {
        startRun(robot, 300, false);
        await(
                "run-1 to finish",
                () -> window.runs().liveRuns().isEmpty()
                        && document.study().runs().size() == 1
                        && document.study().runs().get(0).status() == RunRecord.Status.FINISHED);
        RunRecord run = document.study().runs().get(0);
        assertEquals(300, run.points().size());
        assertEquals(300, window.store().entries().size());
        assertThat(window.store().entries().stream().filter(PointEntry::pareto).count())
                .isPositive();
        // the card redraws its chart on the FX thread after the run has ended: wait for it there
        await(
                "run-1's hypervolume chart",
                () -> onFx(() -> window.runs().card("run-1").chart().pointCount()) > 0);
        assertThat(run.hypervolume()).isNotEmpty();
        assertThat(document.isDirty()).isTrue();
        assertThat(robot.lookup("#run-card-run-1").queryAs(RunCard.class)).isNotNull();
    }

    @Test
    void pauseStepAndCancelKeepWhatWasEvaluated(FxRobot robot) {
        startRun(robot, 1_000_000, true);
        await("the run's card", () -> robot.lookup("#run-step-run-1").tryQuery().isPresent());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertThat(window.store().entries())
                .as("a run started paused evaluates nothing")
                .isEmpty();
        robot.clickOn("#run-step-run-1");
        await("the first step", () -> window.store().entries().size() == 40);
        RunController c = window.runs().liveRuns().get("run-1");
        assertThat(c.statusProperty().get()).isEqualTo(RunStatus.PAUSED);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertEquals(40, window.store().entries().size(), "one step is one generation of 40");
        robot.clickOn("#run-step-run-1");
        await("the second step", () -> window.store().entries().size() == 80);
        robot.clickOn("#run-pause-run-1"); // "Resume"
        await("points flowing", () -> window.store().entries().size() > 200);
        robot.clickOn("#run-cancel-run-1");
        await("the cancelled run", () -> window.runs().liveRuns().isEmpty());
        RunRecord run = document.study().runs().get(0);
        assertEquals(RunRecord.Status.CANCELLED, run.status());
        assertEquals(window.store().entries().size(), run.points().size());
        assertThat(run.points().size()).isGreaterThan(200).isLessThan(1_000_000);
    }

    @Test
    void selectedRowsExportAndEvaluateToTheSameNumbers(FxRobot robot, @TempDir Path dir) throws Exception {
        startRun(robot, 200, false);
        await(
                "the run",
                () -> window.runs().liveRuns().isEmpty()
                        && window.store().entries().size() == 200);
        robot.clickOn("#pareto-only");
        var table = window.table().table();
        robot.interact(() -> table.getSelectionModel().selectRange(0, 3));
        assertEquals(3, window.selection().count());
        assertThat(robot.lookup("#point-table").lookup(".label").queryAll().stream()
                        .map(n -> ((Label) n).getText())
                        .anyMatch(t -> t.contains("3 selected")))
                .isTrue();

        Path file = dir.resolve("selection.json");
        javafx.concurrent.Task<Void> real = WaitForAsyncUtils.asyncFx(() -> window.exportTo(file, selected()))
                .get();
        real.get(60, TimeUnit.SECONDS);
        JsonNode exported = Json.mapper().readTree(file.toFile());
        assertEquals(3, exported.get("points").size());
        assertThat(exported.get("simulated").asBoolean()).isTrue();
        assertThat(exported.get("modelVersion").get("accuracyModel").asText()).isNotBlank();
        JsonNode p = exported.get("points").get(0);
        assertThat(p.get("layers").size()).isGreaterThan(30);
        assertThat(p.get("layers").get(0).get("latencyMs").asDouble()).isPositive();

        // Fed back to the evaluator (what `codesign evaluate` runs), the configuration gives the same numbers.
        var network = ConfigJson.parseNetwork("n", p.get("network").toString());
        var hardware = ConfigJson.parseHardware("h", p.get("hardware").toString());
        var again = StandardModels.evaluator("builtin", "edp")
                .evaluate(network, hardware)
                .metrics();
        assertEquals(p.get("metrics").get("latencyMs").asDouble(), again.latencyMs(), 1e-12);
        assertEquals(p.get("metrics").get("powerW").asDouble(), again.powerW(), 1e-12);
        assertEquals(p.get("metrics").get("accuracy").asDouble(), again.accuracy(), 1e-12);

        Path csv = dir.resolve("selection.csv");
        WaitForAsyncUtils.asyncFx(() -> window.exportTo(csv, selected())).get().get(30, TimeUnit.SECONDS);
        assertEquals(4, Files.readAllLines(csv).size());
    }

    private java.util.List<org.codesign.study.SelectionExport.Chosen> selected() {
        java.util.List<org.codesign.study.SelectionExport.Chosen> list = new java.util.ArrayList<>();
        window.selection().positions().stream().forEach(i -> {
            PointEntry e = window.store().entries().get(i);
            list.add(new org.codesign.study.SelectionExport.Chosen(e.runId(), e.point()));
        });
        return list;
    }

    @Test
    void savingAndReopeningRestoresRunsAndPoints(FxRobot robot, @TempDir Path dir) throws Exception {
        startRun(robot, 120, false);
        await(
                "the run",
                () -> window.runs().liveRuns().isEmpty()
                        && window.store().entries().size() == 120);
        Path file = dir.resolve("mine.codesign.json");
        robot.interact(() -> assertThat(window.saveTo(file)).isTrue());
        Study saved = StudyFiles.load(file);
        assertEquals(document.study(), saved);
        assertThat(document.isDirty()).isFalse();
        robot.interact(() -> window.newStudy());
        assertEquals(0, window.store().entries().size());
        FxWait.open(window, file);
        assertEquals(1, document.study().runs().size());
        assertEquals(120, window.store().entries().size());
        assertThat(robot.lookup("#run-card-run-1").tryQuery()).isPresent();
        assertEquals(file, document.file());
    }

    @Test
    void aBrokenFileIsExplainedAndTheOpenStudyKept(FxRobot robot, @TempDir Path dir) throws Exception {
        Study before = document.study();
        Path bad = dir.resolve("broken.codesign.json");
        Files.writeString(bad, "{\"formatVersion\": 1, \"name\": ");
        javafx.application.Platform.runLater(() -> window.openFile(bad));
        await("the error dialog", () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        String text = robot.lookup(".dialog-pane .content").queryLabeled().getText();
        assertThat(text).contains("broken.codesign.json: /: malformed JSON").contains("unchanged");
        // the pane is in the scene before its window is shown: wait until its button can be clicked
        await(
                "the dialog's OK button",
                () -> robot.lookup("OK")
                        .match(javafx.scene.Node::isVisible)
                        .tryQuery()
                        .isPresent());
        robot.clickOn("OK");
        assertEquals(before, document.study());
    }

    @Test
    void openSampleFromTheMenu(FxRobot robot) {
        robot.clickOn("File").clickOn("Open Sample").clickOn("default");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Samples.DEFAULT.replace(".codesign.json", ""), "default");
        assertThat(document.study().name()).contains("Edge-GPU");
        assertThat(robot.lookup("#joint-size").queryLabeled().getText())
                .isEqualTo("Joint space: 1.1 × 10^24 configurations");
    }

    @Test
    void focusOpensOnePointInTheDetailTab(FxRobot robot) throws Exception {
        startRun(robot, 40, false);
        await("40 points", () -> window.store().entries().size() >= 40);
        assertThat(WaitForAsyncUtils.asyncFx(() -> window.focus(40_000)).get())
                .as("no such point")
                .isFalse();
        assertThat(WaitForAsyncUtils.asyncFx(() -> window.focus(3)).get()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TabPane tabs = robot.lookup("#lower-tabs").queryAs(javafx.scene.control.TabPane.class);
        assertEquals("Detail", tabs.getSelectionModel().getSelectedItem().getText());
        assertEquals(1, window.selection().count());
        assertThat(window.selection().isSelected(3)).isTrue();
        // the breakdown: one bar per layer of the focused design, from zero
        await("the breakdown", () -> window.detail().shown() != null);
        WaitForAsyncUtils.waitForFxEvents();
        PointEntry focused = window.store().entries().get(3);
        var design = document.study().space().decode(focused.point().genome());
        assertEquals(design.network(), window.detail().shown().networkConfig());
        int layers = window.detail().shown().network().layers().size();
        assertThat(layers).isGreaterThan(20);
        assertEquals(layers, window.detail().charts().layerCount());
        assertEquals(0.0, window.detail().charts().latencyAxisMin());
        assertThat(window.detail().charts().getHeight())
                .as("three compact charts")
                .isLessThan(3 * 190);
        assertEquals(
                focused.metric(Metric.LATENCY),
                window.detail().shown().metrics().latencyMs(),
                1e-9);
    }

    @Test
    void theEditMenuSelectsTheFrontAndClears(FxRobot robot) {
        startRun(robot, 200, false);
        await(
                "run-1 to finish",
                () -> window.runs().liveRuns().isEmpty()
                        && window.store().entries().size() == 200);
        long front = window.store().entries().stream()
                .filter(e -> e.feasible() && e.pareto())
                .count();
        assertThat(front).isPositive().isLessThan(200);
        robot.clickOn("Edit").clickOn("#menu-select-pareto-front");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(front, window.selection().count());
        robot.clickOn("Edit").clickOn("#menu-select-all-feasible");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                window.store().entries().stream().filter(PointEntry::feasible).count(),
                window.selection().count());
        robot.clickOn("Edit").clickOn("#menu-clear-selection");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, window.selection().count());
    }

    @Test
    void everySampleOpensWithItsRunsAndSpaces(FxRobot robot) throws Exception {
        for (String name : Samples.names()) {
            Study sample = Samples.load(name);
            // the menu itself is driven in openSampleFromTheMenu; its popups are not reliably re-found headless
            robot.interact(() -> window.openSample(name));
            int points = sample.runs().stream().mapToInt(r -> r.points().size()).sum();
            await(
                    name + " in the window",
                    () -> document.study().name().equals(sample.name())
                            && window.store().entries().size() == points);
            assertThat(document.study().space().validate()).as(name).isEmpty();
            assertThat(robot.lookup("#joint-size").queryLabeled().getText())
                    .as(name)
                    .startsWith("Joint space: ");
        }
    }
}
