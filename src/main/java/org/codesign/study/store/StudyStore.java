package org.codesign.study.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.codesign.search.codesign.RunSpec;
import org.codesign.study.RunPoints;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.codesign.study.StudyFormatException;
import org.codesign.study.StudyRuns;

/**
 * A study kept in an SQLite file ({@code *.codesign.db}, schema in docs/STORE.md): the study
 * definition as one JSON document, runs and evaluations as tables. Runs are appended as they
 * go ({@link #beginRun}); several processes may write the same file at once. One connection,
 * used under this object's lock.
 */
public final class StudyStore implements AutoCloseable {
    public static final String EXTENSION = ".codesign.db";

    private final Connection connection;
    private final Path file;
    private final String name;

    private StudyStore(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
        this.name = StoreFile.name(file);
    }

    /** Opens an existing store (migrating an older schema); it must hold a study. */
    public static StudyStore open(Path file) throws StoreException {
        StudyStore store = new StudyStore(StoreFile.open(file, true), file);
        try {
            store.definitionJson();
            return store;
        } catch (StoreException e) {
            store.close();
            throw e;
        }
    }

    /** A new store holding {@code study} and its runs; an existing file is never overwritten. */
    public static StudyStore create(Path file, Study study) throws StoreException {
        if (Files.exists(file)) {
            throw new StoreException(StoreFile.name(file), "already exists; choose another file or delete it first");
        }
        StudyStore store = new StudyStore(StoreFile.open(file, false), file);
        try {
            store.write(() -> {
                String now = Instant.now().toString();
                try (PreparedStatement ps = store.connection.prepareStatement(
                        "INSERT INTO study (id, name, definition, created_at, updated_at) VALUES (1, ?, ?, ?, ?)")) {
                    ps.setString(1, study.name());
                    ps.setString(2, StudyFiles.toJson(study.withRuns(List.of())));
                    ps.setString(3, now);
                    ps.setString(4, now);
                    ps.executeUpdate();
                }
                for (RunRecord r : study.runs()) {
                    RunRows.insert(store.connection, r, now);
                    int added = EvaluationRows.insert(store.connection, r.id(), r.columns());
                    if (r.status() != RunRecord.Status.RUNNING) {
                        PointChunks.write(store.connection, r.id(), r.columns());
                    }
                    if (added != r.points().size()) {
                        // The store keys evaluations by (run, index): a repeated index would be dropped.
                        throw new StoreException(
                                store.name,
                                "run " + r.id() + ": " + (r.points().size() - added)
                                        + " point(s) repeat the index of another point of the run; nothing was written");
                    }
                }
                SelectionRows.replace(store.connection, study.selection());
                return null;
            });
            return store;
        } catch (StoreException e) {
            store.close();
            deleteQuietly(file);
            throw e;
        }
    }

