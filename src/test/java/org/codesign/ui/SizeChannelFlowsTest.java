package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.codesign.ui.FxWait.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.codesign.figure.SizeSteps;
import org.codesign.figure.SvgFile;
import org.codesign.study.quantity.Quantities;
import org.codesign.study.quantity.Quantity;
import org.codesign.ui.pareto.ScatterView;
import org.codesign.ui.pareto.plot.AxisScale;
import org.codesign.ui.pareto.plot.PointColumns;
import org.codesign.ui.points.PointEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The size channel in the 2D views: a user puts utilization on size; every projection and every
 * cell of the scatter-plot matrix draws each point in one of four sizes by its utilization, and
 * the legend gets a key with the smallest and largest glyph and their values; the projection
 * saved as SVG has the same dots per size and the key.
 */
@ExtendWith(ApplicationExtension.class)
class SizeChannelFlowsTest {
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

    @Test
    void utilizationOnSizeScalesTheGlyphsOfEveryTwoDimensionalView(FxRobot robot) throws Exception {
        robot.clickOn("File").clickOn("Open Sample").moveTo("default").clickOn("classroom-small");
        WaitForAsyncUtils.waitForFxEvents();
        long feasible =
                window.store().entries().stream().filter(PointEntry::feasible).count();
        ScatterView xy = window.pareto().projections().get(0);
        await("the projection", () -> xy.drawnCounts()[0] + xy.drawnCounts()[1] == feasible);
        assertThat(xy.markersByGroup().keySet()).noneMatch(k -> k.contains("-size"));

        AxisChoiceFlowsTest.choose(robot, "#axis-size", "utilization (%)");
        Quantity utilization = window.pareto().viewModel().choices().stream()
                .filter(q -> q.id().equals(Quantities.UTILIZATION))
                .findFirst()
                .orElseThrow();
        Map<Integer, Integer> expected = steps(window.pareto().model().columns(), utilization);
        assertThat(expected)
                .as("the points spread over the smallest and the largest size")
                .containsKeys(0, 3);
        for (ScatterView p : window.pareto().projections()) {
            await(p.getId() + " sized", () -> sizes(p).equals(expected));
        }
        HBox key = robot.lookup("#size-key").queryAs(HBox.class);
        String text = key.getChildren().stream()
                .map(n -> ((Label) n).getText())
                .reduce((a, b) -> a + " " + b)
                .orElseThrow();
        AxisScale scale = org.codesign.ui.pareto.plot.PlotAxes.linear(utilization, utilization, utilization)
                .withSize(utilization, false)
                .sizeScale(window.pareto().model().columns());
        assertThat(text)
                .startsWith("size: utilization ")
                .contains(utilization.formatWithUnit(scale.lo()), utilization.formatWithUnit(scale.hi()));

        // the exported figure draws the same four sizes: a dot of each step's radius per marker
        choosers.answer(dir.resolve("sized"), "SVG");
        robot.rightClickOn("#projection-xy").clickOn("Save as SVG…");
        Path svgFile = dir.resolve("sized.svg");
        await("the SVG file", () -> Files.exists(svgFile));
        Map<Double, Integer> radii = new TreeMap<>();
        expected.forEach((step, n) -> radii.put(SizeSteps.radius(step), n));
        SvgFile svg = SvgFile.read(svgFile);
        assertThat(svg.circleRadii()).isEqualTo(radii);
        assertThat(svg.texts()).contains("size: " + utilization.label() + " " + utilization.formatWithUnit(scale.lo()));

        robot.clickOn("View").clickOn("Layout").clickOn("Scatter-Plot Matrix");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.pareto().matrixCells()).isNotEmpty();
        for (ScatterView cell : window.pareto().matrixCells()) {
            await(cell.getId() + " sized", () -> sizes(cell).equals(expected));
        }

        AxisChoiceFlowsTest.choose(robot, "#axis-size", "one size");
        for (ScatterView cell : window.pareto().matrixCells()) {
            await(
                    cell.getId() + " one size again",
                    () -> cell.markersByGroup().keySet().stream().noneMatch(k -> k.contains("-size")));
        }
        assertThat(robot.lookup("#size-key").tryQuery()).isEmpty();
    }

    /** Markers per size step as a view draws them (no pixel merging while sized). */
    private static Map<Integer, Integer> sizes(ScatterView view) {
        Map<Integer, Integer> bySize = new TreeMap<>();
        view.markersByGroup().forEach((name, n) -> {
            int at = name.indexOf("-size");
            if (at >= 0 && n > 0) {
                bySize.merge(Integer.parseInt(name.substring(at + 5)), n, Integer::sum);
            }
        });
        return bySize;
    }

    /** Shown points per size step: quarters of the size scale (linear) of their utilization. */
    private static Map<Integer, Integer> steps(PointColumns c, Quantity q) {
        AxisScale scale = org.codesign.ui.pareto.plot.PlotAxes.linear(q, q, q)
                .withSize(q, false)
                .sizeScale(c);
        Map<Integer, Integer> bySize = new TreeMap<>();
        for (int i = 0; i < c.size(); i++) {
            double v = c.value(q, i);
            if (c.shown(i) && scale.accepts(v)) {
                double t = (scale.toCube(v) + 1) / 2;
                int step = (int) Math.max(0, Math.min(3, Math.floor(t * 4)));
                bySize.merge(step, 1, Integer::sum);
            }
        }
        return bySize;
    }
}
