package org.codesign.ui.teaching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.codesign.eval.Evaluator;
import org.codesign.eval.Metric;
import org.codesign.eval.Objective;
import org.codesign.search.GenerationTrace;
import org.codesign.search.Individual;
import org.codesign.search.RankedIndividual;
import org.codesign.search.codesign.PointMetrics;
import org.codesign.teaching.Lesson;
import org.codesign.teaching.LessonSettings;
import org.codesign.teaching.LessonStep;
import org.codesign.teaching.Narration;
import org.codesign.teaching.TrueFront;
import org.codesign.ui.study.StudyDocument;

/**
 * Teaching mode's state without any node: a lesson (the product's NSGA-II on the open study, one
 * traced generation at a time, computed in the background), the history of its generations with
 * a cursor that steps forward, back and plays, guided steps through the five operators, the
 * picked member's rank and crowding explained, the true front and the hypervolume gap per generation.
 */
public final class TeachingViewModel {
    /** Ranks from this one on are drawn alike. */
    public static final int RANK_GROUPS = 5;

    /** Play speeds, in generations per second. */
    public static final double MIN_SPEED = 0.25;

    public static final double MAX_SPEED = 4;

    /** A population member: its rank (0 = first front), crowding, role in its generation, metrics of the objectives. */
    public record Row(
            int rank,
            double crowding,
            boolean offspring,
            boolean parent,
            long index,
            double[] metrics,
            boolean feasible) {}

    /** A point of a chart. */
    public record XY(double x, double y) {}

    /**
     * What the chart shows: the first two objectives as y and x, the population by rank (the last
     * group holds every rank from {@link #RANK_GROUPS} - 1 on), the marked parents and offspring
     * (what the guided step is about), the true front along x, and the picked member or null.
     */
    public record Plot(
            Metric x,
            Metric y,
            List<List<XY>> ranks,
            List<XY> parents,
            List<XY> offspring,
            List<XY> trueFront,
            XY picked) {}

    private final StudyDocument document;
    private final Supplier<Evaluator> evaluators;
    private final Executor background;
    private final Executor fx;
    private final Ticker ticker;
    private final TrueFrontCache trueFronts;

    private final List<LessonStep> history = new ArrayList<>();
    private final ReadOnlyIntegerWrapper cursor = new ReadOnlyIntegerWrapper(this, "cursor", -1);
    /** The guided step's operator (index into {@link Narration.Phase}), -1 for the whole generation. */
    private final ReadOnlyIntegerWrapper phase = new ReadOnlyIntegerWrapper(this, "phase", -1);

    private final BooleanProperty guided = new SimpleBooleanProperty(this, "guided");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final IntegerProperty population =
            new SimpleIntegerProperty(this, "population", LessonSettings.DEFAULT_POPULATION);
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation");

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<XY> gap = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Plot> plot = new ReadOnlyObjectWrapper<>(this, "plot");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(
            this, "caption", "Press Step (or Play) to watch NSGA-II on this study, one generation at a time.");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper trueFrontStatus = new ReadOnlyStringWrapper(this, "trueFrontStatus", "");
    private final ObjectProperty<Row> picked = new SimpleObjectProperty<>(this, "picked");
    private final ReadOnlyStringWrapper explanation =
            new ReadOnlyStringWrapper(this, "explanation", "Click a point for its rank and crowding distance.");

    private Lesson lesson;
    private TrueFront truth;
    private int queued;

    public TeachingViewModel(
            StudyDocument document, Supplier<Evaluator> evaluators, Executor background, Executor fx, Ticker ticker) {
        this.document = document;
        this.evaluators = evaluators;
        this.background = background;
        this.fx = fx;
        this.ticker = ticker;
        this.trueFronts = new TrueFrontCache(background);
        document.replacementsProperty().addListener((o, a, b) -> restart());
        speed.addListener((o, a, b) -> {
            if (playing.get()) {
                ticker.start(1 / b.doubleValue(), this::tick);
            }
        });
        guided.addListener((o, a, b) -> {
            phase.set(b && cursor.get() >= 0 ? 0 : -1);
            render();
        });
        picked.addListener((o, a, b) -> {
            explain(b);
            render();
        });
    }

    // ---- what the controls drive ----

    /** The next guided operator, the next generation of the history, or a new generation (in the background). */
    public void stepForward() {
        if (guided.get() && cursor.get() >= 0 && phase.get() < Narration.Phase.values().length - 1) {
            phase.set(phase.get() + 1);
            render();
        } else if (cursor.get() < history.size() - 1) {
            show(cursor.get() + 1);
        } else {
            computeNext();
        }
    }

    /** The previous guided operator or the previous generation. */
    public void stepBack() {
        if (guided.get() && phase.get() > 0) {
            phase.set(phase.get() - 1);
            render();
        } else if (cursor.get() > 0) {
            cursor.set(cursor.get() - 1);
            phase.set(guided.get() ? Narration.Phase.values().length - 1 : -1);
            render();
        }
    }

    /** Steps forward {@code n} times, each once the one before has finished (a demo, {@code --teach N}). */
    public void stepTimes(int n) {
        queued += n;
        drain();
    }

