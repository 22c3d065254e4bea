package org.codesign.workload;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a network front to back: it remembers the current feature map (height, width,
 * channels) so each call only states what the next layer adds. Branches (shortcuts,
 * concatenations) use {@link #cursor()} and {@link #moveTo(Cursor)}.
 */
final class LayerStack {

    /** Affine parameters per output channel: batch norm (scale and shift), bias, nothing. */
    static final int BATCH_NORM = 2;

    static final int BIAS = 1;
    static final int NONE = 0;

    /** Where the stack stands: the shape of the feature map the next layer consumes. */
    record Cursor(int height, int width, int channels) {
        Cursor withChannels(int newChannels) {
            return new Cursor(height, width, newChannels);
        }
    }

    private final List<Layer> layers = new ArrayList<>();
    private final List<DataOp> dataOps = new ArrayList<>();
    private int height;
    private int width;
    private int channels;

    LayerStack(int resolution, int inputChannels) {
        this.height = resolution;
        this.width = resolution;
        this.channels = inputChannels;
    }

    Cursor cursor() {
        return new Cursor(height, width, channels);
    }

    LayerStack moveTo(Cursor cursor) {
        height = cursor.height();
        width = cursor.width();
        channels = cursor.channels();
        return this;
    }

    int channels() {
        return channels;
    }

    /** A "same"-padded convolution (P = ceil(H / stride)); 1×1 kernels become POINTWISE layers. */
    LayerStack conv(String name, int out, int kernel, int stride, int affine) {
        int p = Channels.sameOutput(height, stride);
        int q = Channels.sameOutput(width, stride);
        return add(name, kernel == 1 ? LayerKind.POINTWISE : LayerKind.CONV, out, kernel, stride, 1, p, q, affine);
    }

    /** A convolution with explicit zero padding, sized as PyTorch does: floor((H + 2·pad − k) / s) + 1. */
    LayerStack convPadded(String name, int out, int kernel, int stride, int padding, int affine) {
        int p = pooledSize(height, kernel, stride, padding, false);
        int q = pooledSize(width, kernel, stride, padding, false);
        return add(name, kernel == 1 ? LayerKind.POINTWISE : LayerKind.CONV, out, kernel, stride, 1, p, q, affine);
    }

    LayerStack pointwise(String name, int out, int affine) {
        return conv(name, out, 1, 1, affine);
    }

    LayerStack depthwise(String name, int kernel, int stride, int affine) {
        int p = Channels.sameOutput(height, stride);
        int q = Channels.sameOutput(width, stride);
        return add(name, LayerKind.DEPTHWISE, channels, kernel, stride, channels, p, q, affine);
    }

    /**
     * Squeeze-and-excite: global pool, FC {@code channels → mid} and FC {@code mid → channels}
     * (both with bias). The feature map is unchanged afterwards (the gate scales it).
     */
    LayerStack squeezeExcite(String prefix, int mid) {
        int c = channels;
        layers.add(new Layer(prefix + ".reduce", LayerKind.SE, 1, c, mid, 1, 1, 1, 1, 1, 1, 1, BIAS));
        layers.add(new Layer(prefix + ".expand", LayerKind.SE, 1, mid, c, 1, 1, 1, 1, 1, 1, 1, BIAS));
        long map = (long) c * height * width;
        dataOps.add(new DataOp(prefix + ".pool", DataOp.Kind.POOL, layers.size() - 3, 1, map, c));
        dataOps.add(new DataOp(prefix + ".gate", DataOp.Kind.GATE, layers.size() - 1, 2, map, map));
        return this;
    }

    /** A fully connected layer on the flattened feature map (C·H·W inputs). */
    LayerStack fc(String name, int out, int affine) {
        int in = Math.multiplyExact(channels, Math.multiplyExact(height, width));
        layers.add(new Layer(name, LayerKind.FC, 1, in, out, 1, 1, 1, 1, 1, 1, 1, affine));
        height = 1;
        width = 1;
        channels = out;
        return this;
    }

    /** A "same"-padded pooling window (P = ceil(H / stride)); pooling adds no layer. */
    LayerStack poolSame(int stride) {
        long in = size();
        height = Channels.sameOutput(height, stride);
        width = Channels.sameOutput(width, stride);
        return recordPool(in);
    }

    /** A pooling window sized as PyTorch does, optionally with {@code ceil_mode}. */
    LayerStack pool(int kernel, int stride, int padding, boolean ceilMode) {
        long in = size();
        height = pooledSize(height, kernel, stride, padding, ceilMode);
        width = pooledSize(width, kernel, stride, padding, ceilMode);
        return recordPool(in);
    }

    /** Adaptive pooling to a fixed output size (torchvision's AdaptiveAvgPool2d). */
    LayerStack adaptivePool(int size) {
        long in = size();
        height = size;
        width = size;
        return recordPool(in);
    }

    /** A residual addition (and its activation) of the current map and a shortcut of the same shape. */
    LayerStack residualAdd(String name) {
        dataOps.add(new DataOp(name, DataOp.Kind.ADD, layers.size() - 1, 2, size(), size()));
        return this;
    }

    private LayerStack recordPool(long inputElements) {
        dataOps.add(new DataOp("pool" + dataOps.size(), DataOp.Kind.POOL, layers.size() - 1, 1, inputElements, size()));
        return this;
    }

    private long size() {
        return (long) channels * height * width;
    }

    LayerStack globalPool() {
        return adaptivePool(1);
    }

    Network build(String name) {
        return new Network(name, layers, dataOps);
    }

    private LayerStack add(
            String name, LayerKind kind, int out, int kernel, int stride, int groups, int p, int q, int affine) {
        layers.add(new Layer(name, kind, 1, channels, out, p, q, kernel, kernel, stride, stride, groups, affine));
        height = p;
        width = q;
        channels = out;
        return this;
    }

    private static int pooledSize(int size, int kernel, int stride, int padding, boolean ceilMode) {
        int span = size + 2 * padding - kernel;
        if (span < 0) {
            throw new IllegalArgumentException("resolution: feature map of " + size + " pixels is smaller than a "
                    + kernel + "x" + kernel + " window");
        }
        int out = (ceilMode ? (span + stride - 1) / stride : span / stride) + 1;
        // PyTorch drops a last ceil-mode window that would start inside the right padding.
        if (ceilMode && (out - 1) * stride >= size + padding) {
            out--;
        }
        return out;
    }
}
