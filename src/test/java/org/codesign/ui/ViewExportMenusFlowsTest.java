package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.codesign.ui.FxWait.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.codesign.figure.SvgFile;
import org.codesign.ui.pareto.ScatterView;
import org.codesign.ui.runs.HypervolumeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The export menus of the views {@link FigureExportFlowsTest} does not reach: a run card's
 * hypervolume chart, what the user gets for the 3D view without 3D (the 2D fallback), and the
 * cells of the scatter-plot matrix. Each in the three formats, through the right-click menu.
 */
@ExtendWith(ApplicationExtension.class)
class ViewExportMenusFlowsTest {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

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

    private long openClassroom(FxRobot robot) {
        return FlowWindow.openClassroom(robot, window);
    }

    /** Right-click {@code view}, choose {@code item}, answer the dialog with {@code name}; the written file. */
    private Path save(FxRobot robot, Node view, String item, String name, String filter) {
        Path file = dir.resolve(name);
        choosers.answer(file, filter);
        robot.rightClickOn(view).clickOn(item);
        await("the file " + name, () -> Files.exists(file));
        return file;
    }

    private static void assertPngAtTwiceTheSizeOf(Path file, Node view) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 8)).as("PNG magic bytes").isEqualTo(PNG_MAGIC);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(image.getWidth())
                .isEqualTo((int) Math.ceil(view.getLayoutBounds().getWidth() * 2));
        assertThat(image.getHeight())
                .isEqualTo((int) Math.ceil(view.getLayoutBounds().getHeight() * 2));
    }

    private static void assertPdf(Path file) throws Exception {
        byte[] head = Arrays.copyOf(Files.readAllBytes(file), 5);
        assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private List<String> proposedNames() {
        return choosers.asked.stream().map(r -> r.initialName()).toList();
    }

    @Test
    void aRunCardsHypervolumeChartSavesInEachFormat(FxRobot robot) throws Exception {
        openClassroom(robot);
        HypervolumeChart chart = robot.lookup(".hypervolume-chart").queryAs(HypervolumeChart.class);
        await("the card's chart to show the run's hypervolume", () -> chart.pointCount() > 0);

        Path svg = save(robot, chart, "Save as SVG…", "hv-figure.svg", "SVG");
        assertThat(SvgFile.read(svg).texts()).contains("Hypervolume", "evaluations", "hypervolume");
        Path pdf = save(robot, chart, "Save as PDF…", "hv-figure.pdf", "PDF");
        assertPdf(pdf);
        Path png = save(robot, chart, "Save as PNG (2×)…", "hv-figure.png", "PNG");
        assertPngAtTwiceTheSizeOf(png, chart);

        assertThat(proposedNames()).containsExactly("hypervolume.svg", "hypervolume.pdf", "hypervolume.png");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("named as the user chose, nothing else left behind")
                    .containsExactlyInAnyOrder("hv-figure.svg", "hv-figure.pdf", "hv-figure.png");
        }
    }

    @Test
    void withoutThreeDTheFallbackProjectionsSaveInEachFormat(FxRobot robot) throws Exception {
        openClassroom(robot);
        assertThat(window.pareto().view3d()).as("headless: no 3D").isNull();
        assertThat(robot.lookup("#no-3d-note").tryQuery()).isPresent();
        ScatterView yz = window.pareto().projections().get(2);
        String x = yz.xQuantity().title();
        String y = yz.yQuantity().title();

        Path svg = save(robot, yz, "Save as SVG…", "yz.svg", "SVG");
        assertThat(SvgFile.read(svg).texts()).contains(x, y);
        assertPdf(save(robot, yz, "Save as PDF…", "yz.pdf", "PDF"));
        assertPngAtTwiceTheSizeOf(save(robot, yz, "Save as PNG (2×)…", "yz.png", "PNG"), yz);

        String stem = "projection-" + yz.xQuantity().id() + "-" + yz.yQuantity().id();
        assertThat(proposedNames()).containsExactly(stem + ".svg", stem + ".pdf", stem + ".png");
    }

    @Test
    void aScatterMatrixCellSavesOnItsOwnPairOfAxes(FxRobot robot) throws Exception {
        long feasible = openClassroom(robot);
        robot.clickOn("View").clickOn("Layout").clickOn("Scatter-Plot Matrix");
        WaitForAsyncUtils.waitForFxEvents();
        List<ScatterView> cells = window.pareto().matrixCells();
        await(
                "every cell to draw",
                () -> cells.stream().allMatch(c -> {
                    int[] drawn = c.drawnCounts();
                    return drawn[0] + drawn[1] == feasible;
                }));
        // a cell off the first row and column: its pair differs from the projections' x–y
        ScatterView cell = cells.get(cells.size() - 1);
        String x = cell.xQuantity().title();
        String y = cell.yQuantity().title();

        Path svg = save(robot, cell, "Save as SVG…", "cell.svg", "SVG");
        SvgFile figure = SvgFile.read(svg);
        assertThat(figure.texts()).contains(x, y);
        assertThat(figure.circles()).as("one mark per feasible point").isEqualTo((int) feasible);
        assertPdf(save(robot, cell, "Save as PDF…", "cell.pdf", "PDF"));
        assertPngAtTwiceTheSizeOf(save(robot, cell, "Save as PNG (2×)…", "cell.png", "PNG"), cell);

        String stem =
                "projection-" + cell.xQuantity().id() + "-" + cell.yQuantity().id();
        assertThat(proposedNames()).containsExactly(stem + ".svg", stem + ".pdf", stem + ".png");
    }
}
