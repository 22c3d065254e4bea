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

    /** Linear probing; a position of -1 marks a free slot. Grows at half full. */
    private static final class Table {
        private long[] keys = new long[16];
        private int[] values = filled(16);
        private int size;

        void reserve(int more) {
            long need = 2L * (size + more);
            if (need > keys.length) {
                int capacity = Integer.highestOneBit((int) Math.min(need, 1 << 30) - 1) << 1;
                rehash(capacity);
            }
        }

        int get(long key) {
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
