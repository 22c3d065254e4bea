package org.codesign.cost;

import org.codesign.space.HardwareConfig;
import org.codesign.workload.Network;

/** Latency, energy, power and area of a network on one hardware configuration. Thread-safe. */
public interface HardwareCostModel {

    /**
     * @throws InfeasibleHardwareException when the hardware cannot run the network at all (for
     *     example a buffer too small for any mapping); its message says why
     */
    NetworkCost evaluate(Network network, HardwareConfig hardware);
}
