package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.stream.Collectors;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.codesign.eval.Metric;
import org.codesign.study.quantity.Quantities;
import org.codesign.ui.pareto.ParallelCoordinatesView;
import org.codesign.ui.pareto.ParetoArea;
import org.codesign.ui.pareto.RangePanel;
import org.codesign.ui.pareto.ScatterView;
import org.codesign.ui.pareto.plot.ParallelAxis;
import org.codesign.ui.pareto.plot.PointColumns;
import org.codesign.ui.points.PointEntry;
import org.codesign.ui.points.PointStore;
import org.codesign.ui.points.PointTable;
import org.codesign.ui.points.Selection;
import org.codesign.ui.study.StudyDocument;
import org.controlsfx.control.RangeSlider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Linked brushing, headless (Monocle has no 3D, so the Pareto area falls back to its 2D
 * projections and says so): rectangles in a projection, range sliders and parallel-coordinate
 * intervals all change the one selection, and the table and the other views follow.
 */
@ExtendWith(ApplicationExtension.class)
class LinkedBrushingTest {
    private PointStore store;
    private Selection selection;
    private ParetoArea area;
    private PointTable table;
    private TabPane tabs;

    /** The Pareto area and the tables wired as the main window wires them, without the editors (faster). */
    @Start
    void start(Stage stage) {
        StudyDocument document = new StudyDocument(SyntheticPoints.study(), null);
        store = new PointStore();
        store.setObjectives(document.study().objectives());
        selection = new Selection();
        area = new ParetoArea(document, store, selection);
        table = new PointTable(document, store, selection);
        tabs = new TabPane(
                new Tab("Points", table),
                new Tab("Ranges", area.ranges()),
                new Tab("Parallel coordinates", area.parallel()));
        SplitPane root = new SplitPane(area, tabs);
        root.setOrientation(Orientation.VERTICAL);
        stage.setScene(new Scene(root, 1100, 850));
        stage.getScene()
                .getStylesheets()
                .add(MainWindow.class.getResource("codesign.css").toExternalForm());
        stage.show();
        stage.requestFocus();
        store.append("run-1", SyntheticPoints.cloud(400, 0, 1));
        store.append("run-2", SyntheticPoints.cloud(300, 0, 2));
    }

