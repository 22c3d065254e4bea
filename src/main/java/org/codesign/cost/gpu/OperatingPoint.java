package org.codesign.cost.gpu;

import org.codesign.space.EdgeGpuConfig;

/**
 * Everything about one DVFS setting that does not depend on the layer, computed once: peak rates at
 * the chosen clocks, the per-layer overhead, the power drawn whatever the layer does, and the energy
 * per FLOP and per DRAM byte.
 *
 * @param basePowerW idle + CPU at its clock + memory background at the EMC clock + the GPU's clocked
 *     (activity-independent) share at its clock
 */
record OperatingPoint(
        BoardSpec board,
        EdgeGpuConfig setting,
        double denseFlopsPerS,
        double cudaFlopsPerS,
        double nominalBytesPerS,
        double sustainedBytesPerS,
        double overheadS,
        double basePowerW,
        double denseJoulesPerFlop,
        double cudaJoulesPerFlop,
        double joulesPerByte,
        String bandwidthLabel,
        String denseLabel,
        String cudaLabel,
        String overheadLabel) {

    static OperatingPoint of(EdgeGpuConfig setting, GpuCalibration cal) {
        BoardSpec b = BoardSpec.of(setting.deviceSpec());
        double gpu = setting.gpuFreqMHz();
        double cpu = setting.cpuFreqMHz();
        double emc = setting.emcFreqMHz();
        double dense = b.denseFp16FlopsPerCycle() * gpu * 1e6;
        double cuda = b.cudaFp16FlopsPerCycle() * gpu * 1e6;
        double nominal = b.bandwidthGBs(emc) * 1e9;

        double gpuRelative = b.gpuVoltage().relativeDynamicPower(gpu, b.maxGpuMHz());
        double cpuRelative = b.cpuVoltage().relativeDynamicPower(cpu, b.maxCpuMHz());
        double a0 = cal.gpuClockedActivity();
        double base = b.idleW()
                + b.cpuMaxW() * cpuRelative
                + b.emcBackgroundMaxW() * emc / b.maxEmcMHz()
                + a0 * b.gpuMaxW() * gpuRelative;
        // Energy per operation follows V²; at full use of a unit at clock f, FLOPs × J/FLOP per second
        // adds up to (1 − a0) · gpuMaxW · (f/fmax)(V/Vmax)², the activity-dependent share.
        double v = b.gpuVoltage().relativeVolts(gpu, b.maxGpuMHz());
        double activeW = (1 - a0) * b.gpuMaxW() * v * v;
        double denseJ = activeW / (b.denseFp16FlopsPerCycle() * b.maxGpuMHz() * 1e6);
        double cudaJ = activeW / (b.cudaFp16FlopsPerCycle() * b.maxGpuMHz() * 1e6);
        double overhead = cal.overheadSeconds(b, gpu, cpu);

        String cores = b.tensorCores() > 0 ? " TFLOPS (tensor cores)" : " TFLOPS";
        return new OperatingPoint(
                b,
                setting,
                dense,
                cuda,
                nominal,
                nominal * cal.memoryEfficiency(),
                overhead,
                base,
                denseJ,
                cudaJ,
                b.dramPjPerBit() * 8e-12,
                " at " + NumberLabels.compact(nominal * 1e-9) + " GB/s",
                " of " + NumberLabels.compact(dense * 1e-12) + cores,
                " of " + NumberLabels.compact(cuda * 1e-12) + " TFLOPS (CUDA cores)",
                "overhead-bound: " + NumberLabels.compact(overhead * 1e6) + " µs per layer at CPU "
                        + NumberLabels.compact(cpu) + " MHz, GPU " + NumberLabels.compact(gpu) + " MHz");
    }
}
