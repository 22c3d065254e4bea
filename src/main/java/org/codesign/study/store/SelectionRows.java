package org.codesign.study.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.codesign.study.PointRef;

/**
 * The study's saved selection in the {@code selections} table: the rows of the default group
 * (label {@code ''}), which File ▸ Save replaces and opening the study reads back. Groups with
 * other labels ({@link StudyStore#select}) are left alone.
 */
final class SelectionRows {
    private SelectionRows() {}

    /** Replaces the default group with {@code selection}, inside the caller's write transaction. */
    static void replace(Connection c, List<PointRef> selection) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM selections WHERE label = ''");
        }
        String now = Instant.now().toString();
        try (PreparedStatement ps = c.prepareStatement(
                // a point the store does not hold is skipped: its foreign key would fail the whole save
                "INSERT OR IGNORE INTO selections (run_id, idx, label, created_at) SELECT ?, ?, '', ?"
                        + " WHERE EXISTS (SELECT 1 FROM evaluations WHERE run_id = ? AND idx = ?)")) {
            for (PointRef p : selection) {
                ps.setString(1, p.runId());
                ps.setLong(2, p.index());
                ps.setString(3, now);
                ps.setString(4, p.runId());
                ps.setLong(5, p.index());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The default group's points of the runs in {@code runIds}, in the order they were saved. */
    static List<PointRef> read(Connection c, Set<String> runIds) throws SQLException {
        List<PointRef> list = new ArrayList<>();
        try (PreparedStatement ps =
                        c.prepareStatement("SELECT run_id, idx FROM selections WHERE label = '' ORDER BY rowid");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (runIds.contains(rs.getString(1)) && rs.getLong(2) >= 0) {
                    list.add(new PointRef(rs.getString(1), rs.getLong(2)));
                }
            }
        }
        return list;
    }
}
