package org.codesign.ui.detail;

import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.codesign.eval.DesignEvaluation;
import org.codesign.eval.Evaluator;
import org.codesign.ui.points.Selection;
import org.codesign.ui.study.StudyDocument;

/**
 * One point in detail: its metrics, the network as a block diagram, the hardware
 * configuration, and the per-layer latency, energy and utilization. What is shown comes from
 * the {@link DetailViewModel}, which asks the evaluator for the breakdown in the background.
 */
public final class DetailPane extends ScrollPane {
    private final DetailViewModel vm;
    private final NetworkDiagram diagram = new NetworkDiagram();
    private final GridPane hardware = new GridPane();
    private final LayerCharts charts = new LayerCharts();

    public DetailPane(StudyDocument document, Selection selection, Supplier<Evaluator> evaluators) {
        this(new DetailViewModel(document, selection, evaluators));
    }

    public DetailPane(DetailViewModel vm) {
        this.vm = vm;
        setId("detail-pane");
        setFitToWidth(true);
        Label title = new Label();
        title.textProperty().bind(vm.titleProperty());
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        Label metrics = new Label();
        metrics.textProperty().bind(vm.metricsProperty());
        metrics.setWrapText(true);
        Label networkConfig = new Label();
        networkConfig.textProperty().bind(vm.networkConfigProperty());
        networkConfig.setWrapText(true);
        networkConfig.getStyleClass().add("fixed-summary");
        hardware.setHgap(8);
        hardware.setVgap(2);
        Label simulated = new Label("simulated");
        simulated.getStyleClass().add("simulated-badge");
        VBox box = new VBox(
                8,
                title,
                simulated,
                metrics,
                new Label("Network (box height: channels; darker: more of the latency)"),
                diagram,
                networkConfig,
                new Label("Hardware"),
                hardware,
                new Label("Per layer"),
                charts);
        box.setPadding(new Insets(8));
        setContent(box);
        vm.hardware().addListener((ListChangeListener<DetailViewModel.HardwareRow>) c -> showHardware());
        vm.evaluationProperty().addListener((o, a, b) -> {
            diagram.show(b.network(), b.metrics().layers());
            charts.show(DetailViewModel.layerSeries(b.network(), b.metrics().layers()));
        });
    }

    public DetailViewModel viewModel() {
        return vm;
    }

    /** The breakdown shown, once the evaluator has it. */
    public DesignEvaluation shown() {
        return vm.evaluationProperty().get();
    }

    public LayerCharts charts() {
        return charts;
    }

    private void showHardware() {
        hardware.getChildren().clear();
        int row = 0;
        for (DetailViewModel.HardwareRow r : vm.hardware()) {
            hardware.addRow(row++, new Label(r.name()), new Label(r.value()));
        }
    }
}
