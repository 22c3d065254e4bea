package org.codesign.eval;

import org.codesign.space.HardwareConfig;
import org.codesign.space.NetworkConfig;
import org.codesign.workload.Network;

/**
 * The evaluation of one design: its configurations, the materialized network, and its metrics.
 * Without hardware, or when the hardware cannot run the network ({@code infeasibleReason} says
 * why), the hardware metrics are NaN — never made-up numbers.
 */
public record DesignEvaluation(
        NetworkConfig networkConfig,
        HardwareConfig hardware,
        Network network,
        Metrics metrics,
        String infeasibleReason) {

    public boolean feasible() {
        return infeasibleReason == null;
    }

    public boolean hasHardwareMetrics() {
        return hardware != null && feasible();
    }
}
