package org.codesign.study.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.codesign.eval.Metric;
import org.codesign.study.RunPoints;

/**
 * The {@code point_columns} table: a finished run's evaluations once more, as binary column
 * chunks of {@link #ROWS} points, so opening a large study reads a few blobs instead of a
 * million rows (issue 12: a 1M-point study opens in ≤ 2 s). The {@code evaluations} table stays
 * the record; triggers drop a run's chunks whenever its evaluations change, so chunks are either
 * exactly the rows or absent (then the rows are read and the chunks written again).
 *
 * <p>A chunk: format, rows, genome length, 1 (bytes a gene), a bit mask of the
 * metrics present, whether any point is infeasible; then index (long), generation (int), genes,
 * one double column per present metric, violation (double), and if any is infeasible the reason
 * strings and an int per row (-1: none). Big-endian.
 */
final class PointChunks {
    static final int ROWS = 65_536;
    private static final int FORMAT = 1;
    private static final Metric[] METRICS = Metric.values();

    private PointChunks() {}

    /**
     * Writes a run's chunks (replacing any); false, writing none, for rows not in increasing index
     * order, of uneven genome lengths or with a gene over 255 (such a run is read from its rows).
     */
    static boolean write(Connection c, String runId, RunPoints points) throws SQLException {
        delete(c, runId);
        for (int r = 0; r < points.size(); r++) {
            // The rows are read in index order; chunks must give the same order.
            if (points.genomeLength(r) != points.genomeLength(0) || r > 0 && points.index(r) <= points.index(r - 1)) {
                return false;
            }
            for (int g = 0; g < points.genomeLength(r); g++) {
                if (points.gene(r, g) < 0 || points.gene(r, g) > 255) {
                    return false; // value lists over 256 values: rare, read from the rows
                }
            }
        }
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO point_columns (run_id, chunk, rows, data) VALUES (?, ?, ?, ?)")) {
            for (int from = 0, chunk = 0; from < points.size(); from += ROWS, chunk++) {
                int to = Math.min(points.size(), from + ROWS);
                ps.setString(1, runId);
                ps.setInt(2, chunk);
                ps.setInt(3, to - from);
                ps.setBytes(4, encode(points, from, to));
                ps.executeUpdate();
            }
        }
        return true;
    }

    /** Whether the run has chunks (they are dropped whenever its rows change). */
    static boolean exist(Connection c, String runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM point_columns WHERE run_id = ? LIMIT 1")) {
            ps.setString(1, runId);
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static void delete(Connection c, String runId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM point_columns WHERE run_id = ?")) {
            ps.setString(1, runId);
            ps.executeUpdate();
        }
    }

    /**
     * The run's points from its chunks; null when it has none or they do not fit this study
     * (another genome length, an unknown format, a damaged chunk): the caller reads the rows then.
     */
    static RunPoints read(Connection c, String runId, int genomeLength) throws SQLException {
        long total;
        try (PreparedStatement ps = c.prepareStatement("SELECT sum(rows) FROM point_columns WHERE run_id = ?")) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                total = rs.next() ? rs.getLong(1) : 0;
            }
        }
        if (total <= 0 || total > Integer.MAX_VALUE / Math.max(1, genomeLength)) {
            return null;
        }
        Columns all = new Columns((int) total, genomeLength);
        try (PreparedStatement ps =
                c.prepareStatement("SELECT rows, data FROM point_columns WHERE run_id = ? ORDER BY chunk")) {
            ps.setString(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!decode(ByteBuffer.wrap(rs.getBytes(2)), rs.getInt(1), all)) {
                        return null;
                    }
                }
            }
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            return null; // a damaged chunk: the rows are the record
        }
        if (all.filled != total) {
            return null;
        }
        try {
            return all.build();
        } catch (IllegalArgumentException e) {
            return null; // e.g. a negative violation: reading the rows names the evaluation
        }
    }

    /** A run's columns being filled chunk by chunk. */
    private static final class Columns {
        final int rows;
        final int width;
        final long[] index;
        final int[] generation;
        final byte[] genes;
        final double[][] metrics = new double[METRICS.length][];
        final double[] violation;
        final List<String> reasons = new ArrayList<>();
        int[] reason;
        int filled;

        Columns(int rows, int width) {
            this.rows = rows;
            this.width = width;
            index = new long[rows];
            generation = new int[rows];
            genes = new byte[rows * width];
            violation = new double[rows];
        }

        double[] metric(int m) {
            if (metrics[m] == null) {
                metrics[m] = new double[rows];
                Arrays.fill(metrics[m], 0, filled, Double.NaN);
            }
            return metrics[m];
        }

        int[] reasons() {
            if (reason == null) {
                reason = new int[rows];
                Arrays.fill(reason, 0, filled, -1);
            }
            return reason;
        }

        RunPoints build() {
            return RunPoints.builder()
                    .addColumns(
                            rows,
                            index,
                            generation,
                            width,
                            genes,
                            null,
                            metrics,
                            violation,
                            reasons.toArray(String[]::new),
                            reason)
                    .build();
        }
    }

    static byte[] encode(RunPoints p, int from, int to) {
        int rows = to - from;
        int width = rows == 0 ? 0 : p.genomeLength(from);
        int mask = 0;
        boolean infeasible = false;
        List<String> reasons = new ArrayList<>();
        for (int r = from; r < to; r++) {
            for (Metric m : METRICS) {
                if (!Double.isNaN(p.metric(m, r))) {
                    mask |= 1 << m.ordinal();
                }
            }
            String reason = p.infeasibleReason(r);
            if (reason != null) {
                infeasible = true;
                if (!reasons.contains(reason)) {
                    reasons.add(reason);
                }
            }
        }
        int metricCount = Integer.bitCount(mask);
        long size = 4L * 6 + rows * (8L + 4 + (long) width + 8L * metricCount + 8);
        List<byte[]> reasonBytes = reasons.stream().map(s -> s.getBytes(UTF_8)).toList();
        if (infeasible) {
            size += 4
                    + 4L * rows
                    + reasonBytes.stream().mapToLong(b -> 4 + b.length).sum();
        }
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(size));
        out.putInt(FORMAT).putInt(rows).putInt(width).putInt(1).putInt(mask).putInt(infeasible ? 1 : 0);
        for (int r = from; r < to; r++) {
            out.putLong(p.index(r));
        }
        for (int r = from; r < to; r++) {
            out.putInt(p.generation(r));
        }
        for (int r = from; r < to; r++) {
            for (int g = 0; g < width; g++) {
                out.put((byte) p.gene(r, g));
            }
        }
        for (Metric m : METRICS) {
            if ((mask & 1 << m.ordinal()) != 0) {
                for (int r = from; r < to; r++) {
                    out.putDouble(p.metric(m, r));
                }
            }
        }
        for (int r = from; r < to; r++) {
            out.putDouble(p.violation(r));
        }
        if (infeasible) {
            out.putInt(reasons.size());
            for (byte[] b : reasonBytes) {
                out.putInt(b.length).put(b);
            }
            for (int r = from; r < to; r++) {
                out.putInt(reasons.indexOf(p.infeasibleReason(r)));
            }
        }
        return out.array();
    }

    /** Copies a chunk into the run's columns; false when it is not of this format or genome length. */
    static boolean decode(ByteBuffer in, int expectedRows, Columns into) {
        int format = in.getInt();
        int rows = in.getInt();
        int width = in.getInt();
        int geneBytes = in.getInt();
        int mask = in.getInt();
        boolean infeasible = in.getInt() == 1;
        int at = into.filled;
        if (format != FORMAT
                || rows != expectedRows
                || width != into.width
                || geneBytes != 1
                || at + rows > into.rows) {
            return false;
        }
        in.asLongBuffer().get(into.index, at, rows);
        in.position(in.position() + 8 * rows);
        in.asIntBuffer().get(into.generation, at, rows);
        in.position(in.position() + 4 * rows);
        in.get(into.genes, at * width, rows * width);
        for (int m = 0; m < METRICS.length; m++) {
            if ((mask & 1 << m) != 0) {
                in.asDoubleBuffer().get(into.metric(m), at, rows);
                in.position(in.position() + 8 * rows);
            } else if (into.metrics[m] != null) {
                Arrays.fill(into.metrics[m], at, at + rows, Double.NaN);
            }
        }
        in.asDoubleBuffer().get(into.violation, at, rows);
        in.position(in.position() + 8 * rows);
        if (infeasible) {
            int[] global = new int[in.getInt()];
            for (int i = 0; i < global.length; i++) {
                byte[] b = new byte[in.getInt()];
                in.get(b);
                String why = new String(b, UTF_8);
                int k = into.reasons.indexOf(why);
                if (k < 0) {
                    into.reasons.add(why);
                    k = into.reasons.size() - 1;
                }
                global[i] = k;
            }
            int[] reason = into.reasons();
            in.asIntBuffer().get(reason, at, rows);
            for (int r = at; r < at + rows; r++) {
                reason[r] = reason[r] < 0 ? -1 : global[reason[r]];
            }
        } else if (into.reason != null) {
            Arrays.fill(into.reason, at, at + rows, -1);
        }
        into.filled += rows;
        return true;
    }
}
