package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.codesign.ui.FxWait.await;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.codesign.eval.Metric;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.Samples;
import org.codesign.ui.pareto.ScatterView;
import org.codesign.ui.study.StudyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14 item 6 through the real window: the Detail tab names the hardware as the axes do,
 * with units (a GPU study and an accelerator study), and the projections' vertical titles stay
 * inside their views at the default window size and in a smaller window.
 */
@ExtendWith(ApplicationExtension.class)
class DetailUnitsFlowsTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = new MainWindow(
                stage,
                new StudyDocument(Samples.load("classroom-small.codesign.json"), null),
                new MemoryPreferences(),
                new AnsweringChoosers());
        stage.setWidth(1500);
        stage.setHeight(950);
        stage.show();
    }

    /** The texts of the Detail tab's labels. */
    private Set<String> detailLabels(FxRobot robot) {
        return robot.lookup("#detail-pane .label").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .collect(Collectors.toSet());
    }

    @Test
    void theDetailTabNamesAGpuWithUnits(FxRobot robot) {
        await("the table", () -> !window.store().entries().isEmpty());
        robot.clickOn(".table-row-cell");
        robot.clickOn("Detail");
        WaitForAsyncUtils.waitForFxEvents();
        await("the hardware rows", () -> detailLabels(robot).contains("gpuFreqMHz (MHz)"));
        assertThat(detailLabels(robot))
                .contains("cpuFreqMHz (MHz)", "emcFreqMHz (MHz)")
                .doesNotContain("gpuFreqMHz");
    }

    @Test
    void theDetailTabNamesAnAcceleratorWithUnits(FxRobot robot) throws Exception {
        FxWait.open(window, Path.of("samples/accelerator-dataflow.codesign.json"));
        // the sample has no runs: one evaluated point of its space, as a run would add it
        int genes = Samples.load("accelerator-dataflow.codesign.json").space().genomeLength();
        Map<Metric, Double> m = new EnumMap<>(Metric.class);
        m.put(Metric.ACCURACY, 70.0);
        m.put(Metric.LATENCY, 5.0);
        m.put(Metric.POWER, 1.0);
        robot.interact(() -> {
            window.store().append("run-1", List.of(new EvaluatedPoint(0, 1, new int[genes], m, 0, null)));
            window.selection().focusedProperty().set(window.store().entries().get(0));
        });
        robot.clickOn("Detail");
        WaitForAsyncUtils.waitForFxEvents();
        await("the hardware rows", () -> detailLabels(robot).contains("peRows (PEs)"));
        assertThat(detailLabels(robot))
                .contains("peCols (PEs)", "globalBufferKiB (KiB)")
                .doesNotContain("peRows", "globalBufferKiB");
    }

    @Test
    void theProjectionsYTitlesStayInsideTheirViews(FxRobot robot) {
        assertTitlesInside(robot, "top-1 accuracy (%)");
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(650);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTitlesInside(robot, null);
    }

    /** Every projection's y title lies within the view; {@code whole}: the first one is not shortened. */
    private void assertTitlesInside(FxRobot robot, String whole) {
        for (ScatterView p : window.pareto().projections()) {
            await("the title to fit " + p.getId(), () -> inside(p));
            Bounds[] b = new Bounds[2];
            String[] title = new String[1];
            robot.interact(() -> {
                b[0] = p.yTitleBounds();
                b[1] = p.getLayoutBounds();
                title[0] = p.yTitle();
            });
            assertThat(b[0].getMinY()).as(p.getId() + " " + title[0]).isGreaterThanOrEqualTo(b[1].getMinY());
            assertThat(b[0].getMaxY()).as(p.getId() + " " + title[0]).isLessThanOrEqualTo(b[1].getMaxY());
            assertThat(title[0]).as("the unit is kept").endsWith(")");
        }
        if (whole != null) {
            String[] first = new String[1];
            robot.interact(() -> first[0] = window.pareto().projections().get(0).yTitle());
            assertThat(first[0]).isEqualTo(whole);
        }
    }

    private static boolean inside(ScatterView p) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                        Bounds t = p.yTitleBounds();
                        Bounds v = p.getLayoutBounds();
                        return p.getHeight() > 0 && t.getMinY() >= v.getMinY() && t.getMaxY() <= v.getMaxY();
                    })
                    .get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
