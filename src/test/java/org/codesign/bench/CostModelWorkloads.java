package org.codesign.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.codesign.cost.OfaSubnets;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.space.Dataflow;
import org.codesign.space.DramType;
import org.codesign.space.HardwareConfig;
import org.codesign.space.ResNetConfig;
import org.codesign.space.SpatialAcceleratorConfig;
import org.codesign.space.SystolicConfig;
import org.codesign.workload.LayerKind;
import org.codesign.workload.Network;
import org.codesign.workload.NetworkBuilder;
import org.codesign.workload.ReferenceNetworks;

/** The networks and hardware of the cost-model benchmarks ({@link CostModelBench}, {@link CostModelCpuTime}). */
public final class CostModelWorkloads {
    private CostModelWorkloads() {}

    /** The four dataflows of the spatial template plus "SYSTOLIC" (the Edge-TPU-like sample). */
    public static final List<String> DESIGNS =
            List.of("ROW_STATIONARY", "WEIGHT_STATIONARY", "OUTPUT_STATIONARY", "INPUT_STATIONARY", "SYSTOLIC");

    /** The workloads by name: the OFA flops-389M subnet, ResNet-18 and VGG-16's conv layers, all at 224 px. */
    public static final List<String> NETWORKS = List.of("mbv3-ofa", "resnet18", "vgg16-conv");

    /**
     * A spatial accelerator with 12 × 14 PEs, 384/24/16-word PE register files, 128 KiB global
     * buffer, LPDDR4, 1 GHz, 45 nm, 8-bit words; or the systolic sample (16 × 16 × 4 lanes, 2 MiB,
     * 16 GB/s).
     */
    public static HardwareConfig hardware(String design) {
        if (design.equals("SYSTOLIC")) {
            return new SystolicConfig(16, 16, 4, 2048, 16, DramType.LPDDR4, 1000, 45, 8);
        }
        return new SpatialAcceleratorConfig(
                Dataflow.valueOf(design), 12, 14, 384, 24, 16, 128, DramType.LPDDR4, 1000, 45, 8);
    }

    public static Network network(String name) {
        return switch (name) {
            case "mbv3-ofa" -> OfaSubnets.flops389M();
            case "resnet18" ->
                NetworkBuilder.build(new ResNetConfig(ResNetConfig.Block.BASIC, List.of(2, 2, 2, 2), 1.0, 224));
            case "vgg16-conv" -> {
                Network vgg = ReferenceNetworks.vgg16();
                yield new Network(
                        "vgg16-conv",
                        vgg.layers().stream()
                                .filter(l -> l.kind() == LayerKind.CONV)
                                .toList());
            }
            default -> throw new IllegalArgumentException("network: unknown benchmark network '" + name + "'");
        };
    }

    /** The distinct layer shapes of a network (first occurrence kept), as the mapper's cache sees them. */
    public static List<ConvProblem> distinctShapes(Network network) {
        Map<String, ConvProblem> shapes = new LinkedHashMap<>();
        network.layers().forEach(l -> shapes.putIfAbsent(ConvProblem.of(l).shapeKey(), ConvProblem.of(l)));
        return new ArrayList<>(shapes.values());
    }
}
