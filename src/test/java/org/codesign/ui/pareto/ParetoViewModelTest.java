package org.codesign.ui.pareto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.codesign.eval.Metric;
import org.codesign.study.quantity.Quantities;
import org.codesign.study.quantity.Quantity;
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
                .isEqualTo(new PlotAxes(q(Metric.LATENCY), q(Metric.ACCURACY), q(Metric.ENERGY), false, false, true));
        vm.setAxis(0, Metric.EDP, false);
        assertThat(model.axes())
                .isEqualTo(new PlotAxes(q(Metric.EDP), q(Metric.ACCURACY), q(Metric.ENERGY), false, false, true));
    }

    private static Quantity q(Metric m) {
        return Quantities.of(m);
    }

    @Test
    void aParameterGoesOnAnAxisWithItsDecodedValues() {
        store.append("run-2", TestPoints.cloud(50, 100, 7));
        Quantity resolution = model.quantities().byId("resolution");
        assertThat(vm.choices()).contains(resolution, model.quantities().byId("gpuFreqMHz"));
        assertThat(vm.setAxis(0, resolution, false)).isTrue();
        assertThat(model.axes().x()).isEqualTo(resolution);
        var study = TestPoints.study();
        for (int slot = 0; slot < store.entries().size(); slot++) {
            int[] genome = store.entries().get(slot).point().genome();
            var config = (org.codesign.space.MbV3OfaConfig)
                    study.space().decode(genome).network();
            assertThat(model.columns().value(resolution, slot)).isEqualTo(config.resolution());
        }
        assertThat(vm.setAxis(0, resolution, true))
                .as("resolutions are all > 0")
                .isTrue();
        assertThat(model.axes().logX()).isTrue();
        assertThat(vm.logProblemProperty(0).get()).isEmpty();
    }

    @Test
    void aLogScaleIsRefusedWithAReasonForCategoriesAndValuesAtOrBelowZero() {
        Quantity generation = model.quantities().byId("generation");
        Quantity run = model.quantities().byId("run");
        store.append(
                "run-2",
                List.of(TestPoints.point(
                        3, 0, new int[TestPoints.study().space().genomeLength()], 71, 3, 4)));
        assertThat(vm.setAxis(1, generation, true)).isFalse();
        assertThat(model.axes().y()).isEqualTo(generation);
        assertThat(model.axes().logY()).as("stays linear").isFalse();
        assertThat(vm.logProblemProperty(1).get())
                .isEqualTo("log scale: generation has a value ≤ 0 (0), which a log scale cannot show");
        vm.setAxis(1, generation, false); // the box unticks: the reason stays until another choice
        assertThat(vm.logProblemProperty(1).get()).isNotEmpty();
        vm.setAxis(1, Quantities.of(Metric.POWER), false);
        assertThat(vm.logProblemProperty(1).get()).isEmpty();
        assertThat(vm.setColour(run, true)).isFalse();
        assertThat(vm.logProblemProperty(ParetoViewModel.COLOUR).get()).contains("categorical");
        assertThat(model.colorLogProperty().get()).isFalse();
    }

    @Test
    void colourAndSizeFollowAnyQuantity() {
        Quantity resolution = model.quantities().byId("resolution");
        model.colorModeProperty().set(org.codesign.ui.pareto.plot.ColorMode.METRIC);
        assertThat(vm.setColour(Quantities.of(Metric.LATENCY), true)).isTrue();
        assertThat(model.coloring().log()).isTrue();
        assertThat(model.coloring().legend().title()).isEqualTo("latency (ms) · log");
        assertThat(model.coloring().legend().ticks()).isNotEmpty();
        assertThat(vm.setSize(resolution, false)).isTrue();
        assertThat(model.axes().size()).isEqualTo(resolution);
        vm.setSize(null, true);
        assertThat(model.axes().size()).isNull();
        assertThat(model.axes().logSize()).isFalse();
    }

    @Test
    void editedSpacesKeepTheAxesTheyStillHave() {
        Quantity resolution = model.quantities().byId("resolution");
        vm.setAxis(2, resolution, false);
        assertThat(model.columns().value(resolution, 0))
                .as("gene 0: the first resolution")
                .isEqualTo(128);
        var study = TestPoints.study();
        var edited = study.withSpaces(
                study.networkSpace()
                        .withParameter(study.networkSpace()
                                .design()
                                .parameter("resolution")
                                .withValues(org.codesign.space.ValueLists.ints(100, 144, 160, 176, 192, 208, 224))),
                study.hardwareSpace());
        List<PlotModel.DataChange> before = List.copyOf(changes);
        vm.useStudy(edited, false);
        assertThat(model.axes().z().id()).isEqualTo("resolution");
        assertThat(model.columns().value(model.axes().z(), 0))
                .as("read again from the edited value list")
                .isEqualTo(100);
        assertThat(changes.size()).as("the views were told to draw afresh").isGreaterThan(before.size());
        vm.useStudy(TestPoints.study(), true);
        assertThat(model.axes()).isEqualTo(ParetoViewModel.initialAxes(TestPoints.study()));
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
        assertThat(text)
                .contains("top-1 accuracy 80 %")
                .contains("latency 10 ms")
                .contains("MACs 600 MMACs");
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
