package org.codesign.ui.detail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.codesign.cost.LayerCost;
import org.codesign.eval.DesignEvaluation;
import org.codesign.eval.Evaluator;
import org.codesign.eval.Metric;
import org.codesign.space.CodesignSpace;
import org.codesign.study.ConfigJson;
import org.codesign.study.quantity.Quantities;
import org.codesign.study.quantity.Quantity;
import org.codesign.ui.points.PointEntry;
import org.codesign.ui.points.Selection;
import org.codesign.ui.study.StudyDocument;
import org.codesign.workload.Network;

/**
 * What the detail pane shows for the focused point, without any node: a title, the metrics
 * line, the network configuration, the hardware configuration as name/value rows, and, once
 * the evaluator has broken the design down in the background, the evaluation and its
 * per-layer series. The window never computes a metric: the breakdown is the evaluator's.
 */
public final class DetailViewModel {
    static final String PROMPT = "Select a point (click it in the plot or the table) to see why it is fast or slow.";

    /** A hardware parameter and its value. */
    public record HardwareRow(String name, String value) {}

    /** One per-layer bar chart: what it shows and in which unit, the layers' names and values, the top of its axis. */
    public record LayerSeries(String label, String unit, List<String> layers, double[] values) {
        /** "latency (ms)": the value axis's title. */
        public String axis() {
            return label + " (" + unit + ")";
        }

        /** Bars start at zero, or their heights would overstate the differences between layers. */
        public double top() {
            double max = 0;
            for (double v : values) {
                max = Math.max(max, v);
            }
            return max > 0 ? 1.05 * max : 1;
        }
    }

    private final StudyDocument document;
    private final Supplier<Evaluator> evaluators;
    private final Executor background;
    private final Executor fx;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", PROMPT);
    private final ReadOnlyStringWrapper metrics = new ReadOnlyStringWrapper(this, "metrics", "");
    private final ReadOnlyStringWrapper networkConfig = new ReadOnlyStringWrapper(this, "networkConfig", "");
    private final ObservableList<HardwareRow> hardware = FXCollections.observableArrayList();
    /** Kept: a read-only wrapper made per call would be collected, and the listeners on it with it. */
    private final ObservableList<HardwareRow> hardwareView = FXCollections.unmodifiableObservableList(hardware);

    private final ReadOnlyObjectWrapper<DesignEvaluation> evaluation = new ReadOnlyObjectWrapper<>(this, "evaluation");
    /** Counts requests: a breakdown arriving for an earlier point is dropped. */
    private long request;

    /** Evaluates on a daemon thread per point and shows the result on the FX thread. */
    public DetailViewModel(StudyDocument document, Selection selection, Supplier<Evaluator> evaluators) {
        this(document, selection, evaluators, DetailViewModel::startDaemon, Platform::runLater);
    }

    DetailViewModel(
            StudyDocument document,
            Selection selection,
            Supplier<Evaluator> evaluators,
            Executor background,
            Executor fx) {
        this.document = document;
        this.evaluators = evaluators;
        this.background = background;
        this.fx = fx;
        selection.focusedProperty().addListener((o, a, b) -> show(b));
    }

