package org.codesign.study;

import java.util.Arrays;

/**
 * The evaluation indices of one block of {@link RunPoints}. A run numbers its evaluations 0, 1,
 * 2, … in the order they are recorded, so a block's indices usually count up by one from its first
 * row: then they are kept as that first index alone, not 8 bytes a row (issue 12, bounded memory).
 * The first row that breaks the count makes a real column holding the indices so far.
 *
 * <p>Used as {@link BlockMetrics} is: the builder's current block ({@link #set}, {@link #resize})
 * and frozen copies that tables read, sharing the column with the block that goes on filling.
 */
final class BlockIndex {
    /** Null while row r's index is {@code first + r}. */
    private long[] column;

    private long first;

    private BlockIndex(long[] column, long first) {
        this.column = column;
        this.first = first;
    }

    static BlockIndex empty() {
        return new BlockIndex(null, 0);
    }

    /** A whole column of {@code rows} rows (a stored chunk), taken without copying unless it counts up. */
    static BlockIndex ofColumn(long[] whole, int rows) {
        for (int r = 1; r < rows; r++) {
            if (whole[r] != whole[0] + r) {
                return new BlockIndex(whole, 0);
            }
        }
        return new BlockIndex(null, rows == 0 ? 0 : whole[0]);
    }

    long get(int row) {
        return column == null ? first + row : column[row];
    }

    /** Sets the index of {@code row}, the block's newest row; {@code capacity} is a new column's length. */
    void set(int row, long index, int capacity) {
        if (column == null) {
            if (row == 0) {
                first = index;
                return;
            }
            if (index == first + row) {
                return;
            }
            column = new long[capacity];
            for (int r = 0; r < row; r++) {
                column[r] = first + r;
            }
        }
        column[row] = index;
    }

    void resize(int n) {
        if (column != null) {
            column = Arrays.copyOf(column, n);
        }
    }

    BlockIndex frozen() {
        return new BlockIndex(column, first);
    }

    /** Whether the block keeps its first index alone (its indices count up by one). */
    boolean counting() {
        return column == null;
    }
}
