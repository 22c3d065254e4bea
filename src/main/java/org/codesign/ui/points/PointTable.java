package org.codesign.ui.points;

import org.codesign.ui.study.StudyDocument;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.css.PseudoClass;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.codesign.eval.Metric;
import org.codesign.space.CodesignSpace;
import org.codesign.space.Parameter;
import org.codesign.study.Study;

/**
 * The table of points: every metric and every design parameter, the run that found each, sortable
 * and filterable, with Pareto-only and feasible-only toggles. Rows picked in the table become
 * the shared {@link Selection}; the shared selection shows as marked rows.
 */
public final class PointTable extends VBox {
    private final StudyDocument document;
    private final PointStore store;
    private final Selection selection;
    private final TableView<PointEntry> table = new TableView<>();
    private final FilteredList<PointEntry> filtered;
    private final CheckBox paretoOnly = new CheckBox("Pareto only");
    private final CheckBox feasibleOnly = new CheckBox("Feasible only");
    private final CheckBox selectedOnly = new CheckBox("Selected only");
    private final TextField filter = new TextField();
    private final Label count = new Label();
    private List<String> parameterColumns = List.of();
    private boolean syncing;
    private boolean storeChanging;
    /** The space the filter predicate matched parameter values in. */
    private CodesignSpace filteredSpace;
    private static final PseudoClass BRUSHED = PseudoClass.getPseudoClass("brushed");
    /** The rows the table made (a screenful or so): they are re-marked when the selection changes. */
    private final List<TableRow<PointEntry>> rows = new java.util.ArrayList<>();

