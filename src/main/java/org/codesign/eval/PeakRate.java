package org.codesign.eval;

import java.nio.file.Path;
import org.codesign.cost.arch.AcceleratorDesign;
import org.codesign.cost.gpu.BoardSpec;
import org.codesign.cost.loopnest.Architecture;
import org.codesign.cost.timeloop.TimeloopArchitectures;
import org.codesign.space.EdgeGpuConfig;
import org.codesign.space.HardwareConfig;
import org.codesign.space.SpatialAcceleratorConfig;
import org.codesign.space.SystolicConfig;
import org.codesign.space.TimeloopHardwareConfig;

/**
 * The most multiply-accumulates a hardware configuration can do per second: what a whole
 * network's compute utilization is measured against (MACs ÷ (latency × peak)). The figures are
 * the cost models' own: one MAC per lane per cycle on the accelerators (the compute level of
 * {@code cost.arch.SpatialAcceleratorArchitecture}: peRows × peCols lanes; of
 * {@code SystolicArchitecture}: arrayX × arrayY × simdLanes lanes), and on the edge GPU the dense
 * peak at the GPU clock and the configuration's precision that {@code EdgeGpuCostModel} reports
 * layer utilization against ({@link BoardSpec#denseOpsPerCycle}, two operations a MAC). An imported
 * Timeloop architecture's peak is its compute level's instances (the product of the spatial
 * fan-outs above it, as {@code TimeloopReader} builds them; Timeloop's MACs do one operation a
 * cycle) at its clock ({@code global_cycle_seconds}), which needs the study's folder to read.
 */
public final class PeakRate {
    private PeakRate() {}

    /**
     * The peak of any configuration, reading an imported Timeloop architecture's files in
     * {@code studyFolder}: {@link Double#NaN} when they cannot be read or its attributes make no
     * architecture (such a point has no latency either).
     */
    public static double macsPerSecond(HardwareConfig hardware, Path studyFolder) {
        if (hardware instanceof TimeloopHardwareConfig t) {
            try {
                if (TimeloopArchitectures.build(t, studyFolder) instanceof AcceleratorDesign d) {
                    Architecture a = d.architecture();
                    return a.compute().instances() * a.clockHz();
                }
                return Double.NaN;
            } catch (IllegalArgumentException e) { // a TimeloopInputException names the file; the point shows no peak
                return Double.NaN;
            }
        }
        return macsPerSecond(hardware);
    }

    /** The peak of a configuration whose figures it holds itself (NaN for an imported Timeloop one). */
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
        // An imported Timeloop architecture keeps its compute level in YAML files beside the
        // study, which the configuration alone cannot read (see the overload with the folder).
        return Double.NaN;
    }
}
