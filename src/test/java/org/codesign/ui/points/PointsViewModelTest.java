package org.codesign.ui.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.codesign.eval.Metric;
import org.codesign.space.CodesignSpace;
import org.codesign.space.Parameter;
import org.codesign.ui.study.StudyDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The point table's view-model without a stage: filters, sorting, columns and how the selections follow each other. */
class PointsViewModelTest {
    private StudyDocument document;
    private PointStore store;
    private Selection selection;
    private PointsViewModel vm;
    private int remarks;

    @BeforeEach
    void setUp() {
        document = new StudyDocument(TestPoints.study(), null);
        store = TestPoints.store();
        selection = new Selection();
        vm = new PointsViewModel(document, store, selection);
        vm.showSelectionWith(() -> {}, () -> remarks++);
        // 0 and 1 are on the front; 2 is dominated by 0; 3 is infeasible (and on no front).
        store.append(
                "run-1",
                List.of(TestPoints.point(0, 80, 10, 5), TestPoints.point(1, 70, 4, 5), TestPoints.point(2, 75, 12, 6)));
        store.append("run-2", List.of(TestPoints.infeasible(0, 90, 1, 1)));
    }

    private List<Long> listedIndices() {
        return vm.rows().stream().map(e -> e.point().index()).toList();
    }

    private List<String> listed() {
        return vm.rows().stream().map(e -> e.runId() + "#" + e.point().index()).toList();
    }

    private static BitSet bits(int... positions) {
        BitSet b = new BitSet();
        for (int p : positions) {
            b.set(p);
        }
        return b;
    }

    @Test
    void everyPointIsListedUntilAFilterIsOn() {
        assertThat(listed()).containsExactly("run-1#0", "run-1#1", "run-1#2", "run-2#0");
        assertThat(vm.summaryProperty().get()).isEqualTo("4 of 4 points · 0 selected");
    }

    @Test
    void paretoAndFeasibleOnlyHideTheOtherPoints() {
        vm.paretoOnlyProperty().set(true);
        assertThat(listed()).containsExactly("run-1#0", "run-1#1");
        assertThat(vm.summaryProperty().get()).isEqualTo("2 of 4 points · 0 selected");
        vm.paretoOnlyProperty().set(false);
        vm.feasibleOnlyProperty().set(true);
        assertThat(listed()).containsExactly("run-1#0", "run-1#1", "run-1#2");
    }

    @Test
    void aHiddenRunsRowsLeaveAndComeBackWithTheirPointsArrivingMeanwhile() {
        selection.apply(bits(1, 3), Selection.Combine.REPLACE);
        vm.hiddenRuns().add("run-1");
        assertThat(listed()).containsExactly("run-2#0");
        assertThat(vm.summaryProperty().get()).isEqualTo("1 of 4 points · 2 selected");
        assertThat(selection.positions()).as("hiding rows deselects nothing").isEqualTo(bits(1, 3));
        store.append("run-1", List.of(TestPoints.point(3, 60, 2, 4)));
        assertThat(listed()).as("a hidden run's new point stays out").containsExactly("run-2#0");
        vm.hiddenRuns().remove("run-1");
        assertThat(listed()).containsExactlyInAnyOrder("run-1#0", "run-1#1", "run-1#2", "run-1#3", "run-2#0");
    }

    @Test
    void appendedPointsJoinTheFilteredRowsAndPointsLeavingTheFrontGo() {
        vm.paretoOnlyProperty().set(true);
        // Better than run-1#0 in everything: that one leaves the front.
        store.append("run-1", List.of(TestPoints.point(4, 81, 9, 4), TestPoints.point(5, 60, 50, 9)));
        assertThat(listed()).containsExactly("run-1#1", "run-1#4");
        assertThat(vm.summaryProperty().get()).isEqualTo("2 of 6 points · 0 selected");
    }

    @Test
    void selectedOnlyFollowsTheSharedSelectionAndFilteringNeverChangesIt() {
        selection.apply(bits(0, 2), Selection.Combine.REPLACE);
        vm.selectedOnlyProperty().set(true);
        assertThat(listed()).containsExactly("run-1#0", "run-1#2");
        selection.apply(bits(3), Selection.Combine.ADD);
        assertThat(listed()).containsExactly("run-1#0", "run-1#2", "run-2#0");
        vm.paretoOnlyProperty().set(true);
        assertThat(listed()).containsExactly("run-1#0");
        assertThat(selection.positions()).isEqualTo(bits(0, 2, 3));
        assertThat(vm.summaryProperty().get()).isEqualTo("1 of 4 points · 3 selected");
    }

    @Test
    void theTextFilterMatchesRunsAndParameterValues() {
        vm.filterTextProperty().set(" RUN-2 ");
        assertThat(listed()).containsExactly("run-2#0");
        CodesignSpace space = TestPoints.study().space();
        List<Parameter> params =
                new java.util.ArrayList<>(space.network().design().parameters());
        params.addAll(space.hardware().design().parameters());
        int gene = params.size() - 1;
        Parameter last = params.get(gene);
        int[] genome = new int[space.genomeLength()];
        genome[gene] = last.cardinality() - 1;
        String label = last.values().get(last.cardinality() - 1).label();
        store.append("run-3", List.of(TestPoints.point(7, 2, genome, 50, 50, 50)));
        vm.filterTextProperty().set(label);
        String needle = label.toLowerCase(java.util.Locale.ROOT);
        assertThat(vm.rows())
                .allSatisfy(e ->
                        assertThat(PointsViewModel.matches(e, needle, space)).isTrue());
        assertThat(listed()).contains("run-3#7");
        vm.filterTextProperty().set("no such value anywhere");
        assertThat(vm.rows()).isEmpty();
    }

