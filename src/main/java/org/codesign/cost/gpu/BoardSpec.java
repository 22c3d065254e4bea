package org.codesign.cost.gpu;

import java.util.Comparator;
import java.util.List;
import org.codesign.space.EdgeGpuDevice;
import org.codesign.space.GpuPrecision;

/**
 * The physical figures of a Jetson board that the edge-GPU cost model uses. The DVFS levels are
 * the board's identity and live in {@link EdgeGpuDevice}; everything here is at the board's top
 * levels and scales with the chosen clocks (compute with the GPU clock, bandwidth with the EMC
 * clock).
 *
 * <p>Sources, per figure: core counts, peak FP16 and memory from NVIDIA's module data sheets (core
 * counts and memory as summarized in docs/BACKGROUND.md, "Reference figures", Jetson table; peak
 * FP16 is not in it); power modes from nvpmodel as documented in the L4T developer guides
 * (JetsonHacks' transcription of the Xavier table; the Orin 64 GB data sheet's "maximum module
 * power up to 60 W"); DRAM energy per bit from the Accelergy figures in docs/BACKGROUND.md
 * ("Reference figures", energy per access). The power split (idle, GPU, CPU, memory background)
 * is not published per board: those are labelled <em>assumption</em> below, chosen so that the
 * sum of every component at its maximum stays inside the board's largest power mode, and (TX2)
 * so that the HW-NAS-Bench power readings are matched in magnitude.
 *
 * @param architecture the GPU generation: per-cycle rates per precision and unit
 * @param smCount streaming multiprocessors: the unit the GPU must fill with parallel work
 * @param l2KiB the GPU's L2 cache (KiB): feature maps that fit are read and written there, not in
 *     DRAM (sources per board below)
 * @param bandwidthGBs DRAM bandwidth at the top EMC level (GB/s, 10⁹ bytes)
 * @param idleW board power with nothing running (assumption)
 * @param gpuMaxW GPU dynamic power with every unit busy at the top GPU level (assumption)
 * @param cpuMaxW CPU power while the inference thread drives the GPU at the top CPU level
 *     (assumption: one busy core plus its cluster)
 * @param emcBackgroundMaxW memory controller and DRAM interface clocking at the top EMC level, on top
 *     of the per-byte access energy (assumption)
 * @param dramPjPerBit DRAM access energy per bit
 */
