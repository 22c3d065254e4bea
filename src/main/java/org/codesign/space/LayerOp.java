package org.codesign.space;

import java.util.List;
import java.util.Locale;

/**
 * One entry of a layer-list network, checked and with its output shape computed. Only the
 * fields of its {@link Kind} are meaningful; the others are 0 (or false).
 *
 * @param name the layer's name (torchvision's module path for the bundled networks)
 * @param pointer where it stands in its file, as a JSON pointer ({@code /layers/12})
 * @param inputs indices of the entries it reads ({@link #NETWORK_INPUT} for the image)
 * @param out output channels (conv) or features (fc)
 * @param in input features of an fc layer (checked against the flattened input)
 * @param pool adaptive pooling's output height and width; 0 otherwise
 * @param shape the output shape
 */
public record LayerOp(
        String name,
        String pointer,
        Kind kind,
        List<Integer> inputs,
        int out,
        int in,
        int kernelH,
        int kernelW,
        int strideH,
        int strideW,
        int padH,
        int padW,
        int groups,
        boolean bias,
        boolean batchNorm,
        boolean ceilMode,
        int poolH,
        int poolW,
        Shape shape) {

    /** Index that stands for the network's input image in {@link #inputs}. */
    public static final int NETWORK_INPUT = -1;

    /** What an entry computes; the file names are the lower-case names. */
    public enum Kind {
        CONV,
        DEPTHWISE,
        FC,
        MAXPOOL,
        AVGPOOL,
        ADAPTIVEAVGPOOL,
        BATCHNORM,
        CONCAT,
        ADD;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Kinds with weights and multiply-accumulates; the others move or combine feature maps. */
        public boolean computes() {
            return this == CONV || this == DEPTHWISE || this == FC;
        }
    }

    /** A feature map: channels × height × width (batch 1). */
    public record Shape(int channels, int height, int width) {
        public long size() {
            return (long) channels * height * width;
        }

        @Override
        public String toString() {
            return channels + "×" + height + "×" + width;
        }
    }

    public LayerOp {
        inputs = List.copyOf(inputs);
    }
}
