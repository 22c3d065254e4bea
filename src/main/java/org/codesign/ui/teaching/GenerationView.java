package org.codesign.ui.teaching;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.codesign.eval.Metric;
import org.codesign.eval.Objective;
import org.codesign.search.RunSnapshot;
import org.codesign.study.Study;
import org.codesign.ui.runs.RunsPanel;
import org.codesign.ui.study.StudyDocument;

/**
 * Teaching mode: one generation of a live run at a time. The current population is drawn in
 * the first two objectives, coloured by Pareto rank, with the offspring and the parents of the
 * last step marked; the table lists every individual's rank and crowding distance. When the
 * study holds an exhaustive run, its exact front is drawn over the approximation. What is
 * shown is the {@link TeachingViewModel}'s.
 */
public final class GenerationView extends SplitPane {
    private static final String[] RANK_COLOURS = {"#d62728", "#ff7f0e", "#bcbd22", "#17becf", "#9a9a9a"};

    private final StudyDocument document;
    private final TeachingViewModel vm;
    private final XYChart chart;
    private final ErrorDataSetRenderer renderer = new ErrorDataSetRenderer();
    /** The true front as a staircase line under the population. */
    private final ErrorDataSetRenderer frontLine = new ErrorDataSetRenderer();

    private final TableView<TeachingViewModel.Row> table = new TableView<>();

    public GenerationView(StudyDocument document, RunsPanel runs) {
        this(document, new TeachingViewModel(document, () -> liveRuns(runs)));
    }

    /** The panel's live runs seen through teaching mode's narrow view of a run. */
    private static Map<String, TeachingViewModel.LiveRun> liveRuns(RunsPanel runs) {
        Map<String, TeachingViewModel.LiveRun> live = new LinkedHashMap<>();
        runs.liveRuns()
                .forEach((id, c) -> live.put(id, new TeachingViewModel.LiveRun() {
                    @Override
                    public ReadOnlyObjectProperty<RunSnapshot> snapshotProperty() {
                        return c.snapshotProperty();
                    }

                    @Override
                    public void step() {
                        c.step();
                    }
                }));
        return live;
    }

    public GenerationView(StudyDocument document, TeachingViewModel vm) {
        this.document = document;
        this.vm = vm;
        setId("generation-view");
        chart = new XYChart(new DefaultNumericAxis("objective 2", null), new DefaultNumericAxis("objective 1", null));
        ((DefaultNumericAxis) chart.getXAxis()).setForceZeroInRange(false);
        ((DefaultNumericAxis) chart.getYAxis()).setForceZeroInRange(false);
        renderer.setPolyLineStyle(LineStyle.NONE);
        renderer.setErrorStyle(ErrorStyle.NONE);
        renderer.setDrawMarker(true);
        renderer.setAssumeSortedData(false);
        renderer.getAxes().addAll(chart.getAxes());
        frontLine.setPolyLineStyle(LineStyle.NORMAL);
        frontLine.setErrorStyle(ErrorStyle.NONE);
        frontLine.setDrawMarker(false);
        frontLine.setAssumeSortedData(true);
        frontLine.getAxes().addAll(chart.getAxes());
        chart.getRenderers().setAll(frontLine, renderer);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        ChoiceBox<String> run = new ChoiceBox<>(vm.runs());
        run.setId("generation-run");
        run.setOnShowing(e -> vm.refreshRuns());
        run.valueProperty().bindBidirectional(vm.runProperty());
        Button step = new Button("Step one generation");
        step.setId("generation-step");
        step.setOnAction(e -> vm.step());
        Label caption = new Label();
        caption.textProperty().bind(vm.captionProperty());
        caption.setWrapText(true);
        FlowPane legend = new FlowPane(8, 2);
        for (int r = 0; r < RANK_COLOURS.length; r++) {
            legend.getChildren()
                    .add(dot(r == RANK_COLOURS.length - 1 ? "rank " + r + "+" : "rank " + r, RANK_COLOURS[r]));
        }
        legend.getChildren()
                .addAll(dot("parents □", "#1f6fd1"), dot("offspring ×", "#000000"), dot("true front —", "#000000"));
        HBox bar = new HBox(8, new Label("Run"), run, step);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(4, bar, caption, legend, chart);
        left.setPadding(new Insets(4));
        VBox.setVgrow(chart, Priority.ALWAYS);
        table.setId("generation-table");
        table.setPlaceholder(new Label("No generation yet."));
        getItems().addAll(left, table);
        setDividerPositions(0.62);
        vm.plotProperty().addListener((o, a, b) -> draw(b));
        vm.rows().addListener((ListChangeListener<TeachingViewModel.Row>) c -> showRows());
    }