public record BoardSpec(
        EdgeGpuDevice device,
        GpuArchitecture architecture,
        int cudaCores,
        int tensorCores,
        int smCount,
        int cpuCores,
        int l2KiB,
        double bandwidthGBs,
        double dramGB,
        double dramPjPerBit,
        double idleW,
        double gpuMaxW,
        double cpuMaxW,
        double emcBackgroundMaxW,
        VoltageCurve gpuVoltage,
        VoltageCurve cpuVoltage,
        List<PowerMode> powerModes) {

    public BoardSpec {
        powerModes = List.copyOf(powerModes);
        if (powerModes.isEmpty()) {
            throw new IllegalArgumentException("powerModes: a board needs at least one power mode");
        }
    }

    /**
     * Jetson TX2: Pascal GP10B, 2 SMs × 128 = 256 CUDA cores, no tensor cores, FP16 as half2 at
     * twice the FP32 rate (1.33 TFLOPS at 1300.5 MHz, NVIDIA's figure); 2 Denver2 + 4 Cortex-A57
     * cores; 128-bit LPDDR4, 58.4 GB/s at 1866 MHz; 8 GB. Power modes Max-Q 7.5 W and Max-P 15 W
     * (Max-N is unbudgeted; 15 W is the envelope). L2 512 KiB (Parker GP10B, NVIDIA's TX2 module data
     * sheet and CUDA's device query on the board). Idle 1.4 W, GPU 6 W, CPU 1.2 W (assumptions; with
     * them the overhead-bound NAS-Bench-201 network draws about 4.4 W, near HW-NAS-Bench's 4.2 W).
     */
    public static final BoardSpec JETSON_TX2 = new BoardSpec(
            EdgeGpuDevice.JETSON_TX2,
            GpuArchitecture.PASCAL,
            256,
            0,
            2,
            6,
            512,
            58.4,
            8,
            8.0,
            1.4,
            6.0,
            1.2,
            0.5,
            VoltageCurve.TEGRA_TYPICAL,
            VoltageCurve.TEGRA_TYPICAL,
            List.of(new PowerMode("MAXQ", 7.5), new PowerMode("MAXP", 15)));

    /**
     * Jetson AGX Xavier (32 GB): Volta GV10B, 8 SMs × 64 = 512 CUDA cores and 64 tensor cores of
     * 64 FP16 FMAs per cycle (11.3 TFLOPS at 1377 MHz, NVIDIA: "11 TFLOPS FP16"), CUDA-core FP16
     * 2.8 TFLOPS; 8 Carmel cores; 256-bit LPDDR4x, 32 B × 2 × 2133 MHz = 136.5 GB/s (~137 GB/s);
     * 32 GB. Power modes 10, 15 and 30 W; MAXN has no budget ("n/a" in the nvpmodel table), so the
     * 30 W mode is the envelope. L2 512 KiB (Xavier SoC technical reference manual, GPU chapter). Idle 4.5 W, GPU 14 W, CPU 2.5 W (assumptions).
     */
    public static final BoardSpec JETSON_AGX_XAVIER = new BoardSpec(
            EdgeGpuDevice.JETSON_AGX_XAVIER,
            GpuArchitecture.VOLTA,
            512,
            64,
            8,
            8,
            512,
            136.5,
            32,
            8.0,
            4.5,
            14.0,
            2.5,
            1.0,
            VoltageCurve.TEGRA_TYPICAL,
            VoltageCurve.TEGRA_TYPICAL,
            List.of(new PowerMode("10W", 10), new PowerMode("15W", 15), new PowerMode("30W", 30)));

    /**
     * Jetson AGX Orin 64 GB: Ampere GA10B, 16 SMs × 128 = 2048 CUDA cores and 64 third-generation
     * tensor cores of 256 dense FP16 FMAs per cycle (42.6 TFLOPS at 1300.5 MHz, a quarter of NVIDIA's
     * "170 sparse INT8 TOPS"); CUDA-core FP16 at the FP32 rate as on other GA10x parts (5.3 TFLOPS,
     * NVIDIA's FP32 figure); 12 Cortex-A78AE cores; 256-bit LPDDR5, 32 B × 2 × 3200 MHz = 204.8 GB/s;
     * 64 GB; L2 4 MiB (NVIDIA Jetson AGX Orin technical brief). Power modes 15, 30 and 50 W, MAXN up to 60 W (module data sheet). LPDDR5 access energy
     * 6 pJ/bit (assumption: docs/BACKGROUND.md tabulates only LPDDR4, 8 pJ/bit; LPDDR5's lower I/O voltage
     * saves about a quarter). Idle 6.5 W, GPU 35 W, CPU 4 W (assumptions).
     */
    public static final BoardSpec JETSON_AGX_ORIN = new BoardSpec(
            EdgeGpuDevice.JETSON_AGX_ORIN,
            GpuArchitecture.AMPERE,
            2048,
            64,
            16,
            12,
            4096,
            204.8,
            64,
            6.0,
            6.5,
            35.0,
            4.0,
            1.5,
            VoltageCurve.TEGRA_TYPICAL,
            VoltageCurve.TEGRA_TYPICAL,
            List.of(
                    new PowerMode("15W", 15),
                    new PowerMode("30W", 30),
                    new PowerMode("50W", 50),
                    new PowerMode("MAXN", 60)));

    /**
     * Jetson Nano: Maxwell GM20B, 1 SM × 128 CUDA cores, half2 FP16 (472 GFLOPS at 921.6 MHz,
     * NVIDIA's figure); L2 256 KiB (Tegra X1 whitepaper); 4 Cortex-A57 cores; 64-bit LPDDR4, 25.6 GB/s at 1600 MHz; 4 GB. Power modes
     * 5 W and 10 W (MAXN). Idle 1.25 W, GPU 4 W, CPU 1 W (assumptions).
     */
    public static final BoardSpec JETSON_NANO = new BoardSpec(
            EdgeGpuDevice.JETSON_NANO,
            GpuArchitecture.MAXWELL,
            128,
            0,
            1,
            4,
            256,
            25.6,
            4,
            8.0,
            1.25,
            4.0,
            1.0,
            0.3,
            VoltageCurve.TEGRA_TYPICAL,
            VoltageCurve.TEGRA_TYPICAL,
            List.of(new PowerMode("5W", 5), new PowerMode("MAXN", 10)));

    public static BoardSpec of(EdgeGpuDevice device) {
        return switch (device) {
            case JETSON_TX2 -> JETSON_TX2;
            case JETSON_AGX_XAVIER -> JETSON_AGX_XAVIER;
            case JETSON_AGX_ORIN -> JETSON_AGX_ORIN;
            case JETSON_NANO -> JETSON_NANO;
        };
    }

    public double maxGpuMHz() {
        return device.maxGpuMHz();
    }

    public double maxCpuMHz() {
        return device.maxCpuMHz();
    }

    public double maxEmcMHz() {
        return device.maxEmcMHz();
    }

    /** Whether dense convolutions at this precision run on tensor cores. */
    public boolean usesTensorCores(GpuPrecision precision) {
        return architecture.tensorOpsPerCycle(tensorCores, precision) > 0;
    }

    /** Operations per cycle of the units dense convolutions use at a precision. */
    public double denseOpsPerCycle(GpuPrecision precision) {
        return usesTensorCores(precision)
                ? architecture.tensorOpsPerCycle(tensorCores, precision)
                : architecture.cudaOpsPerCycle(cudaCores, precision);
    }

    /** Operations per cycle of the CUDA cores at a precision (depthwise, grouped, FC, elementwise). */
    public double cudaOpsPerCycle(GpuPrecision precision) {
        return architecture.cudaOpsPerCycle(cudaCores, precision);
    }

    /** Dense peak at the top GPU level, in tera-operations per second. */
    public double peakTops(GpuPrecision precision) {
        return denseOpsPerCycle(precision) * maxGpuMHz() * 1e-6;
    }

    /** Dense FP16 peak at the top GPU level, in TFLOPS. */
    public double peakFp16Tflops() {
        return peakTops(GpuPrecision.FP16);
    }

    /** CUDA-core FP16 peak at the top GPU level, in TFLOPS. */
    public double cudaFp16Tflops() {
        return cudaOpsPerCycle(GpuPrecision.FP16) * maxGpuMHz() * 1e-6;
    }

    /** DRAM bandwidth at an EMC level: proportional to the EMC clock (GB/s). */
    public double bandwidthGBs(double emcMHz) {
        return bandwidthGBs * emcMHz / maxEmcMHz();
    }

    /** The largest published power budget: the envelope the model's power must stay inside. */
    public PowerMode maxPowerMode() {
        return powerModes.stream()
                .max(Comparator.comparingDouble(PowerMode::budgetW))
                .orElseThrow();
    }
}
