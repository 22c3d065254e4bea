package org.codesign.ui.pareto;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.codesign.eval.Metric;
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
    private final ObjectProperty<Metric> colorMetric = new SimpleObjectProperty<>(this, "colorMetric", Metric.ENERGY);
    private final ReadOnlyObjectWrapper<Coloring> coloring = new ReadOnlyObjectWrapper<>(this, "coloring");
    private final List<Consumer<DataChange>> dataListeners = new ArrayList<>();
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
        colorMetric.addListener((o, a, b) -> recolor());
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

    ObjectProperty<Metric> colorMetricProperty() {
        return colorMetric;
    }

    /** The current colouring; a new value whenever the mode, its metric or its data range changes. */
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

    private void recolor() {
        Coloring next = Coloring.of(colorMode.get(), colorMetric.get(), columns);
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
