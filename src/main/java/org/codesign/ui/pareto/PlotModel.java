package org.codesign.ui.pareto;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.codesign.eval.Metric;
import org.codesign.study.quantity.Quantities;
import org.codesign.study.quantity.Quantity;
import org.codesign.ui.pareto.plot.ColorMode;
import org.codesign.ui.pareto.plot.Coloring;
import org.codesign.ui.pareto.plot.PlotAxes;
import org.codesign.ui.pareto.plot.PointColumns;
import org.codesign.ui.points.PointEntry;
import org.codesign.ui.points.PointStore;
import org.codesign.ui.points.Selection;

/**
 * What the linked plots share: the store's points as columns, the three plot axes, the
 * colouring, and the one {@link Selection}. It follows the store as points arrive and tells
 * the views what changed, so they can update a few glyphs instead of all of them.
 */
public final class PlotModel {
    /**
     * What changed in the data: slots from {@code appendedFrom} on are new; {@code reset} means
     * everything was replaced (slots renumbered); {@code paretoFlipped} lists older slots whose
     * Pareto flag changed.
     */
    record DataChange(int appendedFrom, boolean reset, int[] paretoFlipped) {}

    private final PointStore store;
    private final Selection selection;
    private final PointColumns columns = new PointColumns();
    private final ObjectProperty<PlotAxes> axes = new SimpleObjectProperty<>(this, "axes");
    private final ObjectProperty<ColorMode> colorMode = new SimpleObjectProperty<>(this, "colorMode", ColorMode.PARETO);
    private final ObjectProperty<Quantity> colorQuantity =
            new SimpleObjectProperty<>(this, "colorQuantity", Quantities.of(Metric.ENERGY));
    private final javafx.beans.property.BooleanProperty colorLog =
            new javafx.beans.property.SimpleBooleanProperty(this, "colorLog", false);
    /** What the study's points can be plotted by; null until a study is known (metrics only). */
    private final ReadOnlyObjectWrapper<Quantities> quantities = new ReadOnlyObjectWrapper<>(this, "quantities");

    private final ReadOnlyObjectWrapper<Coloring> coloring = new ReadOnlyObjectWrapper<>(this, "coloring");
    private final List<Consumer<DataChange>> dataListeners = new ArrayList<>();
    /** Runs (ids) whose points no view draws: their legend entries were clicked off. */
    private final javafx.collections.ObservableSet<String> hiddenRuns =
            javafx.collections.FXCollections.observableSet();
    /** What the window calls each run ({@link org.codesign.study.RunLabels}); ids until a study is known. */
    private final ReadOnlyObjectWrapper<java.util.Map<String, String>> runLabels =
            new ReadOnlyObjectWrapper<>(this, "runLabels", java.util.Map.of());

    private PointEntry first;
    private PointEntry last;

    public PlotModel(PointStore store, Selection selection, PlotAxes initialAxes) {
        this.store = store;
        this.selection = selection;
        axes.set(initialAxes);
        sync();
        recolor();
        store.versionProperty().addListener((o, a, b) -> {
            DataChange change = sync();
            recolor();
            dataListeners.forEach(l -> l.accept(change));
        });
        colorMode.addListener((o, a, b) -> recolor());
        colorQuantity.addListener((o, a, b) -> recolor());
        colorLog.addListener((o, a, b) -> recolor());
        columns.setSource(this::raw);
        hiddenRuns.addListener((javafx.collections.SetChangeListener<String>) c -> {
            columns.setHiddenRuns(java.util.Set.copyOf(hiddenRuns));
            refreshAll();
        });
    }

    /** The runs (ids) the views leave out; add or remove ids to hide or show a run everywhere. */
    public javafx.collections.ObservableSet<String> hiddenRuns() {
        return hiddenRuns;
    }

    /** Hides a shown run or shows a hidden one. */
    public void toggleRun(String runId) {
        if (!hiddenRuns.remove(runId)) {
            hiddenRuns.add(runId);
        }
    }

    ReadOnlyObjectProperty<java.util.Map<String, String>> runLabelsProperty() {
        return runLabels.getReadOnlyProperty();
    }

    void setRunLabels(java.util.Map<String, String> labels) {
        if (!labels.equals(runLabels.get())) {
            runLabels.set(java.util.Map.copyOf(labels));
        }
    }

