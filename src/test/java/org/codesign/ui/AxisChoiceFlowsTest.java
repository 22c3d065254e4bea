package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.codesign.ui.FxWait.await;

import java.util.List;
import java.util.TreeMap;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.stage.Stage;
import org.codesign.space.CodesignSpace;
import org.codesign.space.MobileNetV2Config;
import org.codesign.study.Samples;
import org.codesign.study.Study;
import org.codesign.ui.pareto.ScatterView;
import org.codesign.ui.points.PointEntry;
import org.codesign.ui.study.StudyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14 items 2 and 6 through the real window: a design parameter goes on an axis from the
 * chooser above the plots, the points move to its values, a log scale is taken or refused with a
 * reason, and latency carries the same unit in the plot, the table and the detail tab. Monocle
 * has no 3D: the window shows its 2D projections.
 */
@ExtendWith(ApplicationExtension.class)
class AxisChoiceFlowsTest {
    private MainWindow window;
    private StudyDocument document;

    @Start
    void start(Stage stage) throws Exception {
        document = new StudyDocument(Samples.load(Samples.DEFAULT), null);
        window = new MainWindow(stage, document, new MemoryPreferences(), new AnsweringChoosers());
        stage.setWidth(1400);
        stage.setHeight(950);
        stage.show();
        stage.requestFocus();
    }

    private ScatterView xy() {
        return window.pareto().projections().get(0);
    }

