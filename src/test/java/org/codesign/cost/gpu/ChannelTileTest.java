package org.codesign.cost.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.codesign.space.GpuPrecision;
import org.codesign.workload.Layer;
import org.codesign.workload.LayerKind;
import org.codesign.workload.Network;
import org.junit.jupiter.api.Test;

/**
 * Dense kernels on CUDA cores come in 32-channel tiles (CUTLASS's SIMT 128×32 tiles), tensor-core
 * kernels in 64-channel ones: a DenseNet-style 3×3 convolution with 32 output channels wastes half a
 * tile on the Xavier's tensor cores and none on the Nano's CUDA cores.
 */
class ChannelTileTest {

    private static GpuKernel conv3x3(BoardSpec board, int outputChannels) {
        Layer layer = new Layer("conv", LayerKind.CONV, 1, 128, outputChannels, 56, 56, 3, 3, 1, 1, 1, 0);
        List<GpuKernel> kernels =
                GpuKernel.plan(new Network("one", List.of(layer)), board, GpuPrecision.FP16, GpuCalibration.DEFAULT);
        assertThat(kernels).hasSize(1);
        return kernels.get(0);
    }

    /** The efficiency with the fill term (which depends on the output count) divided out. */
    private static double tileShare(BoardSpec board, int outputChannels) {
        GpuKernel k = conv3x3(board, outputChannels);
        double outputs = 56.0 * 56 * outputChannels;
        double fill = outputs / (outputs + GpuCalibration.DEFAULT.fillOutputsPerSm() * board.smCount());
        return k.efficiency() / fill;
    }

    @Test
    void thirtyTwoOutputChannelsFillACudaCoreTileButHalfATensorCoreTile() {
        BoardSpec nano = BoardSpec.JETSON_NANO;
        BoardSpec xavier = BoardSpec.JETSON_AGX_XAVIER;
        assertThat(conv3x3(nano, 32).tensor()).isFalse();
        assertThat(conv3x3(xavier, 32).tensor()).isTrue();
        assertThat(tileShare(nano, 32)).isCloseTo(tileShare(nano, 64), within(1e-12));
        assertThat(tileShare(xavier, 32)).isCloseTo(0.5 * tileShare(xavier, 64), within(1e-12));
        // 16 channels still leave half of a CUDA-core tile idle.
        assertThat(tileShare(nano, 16)).isCloseTo(0.5 * tileShare(nano, 64), within(1e-12));
    }
}
