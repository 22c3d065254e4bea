package org.codesign.ui.points;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each point sits in the {@link PointStore}, by run and index, without an object per point:
 * an open-addressing table of indices and positions per run (~24 bytes a point where a
 * {@code HashMap<PointKey, Integer>} took ~80, 1M-point studies being the case).
 */
final class PointPositions {
    private final Map<String, Table> runs = new HashMap<>();

    /** The position of a point, -1 if it is not in the store. */
    int get(String runId, long index) {
        Table t = runs.get(runId);
        return t == null ? -1 : t.get(index);
    }

    /** Records a point's position; false (and nothing changes) if the point is already there. */
    boolean putIfAbsent(String runId, long index, int position) {
        return runs.computeIfAbsent(runId, r -> new Table()).putIfAbsent(index, position);
    }

    /** Makes room for {@code more} points of a run at once (a million inserts would otherwise rehash ~17 times). */
    void reserve(String runId, int more) {
        runs.computeIfAbsent(runId, r -> new Table()).reserve(more);
    }

    void clear() {
        runs.clear();
    }

    /**
     * A run's points by index. While they arrive as 0, 1, 2, … (a run's own order) the table is
     * just their positions by index (4 bytes a point); a point out of that order turns it into
     * linear probing, where a position of -1 marks a free slot and the table grows at half full.
     */
    private static final class Table {
        /** Dense: position of index i at values[i], for i < size; keys unused. */
        private boolean dense = true;

        private long[] keys;
        private int[] values = new int[16];
        private int size;

        void reserve(int more) {
            if (dense) {
                if (size + more > values.length) {
                    values = Arrays.copyOf(values, (int) Math.min((long) size + more, Integer.MAX_VALUE - 8));
                }
                return;
            }
            long need = 2L * (size + more);
            if (need > keys.length) {
                int capacity = Integer.highestOneBit((int) Math.min(need, 1 << 30) - 1) << 1;
                rehash(capacity);
            }
        }

        int get(long key) {
            if (dense) {
                return key >= 0 && key < size ? values[(int) key] : -1;
            }
            int mask = keys.length - 1;
            for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
                if (values[i] < 0) {
                    return -1;
                }
                if (keys[i] == key) {
                    return values[i];
                }
            }
        }

        boolean putIfAbsent(long key, int value) {
            if (dense) {
                if (key >= 0 && key < size) {
                    return false;
                }
                if (key == size && size < Integer.MAX_VALUE - 8) {
                    if (size == values.length) {
                        values = Arrays.copyOf(values, size + Math.max(16, size >> 1));
                    }
                    values[size++] = value;
                    return true;
                }
                toProbing();
            }
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
                if (values[i] < 0) {
                    keys[i] = key;
                    values[i] = value;
                    size++;
                    return true;
                }
                if (keys[i] == key) {
                    return false;
                }
            }
        }

        /** A point out of order: the positions so far go into a probing table. */
        private void toProbing() {
            int[] byIndex = values;
            int n = size;
            dense = false;
            int capacity = Integer.highestOneBit(Math.max(16, 2 * (n + 1)) - 1) << 1;
            keys = new long[capacity];
            values = filled(capacity);
            size = 0;
            for (int i = 0; i < n; i++) {
                putIfAbsent(i, byIndex[i]);
            }
        }

        private void grow() {
            rehash(keys.length * 2);
        }

        private void rehash(int capacity) {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[capacity];
            values = filled(keys.length);
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldValues[i] >= 0) {
                    putIfAbsent(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int[] filled(int n) {
            int[] v = new int[n];
            Arrays.fill(v, -1);
            return v;
        }

        private static int hash(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }
}
