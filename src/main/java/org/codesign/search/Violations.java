package org.codesign.search;

/**
 * Helpers for the wiring layer to turn limits into constraint violations (0 = satisfied), relative to
 * the limit so that constraints in different units weigh alike.
 */
public final class Violations {
    private Violations() {}

    /** Violation of {@code value <= limit}. */
    public static double atMost(double value, double limit) {
        return value <= limit ? 0 : (value - limit) / scale(limit);
    }

    /** Violation of {@code value >= limit}. */
    public static double atLeast(double value, double limit) {
        return value >= limit ? 0 : (limit - value) / scale(limit);
    }

    private static double scale(double limit) {
        return Math.max(Math.abs(limit), 1e-12);
    }
}