    public void play() {
        if (!playing.get()) {
            playing.set(true);
            ticker.start(1 / speed.get(), this::tick);
        }
    }

    public void pause() {
        playing.set(false);
        ticker.stop();
    }

    /** Forgets the lesson; the next step starts a new one with the current population on the current study. */
    public void restart() {
        pause();
        queued = 0;
        if (lesson != null) {
            Lesson old = lesson;
            background.execute(old::close);
        }
        // nothing shown first: clearing the pick renders, and the history it would render is going
        cursor.set(-1);
        phase.set(-1);
        lesson = null;
        truth = null;
        history.clear();
        gap.clear();
        rows.clear();
        picked.set(null);
        busy.set(false);
        plot.set(null);
        caption.set("Press Step (or Play) to watch NSGA-II on this study, one generation at a time.");
        status.set("");
    }

    /** Picks the member nearest to (x, y) in the chart, distances measured in units of the axes' spans. */
    public void pick(double x, double y, double xSpan, double ySpan) {
        Plot p = plot.get();
        if (p == null || rows.isEmpty()) {
            return;
        }
        int xi = objectiveIndex(p.x());
        int yi = objectiveIndex(p.y());
        Row best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (Row r : rows) {
            double dx = (r.metrics()[xi] - x) / xSpan;
            double dy = (r.metrics()[yi] - y) / ySpan;
            double d = dx * dx + dy * dy;
            if (d < bestDistance) {
                bestDistance = d;
                best = r;
            }
        }
        picked.set(best);
    }

    private void tick() {
        if (busy.get()) {
            return;
        }
        if (lesson != null && lesson.finished() && cursor.get() == history.size() - 1 && !guidedStepsLeft()) {
            pause();
            return;
        }
        stepForward();
    }

    private boolean guidedStepsLeft() {
        return guided.get() && phase.get() < Narration.Phase.values().length - 1;
    }

    private void drain() {
        while (queued > 0 && !busy.get()) {
            queued--;
            stepForward();
        }
    }

    private void computeNext() {
        if (busy.get()) {
            return;
        }
        if (lesson == null) {
            lesson = new Lesson(
                    document.study(),
                    evaluators.get(),
                    LessonSettings.defaults().withPopulation(population.get()));
            requestTrueFront();
        }
        if (lesson.finished()) {
            pause();
            status.set(
                    "The lesson has ended: " + history.get(history.size() - 1).message() + ". Restart for another.");
            return;
        }
        Lesson current = lesson;
        busy.set(true);
        background.execute(() -> {
            try {
                LessonStep s = current.next();
                fx.execute(() -> arrived(current, s));
            } catch (RuntimeException e) {
                fx.execute(() -> failed(current, e));
            }
        });
    }

    private void arrived(Lesson from, LessonStep s) {
        if (from != lesson) {
            return;
        }
        history.add(s);
        updateGap();
        show(history.size() - 1);
        busy.set(false);
        drain();
    }

    private void failed(Lesson from, RuntimeException e) {
        if (from == lesson) {
            busy.set(false);
            pause();
            status.set("The generation failed: " + e.getMessage());
        }
    }

    private void requestTrueFront() {
        trueFrontStatus.set("True front: enumerating every design in the background…");
        Lesson forLesson = lesson;
        trueFronts
                .of(document.study(), evaluators)
                .whenComplete((t, e) -> fx.execute(() -> {
                    if (forLesson != lesson) {
                        return;
                    }
                    if (e != null) {
                        Throwable cause = e.getCause() != null ? e.getCause() : e;
                        trueFrontStatus.set("No true front: " + cause.getMessage());
                        return;
                    }
                    truth = t;
                    trueFrontStatus.set(String.format(
                            Locale.ROOT,
                            "True front (black line): %d of %,d designs, exhaustive search; hypervolume %.4f",
                            t.members().size(),
                            t.designs(),
                            t.hypervolume()));
                    updateGap();
                    render();
                }));
    }

    private void updateGap() {
        List<XY> points = new ArrayList<>();
        if (truth != null) {
            history.forEach(s -> points.add(new XY(s.generation(), truth.gap(s.hypervolume()))));
        }
        gap.setAll(points);
    }

    private void show(int index) {
        cursor.set(index);
        phase.set(guided.get() ? 0 : -1);
        picked.set(null);
        render();
    }

    // ---- what the view shows ----

