package org.codesign.space;

import java.math.BigInteger;

/** Space sizes, which overflow a long for supernets (the OFA space has about 10^19 points). */
public final class Sizes {
    private Sizes() {}

    /** log10 of a positive big integer; negative infinity for zero. */
    public static double log10(BigInteger n) {
        if (n.signum() <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        int shift = Math.max(0, n.bitLength() - 60);
        return Math.log10(n.shiftRight(shift).doubleValue()) + shift * Math.log10(2);
    }

    /** "3,654" for small sizes, "2.0 × 10^19" for large ones. */
    public static String format(BigInteger n) {
        if (n.bitLength() < 40) {
            return String.format(java.util.Locale.ROOT, "%,d", n.longValue());
        }
        double log = log10(n);
        int exponent = (int) Math.floor(log);
        return String.format(java.util.Locale.ROOT, "%.1f × 10^%d", Math.pow(10, log - exponent), exponent);
    }
}
