package org.codesign.cost;

import java.util.List;

/**
 * The cost of a whole network: latency per inference (ms), energy per inference (mJ), average
 * power (W), chip area (mm², NaN where the model has none, such as a Jetson board) and the
 * per-layer breakdown. The feasible {@link CostResult}.
 */
public record NetworkCost(double latencyMs, double energyMJ, double powerW, double areaMm2, List<LayerCost> layers)
        implements CostResult {

    public NetworkCost {
        layers = List.copyOf(layers);
    }
}
