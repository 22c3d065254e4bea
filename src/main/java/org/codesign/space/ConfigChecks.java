package org.codesign.space;

/** Argument checks whose messages name the offending field. */
final class ConfigChecks {
    private ConfigChecks() {}

    static void positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": must be a positive finite number, got " + value);
        }
    }
}