    /** What the window calls a run (its id when the study does not name it). */
    public String runLabel(String runId) {
        return runLabels.get().getOrDefault(runId, runId);
    }

    /** A slot's stored value of a quantity that is not a metric (a parameter, utilization). */
    private double raw(Quantity q, int slot) {
        PointEntry e = entry(slot);
        Quantities known = quantities.get();
        return e == null || known == null ? Double.NaN : known.raw(q, columns.run(slot), e.runPoints(), e.row());
    }

    /** The study's quantities (its spaces changed or another study was opened): values are read anew. */
    void setQuantities(Quantities next) {
        columns.setSource(this::raw); // before listeners read values through it
        quantities.set(next);
    }

    /** Tells every view to draw everything afresh (the quantities' values were read anew). */
    void refreshAll() {
        recolor();
        DataChange all = new DataChange(0, true, new int[0]);
        dataListeners.forEach(l -> l.accept(all));
    }

    /** The study's quantities, or null before a study was set. */
    Quantities quantities() {
        return quantities.get();
    }

    /** A new value when the study's quantities are read anew (another study, edited spaces). */
    ReadOnlyObjectProperty<Quantities> quantitiesProperty() {
        return quantities.getReadOnlyProperty();
    }

    PointStore store() {
        return store;
    }

    Selection selection() {
        return selection;
    }

    public PointColumns columns() {
        return columns;
    }

    ObjectProperty<PlotAxes> axesProperty() {
        return axes;
    }

    PlotAxes axes() {
        return axes.get();
    }

    public ObjectProperty<ColorMode> colorModeProperty() {
        return colorMode;
    }

    ObjectProperty<Quantity> colorQuantityProperty() {
        return colorQuantity;
    }

    /** Whether a quantity's colours follow a log scale (the view model refuses it for values ≤ 0). */
    javafx.beans.property.BooleanProperty colorLogProperty() {
        return colorLog;
    }

    /** The current colouring; a new value whenever the mode, its quantity, scale or data range changes. */
    ReadOnlyObjectProperty<Coloring> coloringProperty() {
        return coloring.getReadOnlyProperty();
    }

    public Coloring coloring() {
        return coloring.get();
    }

    /** Called after the columns follow the store (before other views see the change). */
    void onData(Consumer<DataChange> listener) {
        dataListeners.add(listener);
    }

    PointEntry entry(int slot) {
        return slot >= 0 && slot < store.entries().size() ? store.entries().get(slot) : null;
    }

    /** Colours again (after the quantities' values were read anew). */
    void recolor() {
        Coloring next = Coloring.of(colorMode.get(), colorQuantity.get(), colorLog.get(), columns);
        if (!next.equals(coloring.get())) {
            coloring.set(next);
        }
    }

    /** Brings the columns up to the store: appends new points if the old ones kept their places, else rebuilds. */
    private DataChange sync() {
        List<PointEntry> entries = store.entries();
        int old = columns.size();
        boolean appended =
                old == 0 || (entries.size() >= old && entries.get(0) == first && entries.get(old - 1) == last);
        if (!appended) {
            columns.clear();
            old = 0;
        }
        columns.reserve(entries.size());
        Metric[] metrics = Metric.values();
        double[] values = new double[metrics.length];
        for (int i = old; i < entries.size(); i++) {
            PointEntry e = entries.get(i);
            for (Metric m : metrics) {
                values[m.ordinal()] = e.metric(m);
            }
            columns.add(e.runId(), e.generation(), e.feasible(), e.pareto(), values);
        }
        int[] flipped = new int[8];
        int count = 0;
        // After an append only points of the old front can have changed; otherwise look at all.
        int[] candidates = appended && store.lastChangeAppended() ? store.leftFront() : null;
        int n = candidates == null ? old : candidates.length;
        for (int k = 0; k < n; k++) {
            int i = candidates == null ? k : candidates[k];
            if (i < old && columns.setPareto(i, entries.get(i).pareto())) {
                if (count == flipped.length) {
                    flipped = java.util.Arrays.copyOf(flipped, count * 2);
                }
                flipped[count++] = i;
            }
        }
        first = entries.isEmpty() ? null : entries.get(0);
        last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        return new DataChange(old, !appended, java.util.Arrays.copyOf(flipped, count));
    }
}
