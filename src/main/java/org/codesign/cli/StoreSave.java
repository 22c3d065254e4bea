package org.codesign.cli;

import java.nio.file.Path;
import org.codesign.search.RunSnapshot;
import org.codesign.search.codesign.RunSpec;
import org.codesign.study.RunPoints;
import org.codesign.study.RunRecord;
import org.codesign.study.StudyRuns;
import org.codesign.study.store.RunAppender;
import org.codesign.study.store.StoreException;
import org.codesign.study.store.StudyStore;

/**
 * {@code run --save} into a store: the run gets its row when it starts and its evaluations as
 * they arrive (the appender commits them every second), so a concurrent run into the same file
 * or a kill loses nothing already committed.
 */
final class StoreSave implements AutoCloseable {
    private final StudyStore store;
    private final RunAppender appender;
    private volatile StoreException failure;

    private StoreSave(StudyStore store, RunAppender appender) {
        this.store = store;
        this.appender = appender;
    }

    /**
     * Opens the store and the run's row: a new one, or, for a resumed run whose checkpoint names its
     * row here ({@code storeRun}), that row again, so it is not left stuck at "running" beside a new one.
     */
    static StoreSave begin(Path file, String storeRun, String name, RunSpec spec, String startedAt)
            throws StoreException {
        StudyStore store = StudyStore.open(file);
        try {
            RunAppender appender =
                    storeRun == null ? null : store.continueRun(storeRun, spec).orElse(null);
            return new StoreSave(store, appender != null ? appender : store.beginRun(name, spec, startedAt));
        } catch (StoreException e) {
            store.close();
            throw e;
        }
    }

    String runId() {
        return appender.id();
    }

    /** A run listener: queues the step's new points; a failing store is reported at the end. */
    void onSnapshot(RunSnapshot s) {
        if (failure != null || s.newlyEvaluated().isEmpty()) {
            return;
        }
        try {
            appender.add(StudyRuns.columns(s.newlyEvaluated()));
        } catch (StoreException e) {
            failure = e;
        }
    }

    /** Stores what the run ended with; {@code all} fills any point a step did not report. */
    void finish(RunRecord record, RunPoints all) throws StoreException {
        if (failure != null) {
            throw failure;
        }
        appender.finish(record.status(), record.elapsedMs(), record.hypervolume(), all);
    }

    @Override
    public void close() throws StoreException {
        try {
            appender.close();
        } finally {
            store.close();
        }
    }
}
