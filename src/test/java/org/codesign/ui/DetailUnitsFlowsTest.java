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

    /**
     * At 1000×650 the third projection had no x title: the views overflowed the part of the window
     * the split gave them, which cut it off. Every projection's x title is drawn (inside its axis,
     * which draws nothing outside itself, and inside the view), keeps its unit, and, once the
     * plot area is scrolled to the view if it has to be, lies inside every clip above it: on screen.
     */
    @Test
    void everyProjectionShowsItsXTitleWithItsUnitAt1000x650(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(650);
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (ScatterView p : window.pareto().projections()) {
            await(
                    "the x title of " + p.getId() + " inside its axis",
                    () -> onFx(() -> p.getHeight() > 0 && contains(p.xAxisBounds(), p.xTitleBounds())));
            robot.interact(() -> scrollTo(p));
            WaitForAsyncUtils.waitForFxEvents();
            String title = onFx(() -> p.axisTitle(true));
            assertThat(onFx(() -> contains(p.getLayoutBounds(), p.xTitleBounds())))
                    .as(p.getId() + " x title " + title + " inside the view")
                    .isTrue();
            assertThat(title)
                    .as("the unit is kept")
                    .endsWith("(" + onFx(() -> p.xQuantity().unit()) + ")");
            assertThat(onFx(() -> clippedAway(p)))
                    .as(p.getId() + " x title " + title + ": the clips above it that cut it")
                    .isEmpty();
        }
    }

    /** Scrolls the plot area, as a user would, so that the view is in sight. */
    private static void scrollTo(ScatterView p) {
        for (javafx.scene.Node n = p.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane scroll) {
                Bounds content = scroll.getContent().getLayoutBounds();
                Bounds view = scroll.getContent().sceneToLocal(p.localToScene(p.getLayoutBounds()));
                Bounds port = scroll.getViewportBounds();
                double spareX = content.getWidth() - port.getWidth();
                double spareY = content.getHeight() - port.getHeight();
                if (spareX > 0) {
                    scroll.setHvalue(Math.min(1, Math.max(0, view.getMinX() / spareX)));
                }
                if (spareY > 0) {
                    scroll.setVvalue(Math.min(1, Math.max(0, view.getMinY() / spareY)));
                }
                return;
            }
        }
    }

    /** The ancestors whose clip (a scroll pane's viewport, a split pane's item) leaves out part of the x title. */
    private static List<String> clippedAway(ScatterView p) {
        Bounds title = p.localToScene(p.xTitleBounds());
        List<String> cut = new java.util.ArrayList<>();
        for (javafx.scene.Node n = p; n != null; n = n.getParent()) {
            if (n.getClip() != null && !contains(n.localToScene(n.getClip().getBoundsInParent()), title)) {
                cut.add(n.getClass().getSimpleName() + " "
                        + n.localToScene(n.getClip().getBoundsInParent()));
            }
        }
        Bounds window = new javafx.geometry.BoundingBox(
                0, 0, p.getScene().getWidth(), p.getScene().getHeight());
        if (!contains(window, title)) {
            cut.add("the window");
        }
        return cut;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        double e = 0.5;
        return inner.getMinX() >= outer.getMinX() - e
                && inner.getMaxX() <= outer.getMaxX() + e
                && inner.getMinY() >= outer.getMinY() - e
                && inner.getMaxY() <= outer.getMaxY() + e;
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
