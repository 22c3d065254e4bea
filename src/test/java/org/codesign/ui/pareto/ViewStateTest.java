package org.codesign.ui.pareto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.codesign.eval.Metric;
import org.codesign.study.quantity.Quantities;
import org.codesign.study.quantity.Quantity;
import org.codesign.ui.pareto.plot.PointColumns;
import org.codesign.ui.points.PointStore;
import org.codesign.ui.points.Selection;
import org.codesign.ui.points.TestPoints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 items 1 and 3 without a stage: the layouts and their double clicks, the arrow keys'
 * walk along the front, and hidden runs leaving every view's points, ranges and brushes.
 */
class ViewStateTest {
    private static final Quantity LATENCY = Quantities.of(Metric.LATENCY);
    private static final Quantity ACCURACY = Quantities.of(Metric.ACCURACY);

    private PointStore store;
    private Selection selection;
    private PlotModel model;
    private ParetoViewModel vm;

    @BeforeEach
    void setUp() {
        store = TestPoints.store();
        // the default study maximizes accuracy and minimizes latency and power (all at power 5):
        // front 0 (80 %, 10 ms), 1 (70 %, 4 ms), 3 (60 %, 2 ms), 4 (85 %, 20 ms); 2 is dominated by 0
        store.append(
                "run-1",
                List.of(
                        TestPoints.point(0, 80, 10, 5),
                        TestPoints.point(1, 70, 4, 5),
                        TestPoints.point(2, 75, 12, 6),
                        TestPoints.point(3, 60, 2, 5),
                        TestPoints.point(4, 85, 20, 5)));
        selection = new Selection();
        model = new PlotModel(store, selection, ParetoViewModel.initialAxes(TestPoints.study()));
        vm = new ParetoViewModel(model, TestPoints::study);
    }

    @Test
    void arrowsWalkTheFrontInTheOrderOfTheViewsXAxis() {
        vm.click(0, Selection.Combine.REPLACE);
        // along latency: 3 (2 ms), 1 (4 ms), 0 (10 ms), 4 (20 ms)
        assertThat(vm.walkFront(1, LATENCY)).isEqualTo(4);
        assertThat(selection.focusedProperty().get().position()).isEqualTo(4);
        assertThat(selection.positions().stream().toArray()).containsExactly(4);
        assertThat(vm.walkFront(1, LATENCY)).as("the front's end: stays").isEqualTo(4);
        assertThat(vm.walkFront(-1, LATENCY)).isEqualTo(0);
        assertThat(vm.walkFront(-1, LATENCY)).isEqualTo(1);
        assertThat(vm.walkFront(-1, LATENCY)).isEqualTo(3);
        assertThat(vm.walkFront(-1, LATENCY)).isEqualTo(3);
        // along power every front point ties at 5 W: the order is by slot, 0 1 3 4
        assertThat(vm.walkFront(-1, Quantities.of(Metric.POWER))).isEqualTo(1);
    }

    @Test
    void fromAPointOffTheFrontTheWalkGoesToTheNearestFrontPointOnThatSide() {
        vm.click(2, Selection.Combine.REPLACE); // 12 ms: between 0 (10 ms) and 4 (20 ms)
        assertThat(vm.walkFront(1, LATENCY)).isEqualTo(4);
        vm.click(2, Selection.Combine.REPLACE);
        assertThat(vm.walkFront(-1, LATENCY)).isEqualTo(0);
        selection.focusedProperty().set(null);
        assertThat(vm.walkFront(1, LATENCY))
                .as("no current point: the front's first")
                .isEqualTo(3);
    }

