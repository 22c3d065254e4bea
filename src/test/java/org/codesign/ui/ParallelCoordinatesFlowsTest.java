package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.codesign.ui.FxWait.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.codesign.eval.Metric;
import org.codesign.figure.SvgFile;
import org.codesign.study.quantity.Quantities;
import org.codesign.study.quantity.Quantity;
import org.codesign.ui.pareto.ParallelCoordinatesView;
import org.codesign.ui.pareto.ScatterView;
import org.codesign.ui.pareto.plot.AxisIntervals;
import org.codesign.ui.pareto.plot.ParallelAxis;
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
 * The parallel coordinates the way a user works with them in the main window: open a sample with
 * runs, open the tab, move and invert axes with the mouse, the keys and the context menu, brush
 * several intervals on one axis, hover a line, and see a selection made in a projection.
 */
@ExtendWith(ApplicationExtension.class)
class ParallelCoordinatesFlowsTest {
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

    /** File > Open Sample > classroom-small, then the parallel-coordinates tab once its lines are drawn. */
    private ParallelCoordinatesView openParallel(FxRobot robot) {
        robot.clickOn("File").clickOn("Open Sample").moveTo("default").clickOn("classroom-small");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(feasible().cardinality()).isGreaterThan(1000);
        robot.clickOn("Parallel coordinates");
        ParallelCoordinatesView view = window.pareto().parallel();
        await(
                "the lines",
                () -> view.drawn().faded() + view.drawn().vivid() == feasible().cardinality());
        return view;
    }

    private BitSet feasible() {
        PointColumns c = window.pareto().model().columns();
        BitSet b = new BitSet();
        for (int i = 0; i < c.size(); i++) {
            if (c.feasible(i)) {
                b.set(i);
            }
        }
        return b;
    }

    private Point2D screen(ParallelCoordinatesView view, double x, double y) {
        return view.canvas().localToScreen(x, y);
    }

    private static String selectedPart(String summary) {
        return summary.substring(summary.lastIndexOf('·') + 1).strip();
    }

    @Test
    void axesMoveAndInvertByMouseKeysAndMenuAndTheFigureFollows(FxRobot robot) throws Exception {
        ParallelCoordinatesView view = openParallel(robot);
        String latency = Metric.LATENCY.key();
        int from = view.axisKeys().indexOf(latency);
        assertThat(from).isPositive();
        List<String> before = view.axisKeys();

        // Drag latency's title onto the first axis.
        robot.moveTo(screen(view, view.axisX(from), 14)).press(MouseButton.PRIMARY);
        robot.moveTo(screen(view, view.axisX(from) - 20, 14));
        robot.moveTo(screen(view, view.axisX(0), 14)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.axisKeys().get(0)).isEqualTo(latency);
        assertThat(view.axisKeys()).containsExactlyInAnyOrderElementsOf(before);

        // Double-click its title: the fastest point's line now starts at the top. (Monocle counts
        // the robot's two clicks as two single clicks, so the second click is sent as JavaFX
        // delivers a double click: the same event with a click count of 2.)
        robot.clickOn(screen(view, view.axisX(0), 14));
        robot.interact(() -> doubleClick(view, view.axisX(0), 14));
        assertThat(view.inverted(0)).isTrue();
        ParallelAxis axis = view.axes().get(0);
        assertThat(view.valueY(0, axis.position(axis.lo()))).isEqualTo(view.axisY(1));

        // Keys: Shift+→ moves the chosen axis (latency) one place right, I turns it back.
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.axisKeys().get(1)).isEqualTo(latency);
        robot.type(KeyCode.I);
        assertThat(view.inverted(1)).isFalse();
        robot.type(KeyCode.I);
        assertThat(view.inverted(1)).isTrue();

