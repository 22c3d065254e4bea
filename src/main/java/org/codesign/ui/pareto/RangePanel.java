package org.codesign.ui.pareto;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.codesign.eval.Metric;
import org.codesign.study.quantity.Quantities;
import org.codesign.study.quantity.Quantity;
import org.codesign.ui.pareto.plot.AxisScale;
import org.codesign.ui.pareto.plot.PointColumns;
import org.codesign.ui.pareto.plot.RangeFilter;
import org.codesign.ui.points.Selection;
import org.controlsfx.control.RangeSlider;

/**
 * One range slider per quantity a point can be plotted by (every metric, every design parameter
 * that varies, utilization, generation and run), in the quantity's shown unit (MACs in MMACs):
 * narrowing sliders brushes the points inside every narrowed range. Modifier keys held when
 * grabbing a slider combine as everywhere (Shift adds, Ctrl/Alt subtracts, Shift+Ctrl
 * intersects) with the selection that existed when it was grabbed. Quantities spanning more than
 * two decades slide on a log scale; categories (a dataflow, a run) slide over their names.
 */
public final class RangePanel extends ScrollPane {
    private final PlotModel model;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final GridPane grid = new GridPane();
    private boolean programmatic;
    private final RangeBrush brush;
    /** Data changed while the panel was not shown: its ranges follow when it shows. */
    private boolean stale;

    /** A quantity's slider, its readout, and whether it slides on log10 of the values. */
    private static final class Row {
        final Quantity quantity;
        final RangeSlider slider = new RangeSlider(0, 1, 0, 1);
        final Label readout = new Label();
        boolean log;

        Row(Quantity quantity) {
            this.quantity = quantity;
        }
    }

    RangePanel(PlotModel model) {
        this.model = model;
        this.brush = new RangeBrush(model.selection());
        setId("range-panel");
        setFitToWidth(true);
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
        model.onData(c -> follow());
        model.quantitiesProperty().addListener((o, a, b) -> follow());
        // A tab pane shows a tab's content by making its parent visible; it joins a scene when first shown.
        sceneProperty().addListener((o, a, b) -> catchUp());
        parentProperty().addListener((o, a, b) -> {
            if (b != null) {
                b.visibleProperty().addListener((v, was, now) -> catchUp());
            }
            catchUp();
        });
        followData();
    }

    /**
     * Follows the data now if the panel is shown, else when it shows: a slider per quantity means
     * a pass over every point per quantity (60 on the edge-GPU sample, seconds for a million points),
     * which a hidden panel need not pay on every change.
     */
    private void follow() {
        stale = true;
        catchUp();
    }

    private void catchUp() {
        if (stale && shown()) {
            stale = false;
            followData();
        }
    }

