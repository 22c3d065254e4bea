package org.codesign.search;

/**
 * The run's random generator: the SplitMix64 algorithm of {@link java.util.SplittableRandom} (same seed,
 * same numbers, so results did not change when it replaced that class), with its one word of state
 * readable and restorable, so that a checkpointed run continues with exactly the numbers it would
 * have drawn. Never split, so the increment is always the golden gamma.
 */
public final class SplitMix {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private long state;

    public SplitMix(long seed) {
        this.state = seed;
    }

    /** The generator that continues from a {@link #state()}. */
    public static SplitMix restore(long state) {
        return new SplitMix(state);
    }

    /** The whole state: the next numbers are a function of it alone. */
    public long state() {
        return state;
    }

    public long nextLong() {
        return mix64(state += GOLDEN_GAMMA);
    }

    public int nextInt() {
        return mix32(state += GOLDEN_GAMMA);
    }

    /** Uniform in [0, bound), drawn as RandomGenerator's bounded nextInt does (rejection on 31 bits). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        int r = nextInt();
        int m = bound - 1;
        if ((bound & m) == 0) {
            return r & m;
        }
        for (int u = r >>> 1; u + m - (r = u % bound) < 0; u = nextInt() >>> 1) {
            // rejected: u fell into the incomplete last block
        }
        return r;
    }

    /** Uniform in [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    public boolean nextBoolean() {
        return nextInt() < 0;
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static int mix32(long z) {
        z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
        return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
    }
}