    public TeachingViewModel viewModel() {
        return vm;
    }

    public int shownIndividuals() {
        return table.getItems().size();
    }

    /** Shows the given live run and selects it in the run chooser. */
    public void follow(String runId) {
        vm.follow(runId);
    }

    private void draw(TeachingViewModel.Plot plot) {
        ((DefaultNumericAxis) chart.getXAxis()).setName(plot.x().labelWithUnit());
        ((DefaultNumericAxis) chart.getYAxis()).setName(plot.y().labelWithUnit());
        List<DoubleDataSet> sets = new ArrayList<>();
        for (int r = 0; r < RANK_COLOURS.length; r++) {
            String name = r == RANK_COLOURS.length - 1 ? "rank " + r + "+" : "rank " + r;
            sets.add(dataSet(name, RANK_COLOURS[r], 3.5, "circle", plot.ranks().get(r)));
        }
        sets.add(dataSet("parents of this step", "#1f6fd1", 6, "rectangle", plot.parents()));
        sets.add(dataSet("offspring of this step", "#000000", 5, "cross", plot.offspring()));
        if (plot.trueFront().isEmpty()) {
            frontLine.getDatasets().clear();
        } else {
            frontLine.getDatasets().setAll(trueFrontData(plot.trueFront()));
        }
        renderer.getDatasets().setAll(sets);
    }

    private void showRows() {
        List<Objective> objectives = document.study().objectives();
        if (table.getColumns().isEmpty() || table.getColumns().size() != 5 + objectives.size()) {
            columns(objectives);
        }
        table.getItems().setAll(vm.rows());
    }

    /** The exact front of the study's finished exhaustive run, sorted along x, or null. */
    public static DoubleDataSet trueFront(Study study, Metric mx, Metric my) {
        List<TeachingViewModel.XY> front = TeachingViewModel.trueFront(study, mx, my);
        return front == null ? null : trueFrontData(front);
    }

    private static DoubleDataSet trueFrontData(List<TeachingViewModel.XY> front) {
        return dataSet("true front (exhaustive)", "#000000", 1.5, "circle", front);
    }

    private static Label dot(String text, String colour) {
        Label l = new Label(text, new Circle(4, Color.web(colour)));
        l.getStyleClass().add("legend-entry");
        return l;
    }

    private static DoubleDataSet dataSet(
            String name, String colour, double size, String marker, List<TeachingViewModel.XY> points) {
        DoubleDataSet d = new DoubleDataSet(name);
        d.setStyle("-fx-marker-color: " + colour + "; -fx-stroke: " + colour + "; -fx-line-color: " + colour
                + "; -fx-fill: " + colour + "; -fx-marker-size: " + size + "; -fx-marker-type: " + marker + ";");
        points.forEach(p -> d.add(p.x(), p.y()));
        return d;
    }

    private void columns(List<Objective> objectives) {
        table.getColumns().clear();
        table.getColumns().add(column("rank", r -> Integer.toString(r.rank())));
        table.getColumns()
                .add(column(
                        "crowding",
                        r -> Double.isInfinite(r.crowding()) ? "∞" : String.format(Locale.ROOT, "%.3f", r.crowding())));
        table.getColumns().add(column("offspring", r -> r.offspring() ? "new" : ""));
        table.getColumns().add(column("parent", r -> r.parent() ? "parent" : ""));
        table.getColumns().add(column("#", r -> Long.toString(r.index())));
        for (int k = 0; k < objectives.size(); k++) {
            int kk = k;
            Metric m = objectives.get(k).metric();
            table.getColumns().add(column(m.key(), r -> String.format(Locale.ROOT, "%.3f", r.metrics()[kk])));
        }
    }

    private static TableColumn<TeachingViewModel.Row, String> column(
            String title, Function<TeachingViewModel.Row, String> f) {
        TableColumn<TeachingViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }
}
