package org.codesign.cost.gpu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.codesign.space.EdgeGpuConfig;
import org.codesign.space.EdgeGpuDevice;
import org.codesign.workload.Network;
import org.codesign.workload.PublishedTables;

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
            out.add(new Measured(model, PublishedNetworks.byName(model), Double.parseDouble(row.get("latency_ms"))));
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

    static Network nasBench201() {
        return PublishedNetworks.nasBench201();
    }

    static Network fbnetK3E1() {
        return PublishedNetworks.fbnetK3E1();
    }
}
