package org.codesign.cost.loopnest;

import java.util.Locale;

/**
 * The problem dimensions of a (grouped) convolution in Timeloop's terms: N batch, G groups,
 * C input channels per group, M output channels per group, P×Q output rows×columns, R×S filter
 * rows×columns. The ordinal is the index used in the analysis' primitive arrays.
 */
public enum Dim {
    N,
    G,
    C,
    M,
    P,
    Q,
    R,
    S;

    public static final int COUNT = 8;
    private static final Dim[] VALUES = values();

    public static Dim of(int index) {
        return VALUES[index];
    }

    /** Parses a dimension letter (case-insensitive); the message names {@code field}. */
    public static Dim parse(String field, String letter) {
        if (letter != null) {
            for (Dim d : VALUES) {
                if (d.name().equalsIgnoreCase(letter.trim())) {
                    return d;
                }
            }
        }
        throw new IllegalArgumentException(
                field + ": unknown dimension '" + letter + "' (one of N, G, C, M, P, Q, R, S)");
    }

    public String letter() {
        return name().toUpperCase(Locale.ROOT);
    }
}
