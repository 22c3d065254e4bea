package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.codesign.ui.FxWait.await;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.codesign.figure.SvgFile;
import org.codesign.ui.teaching.GenerationView;
import org.codesign.ui.teaching.TeachingViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The teaching view's charts save as figures from their context menus, like every other view:
 * after three generations a teacher saves the hypervolume-gap chart as SVG and as a PNG at twice
 * its size, and the population chart as SVG.
 */
@ExtendWith(ApplicationExtension.class)
class TeachingExportFlowsTest {
    private MainWindow window;
    private AnsweringChoosers choosers;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        FlowWindow f = FlowWindow.show(stage, 1400, 950);
        window = f.window();
        choosers = f.choosers();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> window.generation().viewModel().pause());
    }

    @Test
    void theGapAndPopulationChartsSaveAsSvgAndPng(FxRobot robot) throws Exception {
        robot.interact(() -> window.openSample("classroom-small.codesign.json"));
        robot.clickOn("Generation (teaching)");
        GenerationView view = window.generation();
        TeachingViewModel vm = view.viewModel();
        for (int g = 1; g <= 3; g++) {
            robot.clickOn("#teach-step");
            int wanted = g;
            await(
                    "generation " + g,
                    () -> vm.generations() == wanted && !vm.busyProperty().get());
        }
        await("the gap of every generation", () -> view.gapPointsDrawn().size() == 3);
        List<TeachingViewModel.XY> gap = view.gapPointsDrawn();

        Path svg = dir.resolve("gap.svg");
        choosers.answer(svg, "SVG");
        robot.rightClickOn("#teach-gap-chart").clickOn("Save as SVG…");
        await("the SVG file", () -> Files.exists(svg) && svg.toFile().length() > 0);
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        SvgFile file = SvgFile.read(svg);
        assertThat(file.texts()).contains("Hypervolume gap to the true front", "generation", "gap");
        assertThat(file.circles()).as("a dot per generation").isEqualTo(gap.size());
        assertThat(file.paths()).as("the line through them").isPositive();

        Path png = dir.resolve("gap.png");
        choosers.answer(png, "PNG");
        robot.rightClickOn("#teach-gap-chart").clickOn("Save as PNG (2×)…");
        await("the PNG file", () -> Files.exists(png) && png.toFile().length() > 0);
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        BufferedImage image = ImageIO.read(png.toFile());
        Node chart = robot.lookup("#teach-gap-chart").query();
        assertThat(image.getWidth())
                .isEqualTo((int) Math.ceil(chart.getLayoutBounds().getWidth() * 2));

        Path population = dir.resolve("population.svg");
        choosers.answer(population, "SVG");
        robot.rightClickOn("#teach-chart").clickOn("Save as SVG…");
        await(
                "the population SVG",
                () -> Files.exists(population) && population.toFile().length() > 0);
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        SvgFile members = SvgFile.read(population);
        int ranked =
                vm.plotProperty().get().ranks().stream().mapToInt(List::size).sum();
        assertThat(members.circles()).as("a dot per member of the population").isGreaterThanOrEqualTo(ranked);
        assertThat(members.texts()).contains("front 1");
    }
}
