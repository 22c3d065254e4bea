package org.codesign.cost.gpu;

import java.util.ArrayList;
import java.util.List;
import org.codesign.space.GpuPrecision;
import org.codesign.workload.DataOp;
import org.codesign.workload.Layer;
import org.codesign.workload.Network;

/**
 * One kernel of a TensorRT-like engine after fusion: a convolution or FC layer with its batch
 * norm, bias and activation folded in, or one memory-bound data op (pooling; addition with its
 * activation; a standalone norm with its activation; a gate). Concatenations cost nothing (the
 * inputs are written in place).
 *
 * @param layerIndex the compute layer whose row the kernel's time is shown in
 * @param ops operations the units execute (2 per multiply, after Winograd's reduction)
 * @param usefulOps 2 × the layer's multiply-accumulates
 * @param tensor whether it runs on tensor cores
 * @param efficiency fraction of the units' peak it reaches (class, tile and fill)
 * @param dramBytes bytes to and from DRAM (weights always; maps larger than the L2)
 * @param l2Bytes every byte it reads or writes, all of which pass through the L2
 */
record GpuKernel(
        String name,
        KernelClass kernelClass,
        int layerIndex,
        double ops,
        double usefulOps,
        boolean tensor,
        double efficiency,
        double dramBytes,
        double l2Bytes) {

    /**
     * Tensor-core kernels need input channels in multiples of 8 at FP16/TF32 and 16 at INT8 (NVIDIA
     * Deep Learning Performance Guide, "Channels In And Out"); TensorRT pads the rest with zeros, so a
     * 3-channel stem does 8/3 of its work.
     */
    static int tensorChannelMultiple(GpuPrecision precision) {
        return precision == GpuPrecision.INT8 ? 16 : 8;
    }

    /**
     * Output channels per thread-block tile of the narrowest dense kernel on CUDA cores: CUTLASS's SIMT
     * GEMM and implicit-GEMM convolution kernels for sm_50 and later include 128×32 and 32×128 tiles
     * ({@code GenerateSM50_Simt} and {@code GenerateSM60_Simt} in CUTLASS's
     * {@code python/cutlass_library/generator.py}; TensorRT engines on Maxwell run
     * {@code trt_maxwell_scudnn_128x32_relu_interior_nn_v1} in published profiles), while
     * its Volta tensor-core kernels start at 64×64 ({@code GenerateSM70_TensorOp_884}). TensorRT times
     * its tactics and keeps the fastest, so a 32-channel layer on CUDA cores wastes no half tile.
     */
    static final int CUDA_CORE_CHANNEL_TILE = 32;

    /** The network's kernels in execution order. */
    static List<GpuKernel> plan(Network network, BoardSpec board, GpuPrecision precision, GpuCalibration cal) {
        List<GpuKernel> kernels = new ArrayList<>();
        int bytes = precision.bytesPerValue();
        double l2 = board.l2KiB() * 1024.0;
        List<Layer> layers = network.layers();
        addDataOps(kernels, network, -1, bytes, l2);
        for (int i = 0; i < layers.size(); i++) {
            kernels.add(compute(layers.get(i), i, board, precision, cal, bytes, l2));
            addDataOps(kernels, network, i, bytes, l2);
        }
        return kernels;
    }

    private static GpuKernel compute(
            Layer layer, int index, BoardSpec board, GpuPrecision precision, GpuCalibration cal, int bytes, double l2) {
        KernelClass k = KernelClass.of(layer);
        double useful = 2.0 * layer.macs();
        boolean tensor = k.dense() && board.usesTensorCores(precision);
        double ops = useful;
        double outputs = layer.outputWords();
        double fill = outputs / (outputs + cal.fillOutputsPerSm() * board.smCount());
        double efficiency;
        switch (k) {
            case DEPTHWISE -> efficiency = cal.depthwiseEfficiency() * fill;
            case GROUPED -> efficiency = cal.groupedEfficiency() * fill;
            case FC -> efficiency = cal.gemvEfficiency();
            default -> {
                efficiency = (tensor ? cal.tensorEfficiency() : cal.cudaEfficiency(board))
                        * fill
                        * tileUse(layer.m(), tensor ? cal.outputChannelTile() : CUDA_CORE_CHANNEL_TILE);
                if (tensor) {
                    efficiency *= tileUse(layer.channelsPerGroup(), tensorChannelMultiple(precision));
                } else if (k == KernelClass.CONV_3X3_WINOGRAD) {
                    // TensorRT times its tactics and keeps the fastest: direct, or Winograd with 2.25× fewer
                    // multiplies whose transforms accumulate in FP32 (so at the FP32 rate), expressed here
                    // in operations at this kernel's own peak.
                    double winograd = useful
                            / KernelClass.WINOGRAD_REDUCTION
                            * board.cudaOpsPerCycle(precision)
                            / board.cudaOpsPerCycle(GpuPrecision.FP32);
                    ops = Math.min(useful, winograd);
                }
            }
        }
        double in = (double) layer.inputWords() * bytes;
        double out = (double) layer.outputWords() * bytes;
        double weights = (double) layer.weights() * bytes;
        double dram = weights + (in > l2 ? in : 0) + (out > l2 ? out : 0);
        return new GpuKernel(
                layer.name() + " (" + k.label + ")",
                k,
                index,
                ops,
                useful,
                tensor,
                efficiency,
                dram,
                weights + in + out);
    }

    private static void addDataOps(List<GpuKernel> kernels, Network network, int after, int bytes, double l2) {
        for (DataOp op : network.dataOps()) {
            if (op.afterLayer() != after) {
                continue;
            }
            double in = (double) op.inputElements() * bytes;
            double out = (double) op.outputElements() * bytes;
            double dram = op.inputs() * (in > l2 ? in : 0) + (out > l2 ? out : 0);
            kernels.add(new GpuKernel(
                    op.name() + " (" + op.kind().name().toLowerCase(java.util.Locale.ROOT) + ")",
                    KernelClass.ELEMENTWISE,
                    Math.max(after, 0),
                    0,
                    0,
                    false,
                    1,
                    dram,
                    op.inputs() * in + out));
        }
    }

    /** The useful fraction of {@code count} rounded up to whole tiles of {@code tile}. */
    static double tileUse(int count, int tile) {
        int tiles = (count + tile - 1) / tile;
        return (double) count / ((double) tiles * tile);
    }
}
