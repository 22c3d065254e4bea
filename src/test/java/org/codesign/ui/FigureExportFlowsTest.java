package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.codesign.ui.FxWait.await;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.codesign.figure.SvgFile;
import org.codesign.ui.pareto.ScatterView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saving views as figures the way a user does: open a sample, right-click a view, choose the
 * format, name the file; then read the file back.
 */
@ExtendWith(ApplicationExtension.class)
class FigureExportFlowsTest {
    private MainWindow window;
    private AnsweringChoosers choosers;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        FlowWindow f = FlowWindow.show(stage);
        window = f.window();
        choosers = f.choosers();
    }

    /** File > Open Sample > classroom-small, and wait until the x–y projection shows its points. */
    private long openClassroom(FxRobot robot) {
        long feasible = FlowWindow.openClassroom(robot, window);
        assertThat(feasible).isGreaterThan(1000);
        return feasible;
    }

    private ScatterView xy() {
        return window.pareto().projections().get(0);
    }

    @Test
    void aProjectionSavesAsSvgWithItsAxesUnitsAndEveryPoint(FxRobot robot) throws Exception {
        long feasible = openClassroom(robot);
        Path file = dir.resolve("front");
        choosers.answer(file, "SVG");

        robot.rightClickOn("#projection-xy").clickOn("Save as SVG…");

        Path written = dir.resolve("front.svg");
        await("the SVG file", () -> Files.exists(written));
        assertThat(choosers.asked).hasSize(1);
        assertThat(choosers.asked.get(0).initialName()).isEqualTo("projection-latencyMs-accuracy.svg");
        SvgFile svg = SvgFile.read(written);
        assertThat(svg.circles()).as("one mark per feasible point").isEqualTo((int) feasible);
        assertThat(svg.texts()).contains("latency (ms)", "top-1 accuracy (%)", "Pareto front", "other points");
    }

    @Test
    void aSelectionIsExportedAsTheViewShowsIt(FxRobot robot) throws Exception {
        long feasible = openClassroom(robot);
        robot.clickOn("Edit").clickOn("Select Pareto Front");
        WaitForAsyncUtils.waitForFxEvents();
        int selected = window.selection().positions().cardinality();
        assertThat(selected).isBetween(2, 200);
        Path file = dir.resolve("selection.svg");
        choosers.answer(file, "SVG");

        robot.rightClickOn("#projection-xy").clickOn("Save as SVG…");

        await("the SVG file", () -> Files.exists(file));
        SvgFile svg = SvgFile.read(file);
        assertThat(svg.circles()).isEqualTo((int) feasible);
        assertThat(svg.fills())
                .as("the selected points keep their colour, the rest are dimmed")
                .containsEntry("rgb(31,111,209)", selected);
    }

    @Test
    void aProjectionSavesAsPngAtTwiceItsSize(FxRobot robot) throws Exception {
        openClassroom(robot);
        Path file = dir.resolve("projection.png");
        choosers.answer(file, "PNG");

        robot.rightClickOn("#projection-xz").clickOn("Save as PNG (2×)…");

        await("the PNG file", () -> Files.exists(file));
        BufferedImage image = ImageIO.read(file.toFile());
        ScatterView view = window.pareto().projections().get(1);
        assertThat(image.getWidth())
                .isEqualTo((int) Math.ceil(view.getLayoutBounds().getWidth() * 2));
        assertThat(image.getHeight())
                .isEqualTo((int) Math.ceil(view.getLayoutBounds().getHeight() * 2));
    }

    @Test
    void theLayerChartsNameTheLayersAndSaveAsSvg(FxRobot robot) throws Exception {
        openClassroom(robot);
        robot.interact(() -> window.focus(3));
        await("the breakdown", () -> window.detail().shown() != null);
        WaitForAsyncUtils.waitForFxEvents();
        var layers = window.detail().shown().network().layers().stream()
                .map(l -> l.name())
                .toList();
        assertThat(window.detail().charts().layerNames()).isEqualTo(layers);
        assertThat(window.detail().charts().valueAxes())
                .containsExactly("latency (ms)", "energy (mJ)", "utilization (%)");
        Path file = dir.resolve("layers.svg");
        choosers.answer(file, "SVG");

        robot.rightClickOn("#layer-charts").clickOn("Save as SVG…");

        await("the SVG file", () -> Files.exists(file));
        assertThat(SvgFile.read(file).texts())
                .contains("latency (ms)", "energy (mJ)", "utilization (%)", "layer")
                .containsAll(layers);
    }

    @Test
    void parallelCoordinatesSaveAsSvgWithEveryAxisAndTheBrushedInterval(FxRobot robot) throws Exception {
        openClassroom(robot);
        robot.clickOn("Parallel coordinates");
        WaitForAsyncUtils.waitForFxEvents();
        Path file = dir.resolve("parallel.svg");
        choosers.answer(file, "SVG");

        robot.rightClickOn("#parallel-coordinates").clickOn("Save as SVG…");

        await("the SVG file", () -> Files.exists(file));
        SvgFile svg = SvgFile.read(file);
        assertThat(svg.texts()).contains("top-1 accuracy (%)", "latency (ms)", "resolution");
        assertThat(svg.paths()).as("a line per point drawn").isGreaterThanOrEqualTo(1000);
    }
}
