package org.codesign.eval;

import org.codesign.cost.gpu.BoardSpec;
import org.codesign.space.EdgeGpuConfig;
import org.codesign.space.HardwareConfig;
import org.codesign.space.SpatialAcceleratorConfig;
import org.codesign.space.SystolicConfig;

/**
 * The most multiply-accumulates a hardware configuration can do per second: what a whole
 * network's compute utilization is measured against (MACs ÷ (latency × peak)). The figures are
 * the cost models' own: one MAC per lane per cycle on the accelerators (the compute level of
 * {@code cost.arch.SpatialAcceleratorArchitecture}: peRows × peCols lanes; of
 * {@code SystolicArchitecture}: arrayX × arrayY × simdLanes lanes), and on the edge GPU the dense
 * peak at the GPU clock and the configuration's precision that {@code EdgeGpuCostModel} reports
 * layer utilization against ({@link BoardSpec#denseOpsPerCycle}, two operations a MAC). An imported
 * Timeloop architecture has none: {@link Double#NaN}.
 */
public final class PeakRate {
    private PeakRate() {}

    public static double macsPerSecond(HardwareConfig hardware) {
        if (hardware instanceof SpatialAcceleratorConfig s) {
            return (double) s.peRows() * s.peCols() * s.clockMHz() * 1e6;
        }
        if (hardware instanceof SystolicConfig s) {
            return (double) s.arrayX() * s.arrayY() * s.simdLanes() * s.clockMHz() * 1e6;
        }
        if (hardware instanceof EdgeGpuConfig g) {
            return BoardSpec.of(g.deviceSpec()).denseOpsPerCycle(g.precision()) * g.gpuFreqMHz() * 1e6 / 2;
        }
        // An imported Timeloop architecture (TimeloopHardwareConfig) keeps its compute level in
        // YAML files beside the study, which a configuration alone cannot read: no peak, so its
        // utilization is unknown (NaN) rather than made up.
        return Double.NaN;
    }
}
