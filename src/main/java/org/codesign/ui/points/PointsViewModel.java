package org.codesign.ui.points;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.codesign.eval.Metric;
import org.codesign.space.CodesignSpace;
import org.codesign.space.Parameter;
import org.codesign.study.Study;
import org.codesign.study.quantity.Quantities;
import org.codesign.study.quantity.Quantity;
import org.codesign.ui.study.StudyDocument;

/**
 * The point table's state and rules without any node: the rows (the store's points less those
 * of runs hidden in the plots' legend, filtered by the Pareto-only, feasible-only and
 * selected-only switches and the text filter, then sorted), the columns a study calls for, the count line, and how the table's own picks and
 * the shared {@link Selection} follow each other.
 */
public final class PointsViewModel {
    /** A column of the table: a title and each point's cell, text or a number shown with a format. */
    public sealed interface Column permits TextColumn, NumberColumn {
        String title();
    }

    public record TextColumn(String title, Function<PointEntry, String> value) implements Column {}

    public record NumberColumn(String title, Function<PointEntry, Double> value, String format) implements Column {
        /** The cell text: empty for a missing value (NaN). */
        public String text(Double v) {
            return v == null || v.isNaN() ? null : String.format(Locale.ROOT, format, v);
        }

        /** Missing values sort last, ascending. */
        public static final Comparator<Double> ORDER =
                Comparator.comparingDouble(v -> v == null || v.isNaN() ? Double.POSITIVE_INFINITY : v);
    }

    private final StudyDocument document;
    private final PointStore store;
    private final Selection selection;
    private final FilteredList<PointEntry> filtered;
    private final SortedList<PointEntry> rows;
    private final BooleanProperty paretoOnly = new SimpleBooleanProperty(this, "paretoOnly");
    private final BooleanProperty feasibleOnly = new SimpleBooleanProperty(this, "feasibleOnly");
    private final BooleanProperty selectedOnly = new SimpleBooleanProperty(this, "selectedOnly");
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    /** Runs (ids) clicked off in the legend: their rows are left out, as their points are in every view. */
    private final javafx.collections.ObservableSet<String> hiddenRuns =
            javafx.collections.FXCollections.observableSet();

    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyObjectWrapper<List<Column>> columns = new ReadOnlyObjectWrapper<>(this, "columns", List.of());
    private List<String> parameterColumns = List.of();
    /** What the window calls each run (as the legend and the run list do), by id. */
    private java.util.Map<String, String> runLabels = java.util.Map.of();

    private boolean syncing;
    private boolean storeChanging;
    /** The space the filter predicate matched parameter values in. */
    private CodesignSpace filteredSpace;

    private Runnable clearPicks = () -> {};
    private Runnable remark = () -> {};

    /** The store the rows come from (the table covers itself while it loads). */
    PointStore store() {
        return store;
    }

    public PointsViewModel(StudyDocument document, PointStore store, Selection selection) {
        this.document = document;
        this.store = store;
        this.selection = selection;
        // Rows that come and go as the store changes must not rewrite the shared selection: the
        // first listener runs before the filtered list sees a change, the second after it.
        store.entries().addListener((ListChangeListener<PointEntry>) c -> storeChanging = true);
        filtered = new FilteredList<>(store.entries(), e -> true);
        store.entries().addListener((ListChangeListener<PointEntry>) c -> storeChanging = false);
        rows = new SortedList<>(filtered);
        for (BooleanProperty p : List.of(paretoOnly, feasibleOnly, selectedOnly)) {
            p.addListener((o, a, b) -> refilterKeepingSelection());
        }
        filterText.addListener((o, a, b) -> refilterKeepingSelection());
        hiddenRuns.addListener((javafx.collections.SetChangeListener<String>) c -> refilterKeepingSelection());
        selection.versionProperty().addListener((o, a, b) -> pullSelection());
        store.versionProperty().addListener((o, a, b) -> storeChanged());
        document.studyProperty().addListener((o, a, b) -> {
            runLabels = org.codesign.study.RunLabels.of(b.runs());
            columnsFor(b);
        });
        runLabels = org.codesign.study.RunLabels.of(document.study().runs());
        columnsFor(document.study());
    }

