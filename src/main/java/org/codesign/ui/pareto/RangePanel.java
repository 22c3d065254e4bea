package org.codesign.ui.pareto;

import java.util.BitSet;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.codesign.eval.Metric;
import org.codesign.study.quantity.Quantities;
import org.codesign.ui.pareto.plot.AxisScale;
import org.codesign.ui.pareto.plot.PointColumns;
import org.codesign.ui.pareto.plot.RangeFilter;
import org.codesign.ui.points.Selection;
import org.controlsfx.control.RangeSlider;

/**
 * One range slider per metric, in the metric's shown unit (MACs in MMACs): narrowing sliders brushes the points inside every narrowed
 * range. Modifier keys held when grabbing a slider combine as everywhere (Shift adds, Ctrl/Alt
 * subtracts, Shift+Ctrl intersects) with the selection that existed when it was grabbed.
 * Metrics spanning more than two decades slide on a log scale.
 */
public final class RangePanel extends ScrollPane {
    private final PlotModel model;
    private final Map<Metric, RangeSlider> sliders = new EnumMap<>(Metric.class);
    private final Map<Metric, Label> readouts = new EnumMap<>(Metric.class);
    private final Map<Metric, Boolean> logScale = new EnumMap<>(Metric.class);
    private boolean programmatic;
    private final RangeBrush brush;

    RangePanel(PlotModel model) {
        this.model = model;
        this.brush = new RangeBrush(model.selection());
        setId("range-panel");
        setFitToWidth(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(150);
        ColumnConstraints slider = new ColumnConstraints();
        slider.setHgrow(Priority.ALWAYS);
        slider.setMinWidth(160);
        ColumnConstraints readout = new ColumnConstraints();
        readout.setMinWidth(190);
        grid.getColumnConstraints().addAll(name, slider, readout);
        int row = 0;
        for (Metric m : Metric.values()) {
            RangeSlider s = new RangeSlider(0, 1, 0, 1);
            s.setId("range-" + m.key());
            s.setShowTickMarks(false);
            Label value = new Label();
            value.setId("range-value-" + m.key());
            sliders.put(m, s);
            readouts.put(m, value);
            s.addEventFilter(
                    MouseEvent.MOUSE_PRESSED,
                    e -> grab(Selection.combineFor(e.isShiftDown(), e.isShortcutDown(), e.isAltDown())));
            s.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> brush.end());
            s.lowValueProperty().addListener((o, a, b) -> moved(m));
            s.highValueProperty().addListener((o, a, b) -> moved(m));
            grid.addRow(row++, new Label(Quantities.of(m).title()), s, value);
        }
        Button reset = new Button("Reset ranges");
        reset.setId("reset-ranges");
        reset.setOnAction(e -> reset());
        Label hint = new Label(
                "Narrow a slider to brush; Shift: add · Ctrl: subtract · Shift+Ctrl: intersect (held while grabbing)");
        hint.getStyleClass().add("hint");
        HBox top = new HBox(10, reset, hint);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6, 8, 0, 8));
        setContent(new VBox(top, grid));
        model.onData(c -> followData());
        followData();
    }

    public RangeSlider slider(Metric m) {
        return sliders.get(m);
    }

    /** The slider's value for a metric value (log10 on log-scaled sliders). */
    double toSlider(Metric m, double v) {
        return logScale.getOrDefault(m, false) ? Math.log10(v) : v;
    }

    double fromSlider(Metric m, double s) {
        return logScale.getOrDefault(m, false) ? Math.pow(10, s) : s;
    }

    private void grab(Selection.Combine combine) {
        brush.begin(combine);
    }

    /** Follows the data range; sliders that were not narrowed stay at full extent. */
    private void followData() {
        PointColumns c = model.columns();
        programmatic = true;
        try {
            for (Metric m : Metric.values()) {
                RangeSlider s = sliders.get(m);
                double[] r = c.range(m, false);
                boolean log = r[0] > 0 && r[1] / r[0] > 100;
                boolean full = !narrowed(s);
                double lo = Double.isNaN(r[0]) ? 0 : log ? Math.log10(r[0]) : r[0];
                double hi = Double.isNaN(r[1]) ? 1 : log ? Math.log10(r[1]) : r[1];
                if (hi <= lo) {
                    hi = lo + 1e-9 + Math.abs(lo) * 1e-9;
                }
                if (log != logScale.getOrDefault(m, false)) {
                    full = true;
                }
                logScale.put(m, log);
                s.setDisable(Double.isNaN(r[0]));
                s.setMin(Math.min(lo, s.getMin()));
                s.setMax(Math.max(hi, s.getMax()));
                s.setMin(lo);
                s.setMax(hi);
                if (full) {
                    s.setLowValue(lo);
                    s.setHighValue(hi);
                }
                showReadout(m);
            }
        } finally {
            programmatic = false;
        }
    }

    private static boolean narrowed(RangeSlider s) {
        double eps = (s.getMax() - s.getMin()) * 1e-9;
        return s.getLowValue() > s.getMin() + eps || s.getHighValue() < s.getMax() - eps;
    }

    private void showReadout(Metric m) {
        RangeSlider s = sliders.get(m);
        double lo = fromSlider(m, s.getLowValue());
        double hi = fromSlider(m, s.getHighValue());
        double step = AxisScale.niceStep(Math.abs(hi - lo) / 100);
        String unit =
                Quantities.of(m).unit().isEmpty() ? "" : " " + Quantities.of(m).unit();
        readouts.get(m)
                .setText(
                        s.isDisabled()
                                ? "no values"
                                : String.format(
                                        Locale.ROOT,
                                        "%s … %s%s%s",
                                        AxisScale.format(lo, step),
                                        AxisScale.format(hi, step),
                                        unit,
                                        logScale.get(m) ? " (log)" : ""));
    }

    private void moved(Metric m) {
        showReadout(m);
        if (programmatic) {
            return;
        }
        if (!brush.active()) {
            grab(Selection.Combine.REPLACE);
        }
        brush.apply(brushed());
    }

    /** The points inside every narrowed range (none if nothing is narrowed). */
    BitSet brushed() {
        RangeFilter filter = new RangeFilter();
        for (Metric m : Metric.values()) {
            RangeSlider s = sliders.get(m);
            if (narrowed(s)) {
                // Widen by a hair so the end points of the data stay inside after the log round trip.
                double lo = fromSlider(m, s.getLowValue());
                double hi = fromSlider(m, s.getHighValue());
                filter.with(m, lo - Math.abs(lo) * 1e-12, hi + Math.abs(hi) * 1e-12);
            }
        }
        return filter.isEmpty() ? new BitSet() : filter.select(model.columns());
    }

    void reset() {
        programmatic = true;
        try {
            for (RangeSlider s : sliders.values()) {
                s.setLowValue(s.getMin());
                s.setHighValue(s.getMax());
            }
            sliders.keySet().forEach(this::showReadout);
        } finally {
            programmatic = false;
        }
        brush.end();
        model.selection().clear();
    }
}
