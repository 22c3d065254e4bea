package org.codesign.ui.teaching;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.codesign.eval.Metric;
import org.codesign.eval.Objective;
import org.codesign.search.Individual;
import org.codesign.search.RankedIndividual;
import org.codesign.search.RunSnapshot;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.PointMetrics;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;
import org.codesign.study.StudyFront;
import org.codesign.ui.study.StudyDocument;

/**
 * Teaching mode's state without any node: which live run is followed, and for its latest
 * generation the rows of the table (rank, crowding, role in the last step, objectives), the
 * points of the chart grouped by rank, the last step's parents and offspring, the exact front
 * of a finished exhaustive run, and the caption.
 */
public final class TeachingViewModel {
    /** Ranks from this one on are drawn alike. */
    public static final int RANK_GROUPS = 5;

    /** A row of the table: an individual of the population and its role in the last step. */
    public record Row(int rank, double crowding, boolean offspring, boolean parent, long index, double[] metrics) {}

    /** A point of the chart. */
    public record XY(double x, double y) {}

    /**
     * What the chart shows: the first two objectives as y and x, the population grouped by rank
     * (the last group holds every rank from {@link #RANK_GROUPS} - 1 on), the last step's parents
     * and offspring, and the true front along x (empty without a finished exhaustive run).
     */
    public record Plot(
            Metric x, Metric y, List<List<XY>> ranks, List<XY> parents, List<XY> offspring, List<XY> trueFront) {}

    private final StudyDocument document;
    private final Supplier<Map<String, ? extends LiveRun>> liveRuns;
    private final ObservableList<String> runs = FXCollections.observableArrayList();
    private final ObjectProperty<String> run = new SimpleObjectProperty<>(this, "run");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    /** Kept: a read-only wrapper made per call would be collected, and the listeners on it with it. */
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);

    private final ReadOnlyObjectWrapper<Plot> plot = new ReadOnlyObjectWrapper<>(this, "plot");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(
            this, "caption", "Start a run (Start paused, then Step) to watch NSGA-II one generation at a time.");
    private final ChangeListener<RunSnapshot> onSnapshot = (o, a, b) -> show(b);
    private LiveRun watched;

    /** A run going on now, as teaching mode sees it: its latest generation, and a way to ask for the next. */
    public interface LiveRun {
        /** The latest generation; changes on the FX thread. */
        ReadOnlyObjectProperty<RunSnapshot> snapshotProperty();

        void step();
    }

    /** {@code liveRuns}: the runs going on now, by id. */
    public TeachingViewModel(StudyDocument document, Supplier<Map<String, ? extends LiveRun>> liveRuns) {
        this.document = document;
        this.liveRuns = liveRuns;
        run.addListener((o, a, b) -> watch(b));
    }

    /** The live runs to choose from, as of the last {@link #refreshRuns()}. */
    public ObservableList<String> runs() {
        return runs;
    }

    /** The followed run. */
    public ObjectProperty<String> runProperty() {
        return run;
    }

    public ObservableList<Row> rows() {
        return rowsView;
    }

    /** The chart of the latest generation, null before the first. */
    public ReadOnlyObjectProperty<Plot> plotProperty() {
        return plot.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** Lists the live runs again, keeping the followed one when it still runs. */
    public void refreshRuns() {
        String current = run.get();
        runs.setAll(liveRuns.get().keySet());
        if (current != null && runs.contains(current)) {
            run.set(current);
        }
    }

    /** Follows the given live run. */
    public void follow(String runId) {
        refreshRuns();
        if (runs.contains(runId)) {
            run.set(runId);
        }
    }

    /** Lets the followed run make one more generation. */
    public void step() {
        if (watched != null) {
            watched.step();
        }
    }

    private void watch(String runId) {
        if (watched != null) {
            watched.snapshotProperty().removeListener(onSnapshot);
        }
        watched = runId == null ? null : liveRuns.get().get(runId);
        if (watched != null) {
            watched.snapshotProperty().addListener(onSnapshot);
            show(watched.snapshotProperty().get());
        }
    }

    /** Shows a generation in the study's first two objectives (nothing with fewer than two). */
    void show(RunSnapshot s) {
        List<Objective> objectives = document.study().objectives();
        if (s == null || objectives.size() < 2) {
            return;
        }
        Metric my = objectives.get(0).metric();
        Metric mx = objectives.get(1).metric();
        Set<Integer> offspring = indices(s.offspring());
        Set<Integer> parents = indices(s.parents());
        List<List<XY>> ranks = new ArrayList<>();
        for (int r = 0; r < RANK_GROUPS; r++) {
            ranks.add(new ArrayList<>());
        }
        List<XY> born = new ArrayList<>();
        List<XY> chosen = new ArrayList<>();
        List<Row> next = new ArrayList<>();
        for (RankedIndividual r : s.population()) {
            Individual ind = r.individual();
            if (!(ind.evaluation().payload() instanceof PointMetrics m)) {
                continue;
            }
            XY xy = new XY(m.get(mx), m.get(my));
            if (Double.isNaN(xy.x()) || Double.isNaN(xy.y())) {
                continue;
            }
            ranks.get(Math.min(r.rank(), RANK_GROUPS - 1)).add(xy);
            if (offspring.contains(ind.index())) {
                born.add(xy);
            }
            if (parents.contains(ind.index())) {
                chosen.add(xy);
            }
            double[] values = new double[objectives.size()];
            for (int k = 0; k < values.length; k++) {
                values[k] = m.get(objectives.get(k).metric());
            }
            next.add(new Row(
                    r.rank(),
                    r.crowding(),
                    offspring.contains(ind.index()),
                    parents.contains(ind.index()),
                    ind.index(),
                    values));
        }
        List<XY> truth = trueFront(document.study(), mx, my);
        next.sort(Comparator.comparingInt(Row::rank)
                .thenComparing(Comparator.comparingDouble(Row::crowding).reversed()));
        rows.setAll(next);
        plot.set(new Plot(mx, my, ranks, chosen, born, truth == null ? List.of() : truth));
        caption.set(String.format(
                Locale.ROOT,
                "Step %d · %d evaluations · population %d · %d on the first front · %d offspring, %d parents marked%s",
                s.step(),
                s.evaluations(),
                s.population().size(),
                next.stream().filter(r -> r.rank() == 0).count(),
                offspring.size(),
                parents.size(),
                truth == null ? "" : " · black line: the true front (exhaustive run)"));
    }

    private static Set<Integer> indices(List<Individual> list) {
        Set<Integer> set = new HashSet<>();
        list.forEach(i -> set.add(i.index()));
        return set;
    }

    /** The exact front of the study's finished exhaustive run, sorted along x, or null without one. */
    public static List<XY> trueFront(Study study, Metric mx, Metric my) {
        for (RunRecord r : study.runs()) {
            if (Algorithm.EXHAUSTIVE.label().equals(r.algorithm()) && r.status() == RunRecord.Status.FINISHED) {
                List<EvaluatedPoint> points = r.points();
                BitSet front = StudyFront.paretoMask(points, study.objectives());
                List<XY> xy = new ArrayList<>();
                front.stream()
                        .forEach(i -> xy.add(
                                new XY(points.get(i).metric(mx), points.get(i).metric(my))));
                xy.sort(Comparator.comparingDouble(XY::x));
                return List.copyOf(xy);
            }
        }
        return null;
    }
}
