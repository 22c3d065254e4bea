package org.codesign.ui.teaching;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.codesign.eval.Evaluator;
import org.codesign.figure.ScatterChart;
import org.codesign.ui.kit.FigureMenu;
import org.codesign.ui.study.StudyDocument;

/**
 * Teaching mode: NSGA-II on the open study one generation at a time. Controls step forward and
 * back, play at a speed, and walk guided through the five operators of a generation; the chart
 * draws the population by rank over the true front, a click on a point explains its rank and
 * crowding distance, and the gap chart follows the hypervolume gap per generation. What is shown
 * is the {@link TeachingViewModel}'s.
 */
public final class GenerationView extends StackPane {
    private static final String[] RANK_COLOURS = {"#d62728", "#ff7f0e", "#bcbd22", "#17becf", "#9a9a9a"};
    private static final String PICKED = "#e600e6";

    private final TeachingViewModel vm;
    private final XYChart chart;
    private final DefaultNumericAxis xAxis = new DefaultNumericAxis("objective 2", null);
    private final DefaultNumericAxis yAxis = new DefaultNumericAxis("objective 1", null);
    private final ErrorDataSetRenderer renderer = new ErrorDataSetRenderer();
    /** The true front as a line under the population. */
    private final ErrorDataSetRenderer frontLine = new ErrorDataSetRenderer();
    /** The picked member, drawn last so nothing covers it. */
    private final ErrorDataSetRenderer pickedMark = new ErrorDataSetRenderer();

    private final TableView<TeachingViewModel.Row> table = new TableView<>();
    private final LineChart<Number, Number> gapChart = new LineChart<>(new NumberAxis(), new NumberAxis());
    private final Label caption = new Label();
    private final PresentationMode presentation;

    public GenerationView(StudyDocument document, Supplier<Evaluator> evaluators) {
        this(new TeachingViewModel(
                document,
                evaluators,
                r -> {
                    Thread t = new Thread(r, "teaching");
                    t.setDaemon(true);
                    t.start();
                },
                Platform::runLater,
                Ticker.timeline()));
    }