    @Test
    void aHiddenRunLeavesTheWalkTheRangesAndTheDrawnPoints() {
        // the fastest point, on the front without pushing anyone off it
        store.append("run-2", List.of(TestPoints.point(10, 50, 1, 5)));
        PointColumns c = model.columns();
        int other = 5;
        assertThat(c.pareto(other)).isTrue();
        assertThat(c.range(LATENCY, false)).containsExactly(1.0, 20.0);
        List<PlotModel.DataChange> changes = new ArrayList<>();
        model.onData(changes::add);

        model.toggleRun("run-2");
        assertThat(model.hiddenRuns()).containsExactly("run-2");
        assertThat(changes).as("every view is told to draw afresh").anyMatch(PlotModel.DataChange::reset);
        assertThat(c.shown(other)).isFalse();
        assertThat(c.feasible(other)).as("still feasible: only hidden").isTrue();
        assertThat(c.range(LATENCY, false)).as("the axes fit the shown points").containsExactly(2.0, 20.0);
        assertThat(FrontWalk.next(c, LATENCY, -1, 1))
                .as("the hidden point is not walked to")
                .isEqualTo(3);
        assertThat(ViewFigures.projection(model, 0, 1).groups().stream()
                        .mapToInt(g -> g.x().length)
                        .sum())
                .as("the figure leaves the hidden run out")
                .isEqualTo(5);

        model.toggleRun("run-2");
        assertThat(c.shown(other)).isTrue();
        assertThat(c.range(LATENCY, false)).containsExactly(1.0, 20.0);
        assertThat(FrontWalk.next(c, LATENCY, -1, 1)).isEqualTo(other);
    }

    @Test
    void aRunHiddenBeforeItsPointsArriveStaysHidden() {
        model.hiddenRuns().add("run-2");
        store.append("run-2", List.of(TestPoints.point(10, 90, 1, 5)));
        assertThat(model.columns().shown(5)).isFalse();
        assertThat(model.columns().shown(0)).isTrue();
    }

    @Test
    void aDoubleClickEnlargesAProjectionAndASecondGivesTheLayoutBack() {
        assertThat(vm.layoutProperty().get()).isEqualTo(PlotLayout.CUBE);
        vm.toggleLarge(2);
        assertThat(vm.layoutProperty().get()).isEqualTo(PlotLayout.large(2));
        vm.toggleLarge(2);
        assertThat(vm.layoutProperty().get()).isEqualTo(PlotLayout.CUBE);
    }

    @Test
    void aMatrixCellDoubleClickedPutsItsPairOnXAndYLarge() {
        vm.layoutProperty().set(PlotLayout.MATRIX);
        Quantity power = Quantities.of(Metric.POWER);
        vm.setAxis(1, Metric.ACCURACY, true);
        vm.enlarge(power, ACCURACY);
        assertThat(model.axes().x()).isEqualTo(power);
        assertThat(model.axes().y()).isEqualTo(ACCURACY);
        assertThat(model.axes().logY())
                .as("y had accuracy on a log scale: kept")
                .isTrue();
        assertThat(model.axes().logX()).isFalse();
        assertThat(vm.layoutProperty().get()).isEqualTo(PlotLayout.large(0));
    }

    @Test
    void theMatrixShowsTheObjectivesFilledUpToThree() {
        // the default study's three objectives
        assertThat(vm.matrixQuantities()).containsExactly(ACCURACY, LATENCY, Quantities.of(Metric.POWER));
    }

    @Test
    void layoutsAreKeptByKeyAndUnknownKeysFallBackToTheCube() {
        for (PlotLayout l : List.of(
                PlotLayout.CUBE, PlotLayout.MATRIX, PlotLayout.large(0), PlotLayout.large(1), PlotLayout.large(2))) {
            assertThat(PlotLayout.parse(l.key())).isEqualTo(l);
        }
        assertThat(PlotLayout.large(2).key()).isEqualTo("large-zy");
        assertThat(PlotLayout.parse("huge")).isEqualTo(PlotLayout.CUBE);
        assertThat(PlotLayout.parse(null)).isEqualTo(PlotLayout.CUBE);
        assertThatThrownBy(() -> PlotLayout.large(3)).hasMessageContaining("projection");
    }
}
