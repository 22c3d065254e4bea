package org.codesign.ui.points;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.codesign.eval.Objective;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.RunPoints;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;

/**
 * Every evaluated point of every run of the open study, for the plot, the table and the
 * export. Points arrive in batches on the FX thread; the Pareto flags come from the search
 * engine's sorting (the store never computes a metric).
 *
 * <p>A change of {@value #BACKGROUND_FROM} points or more (opening a large study) is built off the
 * FX thread: the store empties at once and says it is {@link #loadingProperty() loading} with its
 * progress; the study's Pareto front is computed from the columns first, then a preview of the
 * whole front and every k-th point (about {@value #PREVIEW_POINTS}) follows within a fraction of a
 * second, announced by {@link #previewPointsProperty()}, so the views draw the study's shape and
 * its true front before its million points are in; then all the points replace the preview in one
 * change, with no action of the user. So no view ever shows part of a study as if it were all of
 * it: a preview is labelled as one. Appends and removals that arrive meanwhile wait for it;
 * another load drops it.
 */
public final class PointStore {
    /** From this many points on, a load is built in the background. */
    public static final int BACKGROUND_FROM = 100_000;

    /**
     * Points a preview holds at most: as many as the 2D projections draw of a large study (their
     * sample), so the preview costs the views about what drawing the whole study does.
     */
    public static final int PREVIEW_POINTS = 50_000;

    private final EntryList entries = new EntryList();
    private PointPositions positions = new PointPositions();
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(this, "version");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyDoubleWrapper loadProgress = new ReadOnlyDoubleWrapper(this, "loadProgress");
    private final ReadOnlyIntegerWrapper loadingPoints = new ReadOnlyIntegerWrapper(this, "loadingPoints");
    private final ReadOnlyIntegerWrapper previewPoints = new ReadOnlyIntegerWrapper(this, "previewPoints");
    /** Every run or batch the entries came from, in order: what a background build starts from. */
    private final List<StoreBuild.Source> sources = new ArrayList<>();
    /** Changes that arrived while a background build ran, applied after it. */
    private final List<Runnable> deferred = new ArrayList<>();

    private Task<StoreBuild.Result> job;
    /** Counts the pulses after a preview went in; null once they are enough (or no preview). */
    private javafx.animation.AnimationTimer previewPulses;
    /** The whole build's intake, waiting for the preview to be drawn. */
    private Runnable afterPreview;

    private List<Objective> objectives = List.of();
    /** Positions of the Pareto-optimal points. */
    private BitSet front = new BitSet();

    private boolean lastChangeAppended;
    private int[] leftFront = new int[0];

    public ObservableList<PointEntry> entries() {
        return entries;
    }

    /** Increments whenever points or flags change: views redraw on it. */
    public ReadOnlyLongProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    PointEntry get(PointKey key) {
        int i = positions.get(key.runId(), key.index());
        return i < 0 ? null : entries.get(i);
    }

    /** Whether a large change is being built in the background (the store is empty meanwhile). */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The background build's progress, 0 to 1. */
    public ReadOnlyDoubleProperty loadProgressProperty() {
        return loadProgress.getReadOnlyProperty();
    }

    /** How many points the background build is taking in. */
    public ReadOnlyIntegerProperty loadingPointsProperty() {
        return loadingPoints.getReadOnlyProperty();
    }

    /** While loading: how many points the preview shown holds (0: none yet, or not loading). */
    public ReadOnlyIntegerProperty previewPointsProperty() {
        return previewPoints.getReadOnlyProperty();
    }

    /** Replaces everything with the points of a study (in the background for a large one). */
    public void load(Study study) {
        cancelJob();
        deferred.clear();
        objectives = study.objectives();
        sources.clear();
        for (RunRecord run : study.runs()) {
            sources.add(new StoreBuild.Source(run.id(), run.columns(), 0, false));
        }
        rebuild();
    }