    public GenerationView(TeachingViewModel vm) {
        this.vm = vm;
        setId("generation-view");
        chart = new XYChart(xAxis, yAxis);
        xAxis.setForceZeroInRange(false);
        yAxis.setForceZeroInRange(false);
        style(renderer, LineStyle.NONE, true, false);
        style(frontLine, LineStyle.NORMAL, false, true);
        style(pickedMark, LineStyle.NONE, true, false);
        chart.getRenderers().setAll(frontLine, renderer, pickedMark);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setId("teach-chart");
        // on the whole chart: the axes' canvases overlap the plot's edges and would take the press
        chart.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            Point2D p = chart.getCanvas().sceneToLocal(e.getSceneX(), e.getSceneY());
            vm.pick(
                    xAxis.getValueForDisplay(p.getX()),
                    yAxis.getValueForDisplay(p.getY()),
                    xAxis.getMax() - xAxis.getMin(),
                    yAxis.getMax() - yAxis.getMin());
        });

        caption.setId("teach-caption");
        caption.setWrapText(true);
        caption.textProperty().bind(vm.captionProperty());
        Label status = label("teach-status", vm.statusProperty());
        Label explanation = label("teach-explanation", vm.explanationProperty());
        Label truth = label("teach-true-front", vm.trueFrontStatusProperty());
        VBox left = new VBox(4, chart, explanation, legend());
        VBox.setVgrow(chart, Priority.ALWAYS);
        gapChart.setId("teach-gap-chart");
        gapChart.setTitle("Hypervolume gap to the true front");
        gapChart.getXAxis().setLabel("generation");
        gapChart.getYAxis().setLabel("gap");
        gapChart.setAnimated(false);
        gapChart.setLegendVisible(false);
        gapChart.setPrefHeight(200);
        gapChart.getData().add(new LineChart.Series<>());
        vm.gap().addListener((ListChangeListener<TeachingViewModel.XY>) c -> showGap());
        // "Save as SVG / PDF / PNG (2×)" on a right click, as on the other views
        FigureMenu.attach(gapChart, () -> "hypervolume-gap", (w, h) -> ScatterChart.of(TeachingFigures.gap(vm.gap())));
        FigureMenu.attach(
                chart,
                () -> "teaching-generation-" + vm.generations(),
                (w, h) -> ScatterChart.of(
                        TeachingFigures.population(vm.plotProperty().get(), RANK_COLOURS, PICKED)));
        table.setId("generation-table");
        table.setPlaceholder(new Label("No generation yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        columns();
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.pickedProperty().set(b);
            }
        });
        VBox right = new VBox(4, gapChart, truth, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.6);
        VBox top = new VBox(4, TeachingControls.bar(vm), caption, status);
        BorderPane body = new BorderPane(split);
        body.setTop(top);
        body.setPadding(new Insets(4));
        getChildren().add(body);
        presentation = new PresentationMode(this, body, vm.presentationProperty());
        vm.plotProperty().addListener((o, a, b) -> draw(b));
        vm.presentationProperty().addListener((o, a, b) -> {
            presentChart(b);
            draw(vm.plotProperty().get());
        });
        vm.rows().addListener((ListChangeListener<TeachingViewModel.Row>)
                c -> table.getItems().setAll(vm.rows()));
    }

    public TeachingViewModel viewModel() {
        return vm;
    }

    public int shownIndividuals() {
        return table.getItems().size();
    }

    /** The presentation window while presenting, else null. */
    public Stage presentationStage() {
        return presentation.stage();
    }

    /** Where a point of the chart is on the screen (for tests that click it). */
    public Point2D screenPosition(TeachingViewModel.XY p) {
        return chart.getCanvas().localToScreen(xAxis.getDisplayPosition(p.x()), yAxis.getDisplayPosition(p.y()));
    }

    /** Number of points of the true front drawn, and of the gap chart. */
    public int trueFrontPointsDrawn() {
        return frontLine.getDatasets().isEmpty()
                ? 0
                : frontLine.getDatasets().get(0).getDataCount();
    }

    public List<TeachingViewModel.XY> gapPointsDrawn() {
        List<TeachingViewModel.XY> out = new ArrayList<>();
        gapChart.getData()
                .get(0)
                .getData()
                .forEach(d -> out.add(new TeachingViewModel.XY(
                        d.getXValue().doubleValue(), d.getYValue().doubleValue())));
        return out;
    }

    private void showGap() {
        List<LineChart.Data<Number, Number>> data = new ArrayList<>();
        vm.gap().forEach(p -> data.add(new LineChart.Data<>(p.x(), p.y())));
        gapChart.getData().get(0).getData().setAll(data);
        // generations are whole numbers: auto-ranging ticked "2.5" on a class's projector
        NumberAxis x = (NumberAxis) gapChart.getXAxis();
        double last =
                vm.gap().stream().mapToDouble(TeachingViewModel.XY::x).max().orElse(1);
        x.setAutoRanging(false);
        x.setLowerBound(0);
        x.setUpperBound(Math.max(1, Math.ceil(last)));
        x.setTickUnit(Math.max(1, Math.ceil(x.getUpperBound() / 10)));
        x.setMinorTickVisible(false);
    }

    /** The gap chart's generation ticks, as drawn. */
    public List<Double> gapGenerationTicks() {
        return gapChart.getXAxis().getTickMarks().stream()
                .map(t -> t.getValue().doubleValue())
                .toList();
    }

    private void draw(TeachingViewModel.Plot plot) {
        if (plot == null) {
            renderer.getDatasets().clear();
            frontLine.getDatasets().clear();
            pickedMark.getDatasets().clear();
            return;
        }
        double scale = vm.presentationProperty().get() ? 2 : 1;
        xAxis.setName(plot.x().labelWithUnit());
        yAxis.setName(plot.y().labelWithUnit());
        List<DoubleDataSet> sets = new ArrayList<>();
        for (int r = 0; r < RANK_COLOURS.length; r++) {
            sets.add(dataSet(
                    "rank " + (r + 1),
                    RANK_COLOURS[r],
                    3.5 * scale,
                    "circle",
                    plot.ranks().get(r)));
        }
        sets.add(dataSet("parents", "#1f6fd1", 6 * scale, "rectangle", plot.parents()));
        sets.add(dataSet("offspring", "#000000", 5 * scale, "cross", plot.offspring()));
        if (plot.picked() == null) {
            pickedMark.getDatasets().clear();
        } else {
            pickedMark.getDatasets().setAll(dataSet("picked", PICKED, 8 * scale, "diamond", List.of(plot.picked())));
        }
        if (plot.trueFront().isEmpty()) {
            frontLine.getDatasets().clear();
        } else {
            frontLine.getDatasets().setAll(dataSet("true front", "#000000", 1.5 * scale, "circle", plot.trueFront()));
        }
        renderer.getDatasets().setAll(sets);
    }

    /** In presentation mode the plot stays white (black lines and crosses on it) with large axis text. */
    private void presentChart(boolean on) {
        chart.setStyle(on ? "-fx-base: #ececec; -fx-background: white; -fx-background-color: white;" : "");
        for (DefaultNumericAxis axis : List.of(xAxis, yAxis)) {
            axis.getTickLabelStyle().setStyle(on ? "-fx-font-size: 18px;" : "");
            axis.getAxisLabel().setStyle(on ? "-fx-font-size: 20px;" : "");
        }
    }

    private static void style(ErrorDataSetRenderer r, LineStyle line, boolean markers, boolean sorted) {
        r.setPolyLineStyle(line);
        r.setErrorStyle(ErrorStyle.NONE);
        r.setDrawMarker(markers);
        r.setAssumeSortedData(sorted);
    }

    private static Label label(String id, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(text);
        return l;
    }

    private static FlowPane legend() {
        FlowPane legend = new FlowPane(8, 2);
        for (int r = 0; r < RANK_COLOURS.length; r++) {
            legend.getChildren()
                    .add(dot(
                            r == RANK_COLOURS.length - 1 ? "front " + (r + 1) + "+" : "front " + (r + 1),
                            RANK_COLOURS[r]));
        }
        legend.getChildren()
                .addAll(
                        dot("parents □", "#1f6fd1"),
                        dot("offspring ×", "#000000"),
                        dot("picked ◆", PICKED),
                        dot("true front —", "#000000"));
        legend.setAlignment(Pos.CENTER_LEFT);
        return legend;
    }

    private static Label dot(String text, String colour) {
        Circle mark = new Circle(4, Color.web(colour));
        mark.setStroke(Color.GRAY); // black marks stay visible on presentation mode's black
        Label l = new Label(text, mark);
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

    private void columns() {
        table.getColumns().add(column("front", r -> Integer.toString(r.rank() + 1)));
        table.getColumns()
                .add(column(
                        "crowding",
                        r -> Double.isInfinite(r.crowding()) ? "∞" : String.format(Locale.ROOT, "%.3f", r.crowding())));
        table.getColumns().add(column("offspring", r -> r.offspring() ? "new" : ""));
        table.getColumns().add(column("parent", r -> r.parent() ? "parent" : ""));
        table.getColumns().add(column("#", r -> Long.toString(r.index())));
        table.getColumns().add(column("objectives", r -> {
            StringBuilder sb = new StringBuilder();
            for (double v : r.metrics()) {
                sb.append(sb.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", v));
            }
            return sb.toString();
        }));
    }

    private static TableColumn<TeachingViewModel.Row, String> column(
            String title, Function<TeachingViewModel.Row, String> f) {
        TableColumn<TeachingViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }
}
