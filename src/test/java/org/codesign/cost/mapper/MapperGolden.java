package org.codesign.cost.mapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.codesign.cost.OfaSubnets;
import org.codesign.cost.arch.AcceleratorDesign;
import org.codesign.cost.arch.ArchitectureTemplates;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.space.Dataflow;
import org.codesign.space.DramType;
import org.codesign.space.HardwareConfig;
import org.codesign.space.ResNetConfig;
import org.codesign.space.SpatialAcceleratorConfig;
import org.codesign.space.SystolicConfig;
import org.codesign.workload.Network;
import org.codesign.workload.NetworkBuilder;

/**
 * The cases pinned by {@link MapperGoldenTest}: every distinct layer shape of the default
 * mbv3-ofa network (OFA flops-389M) and of ResNet-18, on the accelerator designs of the samples
 * and of the cost-model benchmarks, and one line per case with what the mapper chose. The designs
 * are written out here (not read from the sample files) so that editing a sample does not move
 * the golden data.
 */
final class MapperGolden {
    /** The golden data, a test resource next to this class. */
    static final String RESOURCE = "mapper-golden.tsv";

    private MapperGolden() {}

    /** The lines of every case, in order (searched in parallel: each search is independent). */
    static List<String> lines() {
        return cases().parallelStream().map(MapperGolden::line).toList();
    }

    /** One search: a layer shape on a design under an objective. */
    record Case(String design, AcceleratorDesign hardware, MappingObjective objective, ConvProblem problem) {}

    /**
     * The fixed hardware of the accelerator samples and configs, and the dataflows the samples
     * explore (on accelerator-dataflow's fixed hardware).
     */
    static Map<String, HardwareConfig> designs() {
        Map<String, HardwareConfig> d = new LinkedHashMap<>();
        // samples/configs/eyeriss-like.json = tea-dnn-accelerator's fixed hardware
        d.put(
                "eyeriss-like",
                new SpatialAcceleratorConfig(
                        Dataflow.ROW_STATIONARY, 12, 14, 192, 12, 16, 108, DramType.LPDDR4, 200, 65, 16));
        // accelerator-dataflow's fixed hardware (45 nm) under each dataflow its space offers
        for (Dataflow df : Dataflow.values()) {
            d.put(
                    "accelerator-dataflow/" + df.name(),
                    new SpatialAcceleratorConfig(df, 12, 14, 192, 12, 16, 108, DramType.LPDDR4, 200, 45, 16));
        }
        // samples/configs/edge-tpu-like.json = nas-accelerator-joint's fixed hardware
        d.put("edge-tpu-like", new SystolicConfig(16, 16, 4, 2048, 16, DramType.LPDDR4, 1000, 45, 8));
        // the spatial designs of the cost-model benchmarks (CostModelWorkloads; its SYSTOLIC is edge-tpu-like)
        for (Dataflow df : Dataflow.values()) {
            d.put(
                    "bench/" + df.name(),
                    new SpatialAcceleratorConfig(df, 12, 14, 384, 24, 16, 128, DramType.LPDDR4, 1000, 45, 8));
        }
        // samples/configs/tiny-buffer.json: most layers do not fit
        d.put(
                "tiny-buffer",
                new SpatialAcceleratorConfig(
                        Dataflow.WEIGHT_STATIONARY, 8, 8, 1, 1, 1, 1, DramType.LPDDR4, 200, 45, 16));
        return d;
    }

    static Map<String, Network> networks() {
        Map<String, Network> n = new LinkedHashMap<>();
        n.put("mbv3-ofa", OfaSubnets.flops389M());
        n.put(
                "resnet18",
                NetworkBuilder.build(new ResNetConfig(ResNetConfig.Block.BASIC, List.of(2, 2, 2, 2), 1.0, 224)));
        return n;
    }

    /**
     * Every design under EDP (the samples' mapper objective) on the distinct shapes of both
     * networks; the other objectives on eyeriss-like only, to pin their scoring too.
     */
    static List<Case> cases() {
        Map<String, ConvProblem> shapes = new LinkedHashMap<>();
        for (Network net : networks().values()) {
            net.layers().forEach(l -> shapes.putIfAbsent(ConvProblem.of(l).shapeKey(), ConvProblem.of(l)));
        }
        List<Case> cases = new ArrayList<>();
        for (var e : designs().entrySet()) {
            AcceleratorDesign hw = ArchitectureTemplates.build(e.getValue()).orElseThrow();
            for (ConvProblem p : shapes.values()) {
                cases.add(new Case(e.getKey(), hw, MappingObjective.EDP, p));
            }
            if (e.getKey().equals("eyeriss-like")) {
                for (MappingObjective o : List.of(MappingObjective.ENERGY, MappingObjective.DELAY)) {
                    for (ConvProblem p : shapes.values()) {
                        cases.add(new Case(e.getKey(), hw, o, p));
                    }
                }
            }
        }
        return cases;
    }

    /**
     * The line of a case: design, objective, layer shape, then the evaluation count, energy (pJ,
     * exact), cycles and the full mapping (per level the temporal loops outer to inner, then the
     * spatial X and Y loops), or the reason no mapping fits.
     */
    static String line(Case c) {
        String head = c.design() + "\t" + c.objective() + "\t" + c.problem().shapeKey() + "\t";
        MapOutcome outcome = Mapper.search(
                c.problem(),
                c.hardware().architecture(),
                c.hardware().constraints(),
                c.objective(),
                Mapper.DEFAULT_BUDGET);
        if (outcome instanceof MapOutcome.Unmappable no) {
            return head + "infeasible\t" + no.reason().replace('\t', ' ').replace('\n', ' ');
        }
        MapResult r = (MapResult) outcome;
        return head + r.evaluations() + "\t" + Double.toString(r.analysis().energyPJ()) + "\t"
                + r.analysis().cycles() + "\t" + r.mapping().describe();
    }
}
