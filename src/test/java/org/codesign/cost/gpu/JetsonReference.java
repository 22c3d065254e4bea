package org.codesign.cost.gpu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.codesign.space.EdgeGpuConfig;
import org.codesign.space.EdgeGpuDevice;
import org.codesign.workload.Layer;
import org.codesign.workload.LayerKind;
import org.codesign.workload.Network;
import org.codesign.workload.PublishedTables;
import org.codesign.workload.ReferenceNetworks;

/** Published Jetson measurements and the networks they were taken on. */
final class JetsonReference {
    private JetsonReference() {}

    /** One published latency: a network and its measured milliseconds. */
    record Measured(String model, Network network, double latencyMs) {}

    /** torch2trt on the AGX Xavier (TensorRT FP16, batch 1, 224×224), fastest first. */
    static List<Measured> xavierTorch2trt() {
        List<Measured> out = new ArrayList<>();
        for (Map<String, String> row : PublishedTables.rows("jetson/agx_xavier_torch2trt.csv")) {
            String model = row.get("model");
            out.add(new Measured(model, ReferenceNetworks.byName(model), Double.parseDouble(row.get("latency_ms"))));
        }
        out.sort(Comparator.comparingDouble(Measured::latencyMs));
        return out;
    }

    /** The setting NVIDIA's benchmarks use on the Xavier: every clock at its top level (MAXN). */
    static EdgeGpuConfig topClocks(EdgeGpuDevice d) {
        return new EdgeGpuConfig(d.id(), d.maxGpuMHz(), d.maxCpuMHz(), d.maxEmcMHz());
    }

    /** HW-NAS-Bench, TX2, TensorRT FP32, batch 1, 32×32: a NAS-Bench-201 network, 5.81 ms and 24.2 mJ. */
    static final double TX2_NB201_MS = 5.81;

    static final double TX2_NB201_MJ = 24.2;
    /** HW-NAS-Bench, TX2: FBNet with every block k3_e1 at 224×224, 16.43 ms and 102.7 mJ. */
    static final double TX2_FBNET_MS = 16.43;

    static final double TX2_FBNET_MJ = 102.7;
    /** MLPerf Inference v3.0, AGX Orin MaxQ, ResNet-50 single stream (TensorRT INT8): 1.64 ms. */
    static final double ORIN_RESNET50_MS = 1.64;

    /**
     * A NAS-Bench-201 network on CIFAR (32×32): stem 3×3 to 16 channels, three stages of five cells
     * at 16/32/64 channels separated by residual reduction blocks, global pool and a 10-way
     * classifier. HW-NAS-Bench does not say which cell its quoted point uses; this one has the
     * median composition of the space: two 3×3 convolutions, one 1×1, a skip and a pooling edge.
     */
    static Network nasBench201() {
        List<Layer> layers = new ArrayList<>();
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
            }
            for (int cell = 0; cell < 5; cell++) {
                String p = "stage" + (stage + 1) + ".cell" + (cell + 1);
                layers.add(conv(p + ".conv3a", channels, channels, size, 3, 1));
                layers.add(conv(p + ".conv3b", channels, channels, size, 3, 1));
                layers.add(conv(p + ".conv1", channels, channels, size, 1, 1));
            }
        }
        layers.add(new Layer("classifier", LayerKind.FC, 1, channels, 10, 1, 1, 1, 1, 1, 1, 1, 1));
        return new Network("nas-bench-201 cell network", layers);
    }

    /**
     * FBNet's macro-architecture (Wu et al., CVPR 2019, table 1) with every searchable block k3_e1:
     * 1×1 (expansion 1), depthwise 3×3, 1×1; stem 3×3/2 to 16, head 1×1 to 1984, classifier.
     */
    static Network fbnetK3E1() {
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
                channels = stages[i][0];
            }
        }
        layers.add(conv("head", channels, 1984, size, 1, 1));
        layers.add(new Layer("classifier", LayerKind.FC, 1, 1984, 1000, 1, 1, 1, 1, 1, 1, 1, 1));
        return new Network("fbnet all-k3_e1", layers);
    }

    private static Layer conv(String name, int in, int out, int size, int kernel, int stride) {
        LayerKind kind = kernel == 1 ? LayerKind.POINTWISE : LayerKind.CONV;
        return new Layer(name, kind, 1, in, out, size, size, kernel, kernel, stride, stride, 1, 2);
    }
}
