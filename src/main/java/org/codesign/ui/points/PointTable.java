package org.codesign.ui.points;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.codesign.ui.study.StudyDocument;

/**
 * The table of points: every metric and every design parameter, the run that found each, sortable
 * and filterable, with Pareto-only and feasible-only toggles. Rows picked in the table become
 * the shared {@link Selection}; the shared selection shows as marked rows. What is listed and
 * how the selections follow each other is the {@link PointsViewModel}'s.
 */
public final class PointTable extends VBox {
    private static final PseudoClass BRUSHED = PseudoClass.getPseudoClass("brushed");

    private final PointsViewModel vm;
    private final TableView<PointEntry> table = new TableView<>();
    /** The rows the table made (a screenful or so): they are re-marked when the selection changes. */
    private final List<TableRow<PointEntry>> rows = new ArrayList<>();

    public PointTable(StudyDocument document, PointStore store, Selection selection) {
        this(new PointsViewModel(document, store, selection));
    }

    public PointTable(PointsViewModel vm) {
        this.vm = vm;
        setId("point-table");
        setSpacing(4);
        setPadding(new Insets(4));
        vm.rows().comparatorProperty().bind(table.comparatorProperty());
        table.setItems(vm.rows());
        // No rows for a preview: the table's first cells and their CSS would delay the preview's
        // first frame (a third of the FX thread's time to it, JFR); it lists every point once in.
        vm.store()
                .previewPointsProperty()
                .addListener((o, a, b) -> table.setItems(
                        b.intValue() > 0 ? javafx.collections.FXCollections.emptyObservableList() : vm.rows()));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setId("points");
        table.setPlaceholder(new Label("No points yet: start a run."));
        // rows of one height: else the table measures cells (with CSS) to estimate a million rows' height
        table.setFixedCellSize(Math.ceil(javafx.scene.text.Font.getDefault().getSize() * 2));
        CheckBox paretoOnly = toggle("Pareto only", "pareto-only");
        CheckBox feasibleOnly = toggle("Feasible only", "feasible-only");
        CheckBox selectedOnly = toggle("Selected only", "selected-only");
        paretoOnly.selectedProperty().bindBidirectional(vm.paretoOnlyProperty());
        feasibleOnly.selectedProperty().bindBidirectional(vm.feasibleOnlyProperty());
        selectedOnly.selectedProperty().bindBidirectional(vm.selectedOnlyProperty());
        TextField filter = new TextField();
        filter.setId("table-filter");
        filter.setPromptText("filter: run or parameter value, e.g. run-2 or row-stationary");
        filter.textProperty().bindBidirectional(vm.filterTextProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Label count = new Label();
        count.textProperty().bind(vm.summaryProperty());
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox tools = new HBox(10, paretoOnly, feasibleOnly, selectedOnly, filter, count);
        tools.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.StackPane covered = LoadingCover.untilLoaded(table, vm.store());
        VBox.setVgrow(covered, Priority.ALWAYS);
        getChildren().addAll(tools, covered);

        table.setRowFactory(t -> {
            TableRow<PointEntry> row = new TableRow<>() {
                @Override
                protected void updateItem(PointEntry e, boolean empty) {
                    super.updateItem(e, empty);
                    pseudoClassStateChanged(BRUSHED, !empty && e != null && vm.isSelected(e));
                }
            };
            rows.add(row);
            return row;
        });
        var picks = table.getSelectionModel();
        picks.getSelectedItems().addListener((ListChangeListener<PointEntry>) c -> vm.picked(picks.getSelectedItems()));
        picks.selectedItemProperty().addListener((o, a, b) -> vm.focus(b));
        vm.showSelectionWith(
                () -> {
                    if (!picks.getSelectedIndices().isEmpty()) {
                        picks.clearSelection();
                    }
                },
                this::markRows);
        vm.columnsProperty().addListener((o, a, b) -> showColumns(b));
        showColumns(vm.columnsProperty().get());
    }

    public TableView<PointEntry> table() {
        return table;
    }

    public PointsViewModel viewModel() {
        return vm;
    }

    /** Filters and sorts every row afresh (what an append avoids). */
    public void refilterAll() {
        vm.refilterKeepingSelection();
    }

    private static CheckBox toggle(String text, String id) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.setMinWidth(Region.USE_PREF_SIZE);
        return c;
    }

    private void showColumns(List<PointsViewModel.Column> columns) {
        table.getColumns().clear();
        List<PointEntry> firstRows =
                table.getItems().subList(0, Math.min(30, table.getItems().size()));
        for (PointsViewModel.Column c : columns) {
            TableColumn<PointEntry, ?> column;
            int longest;
            if (c instanceof PointsViewModel.NumberColumn n) {
                column = number(n);
                longest = longest(firstRows, e -> n.text(n.value().apply(e)));
            } else {
                PointsViewModel.TextColumn t = (PointsViewModel.TextColumn) c;
                column = text(t);
                longest = longest(firstRows, t.value());
            }
            // JavaFX would size a column left at its default width to its first rows when first
            // shown, applying CSS to a measuring cell per row and column: a third of the first
            // paint of the 1M-point study. The same estimate from the texts' lengths costs nothing.
            column.setPrefWidth(
                    Math.min(420, 6.6 * Math.max(longest, column.getText().length()) + 22));
            table.getColumns().add(column);
        }
    }

    private static int longest(List<PointEntry> rows, java.util.function.Function<PointEntry, String> text) {
        int n = 0;
        for (PointEntry e : rows) {
            String s = text.apply(e);
            n = Math.max(n, s == null ? 0 : s.length());
        }
        return n;
    }

    private static TableColumn<PointEntry, String> text(PointsViewModel.TextColumn spec) {
        TableColumn<PointEntry, String> c = new TableColumn<>(spec.title());
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(spec.value().apply(d.getValue())));
        return c;
    }

    private static TableColumn<PointEntry, Double> number(PointsViewModel.NumberColumn spec) {
        TableColumn<PointEntry, Double> c = new TableColumn<>(spec.title());
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(spec.value().apply(d.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty ? null : spec.text(v));
            }
        });
        c.setComparator(PointsViewModel.NumberColumn.ORDER);
        c.getStyleClass().add("number-column");
        return c;
    }

    /** Marks the rows on screen whose points are in the shared selection. */
    private void markRows() {
        for (TableRow<PointEntry> row : rows) {
            PointEntry e = row.getItem();
            row.pseudoClassStateChanged(BRUSHED, !row.isEmpty() && e != null && vm.isSelected(e));
        }
    }
}
