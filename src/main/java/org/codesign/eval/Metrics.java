package org.codesign.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.codesign.cost.LayerCost;

/**
 * Everything the model says about one (network, hardware) point. All values are simulated.
 * {@code areaMm2} is NaN where the hardware has no modelled area (edge GPUs).
 */
public record Metrics(
        double accuracy,
        double latencyMs,
        double powerW,
        double energyMJ,
        double areaMm2,
        long macs,
        long params,
        List<LayerCost> layers) {

    public Metrics {
        layers = List.copyOf(layers);
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
