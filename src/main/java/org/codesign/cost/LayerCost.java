package org.codesign.cost;

/**
 * The cost of one layer: latency, energy, average power, compute utilization, and a short
 * human-readable description of how it was mapped (loop nest for accelerators, the bound
 * that limits it for GPUs).
 */
public record LayerCost(String layer, double latencyMs, double energyMJ, double utilization, String mapping) {

    public double powerW() {
        return latencyMs > 0 ? energyMJ / latencyMs : 0.0;
    }
}
