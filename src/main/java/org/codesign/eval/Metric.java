package org.codesign.eval;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The metrics of a (network, hardware) point; {@link #key()} is the name used in files and the CLI. */
public enum Metric {
    ACCURACY("accuracy", "top-1 accuracy", "%", true),
    LATENCY("latencyMs", "latency", "ms", false),
    POWER("powerW", "power", "W", false),
    ENERGY("energyMJ", "energy per inference", "mJ", false),
    EDP("edp", "energy-delay product", "mJ·ms", false),
    AREA("areaMm2", "area", "mm²", false),
    MACS("macs", "multiply-accumulates", "", false),
    PARAMS("params", "parameters", "", false),
    /** The accuracy surrogate's interval and trust flag (issue 16); 1 = outside its calibration data. */
    ACCURACY_LOW("accuracyLow", "top-1 accuracy, lower bound", "%", true),
    ACCURACY_HIGH("accuracyHigh", "top-1 accuracy, upper bound", "%", true),
    EXTRAPOLATED("extrapolated", "accuracy extrapolated (1 = yes)", "", false),
    /** Which accuracy model scored the point: 0 the built-in one, N the study's N-th calibration. */
    ACCURACY_MODEL_VERSION("accuracyModelVersion", "accuracy model version", "", false);

    private final String key;
    private final String label;
    private final String unit;
    private final boolean higherIsBetter;

    Metric(String key, String label, String unit, boolean higherIsBetter) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** The natural direction: accuracy up, everything else down. */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** "latency (ms)". */
    public String labelWithUnit() {
        return unit.isEmpty() ? label : label + " (" + unit + ")";
    }

    public static Metric byKey(String key) {
        for (Metric m : values()) {
            if (m.key.equals(key) || m.name().toLowerCase(Locale.ROOT).equals(key)) {
                return m;
            }
        }
        throw new IllegalArgumentException("metric: unknown metric '" + key + "' (one of "
                + Stream.of(values()).map(Metric::key).collect(Collectors.joining(", ")) + ")");
    }
}
