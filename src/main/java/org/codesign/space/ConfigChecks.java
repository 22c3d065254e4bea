package org.codesign.space;

/** Argument checks whose messages name the offending field. */
final class ConfigChecks {
    /** Ceilings far above any real design (published widths stop at 1.4, clocks at a few GHz). */
    static final double MAX_WIDTH_MULT = 10;

    static final double MAX_CLOCK_MHZ = 100_000;
    static final double MAX_IO_GBPS = 100_000;

    private ConfigChecks() {}

    static void positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": must be a positive finite number, got " + value);
        }
    }

    /** A positive value with a sanity ceiling: beyond it the models overflow to Infinity or 0 per cycle. */
    static void positiveAtMost(String field, double value, double max) {
        positive(field, value);
        if (value > max) {
            throw new IllegalArgumentException(
                    field + ": " + value + " is too large (allowed: more than 0, at most " + max + ")");
        }
    }

    /** Checked when a configuration is made, so that a file's bad resolution is named at its key. */
    static void resolution(int resolution) {
        if (resolution < NetworkConfig.MIN_RESOLUTION || resolution > NetworkConfig.MAX_RESOLUTION) {
            throw new IllegalArgumentException("resolution: must be between " + NetworkConfig.MIN_RESOLUTION + " and "
                    + NetworkConfig.MAX_RESOLUTION + " pixels, got " + resolution);
        }
    }

    /**
     * The cost models count PEs and lanes in an int ({@code Math.multiplyExact}); a product that
     * overflows is a configuration error named at {@code field}, not an arithmetic failure later.
     */
    static void productFits(String field, String product, int... factors) {
        int p = 1;
        try {
            for (int f : factors) {
                p = Math.multiplyExact(p, f);
            }
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    field + ": " + product + " is too large (allowed: a product of at most " + Integer.MAX_VALUE + ")");
        }
    }
}
