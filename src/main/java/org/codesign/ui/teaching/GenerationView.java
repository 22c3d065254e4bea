package org.codesign.ui.teaching;

import org.codesign.ui.runs.RunController;
import org.codesign.ui.runs.RunsPanel;
import org.codesign.ui.study.StudyDocument;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.codesign.eval.Metric;
import org.codesign.eval.Objective;
import org.codesign.search.Individual;
import org.codesign.search.RankedIndividual;
import org.codesign.search.RunSnapshot;
import org.codesign.search.codesign.PointMetrics;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;
import org.codesign.study.StudyFront;

/**
 * Teaching mode: one generation of a live run at a time. The current population is drawn in
 * the first two objectives, coloured by Pareto rank, with the offspring and the parents of the
 * last step marked; the table lists every individual's rank and crowding distance. When the
 * study holds an exhaustive run, its exact front is drawn over the approximation.
 */
public final class GenerationView extends SplitPane {
    private static final String[] RANK_COLOURS = {"#d62728", "#ff7f0e", "#bcbd22", "#17becf", "#9a9a9a"};

    /** A row of the table: an individual of the population and its role in the last step. */
    public record Row(int rank, double crowding, boolean offspring, boolean parent, long index, double[] metrics) {}

    private final StudyDocument document;
    private final RunsPanel runs;
    private final ChoiceBox<String> run = new ChoiceBox<>();
    private final Label caption = new Label("Start a run (Start paused, then Step) to watch NSGA-II one generation at a time.");
    private final XYChart chart;
    private final ErrorDataSetRenderer renderer = new ErrorDataSetRenderer();
    /** The true front as a staircase line under the population. */
    private final ErrorDataSetRenderer frontLine = new ErrorDataSetRenderer();
    private final TableView<Row> table = new TableView<>();
    private final ChangeListener<RunSnapshot> onSnapshot = (o, a, b) -> show(b);
    private RunController watched;
    private List<Objective> objectives = List.of();

    public GenerationView(StudyDocument document, RunsPanel runs) {
        this.document = document;
        this.runs = runs;
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
        run.setId("generation-run");
        run.setOnShowing(e -> refreshRuns());
        run.valueProperty().addListener((o, a, b) -> watch(b));
        Button step = new Button("Step one generation");
        step.setId("generation-step");
        step.setOnAction(e -> {
            if (watched != null) {
                watched.step();
            }
        });
        caption.setWrapText(true);
        javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane(8, 2);
        for (int r = 0; r < RANK_COLOURS.length; r++) {
            legend.getChildren().add(dot(r == RANK_COLOURS.length - 1 ? "rank " + r + "+" : "rank " + r, RANK_COLOURS[r]));
        }
        legend.getChildren().addAll(dot("parents □", "#1f6fd1"), dot("offspring ×", "#000000"),
                dot("true front —", "#000000"));
        HBox bar = new HBox(8, new Label("Run"), run, step);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(4, bar, caption, legend, chart);
        left.setPadding(new Insets(4));
        VBox.setVgrow(chart, Priority.ALWAYS);
        table.setId("generation-table");
        table.setPlaceholder(new Label("No generation yet."));
        getItems().addAll(left, table);
        setDividerPositions(0.62);
        document.studyProperty().addListener((o, a, b) -> objectives = b.objectives());
        objectives = document.study().objectives();
    }

    public int shownIndividuals() {
        return table.getItems().size();
    }

    /** Shows the given live run and selects it in the run chooser. */
    public void follow(String runId) {
        refreshRuns();
        if (run.getItems().contains(runId)) {
            run.setValue(runId);
        }
    }

    private void watch(String runId) {
        if (watched != null) {
            watched.snapshotProperty().removeListener(onSnapshot);
        }
        watched = runId == null ? null : runs.liveRuns().get(runId);
        if (watched != null) {
            watched.snapshotProperty().addListener(onSnapshot);
            show(watched.snapshotProperty().get());
        }
    }

    private void refreshRuns() {
        String current = run.getValue();
        run.getItems().setAll(runs.liveRuns().keySet());
        if (current != null && run.getItems().contains(current)) {
            run.setValue(current);
        }
    }