    /** Builds the entries from {@link #sources} anew: at once if they are few, else in the background. */
    private void rebuild() {
        long total = sources.stream().mapToLong(StoreBuild.Source::size).sum();
        if (total < BACKGROUND_FROM) {
            install(StoreBuild.build(sources, objectives, StoreBuild.Progress.NONE));
            return;
        }
        positions = new PointPositions();
        front = new BitSet();
        entries.setAll(List.of());
        loadingPoints.set((int) total);
        loadProgress.set(0);
        loading.set(true);
        lastChangeAppended = false;
        version.set(version.get() + 1);
        List<StoreBuild.Source> from = List.copyOf(sources);
        List<Objective> on = objectives;
        Task<StoreBuild.Result> task = new Task<>() {
            @Override
            protected StoreBuild.Result call() {
                // the front first: the preview shows the study's own, and the build reuses it
                java.util.BitSet front = StoreBuild.front(from, on);
                if (isCancelled()) {
                    return null;
                }
                StoreBuild.Result preview = StoreBuild.preview(from, on, PREVIEW_POINTS, front);
                javafx.application.Platform.runLater(() -> {
                    if (job == this) {
                        showPreview(preview);
                    }
                });
                return StoreBuild.build(
                        from,
                        on,
                        new StoreBuild.Progress() {
                            @Override
                            public void report(double fraction) {
                                updateProgress(fraction, 1);
                            }

                            @Override
                            public boolean cancelled() {
                                return isCancelled();
                            }
                        },
                        front);
            }
        };
        task.progressProperty().addListener((o, a, b) -> {
            if (job == task) {
                loadProgress.set(Math.max(0, b.doubleValue()));
            }
        });
        task.setOnSucceeded(e -> {
            if (job == task) {
                afterPreviewDrawn(() -> {
                    if (job == task) {
                        finish(task.getValue());
                    }
                });
            }
        });
        task.setOnFailed(e -> {
            if (job == task) {
                job = null;
                previewPoints.set(0);
                loading.set(false);
                throw new IllegalStateException("the study's points could not be loaded", task.getException());
            }
        });
        job = task;
        Thread worker = new Thread(task, "point-store-load");
        worker.setDaemon(true);
        worker.start();
    }

    /** Takes in a finished background build, then the changes that waited for it. */
    private void finish(StoreBuild.Result built) {
        job = null;
        previewPoints.set(0);
        loading.set(false);
        install(built);
        List<Runnable> waiting = List.copyOf(deferred);
        deferred.clear();
        waiting.forEach(Runnable::run);
    }

    /**
     * Runs {@code then} once the preview has been through two pulses (laid out and drawn), at once
     * when there is none: a build that ends while the FX thread is busy would otherwise replace
     * the preview before any frame showed it.
     */
    private void afterPreviewDrawn(Runnable then) {
        if (previewPulses == null) {
            then.run();
        } else {
            afterPreview = then;
        }
    }

    private void stopPreviewPulses() {
        if (previewPulses != null) {
            previewPulses.stop();
            previewPulses = null;
        }
        afterPreview = null;
    }

    private void cancelJob() {
        stopPreviewPulses();
        if (job != null) {
            job.cancel();
            job = null;
            previewPoints.set(0);
            loading.set(false);
        }
    }

