package org.codesign.eval;

/**
 * How every CSV export names and writes a metric (issue 14, item 6): the raw SI value, the unit
 * in the column name ({@code latency_s}, {@code energy_J}, {@code area_m2}). The model and the
 * window keep {@link Metric#unit()} (ms, mJ, mm²); only files convert, and only here.
 */
public final class SiColumns {
    private SiColumns() {}

    /** The SI column of a metric; accuracy stays a percentage, counts have no unit. */
    public static String name(Metric m) {
        return switch (m) {
            case ACCURACY -> "accuracy_pct";
            case LATENCY -> "latency_s";
            case POWER -> "power_W";
            case ENERGY -> "energy_J";
            case EDP -> "edp_J_s";
            case AREA -> "area_m2";
            case MACS -> "macs";
            case PARAMS -> "params";
            case ACCURACY_LOW -> "accuracy_low_pct";
            case ACCURACY_HIGH -> "accuracy_high_pct";
            case EXTRAPOLATED -> "extrapolated";
            case ACCURACY_MODEL_VERSION -> "accuracy_model_version";
        };
    }

    /** The factor from the model's unit ({@link Metric#unit()}) to the column's SI unit. */
    public static double toSi(Metric m) {
        return switch (m) {
            case LATENCY, ENERGY -> 1e-3; // ms → s, mJ → J
            case EDP, AREA -> 1e-6; // mJ·ms → J·s, mm² → m²
            case ACCURACY, POWER, MACS, PARAMS, ACCURACY_LOW, ACCURACY_HIGH, EXTRAPOLATED, ACCURACY_MODEL_VERSION ->
                1.0;
        };
    }

    /**
     * A cell of the column: empty for a metric not computed (NaN), a whole number for the counts
     * and flags (so MACs read 4089184256, not 4.089184256E9), else the value in SI units.
     */
    public static Object cell(Metric m, double modelValue) {
        if (Double.isNaN(modelValue)) {
            return "";
        }
        return switch (m) {
            case MACS, PARAMS, EXTRAPOLATED, ACCURACY_MODEL_VERSION -> (long) modelValue;
            default -> modelValue * toSi(m);
        };
    }
}
