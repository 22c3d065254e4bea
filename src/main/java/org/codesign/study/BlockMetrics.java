package org.codesign.study;

import java.util.Arrays;
import org.codesign.eval.Metric;

/**
 * The double columns of one block of {@link RunPoints}: the metrics by ordinal, then the
 * violation at {@link #VIOLATION}. A column whose rows in
 * the block all hold the same value (bit for bit; NaN when no row has the metric) keeps that value
 * once instead of a column: the accuracy model's version, or a metric a run never computes, takes
 * no 8 bytes a row (issue 12, bounded memory). While a block fills, a column stays one value until
 * the first row that differs, and then becomes a real column holding the value so far.
 *
 * <p>Used two ways: the builder's current block ({@link #set}, {@link #resize}) and a frozen copy
 * a table reads ({@link #frozen()}). Only the row being added is ever written, so a frozen copy
 * shares its columns with the block that goes on filling.
 */
final class BlockMetrics {
    /** The slot of the constraint violation, after the metrics. */
    static final int VIOLATION = Metric.values().length;

    private static final int COUNT = VIOLATION + 1;

    /** Null where the block's rows so far all hold {@code constants[m]}. */
    private final double[][] columns;

    private final double[] constants;

    private BlockMetrics(double[][] columns, double[] constants) {
        this.columns = columns;
        this.constants = constants;
    }

    /** An empty block's metrics: every metric absent. */
    static BlockMetrics empty() {
        return new BlockMetrics(new double[COUNT][], nanRow());
    }

    /**
     * Whole metric columns of {@code rows} rows (a stored chunk; null: no row has the metric) and
     * the violation, taken without copying; a column of one value is kept as that value.
     */
    static BlockMetrics ofColumns(double[][] whole, double[] violation, int rows) {
        BlockMetrics b = new BlockMetrics(Arrays.copyOf(whole, COUNT), nanRow());
        b.columns[VIOLATION] = violation;
        for (int m = 0; m < COUNT; m++) {
            double[] column = b.columns[m];
            if (column != null && rows > 0 && isConstant(column, rows)) {
                b.constants[m] = column[0];
                b.columns[m] = null;
            }
        }
        return b;
    }

    double get(int m, int row) {
        double[] column = columns[m];
        return column == null ? constants[m] : column[row];
    }

    /**
     * Sets metric {@code m} of {@code row}, the block's newest row; every row sets every metric
     * (NaN for absent). {@code capacity} is the length a new column takes.
     */
    void set(int row, int m, double value, int capacity) {
        double[] column = columns[m];
        if (column == null) {
            if (row == 0 || Double.compare(value, constants[m]) == 0) {
                constants[m] = value;
                return;
            }
            column = new double[capacity];
            Arrays.fill(column, 0, row, constants[m]);
            columns[m] = column;
        }
        column[row] = value;
    }

    /** Gives the real columns {@code n} rows (the rows past the old length read NaN). */
    void resize(int n) {
        for (int m = 0; m < COUNT; m++) {
            if (columns[m] != null) {
                int old = columns[m].length;
                columns[m] = Arrays.copyOf(columns[m], n);
                Arrays.fill(columns[m], Math.min(old, n), n, Double.NaN);
            }
        }
    }

    /** The block as it stands, for a table: a column made or a value set later is not its. */
    BlockMetrics frozen() {
        return new BlockMetrics(columns.clone(), constants.clone());
    }

    /** How many columns (metrics and the violation) are kept as one value. */
    int constantCount() {
        int n = 0;
        for (double[] column : columns) {
            n += column == null ? 1 : 0;
        }
        return n;
    }

    /** A row of every metric absent (NaN), by metric ordinal. */
    static double[] nanRow() {
        double[] row = new double[COUNT];
        Arrays.fill(row, Double.NaN);
        return row;
    }

    private static boolean isConstant(double[] column, int rows) {
        for (int r = 1; r < rows; r++) {
            if (Double.compare(column[r], column[0]) != 0) {
                return false;
            }
        }
        return true;
    }
}
