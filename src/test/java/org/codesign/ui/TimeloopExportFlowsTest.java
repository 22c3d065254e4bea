package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.codesign.ui.FxWait.await;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.codesign.cli.CodesignCli;
import org.codesign.cost.loopnest.Analysis;
import org.codesign.cost.loopnest.LoopNestAnalyzer;
import org.codesign.cost.timeloop.TimeloopCase;
import org.codesign.cost.timeloop.TimeloopDesignFiles;
import org.codesign.cost.timeloop.TimeloopReader;
import org.codesign.eval.Metric;
import org.codesign.study.store.StudyLoader;
import org.codesign.ui.points.PointEntry;
import org.codesign.ui.study.StudyDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Export ▸ Timeloop… as a user meets it: a study with a hardware-only run of ResNet-18 on spatial
 * accelerators is open, the user clicks a point's row in the table, chooses File ▸ Export ▸
 * Timeloop… and names a folder; the status line names the folder, whose files read back (as
 * {@code codesign analyze --timeloop} reads them) to the point's latency and energy. Without a
 * selection a dialog says what to do.
 */
@ExtendWith(ApplicationExtension.class)
class TimeloopExportFlowsTest {
    @TempDir
    static Path shared;

    static Path studyFile;

    private MainWindow window;
    private AnsweringChoosers choosers;

    @BeforeAll
    static void searchOnce() throws Exception {
        studyFile = shared.resolve("dataflow.codesign.json");
        Files.copy(Path.of("samples/accelerator-dataflow.codesign.json"), studyFile);
        int exit = CodesignCli.run(new String[] {
            "run",
            studyFile.toString(),
            "--algorithm",
            "random",
            "--mode",
            "hardware-only",
            "--evaluations",
            "4",
            "--seed",
            "11",
            "--threads",
            "2",
            "--out",
            shared.resolve("run").toString(),
            "--save",
            "--quiet"
        });
        assertThat(exit).isZero();
    }

    @Start
    void start(Stage stage) throws Exception {
        choosers = new AnsweringChoosers();
        window = new MainWindow(
                stage, new StudyDocument(StudyLoader.load(studyFile), studyFile), new MemoryPreferences(), choosers);
        stage.show();
        stage.requestFocus();
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status-line").queryAs(Label.class).getText();
    }

    @Test
    void theClickedPointExportsToAFolderThatReproducesItsNumbers(FxRobot robot, @TempDir Path dir) throws Exception {
        await("the run's points", () -> window.store().entries().stream().anyMatch(PointEntry::feasible));
        var table = window.table().table();
        int row = 0;
        while (!table.getItems().get(row).feasible()) {
            row++;
        }
        PointEntry entry = table.getItems().get(row);
        robot.interact(() -> table.scrollTo(entry));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node cell = robot.from(table).lookup(".table-row-cell").queryAll().stream()
                .filter(n -> ((javafx.scene.control.TableRow<?>) n).getItem() == entry)
                .findFirst()
                .orElseThrow();
        robot.clickOn(cell);
        assertThat(window.selection().count()).isEqualTo(1);
        Path folder = dir.resolve("my-design");
        choosers.answer(folder, "A folder");

        robot.clickOn("File").clickOn("#menu-export").clickOn("#menu-export-timeloop");

        await("the export", () -> status(robot).startsWith("Exported point"));
        assertThat(choosers.asked).hasSize(1);
        assertThat(choosers.asked.get(0).initialName())
                .isEqualTo(
                        "timeloop-" + entry.runId() + "-point-" + entry.point().index());
        assertThat(status(robot))
                .isEqualTo("Exported point " + entry.point().index() + " as Timeloop inputs (21 layers) to the folder "
                        + folder);
        TimeloopDesignFiles.Written written = TimeloopDesignFiles.read(folder);
        assertThat(written.problemFiles()).hasSize(21);
        long cycles = 0;
        double energyPJ = 0;
        double clockHz = 0;
        for (int i = 0; i < written.problemFiles().size(); i++) {
            TimeloopCase c = TimeloopReader.read(written.inputs(i));
            Analysis a = LoopNestAnalyzer.analyze(c.problem(), c.architecture(), c.mapping());
            cycles += a.cycles();
            energyPJ += a.energyPJ();
            clockHz = c.architecture().clockHz();
        }
        assertThat(energyPJ * 1e-9)
                .isCloseTo(entry.point().metric(Metric.ENERGY), org.assertj.core.data.Percentage.withPercentage(1e-9));
        assertThat(cycles / clockHz * 1e3)
                .isCloseTo(entry.point().metric(Metric.LATENCY), org.assertj.core.data.Percentage.withPercentage(1e-9));
    }

    @Test
    void withoutASelectionADialogSaysWhatToSelect(FxRobot robot) {
        await("the run's points", () -> !window.store().entries().isEmpty());
        robot.interact(() -> window.selection().clear());

        robot.clickOn("File").clickOn("#menu-export").clickOn("#menu-export-timeloop");

        await("the dialog", () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText())
                .contains("Select one accelerator design");
        robot.clickOn("OK");
        assertThat(choosers.asked).isEmpty();
    }
}