    /** A store that could not be filled is removed with its WAL files: no half-made study is left. */
    static void deleteQuietly(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (java.io.IOException ignored) {
                // the first problem is the one to report
            }
        }
    }

    public Path file() {
        return file;
    }

    /** The study without its runs (spaces, objectives, constraints, fixed sides, model settings). */
    public synchronized Study definition() throws StoreException, StudyFormatException {
        return StudyFiles.parse(name + " (study definition)", definitionJson());
    }

    /**
     * The whole study: the definition and every run with its points, in the order they started.
     * A finished run's points come from its column chunks when it has them ({@link PointChunks});
     * otherwise from its rows, and then its chunks are written for the next time (if the file
     * can be written; a read-only store just stays slower to open).
     */
    public synchronized Study load() throws StoreException, StudyFormatException {
        Study definition = definition();
        Study study = checked(definition, runs(definition, id -> true));
        java.util.Set<String> ids = new java.util.HashSet<>();
        study.runs().forEach(r -> ids.add(r.id()));
        return study.withSelection(read(() -> SelectionRows.read(connection, ids)));
    }

    /**
     * The runs with these ids and their points, in the store's order (runs another process added
     * while the app held the study); ids the store does not have are left out.
     */
    public synchronized List<RunRecord> runs(java.util.Collection<String> ids)
            throws StoreException, StudyFormatException {
        Study definition = definition();
        return checked(definition, runs(definition, ids::contains)).runs();
    }

    /** The study's checks of genes and indices, in the store's words. */
    private Study checked(Study definition, List<RunRecord> runs) throws StoreException {
        try {
            return definition.withRuns(runs);
        } catch (IllegalArgumentException e) {
            throw new StoreException(name, e.getMessage(), e);
        }
    }

    private List<RunRecord> runs(Study definition, java.util.function.Predicate<String> which) throws StoreException {
        int genomeLength = definition.space().genomeLength();
        List<RunRecord> uncached = new ArrayList<>();
        List<RunRecord> read = read(() -> {
            List<RunRecord> runs = new ArrayList<>();
            for (RunRecord r : RunRows.readAll(connection, name)) {
                if (!which.test(r.id())) {
                    continue;
                }
                RunPoints points = PointChunks.read(connection, r.id(), genomeLength);
                if (points == null) {
                    points = EvaluationRows.read(connection, name, r.id(), genomeLength);
                    if (r.status() != RunRecord.Status.RUNNING && !points.isEmpty()) {
                        uncached.add(r.withColumns(points, r.status(), r.elapsedMs(), r.hypervolume()));
                    }
                }
                runs.add(r.withColumns(points, r.status(), r.elapsedMs(), r.hypervolume()));
            }
            return runs;
        });
        cache(uncached);
        return read;
    }

    private void cache(List<RunRecord> runs) {
        for (RunRecord r : runs) {
            try {
                write(() -> {
                    // Under the write lock: only if the rows are still the ones read (a count suffices,
                    // a finished run's rows are only ever added to).
                    if (EvaluationRows.count(connection, r.id()) == r.points().size()) {
                        PointChunks.write(connection, r.id(), r.columns());
                    }
                    return null;
                });
            } catch (StoreException e) {
                return; // read-only or busy: the rows stay the way in
            }
        }
    }

    /**
     * Starts a run: a row with status running and a fresh id, taken under the write lock so two
     * processes starting at once get different ids.
     */
    public synchronized RunAppender beginRun(String runName, RunSpec spec, String startedAt) throws StoreException {
        RunRecord header = write(() -> {
            String id = RunRows.nextId(RunRows.ids(connection));
            RunRecord r = StudyRuns.record(id, runName, spec, startedAt);
            RunRows.insert(connection, r, Instant.now().toString());
            return r;
        });
        return new RunAppender(this, header.id());
    }

    /**
     * Takes up a stopped run again ({@code run --resume}): its row goes back to running and new
     * points join the ones it has (a point already stored is kept, not doubled). Empty when the
     * store has no run with this id, algorithm, seed and budget: the caller starts a new one.
     */
    public synchronized java.util.Optional<RunAppender> continueRun(String id, RunSpec spec) throws StoreException {
        RunRecord expected = StudyRuns.record(id, id, spec, "");
        boolean found = write(() -> RunRows.reopen(
                connection,
                id,
                expected.algorithm(),
                expected.seed(),
                expected.budget(),
                Instant.now().toString()));
        return found ? java.util.Optional.of(new RunAppender(this, id)) : java.util.Optional.empty();
    }

    /** Marks an evaluation as chosen (File ▸ Export of a selection, a point kept for later). */
    public synchronized void select(String runId, long index, String label) throws StoreException {
        write(() -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT OR IGNORE INTO selections (run_id, idx, label, created_at) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, runId);
                ps.setLong(2, index);
                ps.setString(3, label);
                ps.setString(4, Instant.now().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The selected evaluations in the order they were chosen. */
    public synchronized List<Selection> selections() throws StoreException {
        return read(() -> {
            List<Selection> list = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(
                            "SELECT run_id, idx, label FROM selections ORDER BY created_at, run_id, idx");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Selection(rs.getString(1), rs.getLong(2), rs.getString(3)));
                }
            }
            return list;
        });
    }

    /** A chosen evaluation; {@code label} groups selections (empty: the default group). */
    public record Selection(String runId, long index, String label) {}

    /** For the appender's statements, which run inside {@link #write}. */
    Connection connection() {
        return connection;
    }

    synchronized <T> T write(Tx.Work<T> work) throws StoreException {
        try {
            return Tx.write(connection, work);
        } catch (SQLException e) {
            throw new StoreException(name, "cannot be written: " + StoreFile.describe(e), e);
        }
    }

    /** A consistent read of several statements (one snapshot of the WAL). */
    private <T> T read(Tx.Work<T> work) throws StoreException {
        try {
            return Tx.read(connection, work);
        } catch (SQLException e) {
            throw new StoreException(name, "cannot be read as a study store: " + StoreFile.describe(e), e);
        }
    }

    private String definitionJson() throws StoreException {
        return read(() -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT definition FROM study WHERE id = 1");
                    ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException(name, "holds no study (the study table is empty)");
                }
                return rs.getString(1);
            }
        });
    }

    @Override
    public synchronized void close() {
        StoreFile.closeQuietly(connection);
    }
}
