package org.codesign.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.codesign.cost.LayerCost;

/**
 * Everything the model says about one (network, hardware) point. All values are simulated.
 * {@code areaMm2} is NaN where the hardware has no modelled area (edge GPUs); the accuracy's
 * interval and {@code extrapolated} (1 or 0) are NaN where the accuracy is declared, not predicted.
 */
public record Metrics(
        double accuracy,
        double latencyMs,
        double powerW,
        double energyMJ,
        double areaMm2,
        long macs,
        long params,
        List<LayerCost> layers,
        double accuracyLow,
        double accuracyHigh,
        double extrapolated,
        double accuracyModelVersion) {

    public Metrics {
        layers = List.copyOf(layers);
    }

    /** Metrics without an accuracy interval. */
    public Metrics(
            double accuracy,
            double latencyMs,
            double powerW,
            double energyMJ,
            double areaMm2,
            long macs,
            long params,
            List<LayerCost> layers) {
        this(
                accuracy,
                latencyMs,
                powerW,
                energyMJ,
                areaMm2,
                macs,
                params,
                layers,
                Double.NaN,
                Double.NaN,
                Double.NaN,
                Double.NaN);
    }

    /** Energy-delay product in mJ·ms. */
    public double edp() {
        return energyMJ * latencyMs;
    }

    public double get(Metric metric) {
        return switch (metric) {
            case ACCURACY -> accuracy;
            case LATENCY -> latencyMs;
            case POWER -> powerW;
            case ENERGY -> energyMJ;
            case EDP -> edp();
            case AREA -> areaMm2;
            case MACS -> macs;
            case PARAMS -> params;
            case ACCURACY_LOW -> accuracyLow;
            case ACCURACY_HIGH -> accuracyHigh;
            case EXTRAPOLATED -> extrapolated;
            case ACCURACY_MODEL_VERSION -> accuracyModelVersion;
        };
    }

    /** Every metric that has a value (area is left out where it is NaN). */
    public Map<Metric, Double> values() {
        Map<Metric, Double> map = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            double v = get(m);
            if (!Double.isNaN(v)) {
                map.put(m, v);
            }
        }
        return map;
    }
}
