package org.codesign.study.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.codesign.eval.CodesignMode;
import org.codesign.study.Json;
import org.codesign.study.RunRecord;

/** The {@code runs} table: what each run was started with and how far it got (no points). */
final class RunRows {
    private static final ObjectMapper JSON = Json.mapper();

    private RunRows() {}

    /** Inserts the run after the last one; its points go to {@link EvaluationRows}. */
    static void insert(Connection c, RunRecord r, String updatedAt) throws SQLException {
        String sql = "INSERT INTO runs (id, position, name, algorithm, mode, seed, threads, budget, settings, status,"
                + " started_at, updated_at, finished_at, elapsed_ms, hypervolume)"
                + " VALUES (?, (SELECT COALESCE(MAX(position), 0) + 1 FROM runs), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, r.id());
            ps.setString(2, r.name());
            ps.setString(3, r.algorithm());
            ps.setString(4, r.mode().label());
            ps.setLong(5, r.seed());
            ps.setInt(6, r.threads());
            ps.setLong(7, r.budget());
            ps.setString(8, json(r.settings()));
            ps.setString(9, r.status().label());
            ps.setString(10, r.startedAt());
            ps.setString(11, updatedAt);
            ps.setString(12, r.status() == RunRecord.Status.RUNNING ? null : updatedAt);
            ps.setLong(13, r.elapsedMs());
            ps.setString(14, json(r.hypervolume()));
            ps.executeUpdate();
        }
    }

    /**
     * A run as the app holds it: inserted after the last one if new, otherwise its name, status,
     * time and hypervolume history replaced (its place and start stay).
     */
    static void upsert(Connection c, RunRecord r, String at) throws SQLException {
        String sql = "UPDATE runs SET name = ?, status = ?, elapsed_ms = ?, hypervolume = ?, updated_at = ?,"
                + " finished_at = CASE WHEN ? = 'running' THEN NULL ELSE COALESCE(finished_at, ?) END WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, r.name());
            ps.setString(2, r.status().label());
            ps.setLong(3, r.elapsedMs());
            ps.setString(4, json(r.hypervolume()));
            ps.setString(5, at);
            ps.setString(6, r.status().label());
            ps.setString(7, at);
            ps.setString(8, r.id());
            if (ps.executeUpdate() == 0) {
                insert(c, r, at);
            }
        }
    }

    /** Removes a run; its evaluations, chunks and selections go with it (foreign keys cascade). */
    static void delete(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM runs WHERE id = ?")) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    /** The end of a run: its status, time and hypervolume history. */
    static void finish(Connection c, String id, RunRecord.Status status, long elapsedMs, List<double[]> hv, String at)
            throws SQLException {
        String sql = "UPDATE runs SET status = ?, elapsed_ms = ?, hypervolume = ?, updated_at = ?, finished_at = ?"
                + " WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, status.label());
            ps.setLong(2, elapsedMs);
            ps.setString(3, json(hv));
            ps.setString(4, at);
            ps.setString(5, status == RunRecord.Status.RUNNING ? null : at);
            ps.setString(6, id);
            ps.executeUpdate();
        }
    }

    /**
     * A stopped run taken up again by {@code run --resume}: back to running, if a run with this id
     * was started with the same algorithm label, seed and budget.
     *
     * @return whether such a run was there
     */
    static boolean reopen(Connection c, String id, String algorithm, long seed, long budget, String at)
            throws SQLException {
        String sql = "UPDATE runs SET status = 'running', updated_at = ?, finished_at = NULL"
                + " WHERE id = ? AND algorithm = ? AND seed = ? AND budget = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, at);
            ps.setString(2, id);
            ps.setString(3, algorithm);
            ps.setLong(4, seed);
            ps.setLong(5, budget);
            return ps.executeUpdate() == 1;
        }
    }

    /** The heartbeat of a running run: readers see when it last wrote. */
    static void touch(Connection c, String id, String at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET updated_at = ? WHERE id = ?")) {
            ps.setString(1, at);
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }

    static Set<String> ids(Connection c) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM runs")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** A fresh id: run-N, N from the number of runs + 1 up (as StudyRuns.nextId). */
    static String nextId(Set<String> taken) {
        int n = taken.size() + 1;
        while (taken.contains("run-" + n)) {
            n++;
        }
        return "run-" + n;
    }

    /** Every run in order, without points. */
    static List<RunRecord> readAll(Connection c, String file) throws SQLException, StoreException {
        List<RunRecord> runs = new ArrayList<>();
        String sql = "SELECT id, name, algorithm, mode, seed, threads, budget, settings, status, started_at,"
                + " elapsed_ms, hypervolume FROM runs ORDER BY position";
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String id = rs.getString(1);
                try {
                    runs.add(new RunRecord(
                            id,
                            rs.getString(2),
                            rs.getString(3),
                            CodesignMode.parse(rs.getString(4)),
                            rs.getLong(5),
                            rs.getInt(6),
                            rs.getLong(7),
                            settings(rs.getString(8)),
                            RunRecord.Status.parse(rs.getString(9)),
                            rs.getString(10),
                            rs.getLong(11),
                            hypervolume(rs.getString(12)),
                            List.of()));
                } catch (IllegalArgumentException | JsonProcessingException e) {
                    throw new StoreException(file, "runs (" + id + "): " + e.getMessage(), e);
                }
            }
        }
        return runs;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The types RunRecord allows: whole numbers as Long, others as Double, strings, booleans. */
    private static Map<String, Object> settings(String text) throws JsonProcessingException {
        Map<String, Object> map = new LinkedHashMap<>();
        JsonNode node = JSON.readTree(text);
        if (!node.isObject()) {
            throw new IllegalArgumentException("settings: expected a JSON object");
        }
        for (var e : node.properties()) {
            JsonNode v = e.getValue();
            Object value = v.isTextual()
                    ? v.textValue()
                    : v.isBoolean()
                            ? v.booleanValue()
                            : v.isIntegralNumber() ? (Object) v.longValue() : v.doubleValue();
            map.put(e.getKey(), value);
        }
        return map;
    }

    private static List<double[]> hypervolume(String text) throws JsonProcessingException {
        List<double[]> hv = new ArrayList<>();
        for (JsonNode pair : JSON.readTree(text)) {
            hv.add(new double[] {pair.get(0).doubleValue(), pair.get(1).doubleValue()});
        }
        return hv;
    }
}