    /** Shows a build's preview while the whole build goes on. */
    private void showPreview(StoreBuild.Result preview) {
        positions = preview.positions();
        entries.setAll(preview.entries());
        front = preview.front();
        previewPoints.set(preview.entries().size());
        lastChangeAppended = false;
        version.set(version.get() + 1);
        stopPreviewPulses();
        previewPulses = new javafx.animation.AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses > 2) {
                    Runnable then = afterPreview;
                    stopPreviewPulses();
                    if (then != null) {
                        then.run();
                    }
                }
            }
        };
        previewPulses.start();
    }

    /** Takes a build's entries in one change. */
    private void install(StoreBuild.Result built) {
        positions = built.positions();
        entries.setAll(built.entries());
        front = built.front();
        if (!built.objectives().equals(objectives)) {
            refreshFront(); // the objectives changed while it was built
        } else {
            lastChangeAppended = false;
            version.set(version.get() + 1);
        }
    }

    /**
     * Adds newly evaluated points of a run. They arrive with their Pareto flags set; older
     * points that left the front are then replaced by themselves in {@link #entries()}, so a
     * filtered or sorted view of the list updates just those rows.
     */
    public void append(String runId, List<EvaluatedPoint> points) {
        append(runId, RunPoints.of(points), 0);
    }

    /**
     * Adds the rows of {@code columns} from {@code from} on: a live run's new rows, read from its
     * growing table, so the store keeps no copy of them.
     */
    public void append(String runId, RunPoints columns, int from) {
        if (from >= columns.size()) {
            return;
        }
        if (job != null) {
            deferred.add(() -> append(runId, columns, from));
            return;
        }
        StoreBuild.Source source = new StoreBuild.Source(runId, columns, from, true);
        sources.add(source);
        if (columns.size() - from >= BACKGROUND_FROM) {
            rebuild();
            return;
        }
        List<PointEntry> batch = new ArrayList<>(columns.size() - from);
        for (int r = from; r < columns.size(); r++) {
            PointEntry e = new PointEntry(source, r);
            int position = entries.size() + batch.size();
            if (positions.putIfAbsent(runId, e.index(), position)) {
                e.setPosition(position);
                batch.add(e);
            }
        }
        leftFront = extendFront(batch);
        entries.addAll(batch);
        entries.updated(leftFront);
        lastChangeAppended = true;
        version.set(version.get() + 1);
    }

    /**
     * Whether the last change (the one {@link #versionProperty()} announced) only appended
     * points and took older ones off the front, each such change already announced by
     * {@link #entries()}; otherwise the list was replaced or flags changed everywhere.
     */
    public boolean lastChangeAppended() {
        return lastChangeAppended;
    }

    /** After an {@link #lastChangeAppended() append}: the older points it took off the front (no others changed). */
    public int[] leftFront() {
        return leftFront.clone();
    }

    /** Forgets the points of a deleted run. */
    public void removeRun(String runId) {
        if (job != null) {
            deferred.add(() -> removeRun(runId));
            return;
        }
        sources.removeIf(s -> s.runId().equals(runId));
        List<PointEntry> keep =
                entries.stream().filter(e -> !e.runId().equals(runId)).toList();
        if (keep.size() != entries.size()) {
            index(keep);
            entries.setAll(keep);
            refreshFront();
        }
    }

    private void index(List<PointEntry> list) {
        positions.clear();
        for (int i = 0; i < list.size(); i++) {
            positions.putIfAbsent(list.get(i).runId(), list.get(i).index(), i);
            list.get(i).setPosition(i);
        }
    }

    public void setObjectives(List<Objective> newObjectives) {
        if (!newObjectives.equals(objectives)) {
            objectives = List.copyOf(newObjectives);
            refreshFront();
        }
    }

    private void refreshFront() {
        front = StoreBuild.paretoMask(entries, objectives);
        for (int i = 0; i < entries.size(); i++) {
            entries.get(i).setPareto(front.get(i));
        }
        lastChangeAppended = false;
        version.set(version.get() + 1);
    }

    /**
     * The front after appending: the first front of the old front and the new points together.
     * A point the old front dominated stays dominated (dominance is transitive), so the other
     * points need no look; this keeps a batch arriving in a 100,000-point store cheap. Sets the
     * flags of the batch (not yet in the list) and of the old front; returns the positions of the
     * old front's points that left it.
     */
    private int[] extendFront(List<PointEntry> batch) {
        List<PointEntry> candidates = new ArrayList<>(front.cardinality() + batch.size());
        front.stream().forEach(i -> candidates.add(entries.get(i)));
        candidates.addAll(batch);
        BitSet kept = StoreBuild.paretoMask(candidates, objectives);
        BitSet next = new BitSet(entries.size() + batch.size());
        int[] left = new int[front.cardinality()];
        int leftCount = 0;
        for (int k = 0; k < candidates.size(); k++) {
            PointEntry e = candidates.get(k);
            boolean on = kept.get(k);
            next.set(e.position(), on);
            if (e.pareto() && !on) {
                left[leftCount++] = e.position();
            }
            e.setPareto(on);
        }
        front = next;
        return java.util.Arrays.copyOf(left, leftCount);
    }
}
