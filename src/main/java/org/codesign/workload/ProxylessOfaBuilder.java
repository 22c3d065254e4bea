package org.codesign.workload;

import java.util.List;
import org.codesign.space.ProxylessOfaConfig;

/**
 * The subnet of Once-for-All's ProxylessNAS supernet a configuration selects, laid out as OFA's
 * {@code OFAProxylessNASNets.get_active_subnet} builds it (mit-han-lab/once-for-all,
 * {@code ofa/imagenet_classification/elastic_nn/networks/ofa_proxyless.py}, MIT licence): stem
 * conv 3×3/2, a first MBConv block (depthwise 3×3, project; expand ratio 1, no shortcut since
 * 40 ≠ 24 channels), six stages of MBConv blocks, a 1×1 feature-mix conv to 1664 channels with
 * batch norm, global pooling and the classifier. Activations are ReLU6 (free here) and there is no
 * squeeze-and-excite. Widths are {@code make_divisible(base × 1.3, 8)}; a block's middle width is
 * {@code make_divisible(in × expand, 8)}.
 *
 * <p>Parameters count as OFA's {@code count_parameters} does: weights, batch-norm scale and shift,
 * the classifier's bias. MACs count as its {@code count_net_flops} does: convolutions and the
 * classifier, no biases, batch norm or activations.
 */
final class ProxylessOfaBuilder {
    private ProxylessOfaBuilder() {}

    /** {@code base_stage_width} of the ProxylessNAS space: stem, first block, six stages; then the mix layer. */
    static final int STEM_WIDTH = 32;

    static final int FIRST_BLOCK_WIDTH = 16;
    static final List<Integer> STAGE_WIDTHS = List.of(24, 40, 80, 96, 192, 320);
    static final List<Integer> STAGE_STRIDES = List.of(2, 2, 2, 1, 2, 1);
    static final int FEATURE_MIX_WIDTH = 1280;
    static final int CLASSES = 1000;

    static Network build(ProxylessOfaConfig config) {
        NetworkBuilder.checkResolution(config.resolution());
        double w = ProxylessOfaConfig.WIDTH_MULT;
        LayerStack stack = new LayerStack(config.resolution(), 3);
        stack.conv("stem", Channels.scaled(STEM_WIDTH, w), 3, 2, LayerStack.BATCH_NORM);
        stack.depthwise("first.dw", 3, 1, LayerStack.BATCH_NORM);
        stack.pointwise("first.project", Channels.scaled(FIRST_BLOCK_WIDTH, w), LayerStack.BATCH_NORM);

        for (int stage = 0; stage < ProxylessOfaConfig.STAGES; stage++) {
            int out = Channels.scaled(STAGE_WIDTHS.get(stage), w);
            for (int block = 0; block < config.depths().get(stage); block++) {
                String prefix = "stage" + (stage + 1) + ".block" + (block + 1);
                int stride = block == 0 ? STAGE_STRIDES.get(stage) : 1;
                int kernel = config.kernels().get(stage).get(block);
                int expand = config.expandRatios().get(stage).get(block);
                mbConv(stack, prefix, out, kernel, stride, expand);
            }
        }

        stack.pointwise("head.mix", Channels.scaled(FEATURE_MIX_WIDTH, w), LayerStack.BATCH_NORM);
        stack.globalPool();
        stack.fc("classifier", CLASSES, LayerStack.BIAS);
        return stack.build(ProxylessOfaConfig.TEMPLATE + " r" + config.resolution() + " d" + config.depths());
    }

    private static void mbConv(LayerStack stack, String prefix, int out, int kernel, int stride, int expand) {
        int in = stack.channels();
        if (expand != 1) {
            stack.pointwise(prefix + ".expand", Channels.makeDivisible(in * (double) expand), LayerStack.BATCH_NORM);
        }
        stack.depthwise(prefix + ".dw", kernel, stride, LayerStack.BATCH_NORM);
        stack.pointwise(prefix + ".project", out, LayerStack.BATCH_NORM);
        if (stride == 1 && in == out) {
            stack.residualAdd(prefix + ".add");
        }
    }
}