    /**
     * How the view shows the shared selection: {@code clearPicks} drops the table's own picks
     * (called while the model ignores picks, so clearing them selects nothing), {@code remark}
     * re-marks the rows on screen.
     */
    public void showSelectionWith(Runnable clearPicks, Runnable remark) {
        this.clearPicks = clearPicks;
        this.remark = remark;
    }

    /** The rows, filtered and sorted (bind its comparator to the table's). */
    public SortedList<PointEntry> rows() {
        return rows;
    }

    public BooleanProperty paretoOnlyProperty() {
        return paretoOnly;
    }

    public BooleanProperty feasibleOnlyProperty() {
        return feasibleOnly;
    }

    public BooleanProperty selectedOnlyProperty() {
        return selectedOnly;
    }

    /** The runs (ids) whose rows are left out; the window keeps it equal to the plots' hidden runs. */
    public javafx.collections.ObservableSet<String> hiddenRuns() {
        return hiddenRuns;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** "shown of all points · selected". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The columns for the study's spaces; a new list only when the parameters change. */
    public ReadOnlyObjectProperty<List<Column>> columnsProperty() {
        return columns.getReadOnlyProperty();
    }

    public boolean isSelected(PointEntry e) {
        return selection.isSelected(e.position());
    }

    // ---- columns ----

    private void columnsFor(Study study) {
        CodesignSpace space = study.space();
        List<String> names = new ArrayList<>();
        space.network().design().parameters().forEach(p -> names.add("network." + p.name()));
        space.hardware().design().parameters().forEach(p -> names.add("hardware." + p.name()));
        if (names.equals(parameterColumns) && !columns.get().isEmpty()) {
            return;
        }
        parameterColumns = names;
        List<Column> list = new ArrayList<>();
        list.add(new TextColumn("run", e -> runLabel(e.runId())));
        list.add(new NumberColumn("#", e -> (double) e.index(), "%.0f"));
        list.add(new NumberColumn("gen", e -> (double) e.generation(), "%.0f"));
        list.add(new TextColumn("Pareto", e -> e.pareto() ? "●" : ""));
        list.add(new TextColumn(
                "feasible",
                e -> e.feasible()
                        ? "yes"
                        : e.point().infeasibleReason() != null
                                ? "no: " + e.point().infeasibleReason()
                                : "violates constraints"));
        for (Metric m : Metric.values()) {
            // shown as everywhere (MACs in MMACs); the export keeps the stored values
            Quantity q = Quantities.of(m);
            String fmt = m == Metric.EDP ? "%.4g" : m == Metric.MACS || m == Metric.PARAMS ? "%,.2f" : "%.3f";
            list.add(new NumberColumn(q.title(), e -> q.display(e.metric(m)), fmt));
        }
        List<Parameter> all = parameters(space);
        List<Quantity> parameterQuantities = Quantities.of(study).parameters();
        for (int i = 0; i < space.genomeLength(); i++) {
            int gene = i;
            Parameter p = all.get(i);
            String unit = parameterQuantities.get(i).unit();
            list.add(new TextColumn(
                    names.get(i) + (unit.isEmpty() ? "" : " (" + unit + ")"),
                    e -> label(p, e.point().genome()[gene])));
        }
        columns.set(List.copyOf(list));
    }

    private static List<Parameter> parameters(CodesignSpace space) {
        List<Parameter> all = new ArrayList<>(space.network().design().parameters());
        all.addAll(space.hardware().design().parameters());
        return all;
    }

    private static String label(Parameter p, int index) {
        return index >= 0 && index < p.cardinality() ? p.values().get(index).label() : "?";
    }

    // ---- filtering ----

    /**
     * Points appended (and older ones taken off the front) reach the filtered and sorted rows as
     * list changes, which filter and sort just those; the filter itself stays the same, so
     * there is nothing to refilter. Anything else refilters all rows.
     */
    private void storeChanged() {
        CodesignSpace space = document.study().space();
        if (store.lastChangeAppended() && (space == filteredSpace || space.equals(filteredSpace))) {
            pullSelection();
        } else if (!filtering()) {
            // every row passes (each filter change refilters at once), and the list change already
            // reached the filtered and sorted rows: refiltering would pass over them all again
            // (a million rows: a second of the FX thread when a large study opens)
            filteredSpace = space;
            updateSummary();
            pullSelection();
        } else {
            refilterKeepingSelection();
        }
    }

    /** Whether any filter is on (otherwise the filtered rows are all the store's). */
    private boolean filtering() {
        String needle = filterText.get() == null ? "" : filterText.get().trim();
        return paretoOnly.get()
                || feasibleOnly.get()
                || selectedOnly.get()
                || !needle.isEmpty()
                || !hiddenRuns.isEmpty();
    }

    /**
     * Refilters without letting the rows that come and go rewrite the shared selection (points
     * arriving during a run, or a filter hiding rows, must not deselect anything), then shows it.
     */
    public void refilterKeepingSelection() {
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
        String needle = filterText.get() == null ? "" : filterText.get().trim().toLowerCase(Locale.ROOT);
        CodesignSpace space = document.study().space();
        filteredSpace = space;
        BitSet selected = selection.positions();
        boolean pareto = paretoOnly.get();
        boolean feasible = feasibleOnly.get();
        boolean chosen = selectedOnly.get();
        java.util.Set<String> hidden = java.util.Set.copyOf(hiddenRuns);
        filtered.setPredicate(e -> !hidden.contains(e.runId())
                && (!pareto || e.pareto())
                && (!feasible || e.feasible())
                && (!chosen || selected.get(e.position()))
                && (needle.isEmpty()
                        || runLabel(e.runId()).toLowerCase(Locale.ROOT).contains(needle)
                        || matches(e, needle, space)));
        updateSummary();
    }

    /** The run's name as the legend and the run list show it (its id when the study does not name it). */
    String runLabel(String runId) {
        return runLabels.getOrDefault(runId, runId);
    }

    /** Whether the run or a parameter value (in the space's labels) contains the lower-case needle. */
    static boolean matches(PointEntry e, String needle, CodesignSpace space) {
        if (e.runId().toLowerCase(Locale.ROOT).contains(needle)) {
            return true;
        }
        int[] g = e.point().genome();
        if (g.length != space.genomeLength()) {
            return false;
        }
        List<Parameter> all = parameters(space);
        for (int i = 0; i < g.length; i++) {
            if (label(all.get(i), g[i]).toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private void updateSummary() {
        summary.set(String.format(
                Locale.ROOT,
                "%,d of %,d points · %,d selected",
                filtered.size(),
                store.entries().size(),
                selection.count()));
    }

    // ---- selection ----

    /** The rows the user picked in the table become the shared selection (not while rows come and go). */
    public void picked(Collection<PointEntry> chosen) {
        if (syncing || storeChanging) {
            return;
        }
        BitSet bits = new BitSet();
        for (PointEntry e : chosen) {
            if (e != null) {
                bits.set(e.position());
            }
        }
        syncing = true;
        try {
            selection.apply(bits, Selection.Combine.REPLACE);
        } finally {
            syncing = false;
        }
        remark.run();
        updateSummary();
    }

    /** The row the user picked last is the point shown in detail. */
    public void focus(PointEntry e) {
        if (!syncing && e != null) {
            selection.focusedProperty().set(e);
        }
    }

    /**
     * The shared selection shows as marked rows, not as the table's own picks: TableView's
     * selection model slows down quadratically with tens of thousands of selected rows, and a
     * brush can select that many. A change made elsewhere clears the picks.
     */
    private void pullSelection() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            clearPicks.run();
            if (selectedOnly.get()) {
                refilter();
            }
        } finally {
            syncing = false;
        }
        remark.run();
        updateSummary();
    }
}
