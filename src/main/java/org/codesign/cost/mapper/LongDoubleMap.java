package org.codesign.cost.mapper;

import java.util.Arrays;

/** A small open-addressing map from non-zero 64-bit fingerprints to doubles (no boxing). */
final class LongDoubleMap {
    private long[] keys = new long[1024];
    private double[] values = new double[1024];
    private int size;

    /** The value for {@code key}, or NaN when absent. */
    double get(long key) {
        int mask = keys.length - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == 0) {
                return Double.NaN;
            }
            i = (i + 1) & mask;
        }
    }

    void put(long key, double value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            size++;
        }
        keys[i] = key;
        values[i] = value;
    }

    private void grow() {
        long[] ok = keys;
        double[] ov = values;
        keys = new long[ok.length * 2];
        values = new double[ok.length * 2];
        size = 0;
        for (int i = 0; i < ok.length; i++) {
            if (ok[i] != 0) {
                put(ok[i], ov[i]);
            }
        }
    }

    void clear() {
        Arrays.fill(keys, 0);
        size = 0;
    }
}