    /** Whether the panel is in a scene with every parent visible. */
    private boolean shown() {
        if (getScene() == null) {
            return false;
        }
        for (javafx.scene.Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The rows, up to date with the data even while the panel is not shown (for callers outside). */
    private Map<String, Row> current() {
        if (stale) {
            stale = false;
            followData();
        }
        return rows;
    }

    /** The quantities with a slider, top to bottom: the study's, or the metrics before a study is known. */
    private List<Quantity> quantities() {
        Quantities q = model.quantities();
        return q == null
                ? java.util.Arrays.stream(Metric.values()).map(Quantities::of).toList()
                : q.all();
    }

    public RangeSlider slider(Metric m) {
        return slider(Quantities.of(m).id());
    }

    /** The slider of a quantity by id ("latencyMs", "resolution", "utilization"), or null when there is none. */
    public RangeSlider slider(String quantityId) {
        Row r = current().get(quantityId);
        return r == null ? null : r.slider;
    }

    /** The readout of a quantity's slider by id: its range as shown ("224 … 288 px"). */
    public String readout(String quantityId) {
        return current().get(quantityId).readout.getText();
    }

    /** The high end of a quantity's slider as a shown value (not its log10). */
    public double highValue(String quantityId) {
        Row r = current().get(quantityId);
        return fromSlider(r, r.slider.getHighValue());
    }

    private static double fromSlider(Row r, double s) {
        return r.log ? Math.pow(10, s) : s;
    }

    /** Rows for the quantities there are now (kept, with their ranges, for quantities that stay). */
    private void syncRows() {
        List<Quantity> wanted = quantities();
        List<String> ids = wanted.stream().map(Quantity::id).toList();
        if (ids.equals(List.copyOf(rows.keySet()))
                && wanted.equals(rows.values().stream().map(r -> r.quantity).toList())) {
            return;
        }
        Map<String, Row> old = new LinkedHashMap<>(rows);
        rows.clear();
        grid.getChildren().clear();
        int line = 0;
        for (Quantity q : wanted) {
            Row r = old.get(q.id());
            if (r == null || !r.quantity.equals(q)) {
                r = row(q);
            }
            rows.put(q.id(), r);
            Label name = new Label(q.title());
            if (!q.description().isEmpty()) {
                name.setTooltip(new Tooltip(q.description()));
            }
            grid.addRow(line++, name, r.slider, r.readout);
        }
    }

    private Row row(Quantity q) {
        Row r = new Row(q);
        r.slider.setId("range-" + q.id());
        r.slider.setShowTickMarks(false);
        r.readout.setId("range-value-" + q.id());
        r.slider.addEventFilter(
                MouseEvent.MOUSE_PRESSED,
                e -> brush.begin(Selection.combineFor(e.isShiftDown(), e.isShortcutDown(), e.isAltDown())));
        r.slider.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> brush.end());
        r.slider.lowValueProperty().addListener((o, a, b) -> moved(r));
        r.slider.highValueProperty().addListener((o, a, b) -> moved(r));
        if (q.ordinal()) {
            r.slider.setMajorTickUnit(1);
            r.slider.setMinorTickCount(0);
            r.slider.setSnapToTicks(true);
        }
        return r;
    }

    /** Follows the data range; sliders that were not narrowed stay at full extent. */
    private void followData() {
        PointColumns c = model.columns();
        programmatic = true;
        try {
            syncRows();
            for (Row r : rows.values()) {
                RangeSlider s = r.slider;
                double[] range = r.quantity.ordinal()
                        ? new double[] {0, Math.max(0, c.categories(r.quantity).size() - 1)}
                        : c.range(r.quantity, false);
                boolean log = !r.quantity.ordinal() && range[0] > 0 && range[1] / range[0] > 100;
                boolean full = !narrowed(s) || log != r.log;
                double lo = Double.isNaN(range[0]) ? 0 : log ? Math.log10(range[0]) : range[0];
                double hi = Double.isNaN(range[1]) ? 1 : log ? Math.log10(range[1]) : range[1];
                if (hi <= lo) {
                    hi = lo + 1e-9 + Math.abs(lo) * 1e-9;
                }
                r.log = log;
                s.setDisable(Double.isNaN(range[0]));
                s.setMin(Math.min(lo, s.getMin()));
                s.setMax(Math.max(hi, s.getMax()));
                s.setMin(lo);
                s.setMax(hi);
                if (full) {
                    s.setLowValue(lo);
                    s.setHighValue(hi);
                }
                showReadout(r);
            }
        } finally {
            programmatic = false;
        }
    }

    private static boolean narrowed(RangeSlider s) {
        double eps = (s.getMax() - s.getMin()) * 1e-9;
        return s.getLowValue() > s.getMin() + eps || s.getHighValue() < s.getMax() - eps;
    }

    private void showReadout(Row r) {
        RangeSlider s = r.slider;
        Quantity q = r.quantity;
        double lo = fromSlider(r, s.getLowValue());
        double hi = fromSlider(r, s.getHighValue());
        String text;
        if (s.isDisabled()) {
            text = "no values";
        } else if (q.ordinal()) {
            List<String> names = model.columns().categories(q);
            text = name(names, Math.ceil(lo - 1e-9)) + " … " + name(names, Math.floor(hi + 1e-9));
        } else if (Math.abs(hi - lo) <= 1e-6 * Math.max(1, Math.abs(lo))) {
            text = q.formatWithUnit(lo) + " (one value)"; // nothing to narrow
        } else {
            double step = AxisScale.niceStep(Math.abs(hi - lo) / 100);
            text = String.format(
                    Locale.ROOT,
                    "%s … %s%s%s",
                    AxisScale.format(lo, step),
                    AxisScale.format(hi, step),
                    q.unit().isEmpty() ? "" : " " + q.unit(),
                    r.log ? " (log)" : "");
        }
        r.readout.setText(text);
    }

    private static String name(List<String> names, double index) {
        int i = (int) index;
        return i >= 0 && i < names.size() ? names.get(i) : "–";
    }

    private void moved(Row r) {
        showReadout(r);
        if (programmatic) {
            return;
        }
        if (!brush.active()) {
            brush.begin(Selection.Combine.REPLACE);
        }
        brush.apply(brushed());
    }

    /** The points inside every narrowed range (none if nothing is narrowed). */
    BitSet brushed() {
        RangeFilter filter = new RangeFilter();
        for (Row r : rows.values()) {
            RangeSlider s = r.slider;
            if (narrowed(s)) {
                // Widen by a hair so the end points of the data stay inside after the log round trip.
                double lo = fromSlider(r, s.getLowValue());
                double hi = fromSlider(r, s.getHighValue());
                filter.with(r.quantity, lo - Math.abs(lo) * 1e-12 - 1e-12, hi + Math.abs(hi) * 1e-12 + 1e-12);
            }
        }
        return filter.isEmpty() ? new BitSet() : filter.select(model.columns());
    }

    void reset() {
        programmatic = true;
        try {
            for (Row r : rows.values()) {
                r.slider.setLowValue(r.slider.getMin());
                r.slider.setHighValue(r.slider.getMax());
                showReadout(r);
            }
        } finally {
            programmatic = false;
        }
        brush.end();
        model.selection().clear();
    }
}
