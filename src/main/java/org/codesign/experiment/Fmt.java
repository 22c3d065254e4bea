package org.codesign.experiment;

import java.util.Locale;

/** Number formatting for reports (always with a dot). */
final class Fmt {
    private Fmt() {}

    static String f(double v, int digits) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%." + digits + "f", v);
    }

    /** 0.123 → "12.3 %". */
    static String pct(double fraction, int digits) {
        return Double.isNaN(fraction) ? "–" : f(100 * fraction, digits) + " %";
    }

    /** 1.73 → "1.73×". */
    static String times(double ratio, int digits) {
        return Double.isNaN(ratio) ? "–" : f(ratio, digits) + "×";
    }

    static String seconds(long millis) {
        return f(millis / 1000.0, 1) + " s";
    }
}
