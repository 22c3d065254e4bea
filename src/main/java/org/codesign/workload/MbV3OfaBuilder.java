package org.codesign.workload;

import java.util.List;
import org.codesign.space.MbV3OfaConfig;

/**
 * The Once-for-All MobileNetV3 subnet of a configuration, laid out as OFA's
 * {@code OFAMobileNetV3.get_active_subnet} builds it: stem conv 3×3/2 (16 ch), a first MBConv1
 * block (depthwise 3×3, project to 16), five elastic stages of MBConv blocks and the head
 * (1×1 expand to 960, global pool, 1×1 mix to 1280 without bias or batch norm, classifier).
 * Every channel count is {@code make_divisible(base × widthMult, 8)}.
 */
final class MbV3OfaBuilder {
    private MbV3OfaBuilder() {}

    static final int STEM_WIDTH = 16;
    static final List<Integer> STAGE_WIDTHS = List.of(24, 40, 80, 112, 160);
    static final List<Integer> STAGE_STRIDES = List.of(2, 2, 2, 1, 2);
    /** Squeeze-and-excite on the stages of width 40, 112 and 160 (stages 2, 4 and 5, 1-based). */
    static final List<Boolean> STAGE_SE = List.of(false, true, false, true, true);

    static final int FINAL_EXPAND_WIDTH = 960;
    static final int FEATURE_MIX_WIDTH = 1280;
    static final int SE_REDUCTION = 4;
    static final int CLASSES = 1000;

    static Network build(MbV3OfaConfig config) {
        NetworkBuilder.checkResolution(config.resolution());
        double w = config.widthMult();
        LayerStack stack = new LayerStack(config.resolution(), 3);
        stack.conv("stem", Channels.scaled(STEM_WIDTH, w), 3, 2, LayerStack.BATCH_NORM);
        stack.depthwise("first.dw", 3, 1, LayerStack.BATCH_NORM);
        stack.pointwise("first.project", Channels.scaled(STEM_WIDTH, w), LayerStack.BATCH_NORM);

        for (int stage = 0; stage < MbV3OfaConfig.STAGES; stage++) {
            int out = Channels.scaled(STAGE_WIDTHS.get(stage), w);
            for (int block = 0; block < config.depths().get(stage); block++) {
                String prefix = "stage" + (stage + 1) + ".block" + (block + 1);
                int stride = block == 0 ? STAGE_STRIDES.get(stage) : 1;
                int kernel = config.kernels().get(stage).get(block);
                int expand = config.expandRatios().get(stage).get(block);
                mbConv(stack, prefix, out, kernel, stride, expand, STAGE_SE.get(stage));
            }
        }

        stack.pointwise("head.expand", Channels.scaled(FINAL_EXPAND_WIDTH, w), LayerStack.BATCH_NORM);
        stack.globalPool();
        stack.pointwise("head.mix", Channels.scaled(FEATURE_MIX_WIDTH, w), LayerStack.NONE);
        stack.fc("classifier", CLASSES, LayerStack.BIAS);
        return stack.build(name(config));
    }

    /** One inverted-residual block; the middle width is make_divisible(in × expand, 8) as in OFA. */
    private static void mbConv(
            LayerStack stack, String prefix, int out, int kernel, int stride, int expand, boolean se) {
        int in = stack.channels();
        int mid = Channels.makeDivisible(stack.channels() * (double) expand);
        if (expand != 1) {
            stack.pointwise(prefix + ".expand", mid, LayerStack.BATCH_NORM);
        }
        stack.depthwise(prefix + ".dw", kernel, stride, LayerStack.BATCH_NORM);
        if (se) {
            stack.squeezeExcite(prefix + ".se", Channels.makeDivisible(stack.channels() / SE_REDUCTION));
        }
        stack.pointwise(prefix + ".project", out, LayerStack.BATCH_NORM);
        if (stride == 1 && in == out) {
            stack.residualAdd(prefix + ".add");
        }
    }

    private static String name(MbV3OfaConfig config) {
        return MbV3OfaConfig.TEMPLATE + " w" + config.widthMult() + " r" + config.resolution() + " d" + config.depths();
    }
}
