package org.codesign.workload;

import org.codesign.space.ResNetConfig;

/**
 * A ResNet in torchvision's layout: 7×7/2 stem conv, 3×3/2 max pool, four stages of basic or
 * bottleneck blocks (stride 2 in the first block of stages 2–4, a 1×1 downsample conv where the
 * shape changes), global pool, FC. Every conv is followed by batch norm, which is counted.
 * The width multiplier scales every channel count (make_divisible(c × w, 8)).
 */
final class ResNetBuilder {
    private ResNetBuilder() {}

    static final int STEM_WIDTH = 64;
    static final int BOTTLENECK_EXPANSION = 4;
    static final int CLASSES = 1000;

    static Network build(ResNetConfig config) {
        NetworkBuilder.checkResolution(config.resolution());
        double w = config.widthMult();
        LayerStack stack = new LayerStack(config.resolution(), 3);
        stack.conv("stem", Channels.scaled(STEM_WIDTH, w), 7, 2, LayerStack.BATCH_NORM);
        stack.poolSame(2);
        for (int stage = 0; stage < ResNetConfig.STAGES; stage++) {
            int planes = Channels.scaled(STEM_WIDTH << stage, w);
            for (int block = 0; block < config.blocks().get(stage); block++) {
                String prefix = "stage" + (stage + 1) + ".block" + (block + 1);
                int stride = stage > 0 && block == 0 ? 2 : 1;
                LayerStack.Cursor input = stack.cursor();
                if (config.block() == ResNetConfig.Block.BASIC) {
                    stack.conv(prefix + ".conv1", planes, 3, stride, LayerStack.BATCH_NORM);
                    stack.conv(prefix + ".conv2", planes, 3, 1, LayerStack.BATCH_NORM);
                } else {
                    stack.pointwise(prefix + ".conv1", planes, LayerStack.BATCH_NORM);
                    stack.conv(prefix + ".conv2", planes, 3, stride, LayerStack.BATCH_NORM);
                    stack.pointwise(prefix + ".conv3", planes * BOTTLENECK_EXPANSION, LayerStack.BATCH_NORM);
                }
                LayerStack.Cursor output = stack.cursor();
                if (stride != 1 || input.channels() != output.channels()) {
                    stack.moveTo(input)
                            .conv(prefix + ".downsample", output.channels(), 1, stride, LayerStack.BATCH_NORM);
                    stack.moveTo(output);
                }
                stack.residualAdd(prefix + ".add");
            }
        }
        stack.globalPool();
        stack.fc("fc", CLASSES, LayerStack.BIAS);
        return stack.build(ResNetConfig.TEMPLATE + "-" + config.block().label() + " " + config.blocks() + " w" + w
                + " r" + config.resolution());
    }
}
