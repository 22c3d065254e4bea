package org.codesign.workload;

/**
 * One layer as a (grouped) convolution in Timeloop's terms.
 *
 * <p>C and M are the total input and output channels; with {@code groups} G each group maps
 * C/G inputs to M/G outputs (depthwise: C = M = G). P×Q is the output map, R×S the filter.
 * The input map is (P−1)·strideH+R by (Q−1)·strideW+S, as Timeloop projects it (padding is
 * not modelled there). {@code affinePerChannel} counts the trainable per-output-channel
 * parameters attached to the layer: 1 for a bias, 2 for batch-norm scale and shift, 0 for none.
 */
public record Layer(
        String name,
        LayerKind kind,
        int n,
        int c,
        int m,
        int p,
        int q,
        int r,
        int s,
        int strideH,
        int strideW,
        int groups,
        int affinePerChannel) {

    public Layer {
        if (n <= 0
                || c <= 0
                || m <= 0
                || p <= 0
                || q <= 0
                || r <= 0
                || s <= 0
                || strideH <= 0
                || strideW <= 0
                || groups <= 0
                || affinePerChannel < 0) {
            throw new IllegalArgumentException("layer " + name + ": every dimension must be positive");
        }
        if (c % groups != 0 || m % groups != 0) {
            throw new IllegalArgumentException(
                    "layer " + name + ": groups " + groups + " must divide C=" + c + " and M=" + m);
        }
    }

    /** Input channels seen by one output channel. */
    public int channelsPerGroup() {
        return c / groups;
    }

    public long macs() {
        return (long) n * m * p * q * r * s * channelsPerGroup();
    }

    public long weights() {
        return (long) m * channelsPerGroup() * r * s;
    }

    public long params() {
        return weights() + (long) affinePerChannel * m;
    }

    public int inputHeight() {
        return (p - 1) * strideH + r;
    }

    public int inputWidth() {
        return (q - 1) * strideW + s;
    }

    public long inputWords() {
        return (long) n * c * inputHeight() * inputWidth();
    }

    public long outputWords() {
        return (long) n * m * p * q;
    }
}
