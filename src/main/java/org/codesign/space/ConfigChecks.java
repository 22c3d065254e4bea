package org.codesign.space;

/** Argument checks whose messages name the offending field. */
final class ConfigChecks {
    private ConfigChecks() {}

    static void positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": must be a positive finite number, got " + value);
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
            throw new IllegalArgumentException(field + ": " + product + " is too large (allowed: a product of at most "
                    + Integer.MAX_VALUE + ")");
        }
    }
}
