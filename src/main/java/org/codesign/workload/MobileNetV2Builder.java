package org.codesign.workload;

import java.util.List;
import org.codesign.space.MobileNetV2Config;

/**
 * MobileNetV2 as published (TF-Slim and torchvision agree): stem conv 3×3/2 to 32, seven
 * stages of inverted-residual blocks, 1×1 conv to 1280 and the classifier. Widths are
 * make_divisible(c × widthMult, 8); the last conv keeps 1280 below width 1.0, as the published
 * checkpoints do.
 *
 * <p>Parameters are counted as the TF-Slim table counts them: weights and the classifier bias,
 * no batch-norm scale/shift (3.47 M at width 1.0; torchvision's 3.50 M adds 35 k batch-norm
 * parameters). Deployed engines fold batch norm into the convolutions anyway.
 */
final class MobileNetV2Builder {
    private MobileNetV2Builder() {}

    /** One row of the paper's table: expansion t, output channels c, stride s (n comes from the config). */
    record Stage(int expansion, int channels, int stride) {}

    static final List<Stage> STAGES = List.of(
            new Stage(1, 16, 1),
            new Stage(6, 24, 2),
            new Stage(6, 32, 2),
            new Stage(6, 64, 2),
            new Stage(6, 96, 1),
            new Stage(6, 160, 2),
            new Stage(6, 320, 1));
    static final int STEM_WIDTH = 32;
    static final int LAST_WIDTH = 1280;
    static final int CLASSES = 1000;
    /** Batch norm is not counted in the published parameter totals. */
    private static final int FOLDED_BATCH_NORM = LayerStack.NONE;

    static Network build(MobileNetV2Config config) {
        NetworkBuilder.checkResolution(config.resolution());
        double w = config.widthMult();
        LayerStack stack = new LayerStack(config.resolution(), 3);
        stack.conv("stem", Channels.scaled(STEM_WIDTH, w), 3, 2, FOLDED_BATCH_NORM);
        for (int i = 0; i < STAGES.size(); i++) {
            Stage stage = STAGES.get(i);
            int out = Channels.scaled(stage.channels(), w);
            for (int block = 0; block < config.depths().get(i); block++) {
                String prefix = "stage" + (i + 1) + ".block" + (block + 1);
                int stride = block == 0 ? stage.stride() : 1;
                int in = stack.channels();
                if (stage.expansion() != 1) {
                    stack.pointwise(
                            prefix + ".expand",
                            Channels.makeDivisible(stack.channels() * (double) stage.expansion()),
                            FOLDED_BATCH_NORM);
                }
                stack.depthwise(prefix + ".dw", 3, stride, FOLDED_BATCH_NORM);
                stack.pointwise(prefix + ".project", out, FOLDED_BATCH_NORM);
                if (stride == 1 && in == out) {
                    stack.residualAdd(prefix + ".add");
                }
            }
        }
        int last = w > 1.0 ? Channels.scaled(LAST_WIDTH, w) : LAST_WIDTH;
        stack.pointwise("head.conv", last, FOLDED_BATCH_NORM);
        stack.globalPool();
        stack.fc("classifier", CLASSES, LayerStack.BIAS);
        return stack.build(MobileNetV2Config.TEMPLATE + " w" + w + " r" + config.resolution()
                + (config.depths().equals(MobileNetV2Config.PUBLISHED_DEPTHS) ? "" : " d" + config.depths()));
    }
}
