package org.codesign.cost.gpu;

import org.codesign.space.EdgeGpuDevice;

/**
 * Every fitted or assumed coefficient of the edge-GPU model, in one place.
 *
 * <p>{@link #DEFAULT}'s first five latency coefficients are fitted to the torch2trt measurements of
 * eight networks on a Jetson AGX Xavier at its top clocks (TensorRT FP16, batch 1, 224×224; data
 * file {@code ../shared/data/jetson/agx_xavier_torch2trt.csv}, outside the repository, copied to
 * {@code src/test/resources/shared-data/jetson/}) and {@code tx2OverheadUs} to HW-NAS-Bench's
 * NAS-Bench-201 network on a TX2 (5.81 ms; the same folder's README.md, and
 * {@code JetsonReference} in the test tree), by the routine in the test tree
 * ({@code org.codesign.cost.gpu.CalibrationFit}, run its {@code main} to reproduce them). The
 * others are assumptions no published figure pins down; they are stated with their reasons.
 *
 * @param denseEfficiency fraction of the dense (tensor-core) peak a large, well-shaped convolution
 *     reaches (fitted)
 * @param fillOutputsPerSm output elements per streaming multiprocessor at which a layer fills half
 *     the GPU: small feature maps and few channels leave SMs idle (fitted)
 * @param outputChannelTile output channels per thread-block tile of the convolution kernels: a layer
 *     with fewer (or not a multiple) leaves part of each tile idle, as DenseNet's 32-channel and
 *     SqueezeNet's 16-channel layers do (fitted among the tile widths TensorRT kernels use: 32, 64,
 *     128)
 * @param memoryEfficiency fraction of the DRAM peak that kernels sustain (fitted)
 * @param xavierOverheadUs fixed cost per layer at the Xavier's top clocks: kernel launch and
 *     TensorRT enqueue on the CPU, ramp-up and tail on the GPU, and the small unmodelled kernels
 *     (pooling, additions, concatenations) that ride along with each layer (fitted). The AGX Orin
 *     uses the same cycle counts (a CPU at least as fast per cycle and the same software stack).
 * @param tx2OverheadUs the same at the TX2's top clocks (fitted on HW-NAS-Bench's tiny network); the
 *     Nano, with the same Cortex-A57 cores, uses the same cycle counts
 * @param depthwiseEfficiency fraction of the CUDA-core FP16 peak a filled depthwise convolution
 *     reaches (assumption: depthwise kernels cannot use tensor cores and do little work per byte, so
 *     they run far below peak; with this value a 3×3 depthwise layer on a large map is memory-bound
 *     at the top EMC level and a 7×7 one compute-bound)
 * @param gemvEfficiency fraction of the CUDA-core FP16 peak that batch-1 fully connected and
 *     squeeze-and-excite layers (matrix-vector products) reach (assumption; they are memory- or
 *     overhead-bound at any plausible value)
 * @param cpuShareOfOverhead the part of the per-layer overhead spent on the CPU (scales with the CPU
 *     clock); the rest is spent on the GPU (scales with the GPU clock). Assumption: launch and
 *     enqueue dominate on Jetson's CPUs.
 * @param gpuClockedActivity the GPU's dynamic power when clocked but idle or stalled, as a fraction
 *     of its full-load power at the same clock (assumption: clock tree and schedulers keep running)
 */
public record GpuCalibration(
        double denseEfficiency,
        double fillOutputsPerSm,
        int outputChannelTile,
        double memoryEfficiency,
        double xavierOverheadUs,
        double tx2OverheadUs,
        double depthwiseEfficiency,
        double gemvEfficiency,
        double cpuShareOfOverhead,
        double gpuClockedActivity) {

    public static final GpuCalibration DEFAULT =
            new GpuCalibration(0.708, 6210, 64, 0.631, 28.2, 92.1, 0.25, 0.25, 0.7, 0.2);

    public GpuCalibration {
        fraction("denseEfficiency", denseEfficiency);
        positive("fillOutputsPerSm", fillOutputsPerSm);
        if (outputChannelTile <= 0) {
            throw new IllegalArgumentException("outputChannelTile: must be positive, got " + outputChannelTile);
        }
        fraction("memoryEfficiency", memoryEfficiency);
        positive("xavierOverheadUs", xavierOverheadUs);
        positive("tx2OverheadUs", tx2OverheadUs);
        fraction("depthwiseEfficiency", depthwiseEfficiency);
        fraction("gemvEfficiency", gemvEfficiency);
        fraction("cpuShareOfOverhead", cpuShareOfOverhead);
        fraction("gpuClockedActivity", gpuClockedActivity);
    }

    /** CPU cycles per layer on a board (launch and enqueue). */
    public double cpuCyclesPerLayer(BoardSpec board) {
        BoardSpec reference = overheadReference(board);
        return overheadUs(reference) * cpuShareOfOverhead * reference.maxCpuMHz();
    }

    /** GPU cycles per layer on a board (ramp-up and tail). */
    public double gpuCyclesPerLayer(BoardSpec board) {
        BoardSpec reference = overheadReference(board);
        return overheadUs(reference) * (1 - cpuShareOfOverhead) * reference.maxGpuMHz();
    }

    /** The per-layer overhead in seconds at the given clocks. */
    public double overheadSeconds(BoardSpec board, double gpuMHz, double cpuMHz) {
        return (cpuCyclesPerLayer(board) / cpuMHz + gpuCyclesPerLayer(board) / gpuMHz) * 1e-6;
    }

    private double overheadUs(BoardSpec reference) {
        return reference.device() == EdgeGpuDevice.JETSON_AGX_XAVIER ? xavierOverheadUs : tx2OverheadUs;
    }

    /** The board whose fitted overhead another board shares (per cycle), see the parameters. */
    private static BoardSpec overheadReference(BoardSpec board) {
        return switch (board.device()) {
            case JETSON_AGX_XAVIER, JETSON_AGX_ORIN -> BoardSpec.JETSON_AGX_XAVIER;
            case JETSON_TX2, JETSON_NANO -> BoardSpec.JETSON_TX2;
        };
    }

    public GpuCalibration withLatency(double dense, double fill, int tile, double memory, double overheadUs) {
        return new GpuCalibration(
                dense,
                fill,
                tile,
                memory,
                overheadUs,
                tx2OverheadUs,
                depthwiseEfficiency,
                gemvEfficiency,
                cpuShareOfOverhead,
                gpuClockedActivity);
    }

    public GpuCalibration withTx2OverheadUs(double us) {
        return new GpuCalibration(
                denseEfficiency,
                fillOutputsPerSm,
                outputChannelTile,
                memoryEfficiency,
                xavierOverheadUs,
                us,
                depthwiseEfficiency,
                gemvEfficiency,
                cpuShareOfOverhead,
                gpuClockedActivity);
    }

    private static void fraction(String field, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(field + ": must be in (0, 1], got " + value);
        }
    }

    private static void positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": must be a positive finite number, got " + value);
        }
    }
}
