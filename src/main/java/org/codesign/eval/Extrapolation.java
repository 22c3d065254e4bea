package org.codesign.eval;

import java.util.Locale;

/**
 * How a search treats a design whose accuracy is extrapolated (outside the surrogate's
 * calibration data, {@link Metric#EXTRAPOLATED}): its accuracy objective and constraints take
 * the interval's lower bound ({@code penalise}, the default: the search gains nothing by leaving
 * the data), the design is infeasible ({@code forbid}), or the prediction is used as is
 * ({@code allow}).
 */
public enum Extrapolation {
    PENALISE,
    FORBID,
    ALLOW;

    public static final Extrapolation DEFAULT = PENALISE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Extrapolation parse(String key) {
        for (Extrapolation e : values()) {
            if (e.key().equals(key)) {
                return e;
            }
        }
        throw new IllegalArgumentException(
                "extrapolation: unknown treatment '" + key + "' (penalise, forbid or allow)");
    }

    /** The reason an infeasible design carries under {@code forbid}. */
    public static final String FORBIDDEN = "accuracy: extrapolated beyond the surrogate's calibration data";

    /** The value of {@code metric} the search sees for a design with these metric values. */
    public double value(Metric metric, double value, double accuracyLow, double extrapolated) {
        boolean outside = extrapolated == 1;
        if (this == PENALISE && outside && metric == Metric.ACCURACY && !Double.isNaN(accuracyLow)) {
            return accuracyLow;
        }
        return value;
    }

    /** Whether the design is infeasible under this treatment. */
    public boolean forbids(double extrapolated) {
        return this == FORBID && extrapolated == 1;
    }
}
