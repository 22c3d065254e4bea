package org.codesign.study.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.codesign.study.RunPoints;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;

/**
 * What the desktop app writes into a study store: a new run's id, a run as it goes, and the whole
 * study on Save or Save As. Each call opens the store, writes in one transaction and closes it, so
 * that CLI runs writing the same file meanwhile lose nothing (SQLite's write lock and busy
 * timeout queue the writers). Runs the app does not know, added by another process, are kept.
 */
public final class StoreWrites {
    private StoreWrites() {}

    /**
     * A new run's row, with an id that neither the store nor {@code taken} (the window's runs) has,
     * chosen under the write lock so that a CLI run starting at the same moment gets another.
     */
    public static RunRecord beginRun(Path file, Set<String> taken, Function<String, RunRecord> recordFor)
            throws StoreException {
        try (StudyStore store = StudyStore.open(file)) {
            return store.write(() -> {
                Connection c = store.connection();
                Set<String> ids = new HashSet<>(RunRows.ids(c));
                ids.addAll(taken);
                RunRecord run = recordFor.apply(RunRows.nextId(ids));
                RunRows.insert(c, run, now());
                return run;
            });
        }
    }

    /**
     * One run as it stands (the rest of the store stays): its row, the points the store does not
     * have yet, and once it ended its column chunks. As with a JSON study, the store takes the
     * definition the run started on if it differs, since the run's points mean nothing without it.
     */
    public static void writeRun(Path file, Study startedOn, RunRecord run) throws StoreException {
        try (StudyStore store = StudyStore.open(file)) {
            store.write(() -> {
                writeDefinition(store.connection(), startedOn);
                putRun(store.connection(), run);
                return null;
            });
        }
    }

    /**
     * Saves the study into its store in one transaction: the definition, every run of the study
     * (new points only), and the removal of the runs in {@code deletable} that the study no longer
     * has (the user deleted them), and the study's selection (replacing the one saved before). Any
     * other run of the store was added by another process and stays.
     *
     * @return the ids of the runs the store has and the study does not, in the store's order
     */
    public static List<String> save(Path file, Study study, Set<String> deletable) throws StoreException {
        try (StudyStore store = StudyStore.open(file)) {
            return store.write(() -> {
                Connection c = store.connection();
                writeDefinition(c, study);
                Set<String> ours = new HashSet<>();
                for (RunRecord r : study.runs()) {
                    putRun(c, r);
                    ours.add(r.id());
                }
                List<String> others = new ArrayList<>();
                for (RunRecord r : RunRows.readAll(c, store.file().getFileName().toString())) {
                    if (ours.contains(r.id())) {
                        continue;
                    }
                    if (deletable.contains(r.id())) {
                        RunRows.delete(c, r.id());
                    } else {
                        others.add(r.id());
                    }
                }
                SelectionRows.replace(c, study.selection());
                return others;
            });
        }
    }

    /**
     * Save As a store: a new file holding the study. An existing file (the user agreed to replace
     * it) is replaced only once the new store is complete, so a failure leaves it as it was; a
     * symbolic link keeps pointing at the replaced file.
     */
    public static void saveAs(Path file, Study study) throws StoreException {
        if (!Files.exists(file)) {
            StudyStore.create(file, study).close();
            return;
        }
        Path target;
        try {
            target = file.toRealPath();
        } catch (IOException e) {
            throw new StoreException(StoreFile.name(file), "cannot be replaced: " + e.getMessage(), e);
        }
        Path partial = target.resolveSibling("." + target.getFileName() + ".saving");
        StudyStore.deleteQuietly(partial);
        StudyStore.create(partial, study).close(); // closing merges its WAL into the file
        try {
            // an old WAL beside the new file would be read as part of it
            Files.deleteIfExists(target.resolveSibling(target.getFileName() + "-wal"));
            Files.deleteIfExists(target.resolveSibling(target.getFileName() + "-shm"));
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            StudyStore.deleteQuietly(partial);
            throw new StoreException(StoreFile.name(file), "cannot be replaced: " + e.getMessage(), e);
        }
    }

    private static void writeDefinition(Connection c, Study study) throws SQLException {
        String definition = StudyFiles.toJson(study.withRuns(List.of()));
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE study SET name = ?, definition = ?, updated_at = ? WHERE id = 1 AND definition IS NOT ?")) {
            ps.setString(1, study.name());
            ps.setString(2, definition);
            ps.setString(3, now());
            ps.setString(4, definition);
            ps.executeUpdate();
        }
    }

    private static void putRun(Connection c, RunRecord run) throws SQLException {
        RunRows.upsert(c, run, now());
        RunPoints points = run.columns();
        long stored = EvaluationRows.maxIndex(c, run.id());
        int from = points.size();
        while (from > 0 && points.index(from - 1) > stored) {
            from--; // points arrive in index order: only the tail is new
        }
        EvaluationRows.insert(c, run.id(), points, from);
        if (run.status() != RunRecord.Status.RUNNING
                && !PointChunks.exist(c, run.id())
                && EvaluationRows.count(c, run.id()) == points.size()) {
            PointChunks.write(c, run.id(), points); // the next open reads chunks, not rows
        }
    }

    private static String now() {
        return Instant.now().toString();
    }
}