        // The context menu of the axis right-clicked: move accuracy (now first) right.
        String first = view.axisKeys().get(0);
        robot.rightClickOn(screen(view, view.axisX(0), 14)).clickOn("#parallel-move-right");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.axisKeys().subList(0, 2)).containsExactly(latency, first);

        // The figure keeps the order and the inversion.
        Path file = dir.resolve("parallel.svg");
        choosers.answer(file, "SVG");
        robot.rightClickOn(screen(view, view.axisX(3), view.axisY(0.5))).clickOn("Save as SVG…");
        await("the SVG file", () -> Files.exists(file));
        List<String> texts = SvgFile.read(file).texts();
        String latencyTitle = Quantities.of(Metric.LATENCY).title() + ", inverted";
        assertThat(texts).contains(latencyTitle);
        assertThat(texts.indexOf(latencyTitle))
                .as("latency stands before accuracy")
                .isLessThan(texts.indexOf(Quantities.of(Metric.ACCURACY).title()));
    }

    private static void doubleClick(ParallelCoordinatesView view, double x, double y) {
        javafx.scene.Node target = view.marks();
        Point2D s = target.localToScreen(x, y);
        Point2D scene = target.localToScene(x, y); // the event's x and y are in the scene
        javafx.event.Event.fireEvent(
                target,
                new javafx.scene.input.MouseEvent(
                        javafx.scene.input.MouseEvent.MOUSE_CLICKED,
                        scene.getX(),
                        scene.getY(),
                        s.getX(),
                        s.getY(),
                        MouseButton.PRIMARY,
                        2,
                        false,
                        false,
                        false,
                        false,
                        true,
                        false,
                        false,
                        true,
                        false,
                        true,
                        null));
    }

    @Test
    void twoIntervalsOnOneAxisSelectTheirUnionAndAClickDropsOne(FxRobot robot) {
        ParallelCoordinatesView view = openParallel(robot);
        int a = view.axisKeys().indexOf(Metric.LATENCY.key());
        double x = view.axisX(a);
        robot.moveTo(screen(view, x, view.axisY(0.8))).press(MouseButton.PRIMARY);
        robot.moveTo(screen(view, x, view.axisY(0.6))).release(MouseButton.PRIMARY);
        robot.press(KeyCode.SHIFT);
        robot.moveTo(screen(view, x, view.axisY(0.1))).press(MouseButton.PRIMARY);
        robot.moveTo(screen(view, x, view.axisY(0.3))).release(MouseButton.PRIMARY);
        robot.release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();

        List<AxisIntervals.Interval> intervals = view.intervals(a);
        assertThat(intervals).hasSize(2);
        assertThat(intervals.get(0).lo()).isCloseTo(0.1, org.assertj.core.data.Offset.offset(0.02));
        assertThat(intervals.get(1).hi()).isCloseTo(0.8, org.assertj.core.data.Offset.offset(0.02));
        int both = inside(view, a, intervals);
        int second = inside(view, a, intervals.subList(0, 1));
        assertThat(second).isPositive().isLessThan(both);
        String summary = window.table().viewModel().summaryProperty().get();
        assertThat(selectedPart(summary)).isEqualTo(String.format(java.util.Locale.ROOT, "%,d selected", both));

        // A click inside the upper interval drops it: only the lower one selects.
        robot.clickOn(screen(view, x, view.axisY(0.7)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.intervals(a)).hasSize(1);
        summary = window.table().viewModel().summaryProperty().get();
        assertThat(selectedPart(summary)).isEqualTo(String.format(java.util.Locale.ROOT, "%,d selected", second));
    }

    /** Feasible points whose place on axis a lies in one of the intervals. */
    private int inside(ParallelCoordinatesView view, int a, List<AxisIntervals.Interval> intervals) {
        PointColumns c = window.pareto().model().columns();
        ParallelAxis axis = view.axes().get(a);
        int n = 0;
        for (int i = 0; i < c.size(); i++) {
            double t = axis.position(c.value(Metric.LATENCY, i));
            if (c.feasible(i) && intervals.stream().anyMatch(iv -> iv.contains(t))) {
                n++;
            }
        }
        return n;
    }

    @Test
    void hoveringALineShowsItsPointWithUnitsAndConfiguration(FxRobot robot) {
        ParallelCoordinatesView view = openParallel(robot);
        PointColumns c = window.pareto().model().columns();
        // Halfway between the first two axes, at the height of some point's line.
        double x0 = (view.axisX(0) + view.axisX(1)) / 2;
        int probe = feasible().nextSetBit(feasible().cardinality() / 2);
        Point2D target = screen(view, x0, lineY(view, c, probe, x0));
        robot.moveTo(new Point2D(Math.round(target.getX()), Math.round(target.getY())));
        WaitForAsyncUtils.waitForFxEvents();
        // Where the mouse really is (whole screen pixels), on the canvas.
        Point2D at = view.canvas().screenToLocal(Math.round(target.getX()), Math.round(target.getY()));
        double x = at.getX();
        double y = at.getY();

        double best = Double.POSITIVE_INFINITY;
        for (int i = feasible().nextSetBit(0); i >= 0; i = feasible().nextSetBit(i + 1)) {
            best = Math.min(best, Math.abs(lineY(view, c, i, x) - y));
        }
        assertThat(view.hoverCard().isVisible()).isTrue();
        String text = view.hoverCard().getText();
        java.util.regex.Matcher id =
                java.util.regex.Pattern.compile("^(.+) · point (\\d+)").matcher(text);
        assertThat(id.find()).as(text).isTrue();
        PointEntry entry = window.store().entries().stream()
                .filter(e -> window.pareto().model().runLabel(e.runId()).equals(id.group(1))
                        && e.point().index() == Long.parseLong(id.group(2)))
                .findFirst()
                .orElseThrow();
        assertThat(Math.abs(lineY(view, c, entry.position(), x) - y))
                .as("the card's line is the nearest one (within float rounding)")
                .isLessThanOrEqualTo(best + 0.05);
        Quantity q = Quantities.of(Metric.LATENCY);
        assertThat(text)
                .contains(q.label() + " " + q.formatWithUnit(q.display(entry.metric(Metric.LATENCY))))
                .contains("resolution=");

        robot.moveTo(screen(view, x, 5)); // above the axes: no line
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.hoverCard().isVisible()).isFalse();
    }

    /** The canvas y of point i's line at canvas x between the first two axes. */
    private static double lineY(ParallelCoordinatesView view, PointColumns c, int i, double x) {
        double[] y = new double[2];
        for (int a = 0; a < 2; a++) {
            ParallelAxis axis = view.axes().get(a);
            Metric m = Metric.byKey(view.axisKeys().get(a));
            y[a] = view.valueY(a, axis.position(c.value(m, i)));
        }
        double f = (x - view.axisX(0)) / (view.axisX(1) - view.axisX(0));
        return (1 - f) * y[0] + f * y[1];
    }

    @Test
    void aSelectionInAProjectionIsHighlightedAndTheClickedPointOutlined(FxRobot robot) {
        ParallelCoordinatesView view = openParallel(robot);
        assertThat(view.drawn().vivid())
                .as("nothing selected: no line stands out")
                .isZero();
        ScatterView xy = window.pareto().projections().get(0);
        double w = xy.getCanvas().getWidth();
        double h = xy.getCanvas().getHeight();
        robot.moveTo(xy.getCanvas().localToScreen(w * 0.1, h * 0.1)).press(MouseButton.PRIMARY);
        robot.moveTo(xy.getCanvas().localToScreen(w * 0.5, h * 0.5));
        robot.moveTo(xy.getCanvas().localToScreen(w * 0.9, h * 0.9)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        BitSet selected = window.pareto().model().columns().size() > 0 ? selectedFeasible() : new BitSet();
        assertThat(selected.cardinality()).isPositive().isLessThan(feasible().cardinality());
        assertThat(view.drawn().vivid()).isEqualTo(selected.cardinality());
        assertThat(view.drawn().faded()).isEqualTo(feasible().cardinality() - selected.cardinality());

        // Click a point in the projection: the window shows its detail; back in the tab it is outlined.
        int slot = selected.nextSetBit(0);
        Point2D p = xy.canvasPosition(slot);
        robot.clickOn(xy.getCanvas().localToScreen(p.getX(), p.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        PointEntry focused = window.selection().focusedProperty().get();
        assertThat(focused).isNotNull();
        robot.clickOn("Parallel coordinates");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.drawn().marked()).isEqualTo(focused.position());
        // The outline is on the marks canvas, black where the line meets an axis.
        PointColumns c = window.pareto().model().columns();
        ParallelAxis first = view.axes().get(0);
        Metric m = Metric.byKey(view.axisKeys().get(0));
        double y = view.valueY(0, first.position(c.value(m, focused.position())));
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        WritableImage image =
                WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.marks().snapshot(params, null));
        Color at = image.getPixelReader().getColor((int) Math.round(view.axisX(0) + 3), (int) Math.round(y));
        Color off = image.getPixelReader().getColor((int) Math.round(view.axisX(0) + 3), (int) Math.round(y + 12));
        assertThat(at.getOpacity()).as("the outlined line").isGreaterThan(0.5);
        assertThat(off.getOpacity())
                .as("beside it, nothing on the marks canvas")
                .isLessThan(0.1);
    }

    @Test
    void clickingALineSelectsItsPointInEveryView(FxRobot robot) {
        ParallelCoordinatesView view = openParallel(robot);
        PointColumns c = window.pareto().model().columns();
        // a line at a third of the way between the first two axes
        double x = view.axisX(0) + (view.axisX(1) - view.axisX(0)) / 3;
        int probe = feasible().nextSetBit(feasible().cardinality() / 3);
        Point2D target = screen(view, x, lineY(view, c, probe, x));
        Point2D pixel = new Point2D(Math.round(target.getX()), Math.round(target.getY()));
        Point2D at = view.canvas().screenToLocal(pixel);
        double best = Double.POSITIVE_INFINITY;
        for (int i = feasible().nextSetBit(0); i >= 0; i = feasible().nextSetBit(i + 1)) {
            best = Math.min(best, Math.abs(lineY(view, c, i, at.getX()) - at.getY()));
        }
        robot.clickOn(pixel);
        WaitForAsyncUtils.waitForFxEvents();

        PointEntry focused = window.selection().focusedProperty().get();
        assertThat(focused).as("the clicked line's point is the current point").isNotNull();
        assertThat(Math.abs(lineY(view, c, focused.position(), at.getX()) - at.getY()))
                .as("it is the line under the mouse")
                .isLessThanOrEqualTo(best + 0.05);
        assertThat(window.selection().positions().stream().boxed().toList()).containsExactly(focused.position());
        // the detail tab shows it, the projections ring it, and back in the tab its line is outlined
        assertThat(window.detail().viewModel().titleProperty().get())
                .contains("point " + focused.point().index());
        for (ScatterView p : window.pareto().projections()) {
            Point2D ring = p.ringCentre();
            assertThat(ring).as(p.getId() + " rings it").isNotNull();
            assertThat(ring.distance(p.canvasPosition(focused.position()))).isLessThan(0.5);
        }
        robot.clickOn("Parallel coordinates");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.drawn().marked()).isEqualTo(focused.position());
        assertThat(view.drawn().vivid()).as("the one selected line stands out").isEqualTo(1);

        // Shift+click on another line adds its point
        int other = feasible().nextSetBit(feasible().cardinality() * 2 / 3);
        Point2D second = screen(view, x, lineY(view, c, other, x));
        robot.press(KeyCode.SHIFT).clickOn(new Point2D(Math.round(second.getX()), Math.round(second.getY())));
        robot.release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.selection().count()).isEqualTo(2);
        assertThat(window.selection().positions().get(focused.position())).isTrue();
    }

    private BitSet selectedFeasible() {
        BitSet s = window.selection().positions();
        s.and(feasible());
        return s;
    }
}