    private void show(RunSnapshot s) {
        if (s == null || objectives.size() < 2) {
            return;
        }
        Metric my = objectives.get(0).metric();
        Metric mx = objectives.get(1).metric();
        ((DefaultNumericAxis) chart.getXAxis()).setName(mx.labelWithUnit());
        ((DefaultNumericAxis) chart.getYAxis()).setName(my.labelWithUnit());
        Set<Integer> offspring = indices(s.offspring());
        Set<Integer> parents = indices(s.parents());
        List<DoubleDataSet> sets = new ArrayList<>();
        DoubleDataSet[] ranks = new DoubleDataSet[RANK_COLOURS.length];
        for (int r = 0; r < ranks.length; r++) {
            ranks[r] = dataSet(r == ranks.length - 1 ? "rank " + r + "+" : "rank " + r, RANK_COLOURS[r], 3.5, "circle");
        }
        DoubleDataSet born = dataSet("offspring of this step", "#000000", 5, "cross");
        DoubleDataSet chosen = dataSet("parents of this step", "#1f6fd1", 6, "rectangle");
        List<Row> rows = new ArrayList<>();
        for (RankedIndividual r : s.population()) {
            Individual ind = r.individual();
            if (!(ind.evaluation().payload() instanceof PointMetrics m)) {
                continue;
            }
            double x = m.get(mx);
            double y = m.get(my);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                continue;
            }
            ranks[Math.min(r.rank(), ranks.length - 1)].add(x, y);
            if (offspring.contains(ind.index())) {
                born.add(x, y);
            }
            if (parents.contains(ind.index())) {
                chosen.add(x, y);
            }
            double[] values = new double[objectives.size()];
            for (int k = 0; k < values.length; k++) {
                values[k] = m.get(objectives.get(k).metric());
            }
            rows.add(new Row(r.rank(), r.crowding(), offspring.contains(ind.index()), parents.contains(ind.index()),
                    ind.index(), values));
        }
        DoubleDataSet truth = trueFront(document.study(), mx, my);
        if (truth != null) {
            frontLine.getDatasets().setAll(truth);
        } else {
            frontLine.getDatasets().clear();
        }
        sets.addAll(List.of(ranks));
        sets.add(chosen);
        sets.add(born);
        renderer.getDatasets().setAll(sets);
        rows.sort(Comparator.comparingInt(Row::rank).thenComparing(Comparator.comparingDouble(Row::crowding).reversed()));
        if (table.getColumns().isEmpty() || table.getColumns().size() != 5 + objectives.size()) {
            columns();
        }
        table.getItems().setAll(rows);
        caption.setText(String.format(Locale.ROOT,
                "Step %d · %d evaluations · population %d · %d on the first front · %d offspring, %d parents marked%s",
                s.step(), s.evaluations(), s.population().size(),
                rows.stream().filter(r -> r.rank() == 0).count(), offspring.size(), parents.size(),
                truth == null ? "" : " · black line: the true front (exhaustive run)"));
    }

    private static Set<Integer> indices(List<Individual> list) {
        Set<Integer> set = new HashSet<>();
        list.forEach(i -> set.add(i.index()));
        return set;
    }

    /** The exact front of the study's finished exhaustive run, sorted along x, or null. */
    public static DoubleDataSet trueFront(Study study, Metric mx, Metric my) {
        for (RunRecord r : study.runs()) {
            if (r.algorithm().equals("exhaustive") && r.status() == RunRecord.Status.FINISHED) {
                List<EvaluatedPoint> points = r.points();
                BitSet front = StudyFront.paretoMask(points, study.objectives());
                List<double[]> xy = new ArrayList<>();
                front.stream().forEach(i -> xy.add(new double[] {points.get(i).metric(mx), points.get(i).metric(my)}));
                xy.sort(Comparator.comparingDouble(p -> p[0]));
                DoubleDataSet d = dataSet("true front (exhaustive)", "#000000", 1.5, "circle");
                xy.forEach(p -> d.add(p[0], p[1]));
                return d;
            }
        }
        return null;
    }

    private static Label dot(String text, String colour) {
        Label l = new Label(text, new javafx.scene.shape.Circle(4, javafx.scene.paint.Color.web(colour)));
        l.getStyleClass().add("legend-entry");
        return l;
    }

    private static DoubleDataSet dataSet(String name, String colour, double size, String marker) {
        DoubleDataSet d = new DoubleDataSet(name);
        d.setStyle("-fx-marker-color: " + colour + "; -fx-stroke: " + colour + "; -fx-line-color: " + colour + "; -fx-fill: " + colour
                + "; -fx-marker-size: " + size + "; -fx-marker-type: " + marker + ";");
        return d;
    }

    private void columns() {
        table.getColumns().clear();
        table.getColumns().add(column("rank", r -> Integer.toString(r.rank())));
        table.getColumns().add(column("crowding", r -> Double.isInfinite(r.crowding()) ? "∞"
                : String.format(Locale.ROOT, "%.3f", r.crowding())));
        table.getColumns().add(column("offspring", r -> r.offspring() ? "new" : ""));
        table.getColumns().add(column("parent", r -> r.parent() ? "parent" : ""));
        table.getColumns().add(column("#", r -> Long.toString(r.index())));
        for (int k = 0; k < objectives.size(); k++) {
            int kk = k;
            Metric m = objectives.get(k).metric();
            table.getColumns().add(column(m.key(), r -> String.format(Locale.ROOT, "%.3f", r.metrics()[kk])));
        }
    }

    private static TableColumn<Row, String> column(String title, java.util.function.Function<Row, String> f) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }
}