    @Test
    void rowsSortByTheComparatorTheTableSets() {
        vm.rows().setComparator(Comparator.comparingDouble(e -> e.metric(Metric.LATENCY)));
        assertThat(listedIndices()).containsExactly(0L, 1L, 0L, 2L);
        assertThat(vm.rows().get(0).runId()).isEqualTo("run-2");
    }

    @Test
    void rowsPickedInTheTableBecomeTheSelectionAndTheLastIsFocused() {
        vm.picked(List.of(store.entries().get(1), store.entries().get(2)));
        assertThat(selection.positions()).isEqualTo(bits(1, 2));
        assertThat(vm.summaryProperty().get()).isEqualTo("4 of 4 points · 2 selected");
        vm.focus(store.entries().get(2));
        assertThat(selection.focusedProperty().get()).isSameAs(store.entries().get(2));
    }

    @Test
    void aSelectionMadeElsewhereClearsTheTablesPicksWithoutDeselecting() {
        // The table answers a cleared pick list with an empty pick; that must not empty the selection.
        vm.showSelectionWith(() -> vm.picked(List.of()), () -> remarks++);
        int before = remarks;
        selection.apply(bits(0, 1), Selection.Combine.REPLACE);
        assertThat(selection.positions()).isEqualTo(bits(0, 1));
        assertThat(remarks).as("rows re-marked").isEqualTo(before + 1);
        assertThat(vm.isSelected(store.entries().get(1))).isTrue();
        assertThat(vm.isSelected(store.entries().get(2))).isFalse();
    }

    @Test
    void columnsListRunFlagsMetricsAndEveryParameter() {
        List<PointsViewModel.Column> columns = vm.columnsProperty().get();
        CodesignSpace space = TestPoints.study().space();
        assertThat(columns).hasSize(5 + Metric.values().length + space.genomeLength());
        assertThat(columns.subList(0, 5))
                .extracting(PointsViewModel.Column::title)
                .containsExactly("run", "#", "gen", "Pareto", "feasible");
        assertThat(columns.get(5 + Metric.values().length).title()).startsWith("network.");
        assertThat(columns.get(columns.size() - 1).title()).startsWith("hardware.");
        assertThat(columns)
                .extracting(PointsViewModel.Column::title)
                .as("parameters with their unit")
                .contains("network.resolution (px)", "hardware.gpuFreqMHz (MHz)", "network.widthMult (×)");
        PointEntry infeasible = store.entries().get(3);
        var feasible = (PointsViewModel.TextColumn) columns.get(4);
        assertThat(feasible.value().apply(infeasible)).isEqualTo("no: does not fit");
        var pareto = (PointsViewModel.TextColumn) columns.get(3);
        assertThat(pareto.value().apply(store.entries().get(0))).isEqualTo("●");
        var latency = (PointsViewModel.NumberColumn) columns.stream()
                .filter(c -> c.title().equals("latency (ms)"))
                .findFirst()
                .orElseThrow();
        assertThat(latency.text(latency.value().apply(store.entries().get(1)))).isEqualTo("4.000");
        var macs = (PointsViewModel.NumberColumn) columns.stream()
                .filter(c -> c.title().equals("MACs (MMACs)"))
                .findFirst()
                .orElseThrow();
        assertThat(macs.text(macs.value().apply(store.entries().get(0))))
                .as("shown in millions")
                .isEqualTo("600.00");
        assertThat(latency.text(Double.NaN)).isNull();
        assertThat(List.of(Double.NaN, 3.0, 1.0).stream()
                        .sorted(PointsViewModel.NumberColumn.ORDER)
                        .toList())
                .containsExactly(1.0, 3.0, Double.NaN);
    }

    @Test
    void aNewStudyWithOtherSpacesGetsItsColumnsAndItsPoints() throws Exception {
        org.codesign.study.Study classroom = org.codesign.study.Samples.load("classroom-small.codesign.json");
        assertThat(classroom.space())
                .as("the sample has other spaces")
                .isNotEqualTo(document.study().space());
        vm.paretoOnlyProperty().set(true);
        document.replace(classroom, null);
        store.load(classroom);
        List<String> parameters = vm.columnsProperty().get().stream()
                .map(PointsViewModel.Column::title)
                .filter(t -> t.startsWith("network.") || t.startsWith("hardware."))
                .toList();
        assertThat(parameters).hasSize(classroom.space().genomeLength());
        long points =
                classroom.runs().stream().mapToLong(r -> r.points().size()).sum();
        assertThat(vm.rows()).isNotEmpty().allMatch(PointEntry::pareto);
        assertThat(vm.summaryProperty().get())
                .isEqualTo(String.format(
                        java.util.Locale.ROOT,
                        "%,d of %,d points · 0 selected",
                        vm.rows().size(),
                        points));
    }

    @Test
    void aNewStudyOverTheSameSpacesKeepsTheColumns() {
        List<PointsViewModel.Column> before = vm.columnsProperty().get();
        document.replace(TestPoints.study().withName("another"), null);
        assertThat(vm.columnsProperty().get()).isSameAs(before);
    }
}
