package org.codesign.cost.gpu;

import org.codesign.space.GpuPrecision;

/**
 * What a Jetson GPU generation can compute per cycle, per precision, on its two kinds of units:
 * the CUDA cores (every kernel can use them) and the tensor cores (dense convolutions only, where
 * the generation has them). Rates are operations (2 per multiply-accumulate) per cycle for the
 * whole GPU, from the core counts; each figure is checked against the data sheet's peak in
 * {@code BoardSpecTest}.
 *
 * <p>Sources: NVIDIA's architecture whitepapers (Maxwell GM20x and Tegra X1, Pascal GP100,
 * Volta GV100, Ampere GA10x) for per-core rates; the Jetson module data sheets for the totals
 * (Nano 472 GFLOPS FP16; TX2 1.33 TFLOPS FP16; AGX Xavier 11 TFLOPS FP16 and 22 TOPS INT8 on the
 * GPU; AGX Orin 64 GB 170 sparse INT8 TOPS, i.e. 85 dense); TensorRT's support matrix for which
 * precisions have kernels (INT8 needs compute capability 6.1 or 7.0 and later: not the Nano's 5.3
 * nor the TX2's 6.2) and for TF32 (on by default for FP32 layers on Ampere).
 */
public enum GpuArchitecture {
    /** GM20B (sm_53): CUDA cores only; FP16 as paired half2 FMAs at twice the FP32 rate; no INT8. */
    MAXWELL(0, 2, 0, 0, 0),
    /** GP10B (sm_62): as Maxwell; no DP4A INT8 in TensorRT. */
    PASCAL(0, 2, 0, 0, 0),
    /**
     * GV10B (sm_72): half2 FP16 at 2× FP32, DP4A INT8 at 4× FP32 on CUDA cores; each tensor core
     * does 64 FP16 FMAs per cycle (128 ops) and twice that in INT8; no TF32, so FP32 stays on CUDA cores.
     */
    VOLTA(4, 2, 128, 256, 0),
    /**
     * GA10B (sm_87): FP16 on CUDA cores at the FP32 rate (GA10x), DP4A INT8 at 4×; each third-generation
     * tensor core does 256 dense FP16 FMAs per cycle (512 ops), 1024 INT8 ops, and 256 TF32 ops.
     */
    AMPERE(4, 1, 512, 1024, 256);

    private final double cudaInt8PerFp32;
    private final double cudaFp16PerFp32;
    private final double tensorFp16OpsPerCore;
    private final double tensorInt8OpsPerCore;
    private final double tensorTf32OpsPerCore;

    GpuArchitecture(
            double cudaInt8PerFp32,
            double cudaFp16PerFp32,
            double tensorFp16OpsPerCore,
            double tensorInt8OpsPerCore,
            double tensorTf32OpsPerCore) {
        this.cudaInt8PerFp32 = cudaInt8PerFp32;
        this.cudaFp16PerFp32 = cudaFp16PerFp32;
        this.tensorFp16OpsPerCore = tensorFp16OpsPerCore;
        this.tensorInt8OpsPerCore = tensorInt8OpsPerCore;
        this.tensorTf32OpsPerCore = tensorTf32OpsPerCore;
    }

    /** Whether TensorRT has kernels for the precision on this generation. */
    public boolean supports(GpuPrecision precision) {
        return precision != GpuPrecision.INT8 || cudaInt8PerFp32 > 0;
    }

    /** Operations per cycle of the CUDA cores (2 per FMA per core at FP32). */
    public double cudaOpsPerCycle(int cudaCores, GpuPrecision precision) {
        double fp32 = 2.0 * cudaCores;
        return switch (precision) {
            case FP32 -> fp32;
            case FP16 -> fp32 * cudaFp16PerFp32;
            case INT8 -> fp32 * cudaInt8PerFp32;
        };
    }

    /** Operations per cycle of the tensor cores at a precision; 0 where they cannot run it. */
    public double tensorOpsPerCycle(int tensorCores, GpuPrecision precision) {
        return tensorCores
                * switch (precision) {
                    case FP32 -> tensorTf32OpsPerCore;
                    case FP16 -> tensorFp16OpsPerCore;
                    case INT8 -> tensorInt8OpsPerCore;
                };
    }
}
