package org.codesign.ui.runs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.codesign.search.Individual;
import org.codesign.search.RunSnapshot;
import org.codesign.search.RunStatus;
import org.codesign.search.codesign.CodesignCheckpoint;
import org.codesign.search.codesign.CodesignRun;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.RunPoints;
import org.codesign.study.RunRecord;
import org.codesign.study.StudyRuns;

/**
 * A run as the window sees it. The engine calls back on its own thread; the controller only
 * queues what arrives, and {@link #pump()} (called on the FX thread a few times a second)
 * applies it: progress, speed, times, hypervolume history and the new points. The FX thread
 * thus only draws, however fast the run evaluates.
 */
public final class RunController {
    private final String runId;
    /** The engine; let go once the run is over (its log holds every point a second time). */
    private CodesignRun run;

    private final CompletableFuture<RunSnapshot> completion;
    private final AtomicReference<RunSnapshot> latest = new AtomicReference<>();
    private final ConcurrentLinkedQueue<Individual> arrived = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<double[]> hvArrived = new ConcurrentLinkedQueue<>();
    /**
     * Every point of the run, as columns that only grow (issue 12, bounded memory): each pump adds
     * the new rows, and {@link #columns} shares them, so neither the point store nor a save copies the run.
     */
    private final RunPoints.Builder points = RunPoints.builder();

    private RunPoints columns = RunPoints.EMPTY;
    private final List<double[]> hypervolume = new ArrayList<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "starting…");
    private final ReadOnlyObjectWrapper<RunStatus> status = new ReadOnlyObjectWrapper<>(this, "status", RunStatus.NEW);
    private final ReadOnlyObjectWrapper<RunSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final AtomicReference<CodesignCheckpoint> checkpoint = new AtomicReference<>();
    private RunSnapshot shown;
    private boolean stepping;

    RunController(String runId, CodesignRun run) {
        this(runId, run, List.of(), List.of());
    }

    /**
     * A run resumed from a checkpoint: it starts with what the checkpoint holds (the engine reports
     * only the points it evaluates from there on).
     */
    RunController(String runId, CodesignRun run, List<EvaluatedPoint> before, List<double[]> hypervolumeBefore) {
        this.runId = runId;
        this.run = run;
        this.completion = run.completion();
        before.forEach(points::add);
        columns = points.snapshot();
        hypervolume.addAll(hypervolumeBefore);
        // after each step, on the run's thread; kept for the next save (a checkpoint is immutable)
        run.addCheckpointListener(checkpoint::set);
        // Points before the snapshot: pump() reads the snapshot and then drains the points, so a
        // finished status is only acted on with every point of that snapshot in hand.
        run.addListener(s -> {
            arrived.addAll(s.newlyEvaluated());
            if (!Double.isNaN(s.hypervolume())) {
                hvArrived.add(new double[] {s.evaluations(), s.hypervolume()});
            }
            latest.set(s);
        });
    }

    String runId() {
        return runId;
    }

    /** The engine, null once {@link #release released}. */
    CodesignRun run() {
        return run;
    }

    /** Completes with the run's last snapshot when the run is over. */
    CompletableFuture<RunSnapshot> completion() {
        return completion;
    }

    /**
     * The run is over, closed and saved: the engine and its last checkpoint are let go, since both
     * hold every evaluated point again (the engine's log); the card keeps showing this controller.
     */
    void release() {
        run = null;
        checkpoint.set(null);
    }

    /** The run's latest checkpoint (null before its first step). */
    CodesignCheckpoint checkpoint() {
        return checkpoint.get();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The latest snapshot shown (population with ranks and crowding, parents, offspring); FX thread. */
    public ReadOnlyObjectProperty<RunSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RunStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    List<double[]> hypervolume() {
        return hypervolume;
    }

    /** The run's points so far (FX thread): the table the last {@link #pump()} left. */
    RunPoints columns() {
        return columns;
    }

    boolean finished() {
        return status.get().isTerminal();
    }

    void start(boolean paused) {
        stepping = paused;
        if (paused) {
            run.startPaused();
        } else {
            run.start();
        }
        status.set(paused ? RunStatus.PAUSED : RunStatus.RUNNING);
    }

    void pause() {
        stepping = true;
        run.pause();
        status.set(RunStatus.PAUSED);
    }

    void resume() {
        stepping = false;
        run.resume();
        status.set(RunStatus.RUNNING);
    }

    public void step() {
        stepping = true;
        run.requestStep();
    }

    void cancel() {
        run.cancel();
    }

    /**
     * Applies what arrived since the last call (FX thread only); returns the run's points, whose
     * rows from the size before the call on are the new ones.
     */
    RunPoints pump() {
        // Read the snapshot first: its points were queued before it was published.
        RunSnapshot s = latest.get();
        List<Individual> fresh = new ArrayList<>();
        for (Individual ind = arrived.poll(); ind != null; ind = arrived.poll()) {
            fresh.add(ind);
        }
        if (!fresh.isEmpty()) {
            StudyRuns.addTo(points, fresh);
            columns = points.snapshot();
        }
        for (double[] hv = hvArrived.poll(); hv != null; hv = hvArrived.poll()) {
            if (hypervolume.isEmpty() || hypervolume.get(hypervolume.size() - 1)[0] < hv[0]) {
                hypervolume.add(hv);
            }
        }
        if (s != null && s != shown) {
            shown = s;
            progress.set(s.progress());
            RunStatus now = s.status() == RunStatus.RUNNING && stepping ? RunStatus.PAUSED : s.status();
            status.set(now);
            summary.set(describe(s));
            snapshot.set(s);
        }
        return columns;
    }

    /** The status the engine last reported (null before its first report); the shown one may be ahead of it. */
    RunStatus reportedStatus() {
        return shown == null ? null : shown.status();
    }

    /** The run as the study stores it: its points are the pumped table, not a copy. */
    RunRecord record(RunRecord started) {
        RunSnapshot s = shown;
        long elapsed = s == null ? 0 : s.elapsed().toMillis();
        return started.withColumns(columns, recordStatus(), elapsed, hypervolume);
    }

    private RunRecord.Status recordStatus() {
        return switch (status.get()) {
            case FINISHED -> RunRecord.Status.FINISHED;
            case CANCELLED -> RunRecord.Status.CANCELLED;
            case FAILED -> RunRecord.Status.FAILED;
            case RUNNING -> RunRecord.Status.RUNNING;
            case NEW, PAUSED -> RunRecord.Status.PAUSED;
        };
    }

    static String describe(RunSnapshot s) {
        double seconds = Math.max(1e-3, s.elapsed().toNanos() / 1e9);
        double rate = s.evaluations() / seconds;
        String remaining = s.status().isTerminal() || rate <= 0
                ? "—"
                : format(Duration.ofMillis((long) ((s.budget() - s.evaluations()) / rate * 1000)));
        return String.format(
                java.util.Locale.ROOT,
                "%,d / %,d evals · %,.0f evals/s · %s elapsed · %s left · HV %.4f%s",
                s.evaluations(),
                s.budget(),
                rate,
                format(s.elapsed()),
                remaining,
                s.hypervolume(),
                s.message().isEmpty() ? "" : " · " + s.message());
    }

    static String format(Duration d) {
        long seconds = d.getSeconds();
        return seconds >= 3600
                ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
