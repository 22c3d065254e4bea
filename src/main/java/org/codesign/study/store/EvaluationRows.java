package org.codesign.study.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.codesign.eval.Metric;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.RunPoints;

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
            case ACCURACY_LOW -> "accuracy_low_pct";
            case ACCURACY_HIGH -> "accuracy_high_pct";
            case EXTRAPOLATED -> "extrapolated";
            case ACCURACY_MODEL_VERSION -> "accuracy_model_version";
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
        return insert(c, runId, RunPoints.of(points instanceof List<EvaluatedPoint> l ? l : List.copyOf(points)));
    }

    /** Inserts the rows of the columns; ones already stored (same run and index) are skipped. */
    static int insert(Connection c, String runId, RunPoints points) throws SQLException {
        return insert(c, runId, points, 0);
    }

    /** Inserts the rows from {@code from} on (a run's new points); ones already stored are skipped. */
    static int insert(Connection c, String runId, RunPoints points, int from) throws SQLException {
        int added = 0;
        StringBuilder genome = new StringBuilder();
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (int r = from; r < points.size(); r++) {
                int k = 1;
                ps.setString(k++, runId);
                ps.setLong(k++, points.index(r));
                ps.setInt(k++, points.generation(r));
                genome.setLength(0);
                genome.append('[');
                for (int g = 0; g < points.genomeLength(r); g++) {
                    genome.append(g == 0 ? "" : ",").append(points.gene(r, g));
                }
                ps.setString(k++, genome.append(']').toString());
                for (Metric m : METRICS) {
                    double v = points.metric(m, r);
                    if (Double.isNaN(v)) {
                        ps.setNull(k++, Types.REAL);
                    } else {
                        ps.setDouble(k++, v);
                    }
                }
                ps.setDouble(k++, points.violation(r));
                ps.setString(k, points.infeasibleReason(r));
                ps.addBatch();
            }
            for (int n : ps.executeBatch()) {
                added += Math.max(n, 0);
            }
        }
        return added;
    }

    /** The highest index stored for the run, -1 for none (one step down the primary key). */
    static long maxIndex(Connection c, String runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT max(idx) FROM evaluations WHERE run_id = ?")) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next(); // an aggregate always gives one row, NULL when the run has none
                long max = rs.getLong(1);
                return rs.wasNull() ? -1 : max;
            }
        }
    }

    static long count(Connection c, String runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM evaluations WHERE run_id = ?")) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /**
     * A run's points in index order, straight into columns (one query, nothing kept per row);
     * {@code genomeLength} guards against a store of another study.
     */
    static RunPoints read(Connection c, String file, String runId, int genomeLength)
            throws SQLException, StoreException {
        RunPoints.Builder points = RunPoints.builder();
        int[] genome = new int[genomeLength];
        double[] metrics = new double[METRICS.length];
        String sql = "SELECT idx, generation, genome, " + columns()
                + ", violation, infeasible FROM evaluations WHERE run_id = ? ORDER BY idx";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long idx = rs.getLong(1);
                    byte[] text = rs.getBytes(3);
                    int genes = parseGenome(text, genome);
                    if (genes != genomeLength) {
                        // Spaces, signs or a wrong count: the general parser accepts or explains it.
                        String where = where(runId, idx);
                        int[] found = parseGenome(text == null ? null : new String(text, UTF_8), file, where);
                        if (found.length != genomeLength) {
                            throw new StoreException(
                                    file,
                                    where + ": expected " + genomeLength + " genes (the spaces' parameters), found "
                                            + found.length);
                        }
                        System.arraycopy(found, 0, genome, 0, genomeLength);
                        genes = genomeLength;
                    }
                    for (int i = 0; i < METRICS.length; i++) {
                        double v = rs.getDouble(4 + i);
                        metrics[i] = v == 0.0 && rs.wasNull() ? Double.NaN : v;
                    }
                    int k = 4 + METRICS.length;
                    try {
                        points.add(idx, rs.getInt(2), genome, genes, metrics, rs.getDouble(k), rs.getString(k + 1));
                    } catch (IllegalArgumentException e) {
                        throw new StoreException(file, where(runId, idx) + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        return points.build();
    }

    private static String where(String runId, long idx) {
        return "evaluations (run " + runId + ", index " + idx + ")";
    }

    /**
     * Reads "[0,3,1]" into {@code into}: the number of genes, or -1 when the text is not an array
     * of small non-negative integers of at most {@code into.length} genes (the slow path then
     * explains it).
     */
    static int parseGenome(byte[] text, int[] into) {
        if (text == null) {
            return -1;
        }
        int n = text.length;
        if (n < 2 || text[0] != '[' || text[n - 1] != ']') {
            return -1;
        }
        if (n == 2) {
            return 0;
        }
        int count = 0;
        int value = 0;
        int digits = 0;
        for (int i = 1; i < n; i++) {
            byte b = text[i];
            if (b >= '0' && b <= '9' && digits < 9) {
                value = value * 10 + (b - '0');
                digits++;
            } else if ((b == ',' || i == n - 1) && digits > 0 && count < into.length) {
                into[count++] = value;
                value = 0;
                digits = 0;
            } else {
                return -1;
            }
        }
        return count;
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
