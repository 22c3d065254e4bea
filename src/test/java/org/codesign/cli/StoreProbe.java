package org.codesign.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/** Reads a store from the side, as a second process would while a run writes into it. */
final class StoreProbe implements AutoCloseable {
    /** The newest run's row. */
    record RunRow(String id, String status, Instant updatedAt, long evaluations) {}

    private final Connection c;

    StoreProbe(Path db) throws SQLException {
        c = DriverManager.getConnection("jdbc:sqlite:" + db);
    }

    int runs() throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM runs")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    int finishedRuns() throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM runs WHERE status = 'finished'")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** The last run by position, or null when there is none. */
    RunRow newest() throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT r.id, r.status, r.updated_at,"
                        + " (SELECT count(*) FROM evaluations e WHERE e.run_id = r.id)"
                        + " FROM runs r ORDER BY r.position DESC LIMIT 1");
                ResultSet rs = s.executeQuery()) {
            return rs.next()
                    ? new RunRow(rs.getString(1), rs.getString(2), Instant.parse(rs.getString(3)), rs.getLong(4))
                    : null;
        }
    }

    String integrityCheck() throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "no answer";
        }
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }
}
