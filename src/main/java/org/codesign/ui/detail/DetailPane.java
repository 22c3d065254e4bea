package org.codesign.ui.detail;

import org.codesign.ui.points.PointEntry;
import org.codesign.ui.points.Selection;
import org.codesign.ui.study.StudyDocument;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.codesign.eval.DesignEvaluation;
import org.codesign.eval.Evaluator;
import org.codesign.eval.Metric;
import org.codesign.space.CodesignSpace;
import org.codesign.study.ConfigJson;

/**
 * One point in detail: its metrics, the network as a block diagram, the hardware
 * configuration, and the per-layer latency, energy and utilization. The breakdown is asked of
 * the evaluator in the background (the window never computes a metric).
 */
public final class DetailPane extends ScrollPane {
    private final StudyDocument document;
    private final Supplier<Evaluator> evaluators;
    private final Label title = new Label("Select a point (click it in the plot or the table) to see why it is fast or slow.");
    private final Label metrics = new Label();
    private final NetworkDiagram diagram = new NetworkDiagram();
    private final GridPane hardware = new GridPane();
    private final Label networkConfig = new Label();
    private final LayerCharts charts = new LayerCharts();
    private Task<DesignEvaluation> pending;
    private DesignEvaluation shown;

    public DetailPane(StudyDocument document, Selection selection, Supplier<Evaluator> evaluators) {
        this.document = document;
        this.evaluators = evaluators;
        setId("detail-pane");
        setFitToWidth(true);
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        metrics.setWrapText(true);
        networkConfig.setWrapText(true);
        networkConfig.getStyleClass().add("fixed-summary");
        hardware.setHgap(8);
        hardware.setVgap(2);
        Label simulated = new Label("simulated");
        simulated.getStyleClass().add("simulated-badge");
        VBox box = new VBox(8, title, simulated, metrics, new Label("Network (box height: channels; darker: more of the latency)"),
                diagram, networkConfig, new Label("Hardware"), hardware, new Label("Per layer"), charts);
        box.setPadding(new Insets(8));
        setContent(box);
        selection.focusedProperty().addListener((o, a, b) -> show(b));
    }

    public DesignEvaluation shown() {
        return shown;
    }

    public LayerCharts charts() {
        return charts;
    }

    private void show(PointEntry entry) {
        if (pending != null) {
            pending.cancel();
        }
        if (entry == null) {
            return;
        }
        CodesignSpace space = document.study().space();
        if (entry.point().genome().length != space.genomeLength()) {
            title.setText("This point belongs to an earlier version of the spaces and cannot be decoded.");
            return;
        }
        CodesignSpace.Point point = space.decode(entry.point().genome());
        title.setText(entry.runId() + " · point " + entry.point().index() + " · generation "
                + entry.point().generation() + (entry.pareto() ? " · on the Pareto front" : ""));
        StringBuilder m = new StringBuilder();
        for (Metric metric : Metric.values()) {
            double v = entry.metric(metric);
            if (!Double.isNaN(v)) {
                m.append(metric.label()).append(' ').append(String.format(Locale.ROOT,
                        metric == Metric.MACS || metric == Metric.PARAMS ? "%,.0f" : "%.4g", v))
                        .append(metric.unit().isEmpty() ? "" : " " + metric.unit()).append(" · ");
            }
        }
        if (entry.point().infeasibleReason() != null) {
            m.append("infeasible: ").append(entry.point().infeasibleReason());
        }
        metrics.setText(m.toString());
        networkConfig.setText(ConfigJson.toJson(point.network()).toString());
        hardware.getChildren().clear();
        int row = 0;
        var fields = ConfigJson.toJson(point.hardware()).fields();
        while (fields.hasNext()) {
            var f = fields.next();
            hardware.addRow(row++, new Label(f.getKey()), new Label(f.getValue().asText()));
        }
        Evaluator evaluator = evaluators.get();
        Task<DesignEvaluation> task = new Task<>() {
            @Override
            protected DesignEvaluation call() {
                return evaluator.evaluate(point.network(), point.hardware());
            }
        };
        task.setOnSucceeded(e -> {
            shown = task.getValue();
            diagram.show(shown.network(), shown.metrics().layers());
            charts.show(shown.network(), shown.metrics().layers());
        });
        task.setOnFailed(e -> metrics.setText(metrics.getText() + " (the breakdown could not be computed: "
                + task.getException().getMessage() + ")"));
        pending = task;
        Thread t = new Thread(task, "detail-evaluation");
        t.setDaemon(true);
        t.start();
    }
}
