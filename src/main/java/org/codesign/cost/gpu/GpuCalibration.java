package org.codesign.cost.gpu;

/**
 * Every fitted or assumed coefficient of the edge-GPU model, in one place.
 *
 * <p>The coefficients marked <em>fitted</em> come from the calibration rows of
 * {@code published/points.csv} and nothing else (its README: the eight torch2trt Xavier FP16 rows of
 * {@code ../shared/data/jetson/agx_xavier_torch2trt.csv}, HW-NAS-Bench's two TX2 FP32 points and
 * MLPerf v3.0's Orin MaxQ ResNet-50 INT8 point), by the routine in the test tree
 * ({@code org.codesign.cost.gpu.CalibrationFit}; run its {@code main} to reproduce them): the sum of
 * squared log errors, Nelder–Mead from a fixed start. The others are assumptions no published figure
 * pins down; each says why its value.
 *
 * @param tensorEfficiency fraction of the units' peak a large, well-shaped dense convolution reaches
 *     (fitted). Used for tensor cores and, as an assumption no calibration source can check, for dense
 *     kernels on the CUDA cores of the Maxwell, Volta and Ampere boards
 * @param pascalCudaEfficiency the same on the TX2's Pascal CUDA cores (fitted; only the two
 *     HW-NAS-Bench TX2 points see it, so it carries that harness's TensorRT FP32 kernels)
 * @param fillOutputsPerSm output elements per streaming multiprocessor at which a kernel fills half the
 *     GPU: small maps with few channels leave SMs idle (fitted)
 * @param memoryEfficiency fraction of the DRAM peak kernels sustain (fitted)
 * @param launchKcycles CPU cycles (thousands) to enqueue one kernel: TensorRT's enqueue and the CUDA
 *     launch; one count for every board's CPU (fitted)
 * @param gpuKernelCycles GPU cycles each kernel costs beyond its roofline: launch latency on the GPU,
 *     ramp-up and tail (fitted, one count for every board)
 * @param inferenceCpuMcycles CPU cycles (millions) per inference whatever the network: the engine's
 *     set-up, input and output copies and the final synchronization (fitted, one count for every board)
 * @param outputChannelTile output channels per thread-block tile of the dense tensor-core kernels:
 *     fewer (or not a multiple) leaves part of each tile idle (64: the narrowest tile of CUTLASS's Volta
 *     tensor-core kernels, {@code GenerateSM70_TensorOp_884}; CUDA-core kernels use
 *     {@link GpuKernel#CUDA_CORE_CHANNEL_TILE})
 * @param depthwiseEfficiency fraction of the CUDA-core peak a filled depthwise convolution reaches
 *     (assumption: little work per byte and no tensor cores; with 0.25 a 3×3 depthwise layer on a
 *     large map is memory-bound at the top EMC level)
 * @param groupedEfficiency the same for grouped (not depthwise) convolutions, which TensorRT runs as
 *     one small GEMM per group on CUDA cores (assumption: between depthwise and dense)
 * @param gemvEfficiency fraction of the CUDA-core peak that batch-1 fully connected and
 *     squeeze-and-excite layers (matrix-vector products) reach (assumption; they are memory- or
 *     launch-bound at any plausible value)
 * @param l2BytesPerCyclePerSm L2 bandwidth per SM per GPU cycle (assumption: 64 B, one cache line
 *     per SM per cycle)
 * @param gpuClockedActivity the GPU's dynamic power when clocked but idle or stalled, as a fraction
 *     of its full-load power at the same clock (assumption: clock tree and schedulers keep running)
 */
public record GpuCalibration(
        double tensorEfficiency,
        double pascalCudaEfficiency,
        double fillOutputsPerSm,
        double memoryEfficiency,
        double launchKcycles,
        double gpuKernelCycles,
        double inferenceCpuMcycles,
        int outputChannelTile,
        double depthwiseEfficiency,
        double groupedEfficiency,
        double gemvEfficiency,
        double l2BytesPerCyclePerSm,
        double gpuClockedActivity) {

    /** The fitted values are CalibrationFit's, rounded to three significant figures. */
    public static final GpuCalibration DEFAULT =
            new GpuCalibration(0.695, 0.0558, 4660, 0.725, 38.7, 141, 0.547, 64, 0.25, 0.4, 0.25, 64, 0.2);

    public GpuCalibration {
        fraction("tensorEfficiency", tensorEfficiency);
        fraction("pascalCudaEfficiency", pascalCudaEfficiency);
        positive("fillOutputsPerSm", fillOutputsPerSm);
        fraction("memoryEfficiency", memoryEfficiency);
        positive("launchKcycles", launchKcycles);
        positive("gpuKernelCycles", gpuKernelCycles);
        positive("inferenceCpuMcycles", inferenceCpuMcycles);
        if (outputChannelTile <= 0) {
            throw new IllegalArgumentException("outputChannelTile: must be positive, got " + outputChannelTile);
        }
        fraction("depthwiseEfficiency", depthwiseEfficiency);
        fraction("groupedEfficiency", groupedEfficiency);
        fraction("gemvEfficiency", gemvEfficiency);
        positive("l2BytesPerCyclePerSm", l2BytesPerCyclePerSm);
        fraction("gpuClockedActivity", gpuClockedActivity);
    }

    /** Fraction of the CUDA cores' peak a large dense convolution reaches on a board. */
    public double cudaEfficiency(BoardSpec board) {
        return board.architecture() == GpuArchitecture.PASCAL ? pascalCudaEfficiency : tensorEfficiency;
    }

    /** The fitted coefficients as an array, in the order of {@link #withFitted}. */
    public double[] fitted() {
        return new double[] {
            tensorEfficiency,
            pascalCudaEfficiency,
            fillOutputsPerSm,
            memoryEfficiency,
            launchKcycles,
            gpuKernelCycles,
            inferenceCpuMcycles
        };
    }

    /** This calibration with the fitted coefficients replaced (same order as {@link #fitted()}). */
    public GpuCalibration withFitted(double[] x) {
        return new GpuCalibration(
                x[0],
                x[1],
                x[2],
                x[3],
                x[4],
                x[5],
                x[6],
                outputChannelTile,
                depthwiseEfficiency,
                groupedEfficiency,
                gemvEfficiency,
                l2BytesPerCyclePerSm,
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
