package org.codesign.cost.gpu;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.codesign.space.LayerListReader;
import org.codesign.workload.DataOp;
import org.codesign.workload.Layer;
import org.codesign.workload.LayerKind;
import org.codesign.workload.Network;
import org.codesign.workload.NetworkBuilder;

/**
 * The networks of the published Jetson measurements ({@code published/points.csv}): the torchvision
 * models from the layer lists bundled with the jar ({@code samples/networks/NAME.json}) and the two
 * HW-NAS-Bench networks, built here because HW-NAS-Bench publishes them as cell codes, not files.
 */
public final class PublishedNetworks {
    private PublishedNetworks() {}

    public static final String NAS_BENCH_201 = "nas-bench-201-cell";
    public static final String FBNET_K3E1 = "fbnet-k3e1";

    /** A network by the name {@code points.csv} uses. */
    public static Network byName(String name) {
        if (NAS_BENCH_201.equals(name)) {
            return nasBench201();
        }
        if (FBNET_K3E1.equals(name)) {
            return fbnetK3E1();
        }
        String resource = "/samples/networks/" + name + ".json";
        try (InputStream in = PublishedNetworks.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("network: no bundled layer list " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return NetworkBuilder.build(name + ".json", LayerListReader.parse(name + ".json", text));
        } catch (IOException e) {
            throw new IllegalArgumentException("network: cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * A NAS-Bench-201 network on CIFAR (32×32): stem 3×3 to 16 channels, three stages of five cells
     * at 16/32/64 channels separated by residual reduction blocks, global pool and a 10-way
     * classifier. HW-NAS-Bench does not say which cell its quoted point uses; this one has the
     * median composition of the space: two 3×3 convolutions, one 1×1, a skip and a pooling edge.
     * Data ops: each cell's 3×3 average-pool edge and its node sums (three additions), each
     * reduction block's residual addition, the global pool.
     */
    public static Network nasBench201() {
        List<Layer> layers = new ArrayList<>();
        List<DataOp> data = new ArrayList<>();
        layers.add(conv("stem", 3, 16, 32, 3, 1));
        int channels = 16;
        int size = 32;
        for (int stage = 0; stage < 3; stage++) {
            if (stage > 0) {
                int out = channels * 2;
                size /= 2;
                layers.add(conv("reduce" + stage + ".a", channels, out, size, 3, 2));
                layers.add(conv("reduce" + stage + ".b", out, out, size, 3, 1));
                layers.add(conv("reduce" + stage + ".shortcut", channels, out, size, 1, 1));
                channels = out;
                long map = (long) channels * size * size;
                data.add(new DataOp("reduce" + stage + ".add", DataOp.Kind.ADD, layers.size() - 1, 2, map, map));
            }
            for (int cell = 0; cell < 5; cell++) {
                String p = "stage" + (stage + 1) + ".cell" + (cell + 1);
                layers.add(conv(p + ".conv3a", channels, channels, size, 3, 1));
                layers.add(conv(p + ".conv3b", channels, channels, size, 3, 1));
                layers.add(conv(p + ".conv1", channels, channels, size, 1, 1));
                long map = (long) channels * size * size;
                data.add(new DataOp(p + ".pool", DataOp.Kind.POOL, layers.size() - 1, 1, map, map));
                for (int node = 1; node <= 3; node++) {
                    data.add(new DataOp(p + ".node" + node, DataOp.Kind.ADD, layers.size() - 1, 2, map, map));
                }
            }
        }
        data.add(new DataOp("gap", DataOp.Kind.POOL, layers.size() - 1, 1, (long) channels * size * size, channels));
        layers.add(new Layer("classifier", LayerKind.FC, 1, channels, 10, 1, 1, 1, 1, 1, 1, 1, 1));
        return new Network("nas-bench-201 cell network", layers, data);
    }

    /**
     * FBNet's macro-architecture (Wu et al., CVPR 2019, table 1) with every searchable block k3_e1:
     * 1×1 (expansion 1), depthwise 3×3, 1×1; stem 3×3/2 to 16, head 1×1 to 1984, classifier. Data
     * ops: the residual addition of every block whose input and output shapes agree, the global pool.
     */
    public static Network fbnetK3E1() {
        List<DataOp> data = new ArrayList<>();
        int[][] stages = {{16, 1, 1}, {24, 4, 2}, {32, 4, 2}, {64, 4, 2}, {112, 4, 1}, {184, 4, 2}, {352, 1, 1}};
        List<Layer> layers = new ArrayList<>();
        int size = 112;
        layers.add(conv("stem", 3, 16, size, 3, 2));
        int channels = 16;
        for (int i = 0; i < stages.length; i++) {
            for (int b = 0; b < stages[i][1]; b++) {
                String p = "tbs" + (i + 1) + "." + (b + 1);
                int stride = b == 0 ? stages[i][2] : 1;
                layers.add(conv(p + ".expand", channels, channels, size, 1, 1));
                size = (size + stride - 1) / stride;
                layers.add(new Layer(
                        p + ".dw",
                        LayerKind.DEPTHWISE,
                        1,
                        channels,
                        channels,
                        size,
                        size,
                        3,
                        3,
                        stride,
                        stride,
                        channels,
                        2));
                layers.add(conv(p + ".project", channels, stages[i][0], size, 1, 1));
                if (stride == 1 && channels == stages[i][0]) {
                    long map = (long) channels * size * size;
                    data.add(new DataOp(p + ".add", DataOp.Kind.ADD, layers.size() - 1, 2, map, map));
                }
                channels = stages[i][0];
            }
        }
        layers.add(conv("head", channels, 1984, size, 1, 1));
        data.add(new DataOp("gap", DataOp.Kind.POOL, layers.size() - 1, 1, 1984L * size * size, 1984));
        layers.add(new Layer("classifier", LayerKind.FC, 1, 1984, 1000, 1, 1, 1, 1, 1, 1, 1, 1));
        return new Network("fbnet all-k3_e1", layers, data);
    }

    private static Layer conv(String name, int in, int out, int size, int kernel, int stride) {
        LayerKind kind = kernel == 1 ? LayerKind.POINTWISE : LayerKind.CONV;
        return new Layer(name, kind, 1, in, out, size, size, kernel, kernel, stride, stride, 1, 2);
    }
}
