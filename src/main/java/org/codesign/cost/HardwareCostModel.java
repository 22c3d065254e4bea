package org.codesign.cost;

import org.codesign.space.HardwareConfig;
import org.codesign.workload.Network;

/** Latency, energy, power and area of a network on one hardware configuration. Thread-safe. */
public interface HardwareCostModel {

    /**
     * The network's cost, or {@link CostResult.Infeasible} when the hardware cannot run it at all
     * (for example a buffer too small for any mapping). Throws only for bad arguments or bugs.
     */
    CostResult evaluate(Network network, HardwareConfig hardware);
}
