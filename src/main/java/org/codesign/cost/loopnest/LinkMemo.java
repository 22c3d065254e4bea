package org.codesign.cost.loopnest;

import java.util.Arrays;

/**
 * An open-addressing map from variable-length {@code long[]} keys (compared in full, so no
 * collision can change a count) to the two results of a link analysis. Bounded: it starts over
 * when full, which only costs recomputation.
 */
final class LinkMemo {
    private static final int MAX_ENTRIES = 1 << 16;

    private long[][] keys = new long[256][];
    private int[] hashes = new int[256];
    private long[] linked = new long[256];
    private long[] groups = new long[256];
    private int size;

    /** The slot holding {@code key[0, len)}, or −1. */
    int find(long[] key, int len) {
        int h = hash(key, len);
        int mask = keys.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            long[] k = keys[i];
            if (k == null) {
                return -1;
            }
            if (hashes[i] == h && k.length == len && Arrays.equals(k, 0, len, key, 0, len)) {
                return i;
            }
        }
    }

    long linked(int slot) {
        return linked[slot];
    }

    long groups(int slot) {
        return groups[slot];
    }

    /** Stores a result for a key known to be absent. */
    void put(long[] key, int len, long linkedCount, long groupCount) {
        if (size >= MAX_ENTRIES) {
            clear();
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        insert(Arrays.copyOf(key, len), hash(key, len), linkedCount, groupCount);
    }

    private void insert(long[] key, int h, long linkedCount, long groupCount) {
        int mask = keys.length - 1;
        int i = h & mask;
        while (keys[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        hashes[i] = h;
        linked[i] = linkedCount;
        groups[i] = groupCount;
        size++;
    }

    private void grow() {
        long[][] ok = keys;
        int[] oh = hashes;
        long[] ol = linked;
        long[] og = groups;
        int n = ok.length * 2;
        keys = new long[n][];
        hashes = new int[n];
        linked = new long[n];
        groups = new long[n];
        size = 0;
        for (int i = 0; i < ok.length; i++) {
            if (ok[i] != null) {
                insert(ok[i], oh[i], ol[i], og[i]);
            }
        }
    }

    private void clear() {
        Arrays.fill(keys, null);
        size = 0;
    }

    private static int hash(long[] key, int len) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < len; i++) {
            h = (h ^ key[i]) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 29;
        }
        return (int) (h ^ (h >>> 32));
    }
}
