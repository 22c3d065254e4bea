package org.codesign.study.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.RunPoints;
import org.codesign.study.RunRecord;

/**
 * Writes one run's evaluations into the store as they arrive: buffered, and committed at least
 * every {@link #FLUSH_MS} ms or every {@link #BATCH} points, so a killed process loses at most
 * the last second of the run. {@link #finish} records how the run ended; closing without it
 * marks the run failed (the caller left by an exception).
 */
public final class RunAppender implements AutoCloseable {
    /** Issue 12: "a kill loses at most the last second". */
    static final long FLUSH_MS = 1000;

    /** Bounds the buffer and a transaction's length between timed flushes (~1 ms of inserts). */
    static final int BATCH = 512;

    private final StudyStore store;
    private final String id;
    private final ScheduledExecutorService timer;
    private final List<RunPoints> pending = new ArrayList<>();
    private int pendingCount;
    private StoreException failure;
    private long written;
    private boolean finished;

    RunAppender(StudyStore store, String id) {
        this.store = store;
        this.id = id;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "store-flush-" + id);
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::timedFlush, FLUSH_MS, FLUSH_MS, TimeUnit.MILLISECONDS);
    }

    /** The run's id in the store (run-N, the first free N). */
    public String id() {
        return id;
    }

    /** Points stored so far. */
    public synchronized long written() {
        return written;
    }

    /** Queues points; writes them now if the batch is full. */
    public synchronized void add(Collection<EvaluatedPoint> points) throws StoreException {
        add(RunPoints.of(points instanceof List<EvaluatedPoint> l ? l : List.copyOf(points)));
    }

    /** Queues points given as columns; writes them now if the batch is full. */
    public synchronized void add(RunPoints points) throws StoreException {
        rethrow();
        if (points.isEmpty()) {
            return;
        }
        pending.add(points);
        pendingCount += points.size();
        if (pendingCount >= BATCH) {
            flush();
        }
    }

    /** Commits the queued points. */
    public synchronized void flush() throws StoreException {
        if (pending.isEmpty()) {
            return;
        }
        List<RunPoints> batch = List.copyOf(pending);
        int added = store.write(() -> {
            int n = 0;
            for (RunPoints points : batch) {
                n += EvaluationRows.insert(connection(), id, points);
            }
            RunRows.touch(connection(), id, Instant.now().toString());
            return n;
        });
        written += added;
        pending.clear();
        pendingCount = 0;
    }

    /**
     * The end of the run: every point of {@code all} not stored yet, then the status, time and
     * hypervolume history, in one transaction.
     */
    public synchronized void finish(
            RunRecord.Status status, long elapsedMs, List<double[]> hypervolume, Collection<EvaluatedPoint> all)
            throws StoreException {
        finish(
                status,
                elapsedMs,
                hypervolume,
                RunPoints.of(all instanceof List<EvaluatedPoint> l ? l : List.copyOf(all)));
    }

    /** {@link #finish(RunRecord.Status, long, List, Collection)} with the run's points as columns. */
    public synchronized void finish(RunRecord.Status status, long elapsedMs, List<double[]> hypervolume, RunPoints all)
            throws StoreException {
        stopTimer();
        pending.clear();
        pendingCount = 0;
        finished = true;
        written += store.write(() -> {
            int n = EvaluationRows.insert(connection(), id, all);
            if (status != RunRecord.Status.RUNNING && EvaluationRows.count(connection(), id) == all.size()) {
                PointChunks.write(connection(), id, all); // the next open reads chunks, not rows
            }
            RunRows.finish(
                    connection(),
                    id,
                    status,
                    elapsedMs,
                    hypervolume,
                    Instant.now().toString());
            return n;
        });
    }

    @Override
    public synchronized void close() throws StoreException {
        stopTimer();
        if (!finished) {
            RunPoints.Builder rest = RunPoints.builder();
            for (RunPoints points : pending) {
                points.asList().forEach(rest::add);
            }
            finish(RunRecord.Status.FAILED, 0, List.of(), rest.build());
        }
    }

    private java.sql.Connection connection() {
        return store.connection();
    }

    private synchronized void timedFlush() {
        if (finished || failure != null) {
            return;
        }
        try {
            flush();
        } catch (StoreException e) {
            failure = e;
        }
    }

    private void rethrow() throws StoreException {
        if (failure != null) {
            throw failure;
        }
    }

    private void stopTimer() {
        timer.shutdownNow();
    }
}