    public PointTable(StudyDocument document, PointStore store, Selection selection) {
        this.document = document;
        this.store = store;
        this.selection = selection;
        setId("point-table");
        setSpacing(4);
        setPadding(new Insets(4));
        // Rows that come and go as the store changes must not rewrite the shared selection: the
        // first listener runs before the filtered list sees a change, the second after it.
        store.entries().addListener((ListChangeListener<PointEntry>) c -> storeChanging = true);
        filtered = new FilteredList<>(store.entries(), e -> true);
        store.entries().addListener((ListChangeListener<PointEntry>) c -> storeChanging = false);
        SortedList<PointEntry> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setId("points");
        table.setPlaceholder(new Label("No points yet: start a run."));
        paretoOnly.setId("pareto-only");
        feasibleOnly.setId("feasible-only");
        selectedOnly.setId("selected-only");
        filter.setId("table-filter");
        filter.setPromptText("filter: run or parameter value, e.g. run-2 or row-stationary");
        for (CheckBox c : List.of(paretoOnly, feasibleOnly, selectedOnly)) {
            c.selectedProperty().addListener((o, a, b) -> refilterKeepingSelection());
        }
        filter.textProperty().addListener((o, a, b) -> refilterKeepingSelection());
        HBox.setHgrow(filter, Priority.ALWAYS);
        for (CheckBox c : List.of(paretoOnly, feasibleOnly, selectedOnly)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox tools = new HBox(10, paretoOnly, feasibleOnly, selectedOnly, filter, count);
        tools.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(tools, table);

        table.setRowFactory(t -> {
            TableRow<PointEntry> row = new TableRow<>() {
                @Override
                protected void updateItem(PointEntry e, boolean empty) {
                    super.updateItem(e, empty);
                    pseudoClassStateChanged(BRUSHED, !empty && e != null && selection.isSelected(e.position()));
                }
            };
            rows.add(row);
            return row;
        });
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<PointEntry>) c -> pushSelection());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                selection.focusedProperty().set(b);
            }
        });
        selection.versionProperty().addListener((o, a, b) -> pullSelection());
        store.versionProperty().addListener((o, a, b) -> storeChanged());
        document.studyProperty().addListener((o, a, b) -> columnsFor(b));
        columnsFor(document.study());
    }

    public TableView<PointEntry> table() {
        return table;
    }

    private void columnsFor(Study study) {
        CodesignSpace space = study.space();
        List<String> names = new java.util.ArrayList<>();
        space.network().design().parameters().forEach(p -> names.add("network." + p.name()));
        space.hardware().design().parameters().forEach(p -> names.add("hardware." + p.name()));
        if (names.equals(parameterColumns) && !table.getColumns().isEmpty()) {
            return;
        }
        parameterColumns = names;
        table.getColumns().clear();
        table.getColumns().add(text("run", e -> e.runId()));
        table.getColumns().add(number("#", e -> (double) e.point().index(), "%.0f"));
        table.getColumns().add(number("gen", e -> (double) e.point().generation(), "%.0f"));
        table.getColumns().add(text("Pareto", e -> e.pareto() ? "●" : ""));
        table.getColumns().add(text("feasible", e -> e.feasible() ? "yes" : e.point().infeasibleReason() != null
                ? "no: " + e.point().infeasibleReason() : "violates constraints"));
        for (Metric m : Metric.values()) {
            String fmt = m == Metric.MACS || m == Metric.PARAMS ? "%,.0f" : m == Metric.EDP ? "%.4g" : "%.3f";
            table.getColumns().add(number(m.key() + (m.unit().isEmpty() ? "" : " (" + m.unit() + ")"),
                    e -> e.metric(m), fmt));
        }
        int genes = space.genomeLength();
        List<Parameter> all = new java.util.ArrayList<>(space.network().design().parameters());
        all.addAll(space.hardware().design().parameters());
        for (int i = 0; i < genes; i++) {
            int gene = i;
            Parameter p = all.get(i);
            table.getColumns().add(text(names.get(i), e -> label(p, e.point().genome()[gene])));
        }
    }

    private static String label(Parameter p, int index) {
        return index >= 0 && index < p.cardinality() ? p.values().get(index).label() : "?";
    }

    private static TableColumn<PointEntry, String> text(String title, Function<PointEntry, String> value) {
        TableColumn<PointEntry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    private static TableColumn<PointEntry, Double> number(String title, Function<PointEntry, Double> value, String fmt) {
        TableColumn<PointEntry, Double> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null || v.isNaN() ? null : String.format(Locale.ROOT, fmt, v));
            }
        });
        c.setComparator((a, b) -> Double.compare(a == null || a.isNaN() ? Double.POSITIVE_INFINITY : a,
                b == null || b.isNaN() ? Double.POSITIVE_INFINITY : b));
        c.getStyleClass().add("number-column");
        return c;
    }

    /**
     * Points appended (and older ones taken off the front) reach the filtered and sorted rows as
     * list changes, which filter and sort just those; the filter itself stays the same, so
     * there is nothing to refilter. Anything else refilters all rows.
     */
    private void storeChanged() {
        CodesignSpace space = document.study().space();
        if (store.lastChangeAppended() && (space == filteredSpace || space.equals(filteredSpace))) {
            pullSelection();
        } else {
            refilterKeepingSelection();
        }
    }

    /** Filters and sorts every row afresh (what an append avoids). */
    public void refilterAll() {
        refilterKeepingSelection();
    }

    /**
     * Refilters without letting the rows that come and go rewrite the shared selection (points
     * arriving during a run, or a filter hiding rows, must not deselect anything), then shows it.
     */
    private void refilterKeepingSelection() {
        boolean was = syncing;
        syncing = true;
        try {
            refilter();
        } finally {
            syncing = was;
        }
        pullSelection();
    }

    private void refilter() {
        String needle = filter.getText().trim().toLowerCase(Locale.ROOT);
        CodesignSpace space = document.study().space();
        filteredSpace = space;
        BitSet selected = selection.positions();
        filtered.setPredicate(e -> (!paretoOnly.isSelected() || e.pareto())
                && (!feasibleOnly.isSelected() || e.feasible())
                && (!selectedOnly.isSelected() || selected.get(e.position()))
                && (needle.isEmpty() || matches(e, needle, space)));
        count.setText(String.format(Locale.ROOT, "%,d of %,d points · %,d selected", filtered.size(),
                store.entries().size(), selection.count()));
    }

    private static boolean matches(PointEntry e, String needle, CodesignSpace space) {
        if (e.runId().toLowerCase(Locale.ROOT).contains(needle)) {
            return true;
        }
        int[] g = e.point().genome();
        if (g.length != space.genomeLength()) {
            return false;
        }
        int i = 0;
        for (Parameter p : space.network().design().parameters()) {
            if (label(p, g[i++]).toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        for (Parameter p : space.hardware().design().parameters()) {
            if (label(p, g[i++]).toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /** Table rows chosen by the user become the shared selection. */
    private void pushSelection() {
        if (syncing || storeChanging) {
            return;
        }
        BitSet chosen = new BitSet();
        for (PointEntry e : table.getSelectionModel().getSelectedItems()) {
            if (e != null) {
                chosen.set(e.position());
            }
        }
        syncing = true;
        try {
            selection.apply(chosen, Selection.Combine.REPLACE);
        } finally {
            syncing = false;
        }
        markRows();
        count.setText(String.format(Locale.ROOT, "%,d of %,d points · %,d selected", filtered.size(),
                store.entries().size(), selection.count()));
    }

    /**
     * The shared selection shows as marked rows (pseudo-class {@code :brushed}), not as the
     * table's own selection: TableView's selection model slows down quadratically with tens of
     * thousands of selected rows, and a brush can select that many. The table's own selection
     * is for picking rows by hand (it becomes the shared selection); a brush elsewhere clears it.
     */
    private void pullSelection() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            var model = table.getSelectionModel();
            if (!model.getSelectedIndices().isEmpty()) {
                model.clearSelection();
            }
            if (selectedOnly.isSelected()) {
                refilter();
            }
        } finally {
            syncing = false;
        }
        markRows();
        count.setText(String.format(Locale.ROOT, "%,d of %,d points · %,d selected", filtered.size(),
                store.entries().size(), selection.count()));
    }

    /** Marks the rows on screen whose points are in the shared selection. */
    private void markRows() {
        for (TableRow<PointEntry> row : rows) {
            PointEntry e = row.getItem();
            row.pseudoClassStateChanged(BRUSHED, !row.isEmpty() && e != null && selection.isSelected(e.position()));
        }
    }
}
