package org.codesign.search;

/** Argument checks whose messages start with the offending field's name. */
final class Checks {
    private Checks() {}

    static void atLeast(String field, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(field + ": must be at least " + min + ", got " + value);
        }
    }

    static void probability(String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(field + ": must be between 0 and 1, got " + value);
        }
    }

    static void positiveFinite(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": must be a positive finite number, got " + value);
        }
    }

    static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + ": must not be null");
        }
        return value;
    }

    static void finite(String field, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(field + ": element " + i + " must be finite, got " + values[i]);
            }
        }
    }
}