    private ScatterView projection(String id) {
        return area.projections().stream()
                .filter(p -> p.getId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /**
     * The table shows the shared selection: its rows on screen are marked exactly when their
     * points are selected, and with "Selected only" it lists exactly the selected points.
     */
    private void assertTableShows(FxRobot robot, BitSet expected) {
        assertTableShows(robot, expected, false);
    }

    private void assertTableShows(FxRobot robot, BitSet expected, boolean listSelectedOnly) {
        javafx.css.PseudoClass brushed = javafx.css.PseudoClass.getPseudoClass("brushed");
        int seen = 0;
        for (javafx.scene.Node n :
                robot.from(table.table()).lookup(".table-row-cell").queryAll()) {
            @SuppressWarnings("unchecked")
            javafx.scene.control.TableRow<PointEntry> row = (javafx.scene.control.TableRow<PointEntry>) n;
            if (row.isEmpty() || row.getItem() == null || !row.isVisible()) {
                continue;
            }
            seen++;
            assertThat(row.getPseudoClassStates().contains(brushed))
                    .as("row of point %d", row.getItem().position())
                    .isEqualTo(expected.get(row.getItem().position()));
        }
        assertThat(seen).as("rows on screen").isPositive();
        assertThat(robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                        .map(javafx.scene.control.Label::getText))
                .contains(String.format(
                        java.util.Locale.ROOT,
                        "%,d of %,d points · %,d selected",
                        store.entries().size(),
                        store.entries().size(),
                        expected.cardinality()));
        if (!listSelectedOnly) {
            return;
        }
        javafx.scene.control.CheckBox selectedOnly =
                robot.lookup("#selected-only").queryAs(javafx.scene.control.CheckBox.class);
        robot.interact(() -> selectedOnly.setSelected(true));
        BitSet listed = table.table().getItems().stream()
                .mapToInt(PointEntry::position)
                .collect(BitSet::new, BitSet::set, BitSet::or);
        robot.interact(() -> selectedOnly.setSelected(false));
        assertThat(listed).isEqualTo(expected);
        assertThat(selection.positions())
                .as("filtering the table keeps the selection")
                .isEqualTo(expected);
    }

    private Point2D screenOf(ScatterView view, double canvasX, double canvasY) {
        return view.getCanvas().localToScreen(canvasX, canvasY);
    }

    /** Drags a rectangle between two canvas points of a projection, holding the given keys. */
    private void drag(FxRobot robot, ScatterView view, double x0, double y0, double x1, double y1, KeyCode... keys) {
        robot.press(keys);
        robot.moveTo(screenOf(view, x0, y0)).press(MouseButton.PRIMARY);
        robot.moveTo(screenOf(view, (x0 + x1) / 2, (y0 + y1) / 2));
        robot.moveTo(screenOf(view, x1, y1)).release(MouseButton.PRIMARY);
        robot.release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Points clearly inside (1.5 px) a canvas rectangle are brushed; points clearly outside are not. */
    private void assertBrushed(
            ScatterView view, double x0, double y0, double x1, double y1, BitSet selected, boolean expectInside) {
        PointColumns c = area.model().columns();
        int inside = 0;
        for (int i = 0; i < c.size(); i++) {
            if (!c.feasible(i)) {
                assertThat(selected.get(i)).as("infeasible point %d", i).isFalse();
                continue;
            }
            Point2D p = view.canvasPosition(i);
            double m = 1.5;
            boolean clearlyIn = p.getX() > Math.min(x0, x1) + m
                    && p.getX() < Math.max(x0, x1) - m
                    && p.getY() > Math.min(y0, y1) + m
                    && p.getY() < Math.max(y0, y1) - m;
            boolean clearlyOut = p.getX() < Math.min(x0, x1) - m
                    || p.getX() > Math.max(x0, x1) + m
                    || p.getY() < Math.min(y0, y1) - m
                    || p.getY() > Math.max(y0, y1) + m;
            if (clearlyIn) {
                inside++;
                assertThat(selected.get(i)).as("point %d inside", i).isEqualTo(expectInside);
            }
            if (clearlyOut && expectInside) {
                assertThat(selected.get(i)).as("point %d outside", i).isFalse();
            }
        }
        assertThat(inside).as("the rectangle holds points").isGreaterThan(10);
    }

    @Test
    void withoutThreeDTheAreaShowsTheLinkedProjectionsAndSaysSo(FxRobot robot) {
        assertThat(area.view3d()).isNull();
        assertThat(robot.lookup("#no-3d-note").queryLabeled().getText()).contains("3D is not available");
        assertThat(robot.lookup("#no-3d-note").queryLabeled().isVisible()).isTrue();
        assertThat(area.projections())
                .extracting(ScatterView::getId)
                .containsExactly("projection-xy", "projection-xz", "projection-zy");
        ScatterView xy = projection("projection-xy");
        assertThat(xy.xQuantity()).isEqualTo(Quantities.of(Metric.LATENCY));
        assertThat(xy.yQuantity()).isEqualTo(Quantities.of(Metric.ACCURACY));
        assertThat(projection("projection-zy").xQuantity()).isEqualTo(Quantities.of(Metric.POWER));
        long drawable = store.entries().stream().filter(PointEntry::feasible).count();
        assertThat(xy.drawnCounts()[0] + xy.drawnCounts()[1]).isEqualTo((int) drawable);
    }

    @Test
    void aRectangleInOneProjectionSelectsEverywhereAndModifiersCombine(FxRobot robot) {
        ScatterView xy = projection("projection-xy");
        double w = xy.getCanvas().getWidth();
        double h = xy.getCanvas().getHeight();
        double[] r1 = {w * 0.1, h * 0.1, w * 0.45, h * 0.6};
        drag(robot, xy, r1[0], r1[1], r1[2], r1[3]);
        BitSet first = selection.positions();
        assertBrushed(xy, r1[0], r1[1], r1[2], r1[3], first, true);
        assertTableShows(robot, first);
        ScatterView xz = projection("projection-xz");
        assertThat(xz.drawnCounts()[1]).as("vivid in the x–z projection").isEqualTo(first.cardinality());

        // Shift adds a second rectangle.
        double[] r2 = {w * 0.5, h * 0.3, w * 0.8, h * 0.8};
        drag(robot, xy, r2[0], r2[1], r2[2], r2[3], KeyCode.SHIFT);
        BitSet union = selection.positions();
        BitSet expected = (BitSet) first.clone();
        BitSet second = brushedBy(xy, r2);
        expected.or(second);
        assertThat(symmetricDifferenceOutsideBorders(union, expected, xy, r1, r2))
                .isEmpty();
        assertThat(union.cardinality()).isGreaterThan(first.cardinality());

        // Ctrl subtracts the first rectangle again.
        drag(robot, xy, r1[0], r1[1], r1[2], r1[3], KeyCode.CONTROL);
        BitSet after = selection.positions();
        assertBrushed(xy, r1[0], r1[1], r1[2], r1[3], after, false);
        assertTableShows(robot, after);
    }

    private BitSet brushedBy(ScatterView view, double[] r) {
        PointColumns c = area.model().columns();
        BitSet b = new BitSet();
        for (int i = 0; i < c.size(); i++) {
            Point2D p = view.canvasPosition(i);
            if (c.feasible(i)
                    && p.getX() >= Math.min(r[0], r[2])
                    && p.getX() <= Math.max(r[0], r[2])
                    && p.getY() >= Math.min(r[1], r[3])
                    && p.getY() <= Math.max(r[1], r[3])) {
                b.set(i);
            }
        }
        return b;
    }

    /** Differences, ignoring points within 1.5 px of a rectangle's border (pixel rounding of the robot). */
    private String symmetricDifferenceOutsideBorders(BitSet a, BitSet b, ScatterView view, double[]... rects) {
        BitSet diff = (BitSet) a.clone();
        diff.xor(b);
        return diff.stream()
                .filter(i -> {
                    Point2D p = view.canvasPosition(i);
                    for (double[] r : rects) {
                        boolean nearX = Math.abs(p.getX() - r[0]) < 1.5 || Math.abs(p.getX() - r[2]) < 1.5;
                        boolean nearY = Math.abs(p.getY() - r[1]) < 1.5 || Math.abs(p.getY() - r[3]) < 1.5;
                        if (nearX || nearY) {
                            return false;
                        }
                    }
                    return true;
                })
                .mapToObj(Integer::toString)
                .collect(Collectors.joining(","));
    }

    @Test
    void rangeSlidersBrushAndTheTableFollows(FxRobot robot) {
        robot.interact(() -> tabs.getSelectionModel().select(1));
        RangePanel ranges = area.ranges();
        RangeSlider accuracy = ranges.slider(Metric.ACCURACY);
        robot.interact(() -> accuracy.setLowValue(77));
        BitSet selected = selection.positions();
        PointColumns c = area.model().columns();
        BitSet expected = new BitSet();
        for (int i = 0; i < c.size(); i++) {
            if (c.feasible(i) && c.value(Metric.ACCURACY, i) >= 77) {
                expected.set(i);
            }
        }
        assertThat(selected).isEqualTo(expected);
        assertThat(expected.cardinality()).isPositive();
        // Dragging the latency slider's high thumb by hand narrows further (both ranges apply).
        RangeSlider latency = ranges.slider(Metric.LATENCY);
        var thumb = robot.from(latency).lookup(".high-thumb").query();
        robot.drag(thumb, MouseButton.PRIMARY)
                .moveBy(-latency.getWidth() * 0.5, 0)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double maxLatency = latency.getHighValue();
        assertThat(maxLatency).isLessThan(latency.getMax());
        BitSet both = new BitSet();
        for (int i = 0; i < c.size(); i++) {
            if (c.feasible(i) && c.value(Metric.ACCURACY, i) >= 77 && c.value(Metric.LATENCY, i) <= maxLatency) {
                both.set(i);
            }
        }
        assertThat(selection.positions()).isEqualTo(both);
        assertThat(both.cardinality()).isPositive();
        assertTableShows(robot, both, true);
        ScatterView xy = projection("projection-xy");
        assertThat(xy.drawnCounts()[1]).isEqualTo(both.cardinality());
        robot.clickOn("#reset-ranges");
        assertThat(selection.count()).isZero();
        assertThat(accuracy.getLowValue()).isEqualTo(accuracy.getMin());
    }

    @Test
    void dragAlongAParallelAxisBrushesAnInterval(FxRobot robot) {
        robot.interact(() -> tabs.getSelectionModel().select(2));
        ParallelCoordinatesView parallel = area.parallel();
        WaitForAsyncUtils.waitForFxEvents();
        int axis = parallel.axisKeys().indexOf(Metric.LATENCY.key());
        assertThat(axis).isNotNegative();
        assertThat(parallel.axisKeys()).contains("network.resolution", "hardware.gpuFreqMHz");
        double x = parallel.axisX(axis);
        Point2D from = parallel.canvas().localToScreen(x, parallel.axisY(0.6));
        Point2D to = parallel.canvas().localToScreen(x, parallel.axisY(0.2));
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        ParallelAxis latency = parallel.axes().get(axis);
        PointColumns c = area.model().columns();
        BitSet selected = selection.positions();
        int inside = 0;
        for (int i = 0; i < c.size(); i++) {
            double t = latency.position(c.value(Metric.LATENCY, i));
            if (c.feasible(i) && t > 0.21 && t < 0.59) {
                inside++;
                assertThat(selected.get(i)).isTrue();
            }
            if (!c.feasible(i) || t < 0.19 || t > 0.61) {
                assertThat(selected.get(i)).isFalse();
            }
        }
        assertThat(inside).isGreaterThan(10);
        assertTableShows(robot, selected);
    }

    @Test
    void clickingAPointSelectsAndFocusesIt(FxRobot robot) {
        ScatterView xy = projection("projection-xy");
        PointColumns c = area.model().columns();
        int slot = c.feasible(5) ? 5 : 6;
        Point2D p = xy.canvasPosition(slot);
        robot.clickOn(screenOf(xy, p.getX(), p.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        PointEntry focused = selection.focusedProperty().get();
        assertThat(focused).isNotNull();
        // The nearest point to the click: the one clicked, or one drawn on the same pixel.
        assertThat(xy.canvasPosition(focused.position()).distance(p)).isLessThan(1.5);
        assertThat(selection.isSelected(focused.position())).isTrue();
        assertThat(selection.count()).isEqualTo(1);
    }

    @Test
    void pointsArrivingDuringARunKeepTheSelection(FxRobot robot) {
        ScatterView xy = projection("projection-xy");
        double w = xy.getCanvas().getWidth();
        double h = xy.getCanvas().getHeight();
        drag(robot, xy, w * 0.2, h * 0.2, w * 0.7, h * 0.7);
        BitSet before = selection.positions();
        int size = store.entries().size();
        robot.interact(() -> store.append("run-1", SyntheticPoints.cloud(250, 400, 3)));
        assertThat(store.entries()).hasSize(size + 250);
        assertThat(selection.positions()).isEqualTo(before);
        long drawable = store.entries().stream().filter(PointEntry::feasible).count();
        assertThat(xy.drawnCounts()[0] + xy.drawnCounts()[1]).isEqualTo((int) drawable);
        assertThat(xy.drawnCounts()[1]).isEqualTo(before.cardinality());
        assertThat(area.model().columns().size()).isEqualTo(size + 250);
    }
}