    @Test
    void aParameterGoesOnAnAxisAndLatencyHasOneUnitEverywhere(FxRobot robot) throws Exception {
        robot.clickOn("File").clickOn("Open Sample").moveTo("default").clickOn("classroom-small");
        WaitForAsyncUtils.waitForFxEvents();
        Study classroom = document.study();
        assertThat(classroom.name()).startsWith("Classroom");
        assertThat(xy().axisTitle(true)).as("the study's objectives first").isEqualTo("latency (ms)");

        choose(robot, "#axis-x", "resolution (px)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(xy().axisTitle(true)).isEqualTo("resolution (px)");
        assertThat(xy().xQuantity().id()).isEqualTo("resolution");
        // every drawn point sits at its own resolution: one column of points per resolution, in order
        CodesignSpace space = classroom.space();
        TreeMap<Integer, double[]> columnsByResolution = new TreeMap<>();
        List<PointEntry> entries = window.store().entries();
        for (int slot = 0; slot < entries.size(); slot += 7) {
            if (!entries.get(slot).feasible()) {
                continue;
            }
            int resolution = ((MobileNetV2Config)
                            space.decode(entries.get(slot).point().genome()).network())
                    .resolution();
            double x = xy().canvasPosition(slot).getX();
            double[] seen = columnsByResolution.computeIfAbsent(resolution, r -> new double[] {x, x});
            seen[0] = Math.min(seen[0], x);
            seen[1] = Math.max(seen[1], x);
        }
        assertThat(columnsByResolution.keySet()).containsExactly(96, 128, 160, 192, 224);
        double previous = Double.NEGATIVE_INFINITY;
        for (double[] xs : columnsByResolution.values()) {
            assertThat(xs[1] - xs[0]).as("one pixel column per resolution").isLessThan(1.0);
            assertThat(xs[0]).as("larger resolutions further right").isGreaterThan(previous + 5);
            previous = xs[0];
        }
        double linearGap = gap(columnsByResolution, 96, 128) / gap(columnsByResolution, 192, 224);

        robot.clickOn("#log-x");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#log-x").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#log-problem-x").queryAs(Label.class).isVisible())
                .isFalse();
        assertThat(xy().axisTitle(true)).isEqualTo("resolution (px)");
        for (Integer r : columnsByResolution.keySet()) {
            columnsByResolution.put(r, new double[] {Double.NaN, Double.NaN});
        }
        for (int slot = 0; slot < entries.size(); slot += 7) {
            if (entries.get(slot).feasible()) {
                int resolution = ((MobileNetV2Config)
                                space.decode(entries.get(slot).point().genome()).network())
                        .resolution();
                double x = xy().canvasPosition(slot).getX();
                columnsByResolution.get(resolution)[0] = x;
                columnsByResolution.get(resolution)[1] = x;
            }
        }
        double logGap = gap(columnsByResolution, 96, 128) / gap(columnsByResolution, 192, 224);
        // equal steps of 32 px: on a linear axis equally apart, on a log axis the small end spreads out
        assertThat(linearGap).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(logGap).isGreaterThan(1.5);

        // a category has no magnitude: its log scale is refused, with the reason next to the box
        choose(robot, "#axis-y", "run");
        assertThat(xy().axisTitle(false)).isEqualTo("run");
        robot.clickOn("#log-y");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#log-y").queryAs(CheckBox.class).isSelected())
                .as("the refused log box unticks")
                .isFalse();
        Label why = robot.lookup("#log-problem-y").queryAs(Label.class);
        assertThat(why.isVisible()).isTrue();
        assertThat(why.getText()).isEqualTo("log scale: run is categorical (no magnitudes to take the log of)");
        assertThat(xy().tickLabels(false)).as("the run's name is its tick").contains("run-1");
        // a run started now joins the ordinal axis as it arrives
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> evals =
                robot.lookup("#run-evaluations").queryAs(javafx.scene.control.Spinner.class);
        robot.interact(() -> evals.getValueFactory().setValue(60));
        int before = window.store().entries().size();
        robot.clickOn("#run-start");
        await(
                "the run to finish",
                () -> window.runs().liveRuns().isEmpty()
                        && window.store().entries().size() == before + 60);
        WaitForAsyncUtils.waitForFxEvents();
        String newRun = window.store().entries().get(before).runId();
        assertThat(xy().tickLabels(false)).contains("run-1", newRun);

        // the colour bar: the quantity's title with its unit, and its values along the ramp
        robot.clickOn("#color-mode").clickOn("a quantity");
        choose(robot, "#color-metric", "latency (ms)");
        List<String> legend = robot.lookup("#plot-legend .label").queryAll().stream()
                .map(n -> ((Label) n).getText())
                .toList();
        assertThat(legend).contains("latency (ms):");
        List<Double> ticks = robot.lookup("#colour-bar .colour-bar-tick").queryAll().stream()
                .map(n -> Double.parseDouble(((Label) n).getText()))
                .toList();
        double[] range = window.pareto()
                .model()
                .columns()
                .range(org.codesign.study.quantity.Quantities.of(org.codesign.eval.Metric.LATENCY), false);
        assertThat(ticks).hasSizeGreaterThanOrEqualTo(3).isSorted().allMatch(t -> t >= range[0] && t <= range[1]);

        // latency: the same unit in the table's header and the detail tab
        List<String> headers = window.table().table().getColumns().stream()
                .map(TableColumn::getText)
                .toList();
        assertThat(headers).contains("latency (ms)", "power (W)", "energy per inference (mJ)", "MACs (MMACs)");
        robot.interact(() -> window.focus(0));
        await(
                "the detail tab to show point 0",
                () -> window.detail().viewModel().metricsProperty().get().contains("latency"));
        String metrics = window.detail().viewModel().metricsProperty().get();
        double latency = entries.get(0).metric(org.codesign.eval.Metric.LATENCY);
        assertThat(metrics)
                .contains("latency "
                        + org.codesign.study.quantity.Quantities.of(org.codesign.eval.Metric.LATENCY)
                                .format(latency) + " ms");
        assertThat(metrics).contains(" MMACs").doesNotContain(" s ·");
    }

    /** Opens a chooser, scrolls its list to the entry with exactly this text and clicks it. */
    static void choose(FxRobot robot, String chooser, String entry) {
        robot.clickOn(chooser);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<?> list =
                robot.lookup(".combo-box-popup .list-view").queryAs(javafx.scene.control.ListView.class);
        // the popup shows about ten rows and makes cells only for those: scroll as a user would
        for (int top = 0; top < list.getItems().size(); top += 5) {
            int at = top;
            robot.interact(() -> list.scrollTo(at));
            WaitForAsyncUtils.waitForFxEvents();
            var cell = robot.lookup(".combo-box-popup .list-cell")
                    .match((javafx.scene.control.ListCell<?> c) -> entry.equals(c.getText()))
                    .tryQuery();
            if (cell.isPresent()) {
                robot.clickOn(cell.get());
                WaitForAsyncUtils.waitForFxEvents();
                return;
            }
        }
        throw new AssertionError(chooser + " offers no " + entry);
    }

    private static double gap(TreeMap<Integer, double[]> xs, int a, int b) {
        return xs.get(b)[0] - xs.get(a)[0];
    }
}
