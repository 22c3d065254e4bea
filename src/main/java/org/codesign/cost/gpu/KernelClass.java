package org.codesign.cost.gpu;

import org.codesign.workload.Layer;
import org.codesign.workload.LayerKind;

/** The kinds of kernel an engine builds, each with its own efficiency in the model. */
enum KernelClass {
    /** 1×1 convolution: a GEMM; tensor cores where the board has them. */
    CONV_1X1("1×1 conv"),
    /**
     * 3×3 stride-1 ungrouped convolution: Winograd F(2×2, 3×3) on CUDA cores does 16 multiplies
     * where direct convolution does 36 (Lavin and Gray, CVPR 2016), so 2.25× fewer; on tensor cores
     * TensorRT runs implicit GEMM (no reduction).
     */
    CONV_3X3_WINOGRAD("3×3 conv"),
    /** Any other ungrouped convolution (7×7 stems, strided 3×3, 5×5, 11×11): implicit GEMM. */
    CONV_GENERAL("conv"),
    DEPTHWISE("depthwise"),
    GROUPED("grouped conv"),
    /** Fully connected and squeeze-and-excite layers: matrix-vector products at batch 1. */
    FC("fc"),
    /** Pooling, addition + activation, standalone norm + activation, gating: memory only. */
    ELEMENTWISE("elementwise");

    /** Multiplies Winograd F(2×2, 3×3) saves: 36 / 16. */
    static final double WINOGRAD_REDUCTION = 2.25;

    final String label;

    KernelClass(String label) {
        this.label = label;
    }

    static KernelClass of(Layer layer) {
        if (layer.kind() == LayerKind.FC || layer.kind() == LayerKind.SE) {
            return FC;
        }
        if (layer.kind() == LayerKind.DEPTHWISE) {
            return DEPTHWISE;
        }
        if (layer.groups() > 1) {
            return GROUPED;
        }
        if (layer.r() == 1 && layer.s() == 1) {
            return CONV_1X1;
        }
        if (layer.r() == 3 && layer.s() == 3 && layer.strideH() == 1 && layer.strideW() == 1) {
            return CONV_3X3_WINOGRAD;
        }
        return CONV_GENERAL;
    }

    /** Whether the class runs on the dense path (tensor cores where the board has them). */
    boolean dense() {
        return this == CONV_1X1 || this == CONV_3X3_WINOGRAD || this == CONV_GENERAL;
    }
}
