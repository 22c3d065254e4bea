package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.codesign.ui.FxWait.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.codesign.figure.SvgFile;
import org.codesign.study.Samples;
import org.codesign.study.quantity.Quantity;
import org.codesign.ui.pareto.PlotLayout;
import org.codesign.ui.pareto.ScatterView;
import org.codesign.ui.pareto.plot.PointColumns;
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
 * Issue 14 items 1 and 3 through the real window: View ▸ Layout and double clicks make any view
 * the main one (one large projection, the scatter-plot matrix), a brush in a matrix cell selects
 * table rows, a 2D point's hover card, a run clicked off in the legend leaving the views and the
 * exported figure, and the arrow keys walking the current point along the front. Monocle has no
 * 3D: the first layout shows the three projections.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutFlowsTest {
    private MainWindow window;
    private AnsweringChoosers choosers;
    private Stage stage;
    private final Preferences preferences = new MemoryPreferences();

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        choosers = new AnsweringChoosers();
        window = new MainWindow(stage, new StudyDocument(Samples.load(Samples.DEFAULT), null), preferences, choosers);
        stage.setWidth(1400);
        stage.setHeight(950);
        stage.show();
        stage.requestFocus();
    }

    /** File ▸ Open Sample ▸ classroom-small, and wait until the x–y projection draws every feasible point. */
    private void openClassroom(FxRobot robot) {
        robot.clickOn("File").clickOn("Open Sample").moveTo("default").clickOn("classroom-small");
        WaitForAsyncUtils.waitForFxEvents();
        long feasible =
                window.store().entries().stream().filter(PointEntry::feasible).count();
        assertThat(feasible).isGreaterThan(1000);
        await("the projection to draw", () -> drawn(projection(0)) == feasible);
    }

    private ScatterView projection(int p) {
        return window.pareto().projections().get(p);
    }

    private static int drawn(ScatterView view) {
        int[] c = view.drawnCounts();
        return c[0] + c[1];
    }

    private void chooseLayout(FxRobot robot, String item) {
        robot.clickOn("View").clickOn("Layout").clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean inWindow(Node n) {
        return n.getScene() != null && n.isVisible();
    }

    /** Where a slot is drawn in a 2D view, on the screen. */
    private static Point2D onScreen(ScatterView view, int slot) {
        Point2D c = view.canvasPosition(slot);
        return view.getCanvas().localToScreen(c.getX(), c.getY());
    }

    /**
     * A double click in a view's top left corner, clear of its points: a first click on a point
     * would open it in the Detail tab, and Monocle stamps the second click after that tab's layout,
     * too late to make a double click.
     */
    private static void doubleClickBesideThePoints(FxRobot robot, ScatterView view) {
        robot.moveTo(view.getCanvas().localToScreen(4, 4)).doubleClickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theMenuAndDoubleClicksMakeAnyViewTheMainOne(FxRobot robot) {
        openClassroom(robot);
        assertThat(window.pareto().projections()).allMatch(LayoutFlowsTest::inWindow);

        chooseLayout(robot, "Large x–z");
        ScatterView xz = projection(1);
        assertThat(inWindow(xz)).isTrue();
        assertThat(inWindow(projection(0)) || inWindow(projection(2))).isFalse();
        double areaWidth = window.pareto().getWidth();
        assertThat(xz.getWidth()).as("the one view fills the area").isGreaterThan(areaWidth * 0.9);
        assertThat(preferences.node("plot").get("layout", "")).isEqualTo("large-xz");
        // views resize with the window
        double before = xz.getWidth();
        robot.interact(() -> stage.setWidth(stage.getWidth() - 200));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(xz.getWidth()).isLessThan(before - 50);
        robot.interact(() -> stage.setWidth(stage.getWidth() + 200));

        // a double click on the large view gives the layout back; one on a projection enlarges it
        doubleClickBesideThePoints(robot, xz);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.pareto().projections()).allMatch(LayoutFlowsTest::inWindow);
        doubleClickBesideThePoints(robot, projection(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.pareto().viewModel().layoutProperty().get()).isEqualTo(PlotLayout.large(2));
        assertThat(inWindow(projection(2))).isTrue();
        assertThat(inWindow(projection(0))).isFalse();

        // the matrix: every pair of the objectives (accuracy, latency) and the plot's z (power)
        chooseLayout(robot, "Scatter-Plot Matrix");
        List<ScatterView> cells = window.pareto().matrixCells();
        assertThat(cells).hasSize(6).allMatch(LayoutFlowsTest::inWindow);
        assertThat(cells.stream()
                        .map(c -> c.xQuantity().title() + " / " + c.yQuantity().title()))
                .contains("latency (ms) / top-1 accuracy (%)", "power (W) / latency (ms)");
        int feasible = drawn(projection(2));
        await("every cell to draw", () -> cells.stream().allMatch(c -> drawn(c) == feasible));
        assertThat(preferences.node("plot").get("layout", "")).isEqualTo("matrix");

        // a double click on a cell puts its pair on x and y, large
        ScatterView cell = cells.stream()
                .filter(c -> c.xQuantity().title().equals("power (W)")
                        && c.yQuantity().title().equals("latency (ms)"))
                .findFirst()
                .orElseThrow();
        doubleClickBesideThePoints(robot, cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.pareto().viewModel().layoutProperty().get()).isEqualTo(PlotLayout.large(0));
        assertThat(projection(0).axisTitle(true)).isEqualTo("power (W)");
        assertThat(projection(0).axisTitle(false)).isEqualTo("latency (ms)");
        assertThat(inWindow(projection(0))).isTrue();
        await("the enlarged view to draw", () -> drawn(projection(0)) == feasible);
    }

    @Test
    void aLongLegendWrapsAndLeavesTheSidePanesInView(FxRobot robot) {
        openClassroom(robot);
        // with the size key, the legend is longer than the centre of a 1,200-pixel window is wide
        AxisChoiceFlowsTest.choose(robot, "#axis-size", "utilization (%)");
        robot.interact(() -> stage.setWidth(1200));
        WaitForAsyncUtils.waitForFxEvents();
        double sceneWidth = stage.getScene().getWidth();
        // the study and the runs keep their place: the centre does not push them off the window
        Label joint = robot.lookup(
                        (Label l) -> l.getText() != null && l.getText().startsWith("Joint space"))
                .queryAs(Label.class);
        assertThat(joint.localToScene(0, 0).getX()).as("the study's first line").isGreaterThanOrEqualTo(0);
        Node runs = robot.lookup("#run-start").query();
        assertThat(runs.localToScene(runs.getLayoutBounds()).getMaxX())
                .as("the run form's Start")
                .isLessThanOrEqualTo(sceneWidth);
        // every legend entry is in the centre, in full: the legend wraps onto more lines
        var centre = window.pareto().localToScene(window.pareto().getLayoutBounds());
        List<Label> entries = robot.lookup("#plot-legend .label").queryAllAs(Label.class).stream()
                .filter(Node::isVisible)
                .toList();
        assertThat(entries).isNotEmpty();
        for (Label e : entries) {
            var b = e.localToScene(e.getLayoutBounds());
            assertThat(b.getMinX()).as(e.getText()).isGreaterThanOrEqualTo(centre.getMinX() - 0.5);
            assertThat(b.getMaxX()).as(e.getText()).isLessThanOrEqualTo(centre.getMaxX() + 0.5);
            assertThat(e.getWidth()).as(e.getText() + " in full").isGreaterThanOrEqualTo(e.prefWidth(-1) - 0.5);
        }
        assertThat(entries.stream().map(n -> n.localToScene(0, 0).getY()).distinct())
                .as("the legend on more than one line")
                .hasSizeGreaterThan(1);
    }

    @Test
    void aBrushInAMatrixCellSelectsTheTableRows(FxRobot robot) {
        openClassroom(robot);
        chooseLayout(robot, "Scatter-Plot Matrix");
        ScatterView cell = window.pareto().matrixCells().get(0);
        await("the cell to draw", () -> drawn(cell) > 1000);
        WaitForAsyncUtils.waitForFxEvents();
        // a band over the middle of the cell's plot
        double w = cell.getCanvas().getWidth();
        double h = cell.getCanvas().getHeight();
        Point2D from = cell.getCanvas().localToScreen(w * 0.3, h * 0.3);
        Point2D to = cell.getCanvas().localToScreen(w * 0.7, h * 0.7);
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        BitSet selected = window.selection().positions();
        assertThat(selected.cardinality()).isGreaterThan(10);
        PointColumns c = window.pareto().model().columns();
        for (int slot = 0; slot < c.size(); slot++) {
            Point2D at = cell.canvasPosition(slot);
            boolean inside = at.getX() > w * 0.3 + 1
                    && at.getX() < w * 0.7 - 1
                    && at.getY() > h * 0.3 + 1
                    && at.getY() < h * 0.7 - 1;
            boolean outside = at.getX() < w * 0.3 - 1
                    || at.getX() > w * 0.7 + 1
                    || at.getY() < h * 0.3 - 1
                    || at.getY() > h * 0.7 + 1;
            if (c.shown(slot) && inside) {
                assertThat(selected.get(slot))
                        .as("slot %d inside the band", slot)
                        .isTrue();
            }
            if (outside) {
                assertThat(selected.get(slot))
                        .as("slot %d outside the band", slot)
                        .isFalse();
            }
        }
        // the table shows the same points as selected
        robot.clickOn("Points").clickOn("#selected-only");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.table().table().getItems())
                .hasSize(selected.cardinality())
                .allMatch(e -> selected.get(e.position()));
    }

    @Test
    void hoveringAPointInA2dViewShowsItsMetricsAndConfiguration(FxRobot robot) {
        openClassroom(robot);
        chooseLayout(robot, "Large x–y");
        ScatterView xy = projection(0);
        WaitForAsyncUtils.waitForFxEvents();
        PointColumns c = window.pareto().model().columns();
        int slot = c.nextPareto(0);
        assertThat(xy.hoverCard().isVisible()).isFalse();
        robot.moveTo(onScreen(xy, slot));
        WaitForAsyncUtils.waitForFxEvents();
        Label card = xy.hoverCard();
        await("the hover card", card::isVisible);
        PointEntry e = window.store().entries().get(slot);
        // the point under the mouse may share its pixel with another; the card names the one it found
        assertThat(card.getText())
                .contains("Exhaustive · joint · seed 1")
                .contains("Pareto-optimal")
                .contains("latency")
                .contains(" ms")
                .contains(" W")
                .contains("resolution=");
        assertThat(card.getText()).contains("point " + e.point().index());
        robot.moveTo(xy.getCanvas().localToScreen(2, 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(card.isVisible()).as("nothing under the mouse: no card").isFalse();
    }

    @Test
    void aRunClickedOffInTheLegendLeavesTheViewsAndTheFigure(FxRobot robot) throws Exception {
        openClassroom(robot);
        // a second run: 60 evaluations from the run form
        @SuppressWarnings("unchecked")
        Spinner<Integer> evals = robot.lookup("#run-evaluations").queryAs(Spinner.class);
        robot.interact(() -> evals.getValueFactory().setValue(60));
        int before = window.store().entries().size();
        robot.clickOn("#run-start");
        await(
                "the run to finish",
                () -> window.runs().liveRuns().isEmpty()
                        && window.store().entries().size() == before + 60);
        WaitForAsyncUtils.waitForFxEvents();
        String second = window.store().entries().get(before).runId();
        long firstFeasible = window.store().entries().stream()
                .filter(e -> e.feasible() && e.runId().equals("run-1"))
                .count();
        long secondFeasible = window.store().entries().stream()
                .filter(e -> e.feasible() && e.runId().equals(second))
                .count();
        assertThat(secondFeasible).isPositive();
        await("both runs drawn", () -> drawn(projection(0)) == firstFeasible + secondFeasible);
        Label entry = robot.lookup("#legend-run-" + second).queryAs(Label.class);
        assertThat(entry.getText()).as("the run's name").startsWith("NSGA-II · joint");
        // one name for the run in the legend, its card and the table
        assertThat(robot.lookup(".run-name").queryAll().stream().map(n -> ((Label) n).getText()))
                .contains(entry.getText(), "Exhaustive · joint · seed 1");
        var table = window.table().table();
        assertThat(table.getColumns().get(0).getText()).isEqualTo("run");
        List<Object> runColumn = new ArrayList<>();
        for (int row = 0; row < table.getItems().size(); row++) {
            runColumn.add(table.getColumns().get(0).getCellData(row));
        }
        assertThat(runColumn).contains(entry.getText(), "Exhaustive · joint · seed 1");

        robot.clickOn("#legend-run-" + second);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.pareto().model().hiddenRuns()).containsExactly(second);
        assertThat(robot.lookup("#legend-run-" + second).queryAs(Label.class).getStyleClass())
                .contains("legend-hidden");
        for (ScatterView p : window.pareto().projections()) {
            await("the run to leave " + p.getId(), () -> drawn(p) == firstFeasible);
        }
        // and the table: no row of the hidden run
        assertThat(table.getItems()).isNotEmpty().noneMatch(e -> e.runId().equals(second));
        assertThat(table.getItems()).hasSize(before);
        // a brush over the whole view selects none of the hidden run's points
        robot.clickOn("Edit").clickOn("Clear Selection");
        ScatterView xy = projection(0);
        robot.moveTo(xy.getCanvas().localToScreen(1, 1))
                .press(MouseButton.PRIMARY)
                .moveTo(xy.getCanvas()
                        .localToScreen(
                                xy.getCanvas().getWidth() - 1, xy.getCanvas().getHeight() - 1))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        BitSet brushed = window.selection().positions();
        assertThat(brushed.cardinality()).isPositive();
        assertThat(brushed.stream()
                        .mapToObj(i -> window.store().entries().get(i).runId()))
                .doesNotContain(second);
        robot.clickOn("Edit").clickOn("Clear Selection");

        // the exported figure leaves the run out too
        Path file = dir.resolve("hidden.svg");
        choosers.answer(file, "SVG");
        robot.rightClickOn("#projection-xy").clickOn("Save as SVG…");
        await("the SVG file", () -> Files.exists(file));
        assertThat(SvgFile.read(file).circles()).isEqualTo((int) firstFeasible);

        robot.clickOn("#legend-run-" + second);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.pareto().model().hiddenRuns()).isEmpty();
        await("the run to come back", () -> drawn(projection(0)) == firstFeasible + secondFeasible);
        assertThat(table.getItems()).hasSize(before + 60);
    }

    @Test
    void theRightArrowMovesTheCurrentPointAlongTheFront(FxRobot robot) {
        openClassroom(robot);
        chooseLayout(robot, "Large x–y");
        ScatterView xy = projection(0);
        WaitForAsyncUtils.waitForFxEvents();
        PointColumns c = window.pareto().model().columns();
        Quantity latency = xy.xQuantity();
        List<Integer> front = new ArrayList<>();
        for (int i = c.nextPareto(0); i >= 0 && i < c.size(); i = c.nextPareto(i + 1)) {
            front.add(i);
        }
        front.sort(Comparator.<Integer>comparingDouble(i -> c.value(latency, i)).thenComparingInt(i -> i));
        assertThat(front).hasSizeGreaterThan(3);
        // the fastest front point, clicked: it is the current point
        int first = front.get(0);
        robot.clickOn(onScreen(xy, first));
        WaitForAsyncUtils.waitForFxEvents();
        int clicked = window.selection().focusedProperty().get().position();
        assertThat(c.pareto(clicked)).isTrue();
        int k = front.indexOf(clicked);

        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        int next = front.get(k + 1);
        assertThat(window.selection().focusedProperty().get().position()).isEqualTo(next);
        assertThat(window.selection().positions().stream().toArray()).containsExactly(next);
        Point2D ring = xy.ringCentre();
        assertThat(ring).isNotNull();
        assertThat(ring.distance(xy.canvasPosition(next)))
                .as("the ring moved to it")
                .isLessThan(1);
        assertThat(window.detail().viewModel().titleProperty().get())
                .as("the detail tab shows it")
                .contains("point " + window.store().entries().get(next).point().index() + " ·");

        robot.type(KeyCode.RIGHT).type(KeyCode.LEFT).type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.selection().focusedProperty().get().position()).isEqualTo(front.get(k));
    }
}
