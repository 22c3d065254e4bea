package org.codesign.search;

/**
 * Which row of an {@link EvaluationLog} holds a genome: an open-addressing hash table (linear
 * probing) of row numbers that compares genes against the log, so it costs one int slot per
 * table entry (at most 4/3 slots per row, doubling as it grows) and no object per genome.
 */
final class GenomeIndex {
    private static final int EMPTY = 0;
    /** Table bytes per entry at worst: just after doubling, a 3/4-full table is 3/8 full. */
    static final double MAX_BYTES_PER_ENTRY = Integer.BYTES * 8 / 3.0;

    private final EvaluationLog log;
    /** Row + 1 per slot; 0 is an empty slot. */
    private int[] slots = new int[64];

    private int count;

    GenomeIndex(EvaluationLog log) {
        this.log = log;
    }

    int size() {
        return count;
    }

    /** The row holding this genome, or -1. */
    int find(int[] genome) {
        int mask = slots.length - 1;
        for (int i = hash(genome) & mask; ; i = (i + 1) & mask) {
            int s = slots[i];
            if (s == EMPTY) {
                return -1;
            }
            if (log.genesEqual(s - 1, genome)) {
                return s - 1;
            }
        }
    }

    /** Makes {@code row} the row of its genome (replacing an earlier row with the same genes). */
    void put(int row) {
        if (4L * (count + 1) > 3L * slots.length) { // at most 3/4 full
            resize();
        }
        int[] genome = log.genome(row);
        int mask = slots.length - 1;
        for (int i = hash(genome) & mask; ; i = (i + 1) & mask) {
            int s = slots[i];
            if (s == EMPTY) {
                slots[i] = row + 1;
                count++;
                return;
            }
            if (log.genesEqual(s - 1, genome)) {
                slots[i] = row + 1;
                return;
            }
        }
    }

    private void resize() {
        int[] old = slots;
        slots = new int[old.length * 2];
        int mask = slots.length - 1;
        for (int s : old) {
            if (s != EMPTY) {
                int i = hash(log.genome(s - 1)) & mask;
                while (slots[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                slots[i] = s;
            }
        }
    }

    /** {@link java.util.Arrays#hashCode(int[])} with its bits spread, since the table uses the low bits. */
    static int hash(int[] genome) {
        int h = java.util.Arrays.hashCode(genome);
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