    private static void startDaemon(Runnable work) {
        Thread t = new Thread(work, "detail-evaluation");
        t.setDaemon(true);
        t.start();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty metricsProperty() {
        return metrics.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty networkConfigProperty() {
        return networkConfig.getReadOnlyProperty();
    }

    public ObservableList<HardwareRow> hardware() {
        return hardwareView;
    }

    /** The breakdown of the shown point, once the evaluator has it. */
    public ReadOnlyObjectProperty<DesignEvaluation> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    /**
     * A newly focused point: its own numbers at once, the breakdown when it comes. Nothing
     * focused keeps what is shown; a point of an earlier version of the spaces says so.
     */
    void show(PointEntry entry) {
        long id = ++request;
        if (entry == null) {
            return;
        }
        CodesignSpace space = document.study().space();
        if (entry.point().genome().length != space.genomeLength()) {
            title.set("This point belongs to an earlier version of the spaces and cannot be decoded.");
            return;
        }
        CodesignSpace.Point point = space.decode(entry.point().genome());
        // the run as the legend, the table and the run list call it
        String run =
                org.codesign.study.RunLabels.of(document.study().runs()).getOrDefault(entry.runId(), entry.runId());
        title.set(run + " · point " + entry.point().index() + " · generation "
                + entry.point().generation() + (entry.pareto() ? " · on the Pareto front" : ""));
        metrics.set(metricsLine(entry));
        networkConfig.set(ConfigJson.toJson(point.network()).toString());
        hardware.setAll(hardwareRows(Quantities.of(document.study()), point));
        Evaluator evaluator = evaluators.get();
        background.execute(() -> {
            try {
                DesignEvaluation result = evaluator.evaluate(point.network(), point.hardware());
                fx.execute(() -> {
                    if (id == request) {
                        evaluation.set(result);
                    }
                });
            } catch (RuntimeException e) {
                fx.execute(() -> {
                    if (id == request) {
                        metrics.set(metrics.get() + " (the breakdown could not be computed: " + e.getMessage() + ")");
                    }
                });
            }
        });
    }

    /**
     * The hardware configuration as the axes and the table name it: "gpuFreqMHz (MHz)" and
     * "1237", not the raw JSON key and value; a field that is no parameter keeps its key.
     */
    static List<HardwareRow> hardwareRows(Quantities quantities, CodesignSpace.Point point) {
        List<HardwareRow> rows = new ArrayList<>();
        ConfigJson.toJson(point.hardware()).fields().forEachRemaining(f -> {
            Quantity q = hardwareQuantity(quantities, f.getKey());
            JsonNode v = f.getValue();
            if (q == null) {
                rows.add(new HardwareRow(f.getKey(), v.asText()));
            } else if (v.isNumber() && !q.ordinal()) {
                rows.add(new HardwareRow(q.title(), q.format(q.display(v.asDouble()))));
            } else {
                rows.add(new HardwareRow(q.title(), v.asText()));
            }
        });
        return rows;
    }

    /** The parameter of the hardware side named {@code key}, or null (a fixed field). */
    private static Quantity hardwareQuantity(Quantities quantities, String key) {
        for (String id : List.of("hardware." + key, key)) {
            for (Quantity q : quantities.parameters()) {
                if (q.id().equals(id)) {
                    return q;
                }
            }
        }
        return null;
    }

    /** Every known metric with its unit, then why the point is infeasible if it is. */
    static String metricsLine(PointEntry entry) {
        StringBuilder m = new StringBuilder();
        for (Metric metric : Metric.values()) {
            double v = entry.metric(metric);
            if (!Double.isNaN(v)) {
                Quantity q = Quantities.of(metric);
                m.append(q.label())
                        .append(' ')
                        .append(q.formatWithUnit(q.display(v)))
                        .append(" · ");
            }
        }
        if (entry.point().infeasibleReason() != null) {
            m.append("infeasible: ").append(entry.point().infeasibleReason());
        }
        return m.toString();
    }

    /**
     * Latency, energy and utilization per layer, each with the layers' names ({@code
     * stage2.block1.dw}); utilization, a fraction of the peak rate in {@link LayerCost}, in percent.
     */
    public static List<LayerSeries> layerSeries(Network network, List<LayerCost> costs) {
        return List.of(
                series("latency", "ms", network, costs, LayerCost::latencyMs),
                series("energy", "mJ", network, costs, LayerCost::energyMJ),
                series("utilization", "%", network, costs, c -> 100 * c.utilization()));
    }

    private static LayerSeries series(
            String label, String unit, Network network, List<LayerCost> costs, ToDoubleFunction<LayerCost> f) {
        List<String> names = new ArrayList<>(costs.size());
        double[] values = new double[costs.size()];
        for (int i = 0; i < costs.size(); i++) {
            names.add(network.layers().get(i).name());
            values[i] = f.applyAsDouble(costs.get(i));
        }
        return new LayerSeries(label, unit, List.copyOf(names), values);
    }
}