    private void render() {
        if (cursor.get() < 0) {
            return;
        }
        LessonStep step = history.get(cursor.get());
        GenerationTrace t = step.trace();
        List<Objective> objectives = lesson.objectives();
        Metric my = objectives.get(0).metric();
        Metric mx = objectives.get(1).metric();
        Set<Integer> born = indices(t.offspring());
        Set<Integer> parents = indices(t.parents());
        List<List<XY>> ranks = new ArrayList<>();
        for (int r = 0; r < RANK_GROUPS; r++) {
            ranks.add(new ArrayList<>());
        }
        List<XY> newborn = new ArrayList<>();
        List<XY> chosen = new ArrayList<>();
        List<Row> next = new ArrayList<>();
        for (RankedIndividual r : t.population()) {
            Individual ind = r.individual();
            if (!(ind.evaluation().payload() instanceof PointMetrics m)) {
                continue;
            }
            double[] values = new double[objectives.size()];
            for (int k = 0; k < values.length; k++) {
                values[k] = m.get(objectives.get(k).metric());
            }
            Row row = new Row(
                    r.rank(),
                    r.crowding(),
                    born.contains(ind.index()),
                    parents.contains(ind.index()),
                    ind.index(),
                    values,
                    ind.isFeasible());
            next.add(row);
            XY xy = new XY(m.get(mx), m.get(my));
            if (Double.isNaN(xy.x()) || Double.isNaN(xy.y())) {
                continue;
            }
            ranks.get(Math.min(r.rank(), RANK_GROUPS - 1)).add(xy);
            if (row.offspring()) {
                newborn.add(xy);
            }
            if (row.parent()) {
                chosen.add(xy);
            }
        }
        next.sort(Comparator.comparingInt(Row::rank)
                .thenComparing(Comparator.comparingDouble(Row::crowding).reversed()));
        Row pick = picked.get();
        rows.setAll(next);
        Narration.Phase current = phase.get() < 0 ? null : Narration.Phase.values()[phase.get()];
        boolean showParents = current == null || current == Narration.Phase.SELECTION;
        boolean showOffspring =
                current == null || current == Narration.Phase.CROSSOVER || current == Narration.Phase.MUTATION;
        plot.set(new Plot(
                mx,
                my,
                ranks,
                showParents ? chosen : List.of(),
                showOffspring ? newborn : List.of(),
                truth == null ? List.of() : frontXY(mx, my),
                pick == null ? null : new XY(pick.metrics()[1], pick.metrics()[0])));
        caption.set(
                current == null
                        ? Narration.summary(t)
                        : "Guided " + (current.ordinal() + 1) + "/" + Narration.Phase.values().length + " · "
                                + Narration.phase(t, current));
        status.set(String.format(
                Locale.ROOT,
                "Generation %d of %d · %d evaluations%s%s",
                step.generation(),
                history.size(),
                step.evaluations(),
                truth == null
                        ? ""
                        : String.format(
                                Locale.ROOT,
                                " · hypervolume gap to the true front %.4f",
                                truth.gap(step.hypervolume())),
                step.finished() ? " · the lesson has ended: " + step.message() : ""));
    }

    private List<XY> frontXY(Metric mx, Metric my) {
        double[] xs = truth.values(mx);
        double[] ys = truth.values(my);
        List<XY> xy = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            xy.add(new XY(xs[i], ys[i]));
        }
        xy.sort(Comparator.comparingDouble(XY::x));
        return List.copyOf(xy);
    }

    private void explain(Row r) {
        if (r == null) {
            explanation.set("Click a point for its rank and crowding distance.");
            return;
        }
        explanation.set("#" + r.index() + " · rank " + (r.rank() + 1) + ", crowding "
                + (Double.isInfinite(r.crowding()) ? "∞" : String.format(Locale.ROOT, "%.3f", r.crowding()))
                + " — " + Narration.member(r.rank(), r.crowding(), r.feasible()));
    }

    private int objectiveIndex(Metric m) {
        List<Objective> objectives = lesson.objectives();
        for (int k = 0; k < objectives.size(); k++) {
            if (objectives.get(k).metric() == m) {
                return k;
            }
        }
        throw new IllegalStateException("no objective " + m);
    }

    private static Set<Integer> indices(List<Individual> list) {
        Set<Integer> set = new HashSet<>();
        list.forEach(i -> set.add(i.index()));
        return set;
    }

    // ---- properties ----

    public ObservableList<Row> rows() {
        return rows;
    }

    /** Hypervolume gap to the true front per generation (x: generation); empty until the true front is known. */
    public ObservableList<XY> gap() {
        return gap;
    }

    public ReadOnlyObjectProperty<Plot> plotProperty() {
        return plot.getReadOnlyProperty();
    }

    /** What the shown generation (or guided operator) did, in a sentence with its counts. */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    /** Which generation is shown, evaluations, and the gap. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty trueFrontStatusProperty() {
        return trueFrontStatus.getReadOnlyProperty();
    }

    /** The picked member (a click in the chart, a row of the table). */
    public ObjectProperty<Row> pickedProperty() {
        return picked;
    }

    /** The picked member's rank and crowding distance with a one-line explanation. */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** The index of the shown generation in the history, -1 before the first. */
    public ReadOnlyIntegerProperty cursorProperty() {
        return cursor.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public int generations() {
        return history.size();
    }

    public BooleanProperty guidedProperty() {
        return guided;
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Generations per second while playing, {@link #MIN_SPEED} to {@link #MAX_SPEED}. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /** True while a generation is computed in the background. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The population of the next lesson (takes effect on Restart). */
    public IntegerProperty populationProperty() {
        return population;
    }

    /** Large fonts, high contrast, full screen. */
    public BooleanProperty presentationProperty() {
        return presentation;
    }
}
