package org.codesign.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.codesign.search.RunSnapshot;
import org.codesign.search.codesign.CodesignCheckpoint;

/**
 * Keeps {@code checkpoint.json} in a run's folder current. A checkpoint holds every point so far, so
 * writing one costs more as the run grows: after a write taking t, the next is skipped until 4 t
 * have passed (at most a fifth of the time goes to checkpoints; small runs still write every step).
 * The checkpoint of the end (finished, cancelled, failed) and of a phase change are always written.
 */
final class CheckpointWriter {
    private static final long SPACING = 4;

    private final Path dir;
    private final String startedAt;
    private final List<double[]> hypervolume;
    private final String storeRun;
    private volatile boolean ended;
    private long nextWrite;

    /**
     * @param hypervolume the run's history; guarded by synchronizing on it
     * @param storeRun the run's id in the store it is saved into, or null
     */
    CheckpointWriter(Path dir, String startedAt, List<double[]> hypervolume, String storeRun) {
        this.dir = dir;
        this.startedAt = startedAt;
        this.hypervolume = hypervolume;
        this.storeRun = storeRun;
    }

    /** A snapshot listener: remembers whether the run ended, so its last checkpoint is written. */
    void onSnapshot(RunSnapshot s) {
        ended = s.status().isTerminal();
    }

    /** A checkpoint listener (on the run's thread, after the snapshot listeners). */
    void onCheckpoint(CodesignCheckpoint c) {
        long start = System.nanoTime();
        if (!ended && c.phase() != null && start < nextWrite) {
            return;
        }
        try {
            synchronized (hypervolume) {
                new CheckpointFile(c, startedAt, List.copyOf(hypervolume), storeRun).write(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(CheckpointFile.NAME), e);
        }
        long end = System.nanoTime();
        nextWrite = end + SPACING * (end - start);
    }
}
