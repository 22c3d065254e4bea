package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.codesign.ui.FxWait.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.codesign.eval.Metric;
import org.codesign.study.MeasuredAccuracies;
import org.codesign.study.Samples;
import org.codesign.study.StudyFiles;
import org.codesign.ui.points.PointEntry;
import org.codesign.ui.study.StudyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Study ▸ Calibrate Accuracy… through the window: a user with measured accuracies fits the
 * surrogate to them, sees the fit, uses it, and the points scored from then on say so.
 */
@ExtendWith(ApplicationExtension.class)
class AccuracyCalibrationFlowsTest {
    @TempDir
    Path dir;

    private Stage stage;
    private StudyDocument document;
    private MainWindow window;
    private final AnsweringChoosers choosers = new AnsweringChoosers();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        document = new StudyDocument(Samples.load(Samples.DEFAULT), null);
        window = new MainWindow(stage, document, new MemoryPreferences(), choosers);
        stage.show();
        stage.requestFocus();
    }

    @Test
    void calibrateFromTheStudyMenuSeeTheFitUseItSaveAndReopen(FxRobot robot) throws Exception {
        Path file = dir.resolve("mine.codesign.json");
        StudyFiles.save(Samples.load(Samples.DEFAULT), file);
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, MeasuredAccuracies.withBadCell(document.study().networkSpace()));
        Path measured = dir.resolve("measured.csv");
        Files.writeString(
                measured, MeasuredAccuracies.fromScratchCsv(document.study().networkSpace()));

        // open the study and search it with the built-in model
        choosers.answer(file, "Co-Design");
        menu(robot, "File", "Open…");
        await(
                "the study to open",
                () -> file.toAbsolutePath().equals(document.file().toAbsolutePath()));
        run(robot, 40);
        await(
                "the first run",
                () -> window.runs().liveRuns().isEmpty()
                        && window.store().entries().size() == 40);

        // Study ▸ Calibrate Accuracy…, choose a CSV with a bad cell: the reason shows by the field
        menu(robot, "Study", "Calibrate Accuracy…");
        assertThat(robot.lookup(".dialog-pane .header-panel .label")
                        .queryLabeled()
                        .getText())
                .contains("built-in accuracy model (version 0)");
        choosers.answer(bad, "CSV");
        robot.clickOn("#calibrate-choose");
        await(
                "the problem by the field",
                () -> !robot.lookup("#calibrate-problem")
                        .queryLabeled()
                        .getText()
                        .isEmpty());
        assertThat(robot.lookup("#calibrate-problem").queryLabeled().getText())
                .contains(bad.toString())
                .contains("line 4")
                .contains("column 1 (widthMult)");
        assertThat(robot.lookup("#calibrate-use").queryButton().isDisabled()).isTrue();

        // then the good one: the fit, its errors and predicted against measured
        choosers.answer(measured, "CSV");
        robot.clickOn("#calibrate-choose");
        await(
                "the fit",
                () -> robot.lookup("#calibrate-summary")
                        .queryLabeled()
                        .getText()
                        .contains("cross-validated"));
        assertThat(robot.lookup("#calibrate-problem").queryLabeled().getText()).isEmpty();
        assertThat(robot.lookup("#calibrate-csv").queryTextInputControl().getText())
                .isEqualTo(measured.toString());
        String summary = robot.lookup("#calibrate-summary").queryLabeled().getText();
        int rows = org.codesign.workload.PublishedTables.ofaSubnets().size();
        assertThat(summary).startsWith("mbv3-ofa, " + rows + " rows: MAE ");
        double before = number(summary, "MAE ", " pt before");
        double crossValidated = number(summary, "fitted, ", " cross-validated");
        assertThat(before).isGreaterThan(1.5);
        assertThat(crossValidated).isLessThan(0.4);
        LineChart<?, ?> chart = robot.lookup("#calibrate-chart").queryAs(LineChart.class);
        assertThat(chart.getData()).hasSize(3);
        assertEquals(rows, chart.getData().get(1).getData().size(), "each row fitted");
        assertEquals(rows, chart.getData().get(2).getData().size(), "each row left out of the fit");
        assertThat(chart.getData().get(1).getData())
                .allSatisfy(
                        d -> assertThat(((Number) d.getXValue()).doubleValue() - ((Number) d.getYValue()).doubleValue())
                                .isBetween(-1.0, 1.0));

        robot.clickOn("#calibrate-use");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#calibrate-chart").tryQuery())
                .as("the dialog closed")
                .isEmpty();
        assertThat(dir.resolve("mine.accuracy-v1.json")).exists();
        assertEquals("mine.accuracy-v1.json", document.study().model().accuracyModel());
        assertThat(stage.getTitle()).contains("•");

        // points scored from now on carry version 1; the first run's keep version 0
        run(robot, 40);
        await(
                "the second run",
                () -> window.runs().liveRuns().isEmpty()
                        && window.store().entries().size() == 80);
        List<PointEntry> points = window.store().entries();
        assertThat(points.stream().filter(p -> p.metric(Metric.ACCURACY_MODEL_VERSION) == 0.0))
                .hasSize(40);
        assertThat(points.stream().filter(p -> p.metric(Metric.ACCURACY_MODEL_VERSION) == 1.0))
                .hasSize(40);
        assertThat(versionsInTheTable()).containsOnly("0", "1").contains("0", "1");

        menu(robot, "File", "Save");
        await("the save", () -> !stage.getTitle().contains("•"));

        // reopen: the study still uses version 1 and its points still say which model scored them
        choosers.answer(file, "Co-Design");
        var fresh = Samples.load(Samples.DEFAULT);
        robot.interact(() -> document.replace(fresh, null));
        menu(robot, "File", "Open…");
        await(
                "the study to reopen",
                () -> document.file() != null && window.store().entries().size() == 80);
        assertEquals("mine.accuracy-v1.json", document.study().model().accuracyModel());
        assertEquals("mine.accuracy-v1.json", StudyFiles.load(file).model().accuracyModel());
        assertThat(window.store().entries().stream().filter(p -> p.metric(Metric.ACCURACY_MODEL_VERSION) == 1.0))
                .hasSize(40);
        menu(robot, "Study", "Calibrate Accuracy…");
        assertThat(robot.lookup(".dialog-pane .header-panel .label")
                        .queryLabeled()
                        .getText())
                .contains("accuracy model version 1");
        robot.clickOn("Cancel");
    }

    /** The points table's "accuracy model version" column as shown. */
    private List<String> versionsInTheTable() {
        TableView<PointEntry> table = window.table().table();
        TableColumn<PointEntry, ?> column = table.getColumns().stream()
                .filter(c -> c.getText().toLowerCase(java.util.Locale.ROOT).contains("model version"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no model version column in the points table"));
        return table.getItems().stream()
                .map(e -> String.valueOf(column.getCellData(e)))
                .map(s -> s.replaceAll("\\.0$", ""))
                .distinct()
                .toList();
    }

    private static double number(String text, String after, String before) {
        int start = text.indexOf(after) + after.length();
        return Double.parseDouble(
                text.substring(start, text.indexOf(before, start)).trim());
    }

    private void run(FxRobot robot, int evaluations) {
        @SuppressWarnings("unchecked")
        Spinner<Integer> evals = robot.lookup("#run-evaluations").queryAs(Spinner.class);
        robot.interact(() -> evals.getValueFactory().setValue(evaluations));
        robot.clickOn("#run-start");
    }

    /** Clicks {@code menu} ▸ {@code item} in this window (other suites' windows may still be open). */
    private void menu(FxRobot robot, String menu, String item) {
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        robot.clickOn(menu).clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
