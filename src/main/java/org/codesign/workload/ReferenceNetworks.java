package org.codesign.workload;

import java.util.List;
import java.util.Locale;
import org.codesign.space.ResNetConfig;

/**
 * Fixed published networks used to calibrate the edge-GPU and accuracy models. Layouts follow
 * torchvision (AlexNet, SqueezeNet 1.1, VGG-16, DenseNet-121, ResNets), TF-Slim (MobileNetV1)
 * and the TensorFlow TPU models (MnasNet-A1); MACs and parameters match their published figures.
 */
public final class ReferenceNetworks {
    private ReferenceNetworks() {}

    private static final int CLASSES = 1000;
    private static final int IMAGENET_RESOLUTION = 224;

    /** The names {@link #byName(String)} accepts (torchvision model names). */
    public static final List<String> NAMES = List.of(
            "alexnet",
            "squeezenet1_1",
            "vgg16",
            "densenet121",
            "resnet18",
            "resnet34",
            "resnet50",
            "resnet101",
            "resnet152",
            "mobilenet_v1",
            "mnasnet_a1");

    /** A reference network at 224×224 by its torchvision name (width 1.0 for MobileNetV1 and MnasNet). */
    public static Network byName(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "alexnet" -> alexNet();
            case "squeezenet1_1" -> squeezeNet11();
            case "vgg16" -> vgg16();
            case "densenet121" -> denseNet121();
            case "resnet18" -> resNet(ResNetConfig.Block.BASIC, List.of(2, 2, 2, 2), "resnet18");
            case "resnet34" -> resNet(ResNetConfig.Block.BASIC, List.of(3, 4, 6, 3), "resnet34");
            case "resnet50" -> resNet(ResNetConfig.Block.BOTTLENECK, List.of(3, 4, 6, 3), "resnet50");
            case "resnet101" -> resNet101();
            case "resnet152" -> resNet(ResNetConfig.Block.BOTTLENECK, List.of(3, 8, 36, 3), "resnet152");
            case "mobilenet_v1" -> mobileNetV1(1.0, IMAGENET_RESOLUTION);
            case "mnasnet_a1" -> mnasNetA1(1.0, IMAGENET_RESOLUTION);
            default ->
                throw new IllegalArgumentException(
                        "name: unknown reference network '" + name + "', expected one of " + NAMES);
        };
    }

    /** torchvision AlexNet (61.1 M parameters, 0.71 GMACs). */
    public static Network alexNet() {
        LayerStack s = new LayerStack(IMAGENET_RESOLUTION, 3);
        s.convPadded("conv1", 64, 11, 4, 2, LayerStack.BIAS).pool(3, 2, 0, false);
        s.convPadded("conv2", 192, 5, 1, 2, LayerStack.BIAS).pool(3, 2, 0, false);
        s.convPadded("conv3", 384, 3, 1, 1, LayerStack.BIAS);
        s.convPadded("conv4", 256, 3, 1, 1, LayerStack.BIAS);
        s.convPadded("conv5", 256, 3, 1, 1, LayerStack.BIAS)
                .pool(3, 2, 0, false)
                .adaptivePool(6);
        s.fc("fc6", 4096, LayerStack.BIAS).fc("fc7", 4096, LayerStack.BIAS).fc("fc8", CLASSES, LayerStack.BIAS);
        return s.build("alexnet");
    }

    /** torchvision SqueezeNet 1.1 (1.24 M parameters, 0.35 GMACs). */
    public static Network squeezeNet11() {
        LayerStack s = new LayerStack(IMAGENET_RESOLUTION, 3);
        s.convPadded("conv1", 64, 3, 2, 0, LayerStack.BIAS).pool(3, 2, 0, true);
        fire(s, "fire2", 16, 64);
        fire(s, "fire3", 16, 64);
        s.pool(3, 2, 0, true);
        fire(s, "fire4", 32, 128);
        fire(s, "fire5", 32, 128);
        s.pool(3, 2, 0, true);
        fire(s, "fire6", 48, 192);
        fire(s, "fire7", 48, 192);
        fire(s, "fire8", 64, 256);
        fire(s, "fire9", 64, 256);
        s.pointwise("conv10", CLASSES, LayerStack.BIAS).globalPool();
        return s.build("squeezenet1_1");
    }

    /** A fire module: 1×1 squeeze, then parallel 1×1 and 3×3 expands whose outputs are concatenated. */
    private static void fire(LayerStack s, String name, int squeeze, int expand) {
        s.pointwise(name + ".squeeze", squeeze, LayerStack.BIAS);
        LayerStack.Cursor squeezed = s.cursor();
        s.pointwise(name + ".expand1x1", expand, LayerStack.BIAS);
        s.moveTo(squeezed).convPadded(name + ".expand3x3", expand, 3, 1, 1, LayerStack.BIAS);
        s.moveTo(s.cursor().withChannels(2 * expand));
    }

    /** torchvision VGG-16 without batch norm (138.4 M parameters, 15.5 GMACs). */
    public static Network vgg16() {
        int[][] stages = {{64, 64}, {128, 128}, {256, 256, 256}, {512, 512, 512}, {512, 512, 512}};
        LayerStack s = new LayerStack(IMAGENET_RESOLUTION, 3);
        for (int i = 0; i < stages.length; i++) {
            for (int j = 0; j < stages[i].length; j++) {
                s.convPadded("conv" + (i + 1) + "_" + (j + 1), stages[i][j], 3, 1, 1, LayerStack.BIAS);
            }
            s.pool(2, 2, 0, false);
        }
        s.adaptivePool(7);
        s.fc("fc6", 4096, LayerStack.BIAS).fc("fc7", 4096, LayerStack.BIAS).fc("fc8", CLASSES, LayerStack.BIAS);
        return s.build("vgg16");
    }

    /**
     * torchvision DenseNet-121 (8.0 M parameters, 2.87 GMACs): growth 32, blocks 6/12/24/16,
     * bottleneck width 4 × growth, transitions halving the channels.
     *
     * <p>DenseNet normalizes each layer's <em>input</em> (pre-activation batch norm), so one
     * produced channel is normalized again by every later layer of its block and by the
     * following transition (or the final norm). Those scale/shift pairs are attributed to the
     * layer that produced the channel, which keeps the total equal to torchvision's count.
     */
    public static Network denseNet121() {
        int growth = 32;
        int bottleneck = 4 * growth;
        int[] blocks = {6, 12, 24, 16};
        LayerStack s = new LayerStack(IMAGENET_RESOLUTION, 3);
        // Stem output: norm0, every layer of block 1, transition 1.
        s.convPadded("conv0", 64, 7, 2, 3, 2 * (1 + blocks[0] + 1)).pool(3, 2, 1, false);
        for (int b = 0; b < blocks.length; b++) {
            int layers = blocks[b];
            for (int j = 1; j <= layers; j++) {
                String prefix = "block" + (b + 1) + ".layer" + j;
                LayerStack.Cursor input = s.cursor();
                s.pointwise(prefix + ".conv1", bottleneck, LayerStack.BATCH_NORM);
                // Normalized by the (layers - j) later layers of the block and by the transition or norm5.
                s.convPadded(prefix + ".conv2", growth, 3, 1, 1, 2 * (layers - j + 1));
                s.moveTo(input.withChannels(input.channels() + growth));
            }
            if (b < blocks.length - 1) {
                int nextBlock = blocks[b + 1];
                s.pointwise("transition" + (b + 1) + ".conv", s.channels() / 2, 2 * (nextBlock + 1));
                s.pool(2, 2, 0, false);
            }
        }
        s.globalPool();
        s.fc("classifier", CLASSES, LayerStack.BIAS);
        return s.build("densenet121");
    }

    /** torchvision ResNet-101 (44.5 M parameters, 7.8 GMACs), through the resnet template. */
    public static Network resNet101() {
        return resNet(ResNetConfig.Block.BOTTLENECK, List.of(3, 4, 23, 3), "resnet101");
    }

    private static Network resNet(ResNetConfig.Block block, List<Integer> blocks, String name) {
        Network net = NetworkBuilder.build(new ResNetConfig(block, blocks, 1.0, IMAGENET_RESOLUTION));
        return new Network(name, net.layers());
    }

    /**
     * TF-Slim MobileNetV1 at a width multiplier and resolution: stem conv 3×3/2 to 32, thirteen
     * depthwise-separable pairs, global pool, classifier. Slim scales widths as max(⌊c·w⌋, 8).
     */
    public static Network mobileNetV1(double widthMult, int resolution) {
        checkMultiplier("widthMult", widthMult);
        NetworkBuilder.checkResolution(resolution);
        int[][] pairs = {
            {64, 1}, {128, 2}, {128, 1}, {256, 2}, {256, 1}, {512, 2}, {512, 1}, {512, 1}, {512, 1}, {512, 1}, {512, 1},
            {1024, 2}, {1024, 1}
        };
        LayerStack s = new LayerStack(resolution, 3);
        s.conv("conv0", slimDepth(32, widthMult), 3, 2, LayerStack.BATCH_NORM);
        for (int i = 0; i < pairs.length; i++) {
            s.depthwise("conv" + (i + 1) + ".dw", 3, pairs[i][1], LayerStack.BATCH_NORM);
            s.pointwise("conv" + (i + 1) + ".pw", slimDepth(pairs[i][0], widthMult), LayerStack.BATCH_NORM);
        }
        s.globalPool().fc("classifier", CLASSES, LayerStack.BIAS);
        return s.build("mobilenet_v1 w" + widthMult + " r" + resolution);
    }

    private static int slimDepth(int channels, double widthMult) {
        return Math.max((int) (channels * widthMult), 8);
    }

    /** One MnasNet-A1 stage: repeats, kernel, stride, expansion, output filters, squeeze-and-excite. */
    private record MnasStage(int repeats, int kernel, int stride, int expansion, int out, boolean se) {}

    private static final int MNASNET_HEAD_WIDTH = 1280;

    private static final List<MnasStage> MNASNET_A1 = List.of(
            new MnasStage(1, 3, 1, 1, 16, false),
            new MnasStage(2, 3, 2, 6, 24, false),
            new MnasStage(3, 5, 2, 3, 40, true),
            new MnasStage(4, 3, 2, 6, 80, false),
            new MnasStage(2, 3, 1, 6, 112, true),
            new MnasStage(3, 5, 2, 6, 160, true),
            new MnasStage(1, 3, 1, 6, 320, false));

    /**
     * MnasNet-A1 (TensorFlow TPU models) at a depth multiplier (it scales channel counts) and a
     * resolution. The squeeze-and-excite width is ⌊0.25 × block input channels⌋, as in the
     * reference code. The 1×1 head conv stays at 1280 channels at every multiplier: the published
     * checkpoints' parameter counts (1.7 M at 0.35, 6.1 M at 1.4) only add up that way.
     */
    public static Network mnasNetA1(double depthMult, int resolution) {
        checkMultiplier("depthMult", depthMult);
        NetworkBuilder.checkResolution(resolution);
        LayerStack s = new LayerStack(resolution, 3);
        s.conv("stem", Channels.scaled(32, depthMult), 3, 2, LayerStack.BATCH_NORM);
        for (int i = 0; i < MNASNET_A1.size(); i++) {
            MnasStage stage = MNASNET_A1.get(i);
            int out = Channels.scaled(stage.out(), depthMult);
            for (int r = 0; r < stage.repeats(); r++) {
                String prefix = "stage" + (i + 1) + ".block" + (r + 1);
                int in = s.channels();
                if (stage.expansion() != 1) {
                    s.pointwise(prefix + ".expand", in * stage.expansion(), LayerStack.BATCH_NORM);
                }
                s.depthwise(prefix + ".dw", stage.kernel(), r == 0 ? stage.stride() : 1, LayerStack.BATCH_NORM);
                if (stage.se()) {
                    s.squeezeExcite(prefix + ".se", Math.max(1, in / 4));
                }
                s.pointwise(prefix + ".project", out, LayerStack.BATCH_NORM);
            }
        }
        s.pointwise("head.conv", MNASNET_HEAD_WIDTH, LayerStack.BATCH_NORM);
        s.globalPool().fc("classifier", CLASSES, LayerStack.BIAS);
        return s.build("mnasnet_a1 d" + depthMult + " r" + resolution);
    }

    private static void checkMultiplier(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": must be a positive finite number, got " + value);
        }
    }
}
