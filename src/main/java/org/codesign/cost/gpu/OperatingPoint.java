package org.codesign.cost.gpu;

import org.codesign.space.EdgeGpuConfig;
import org.codesign.space.GpuPrecision;

/**
 * Everything about one DVFS setting and precision that does not depend on the kernel, computed
 * once: peak rates at the chosen clocks, the CPU's enqueue time per kernel and per inference, the
 * GPU's fixed time per kernel, the power drawn whatever runs, and the energy per operation and per
 * DRAM byte.
 *
 * @param basePowerW idle + CPU at its clock + memory background at the EMC clock + the GPU's clocked
 *     (activity-independent) share at its clock
 */
record OperatingPoint(
        BoardSpec board,
        GpuPrecision precision,
        double denseOpsPerS,
        double cudaOpsPerS,
        double nominalBytesPerS,
        double sustainedBytesPerS,
        double l2BytesPerS,
        double launchS,
        double kernelFixedS,
        double inferenceS,
        double basePowerW,
        double denseJoulesPerOp,
        double cudaJoulesPerOp,
        double joulesPerByte,
        String launchLabel) {

    static OperatingPoint of(EdgeGpuConfig setting, GpuCalibration cal) {
        BoardSpec b = BoardSpec.of(setting.deviceSpec());
        GpuPrecision precision = setting.precision();
        double gpu = setting.gpuFreqMHz();
        double cpu = setting.cpuFreqMHz();
        double emc = setting.emcFreqMHz();
        double dense = b.denseOpsPerCycle(precision) * gpu * 1e6;
        double cuda = b.cudaOpsPerCycle(precision) * gpu * 1e6;
        double nominal = b.bandwidthGBs(emc) * 1e9;

        double gpuRelative = b.gpuVoltage().relativeDynamicPower(gpu, b.maxGpuMHz());
        double cpuRelative = b.cpuVoltage().relativeDynamicPower(cpu, b.maxCpuMHz());
        double a0 = cal.gpuClockedActivity();
        double base = b.idleW()
                + b.cpuMaxW() * cpuRelative
                + b.emcBackgroundMaxW() * emc / b.maxEmcMHz()
                + a0 * b.gpuMaxW() * gpuRelative;
        // Energy per operation follows V²; at full use of a unit at clock f, ops × J/op per second adds
        // up to (1 − a0) · gpuMaxW · (f/fmax)(V/Vmax)², the activity-dependent share.
        double v = b.gpuVoltage().relativeVolts(gpu, b.maxGpuMHz());
        double activeW = (1 - a0) * b.gpuMaxW() * v * v;
        double denseJ = activeW / (b.denseOpsPerCycle(precision) * b.maxGpuMHz() * 1e6);
        double cudaJ = activeW / (b.cudaOpsPerCycle(precision) * b.maxGpuMHz() * 1e6);
        double launch = cal.launchKcycles() * 1e3 / cpu * 1e-6;

        return new OperatingPoint(
                b,
                precision,
                dense,
                cuda,
                nominal,
                nominal * cal.memoryEfficiency(),
                cal.l2BytesPerCyclePerSm() * b.smCount() * gpu * 1e6,
                launch,
                cal.gpuKernelCycles() / gpu * 1e-6,
                cal.inferenceCpuMcycles() / cpu,
                base,
                denseJ,
                cudaJ,
                b.dramPjPerBit() * 8e-12,
                "launch-bound: the CPU takes " + NumberLabels.compact(launch * 1e6) + " µs per kernel at "
                        + NumberLabels.compact(cpu) + " MHz");
    }
}
