package org.codesign.study.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The versioned schema of a study store. {@code PRAGMA user_version} holds the version; a new
 * file is 0 and is brought to {@link #CURRENT} by applying the {@link #MIGRATIONS} after it in
 * order. A file newer than this application is refused rather than guessed at.
 */
final class Schema {

    /** v1: the study document, runs, evaluations, selections (docs/STORE.md). */
    static final List<Migration> MIGRATIONS = List.of(
            new Migration(
                    1,
                    "study document, runs, evaluations, selections",
                    List.of(
                            // One row: the study without its runs, as the JSON study format writes it, so
                            // spaces, objectives, constraints, fixed sides and model settings keep one
                            // definition (StudyJson) instead of a second, relational one that could drift.
                            """
                    CREATE TABLE study (
                        id INTEGER PRIMARY KEY CHECK (id = 1),
                        name TEXT NOT NULL,
                        definition TEXT NOT NULL,
                        created_at TEXT NOT NULL,
                        updated_at TEXT NOT NULL)""",
                            """
                    CREATE TABLE runs (
                        id TEXT PRIMARY KEY,
                        position INTEGER NOT NULL UNIQUE,
                        name TEXT NOT NULL,
                        algorithm TEXT NOT NULL,
                        mode TEXT NOT NULL,
                        seed INTEGER NOT NULL,
                        threads INTEGER NOT NULL,
                        budget INTEGER NOT NULL,
                        settings TEXT NOT NULL,
                        status TEXT NOT NULL
                            CHECK (status IN ('running', 'paused', 'cancelled', 'finished', 'failed')),
                        started_at TEXT,
                        updated_at TEXT,
                        finished_at TEXT,
                        elapsed_ms INTEGER NOT NULL,
                        hypervolume TEXT NOT NULL)""",
                            // Metrics in the units the models produce (Metric.unit()), named in the column,
                            // so a JSON study round-trips bit for bit; NULL = the metric was not computed.
                            """
                    CREATE TABLE evaluations (
                        run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                        idx INTEGER NOT NULL,
                        generation INTEGER NOT NULL,
                        genome TEXT NOT NULL,
                        accuracy_pct REAL,
                        latency_ms REAL,
                        power_w REAL,
                        energy_mj REAL,
                        edp_mj_ms REAL,
                        area_mm2 REAL,
                        macs REAL,
                        params REAL,
                        violation REAL NOT NULL,
                        infeasible TEXT,
                        PRIMARY KEY (run_id, idx)) WITHOUT ROWID""",
                            """
                    CREATE TABLE selections (
                        run_id TEXT NOT NULL,
                        idx INTEGER NOT NULL,
                        label TEXT NOT NULL DEFAULT '',
                        created_at TEXT NOT NULL,
                        PRIMARY KEY (run_id, idx, label),
                        FOREIGN KEY (run_id, idx) REFERENCES evaluations(run_id, idx) ON DELETE CASCADE)""")),
            // v2: finished runs' points again as binary column chunks (PointChunks), so a
            // million-point study opens in a second; any change to a run's evaluations drops them.
            new Migration(
                    2, "point_columns: evaluations of finished runs as column chunks", List.of("""
                    CREATE TABLE point_columns (
                        run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
                        chunk INTEGER NOT NULL,
                        rows INTEGER NOT NULL,
                        data BLOB NOT NULL,
                        PRIMARY KEY (run_id, chunk))""", """
                    CREATE TRIGGER point_columns_insert AFTER INSERT ON evaluations BEGIN
                        DELETE FROM point_columns WHERE run_id = NEW.run_id;
                    END""", """
                    CREATE TRIGGER point_columns_update AFTER UPDATE ON evaluations BEGIN
                        DELETE FROM point_columns WHERE run_id IN (OLD.run_id, NEW.run_id);
                    END""", """
                    CREATE TRIGGER point_columns_delete AFTER DELETE ON evaluations BEGIN
                        DELETE FROM point_columns WHERE run_id = OLD.run_id;
                    END""")),
            // v3 (issue 16): the accuracy surrogate's interval and trust flag; NULL in older rows
            // (not computed then), which read back as absent.
            new Migration(
                    3,
                    "evaluations: accuracy interval, extrapolated flag, accuracy model version",
                    List.of(
                            "ALTER TABLE evaluations ADD COLUMN accuracy_low_pct REAL",
                            "ALTER TABLE evaluations ADD COLUMN accuracy_high_pct REAL",
                            "ALTER TABLE evaluations ADD COLUMN extrapolated REAL",
                            "ALTER TABLE evaluations ADD COLUMN accuracy_model_version REAL")));

    static final int CURRENT = MIGRATIONS.get(MIGRATIONS.size() - 1).version();

    private Schema() {}

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                var rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * Brings the store to the last of {@code steps}, one transaction per step (a failed step
     * leaves the store at the version before it).
     *
     * @throws StoreException when the store is newer than the last step
     */
    static int migrate(Connection c, String file, List<Migration> steps) throws SQLException, StoreException {
        int last = steps.get(steps.size() - 1).version();
        int at = version(c);
        if (at > last) {
            throw new StoreException(
                    file,
                    "the store was written by a newer Co-Design Explorer (schema version " + at
                            + "); this version reads schema " + last + " and older. Update the application.");
        }
        for (Migration m : steps) {
            if (m.version() <= at) {
                continue;
            }
            if (m.version() != at + 1) {
                throw new IllegalStateException("migration " + m.version() + " does not follow " + at);
            }
            int reached = Tx.write(c, () -> {
                // Re-read under the write lock: another process may have migrated meanwhile.
                int now = version(c);
                if (now >= m.version()) {
                    return now;
                }
                try (Statement s = c.createStatement()) {
                    for (String sql : m.statements()) {
                        s.executeUpdate(sql);
                    }
                    s.executeUpdate("PRAGMA user_version = " + m.version());
                }
                return m.version();
            });
            at = reached;
        }
        return at;
    }
}
