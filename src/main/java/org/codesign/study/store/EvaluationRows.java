package org.codesign.study.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.codesign.eval.Metric;
import org.codesign.study.EvaluatedPoint;

/** The {@code evaluations} table: one row per evaluated point of a run. */
final class EvaluationRows {
    private static final Metric[] METRICS = Metric.values();

    private static final String INSERT = "INSERT OR IGNORE INTO evaluations (run_id, idx, generation, genome, "
            + columns() + ", violation, infeasible) VALUES (?, ?, ?, ?, " + "?, ".repeat(METRICS.length) + "?, ?)";

    private EvaluationRows() {}

    /** The column of a metric: its key with the unit the models produce it in (Metric.unit()). */
    static String column(Metric m) {
        return switch (m) {
            case ACCURACY -> "accuracy_pct";
            case LATENCY -> "latency_ms";
            case POWER -> "power_w";
            case ENERGY -> "energy_mj";
            case EDP -> "edp_mj_ms";
            case AREA -> "area_mm2";
            case MACS -> "macs";
            case PARAMS -> "params";
        };
    }

    private static String columns() {
        List<String> names = new ArrayList<>();
        for (Metric m : METRICS) {
            names.add(column(m));
        }
        return String.join(", ", names);
    }

    /** Inserts the points; ones already stored (same run and index) are skipped. */
    static int insert(Connection c, String runId, Collection<EvaluatedPoint> points) throws SQLException {
        int added = 0;
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (EvaluatedPoint p : points) {
                int k = 1;
                ps.setString(k++, runId);
                ps.setLong(k++, p.index());
                ps.setInt(k++, p.generation());
                ps.setString(k++, genome(p.genome()));
                for (Metric m : METRICS) {
                    Double v = p.metrics().get(m);
                    if (v == null) {
                        ps.setNull(k++, Types.REAL);
                    } else {
                        ps.setDouble(k++, v);
                    }
                }
                ps.setDouble(k++, p.violation());
                ps.setString(k, p.infeasibleReason());
                ps.addBatch();
            }
            for (int n : ps.executeBatch()) {
                added += Math.max(n, 0);
            }
        }
        return added;
    }

    /** A run's points in index order; {@code genomeLength} guards against a store of another study. */
    static List<EvaluatedPoint> read(Connection c, String file, String runId, int genomeLength)
            throws SQLException, StoreException {
        List<EvaluatedPoint> points = new ArrayList<>();
        String sql = "SELECT idx, generation, genome, " + columns()
                + ", violation, infeasible FROM evaluations WHERE run_id = ? ORDER BY idx";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    points.add(point(rs, file, runId, genomeLength));
                }
            }
        }
        return points;
    }

    private static EvaluatedPoint point(ResultSet rs, String file, String runId, int genomeLength)
            throws SQLException, StoreException {
        long idx = rs.getLong(1);
        String where = "evaluations (run " + runId + ", index " + idx + ")";
        int[] genome = parseGenome(rs.getString(3), file, where);
        if (genome.length != genomeLength) {
            throw new StoreException(
                    file,
                    where + ": expected " + genomeLength + " genes (the spaces' parameters), found " + genome.length);
        }
        Map<Metric, Double> metrics = new EnumMap<>(Metric.class);
        for (int i = 0; i < METRICS.length; i++) {
            double v = rs.getDouble(4 + i);
            if (!rs.wasNull()) {
                metrics.put(METRICS[i], v);
            }
        }
        int k = 4 + METRICS.length;
        try {
            return new EvaluatedPoint(idx, rs.getInt(2), genome, metrics, rs.getDouble(k), rs.getString(k + 1));
        } catch (IllegalArgumentException e) {
            throw new StoreException(file, where + ": " + e.getMessage(), e);
        }
    }

    /** "[0,3,1]": JSON, so SQLite's json_each() can take a genome apart in queries. */
    static String genome(int[] genes) {
        StringBuilder b = new StringBuilder(genes.length * 3 + 2).append('[');
        for (int i = 0; i < genes.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(genes[i]);
        }
        return b.append(']').toString();
    }

    static int[] parseGenome(String text, String file, String where) throws StoreException {
        String t = text == null ? "" : text.strip();
        if (!t.startsWith("[") || !t.endsWith("]")) {
            throw new StoreException(file, where + ": genome: expected a JSON array of integers, found " + text);
        }
        String body = t.substring(1, t.length() - 1).strip();
        if (body.isEmpty()) {
            return new int[0];
        }
        String[] parts = body.split(",");
        int[] genes = new int[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                genes[i] = Integer.parseInt(parts[i].strip());
            }
        } catch (NumberFormatException e) {
            throw new StoreException(file, where + ": genome: expected a JSON array of integers, found " + text, e);
        }
        return genes;
    }
}
