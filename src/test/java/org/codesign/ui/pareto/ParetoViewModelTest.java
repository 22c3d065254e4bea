package org.codesign.ui.pareto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.codesign.eval.Metric;
import org.codesign.ui.pareto.plot.OrbitCamera;
import org.codesign.ui.pareto.plot.PlotAxes;
import org.codesign.ui.points.PointStore;
import org.codesign.ui.points.Selection;
import org.codesign.ui.points.TestPoints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Pareto view-model without a stage: axes, brushing and click rules, hover text and what data changes say. */
class ParetoViewModelTest {
    private PointStore store;
    private Selection selection;
    private PlotModel model;
    private ParetoViewModel vm;
    private final List<PlotModel.DataChange> changes = new ArrayList<>();

    @BeforeEach
    void setUp() {
        store = TestPoints.store();
        // 0 and 1 are on the front (one is more accurate, the other faster); 2 is dominated by 0.
        store.append(
                "run-1",
                List.of(TestPoints.point(0, 80, 10, 5), TestPoints.point(1, 70, 4, 5), TestPoints.point(2, 75, 12, 6)));
        selection = new Selection();
        model = new PlotModel(store, selection, ParetoViewModel.initialAxes(TestPoints.study()));
        model.onData(changes::add);
        vm = new ParetoViewModel(model, TestPoints::study);
    }

    private static BitSet bits(int... positions) {
        BitSet b = new BitSet();
        for (int p : positions) {
            b.set(p);
        }
        return b;
    }

    @Test
    void theStudysObjectivesBecomeYXAndZ() {
        // The default study minimizes latency and power and maximizes accuracy: accuracy goes up, latency across.
        assertThat(model.axes()).isEqualTo(PlotAxes.linear(Metric.LATENCY, Metric.ACCURACY, Metric.POWER));
    }

    @Test
    void settingAnAxisChangesOnlyThatAxis() {
        vm.setAxis(2, Metric.ENERGY, true);
        assertThat(model.axes())
                .isEqualTo(new PlotAxes(Metric.LATENCY, Metric.ACCURACY, Metric.ENERGY, false, false, true));
        vm.setAxis(0, Metric.EDP, false);
        assertThat(model.axes())
                .isEqualTo(new PlotAxes(Metric.EDP, Metric.ACCURACY, Metric.ENERGY, false, false, true));
    }

    @Test
    void brushesCombineWithTheSelectionAsTheModifiersSay() {
        BitSet base = bits(0, 1);
        BitSet brushed = bits(1, 2);
        assertThat(ParetoViewModel.combine(base, brushed, Selection.Combine.REPLACE))
                .isEqualTo(bits(1, 2));
        assertThat(ParetoViewModel.combine(base, brushed, Selection.Combine.ADD))
                .isEqualTo(bits(0, 1, 2));
        assertThat(ParetoViewModel.combine(base, brushed, Selection.Combine.SUBTRACT))
                .isEqualTo(bits(0));
        assertThat(ParetoViewModel.combine(base, brushed, Selection.Combine.INTERSECT))
                .isEqualTo(bits(1));
        assertThat(base).as("the base is not changed").isEqualTo(bits(0, 1));

        vm.brush(bits(0, 1), Selection.Combine.REPLACE);
        vm.brush(bits(1, 2), Selection.Combine.SUBTRACT);
        assertThat(selection.positions()).isEqualTo(bits(0));
    }

    @Test
    void aDraggedBrushCombinesWithTheSelectionAsItWasWhenTheDragBegan() {
        selection.apply(bits(0), Selection.Combine.REPLACE);
        RangeBrush brush = new RangeBrush(selection);
        brush.begin(Selection.Combine.ADD);
        assertThat(brush.active()).isTrue();
        brush.apply(bits(1, 2));
        assertThat(selection.positions()).isEqualTo(bits(0, 1, 2));
        brush.apply(bits(2)); // dragged back: point 1 leaves again
        assertThat(selection.positions()).isEqualTo(bits(0, 2));
        brush.end();
        assertThat(brush.active()).isFalse();
        brush.begin(Selection.Combine.SUBTRACT);
        brush.apply(bits(0));
        assertThat(selection.positions()).isEqualTo(bits(2));
    }

    @Test
    void clickingAPointSelectsAndFocusesIt() {
        vm.click(1, Selection.Combine.REPLACE);
        assertThat(selection.positions()).isEqualTo(bits(1));
        assertThat(selection.focusedProperty().get()).isSameAs(store.entries().get(1));
        vm.click(2, Selection.Combine.ADD);
        assertThat(selection.positions()).isEqualTo(bits(1, 2));
        assertThat(selection.focusedProperty().get()).isSameAs(store.entries().get(2));
    }

    @Test
    void aPlainClickOnNothingClearsButAModifiedOneKeepsTheSelection() {
        vm.brush(bits(0, 2), Selection.Combine.REPLACE);
        vm.click(-1, Selection.Combine.ADD);
        assertThat(selection.positions()).isEqualTo(bits(0, 2));
        vm.click(99, Selection.Combine.REPLACE);
        assertThat(selection.count()).isZero();
    }

    @Test
    void hoverTextDescribesThePointInTheStudy() {
        assertThat(vm.hoverText(-1)).isNull();
        assertThat(vm.hoverText(3)).isNull();
        String text = vm.hoverText(0);
        assertThat(text).startsWith("run-1 · point 0 · generation 1 · Pareto-optimal\n");
        assertThat(text).contains(Metric.ACCURACY.label() + " 80.00").contains(Metric.LATENCY.label() + " 10.00");
        assertThat(vm.hoverText(2)).doesNotContain("Pareto-optimal");
        assertThat(new ParetoViewModel(model).hoverText(1))
                .as("without a study")
                .isEqualTo("run-1 #1");
    }

    @Test
    void perspectiveSwitchesKeepTheCamera() {
        OrbitCamera turned = OrbitCamera.initial().orbit(30, 10);
        vm.orbitProperty().set(turned);
        vm.setPerspective(!turned.perspective());
        assertThat(vm.orbitProperty().get()).isEqualTo(turned.withPerspective(!turned.perspective()));
    }

    @Test
    void anAppendNamesTheNewSlotsAndTheOldPointsThatLeftTheFront() {
        // Point 3 is better than 0 in everything: 0 leaves the front.
        store.append("run-1", List.of(TestPoints.point(3, 81, 9, 4), TestPoints.point(4, 60, 30, 9)));
        assertThat(changes).hasSize(1);
        PlotModel.DataChange change = changes.get(0);
        assertThat(change.reset()).isFalse();
        assertThat(change.appendedFrom()).isEqualTo(3);
        assertThat(change.paretoFlipped()).containsExactly(0);
        assertThat(model.columns().size()).isEqualTo(5);
        assertThat(model.columns().pareto(0)).isFalse();
        assertThat(model.columns().pareto(3)).isTrue();
    }

    @Test
    void removingARunRenumbersEverything() {
        store.append("run-2", List.of(TestPoints.point(0, 50, 50, 9)));
        store.removeRun("run-1");
        PlotModel.DataChange last = changes.get(changes.size() - 1);
        assertThat(last.reset()).isTrue();
        assertThat(last.appendedFrom()).isZero();
        assertThat(model.columns().size()).isEqualTo(1);
        assertThat(model.entry(0).runId()).isEqualTo("run-2");
    }
}
