package org.codesign.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.codesign.cost.AcceleratorCostModel;
import org.codesign.cost.NetworkCost;
import org.codesign.cost.OfaSubnets;
import org.codesign.cost.arch.AcceleratorDesign;
import org.codesign.cost.arch.ArchitectureTemplates;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.cost.loopnest.FlatNest;
import org.codesign.cost.loopnest.LoopNestAnalyzer;
import org.codesign.cost.loopnest.Mapping;
import org.codesign.cost.loopnest.MappingCase;
import org.codesign.cost.loopnest.NestEvaluator;
import org.codesign.cost.loopnest.ReferenceCases;
import org.codesign.cost.mapper.MapResult;
import org.codesign.cost.mapper.Mapper;
import org.codesign.cost.mapper.MappingObjective;
import org.codesign.space.Dataflow;
import org.codesign.space.DramType;
import org.codesign.space.SpatialAcceleratorConfig;
import org.codesign.workload.Layer;
import org.codesign.workload.Network;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost model's speed targets: one mapping analysed (≤ 5 µs), one layer mapped from a cold
 * cache (≤ 1 ms median), a whole mbv3-ofa network (flops-389M subnet, 76 layers, 59 distinct
 * shapes) cold (≤ 50 ms) and with every layer cached (≤ 0.1 ms).
 *
 * <p>Run: {@code mvn -o -q -Pbench test-compile exec:exec -Dbench.args="CostModelBench"}
 */
@Fork(
        value = 1,
        jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CostModelBench {

    static SpatialAcceleratorConfig config(String dataflow) {
        return new SpatialAcceleratorConfig(
                Dataflow.valueOf(dataflow), 12, 14, 384, 24, 16, 128, DramType.LPDDR4, 1000, 45, 8);
    }

    /** One reference mapping (Timeloop's VGG-16 conv3_1 on Eyeriss) analysed from its flat nest. */
    @State(Scope.Thread)
    public static class OneMapping {
        @Param({"eyeriss_vgg_conv3_1_45nm_intmac.json", "simple_ws_default_45nm.json"})
        public String file;

        NestEvaluator evaluator;
        FlatNest nest;

        @Setup
        public void setup() {
            Path p = ReferenceCases.directory().resolve(file);
            MappingCase c = ReferenceCases.read(p);
            Mapping m = LoopNestAnalyzer.validate(c.problem(), c.architecture(), c.mapping());
            nest = FlatNest.of(c.architecture(), m);
            evaluator = new NestEvaluator(c.problem(), c.architecture());
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double analyseOneMapping(OneMapping s) {
        s.evaluator.evaluate(s.nest);
        return s.evaluator.energyPJ();
    }

    /** The layers of the OFA subnet, mapped one per call from a cold cache. */
    @State(Scope.Thread)
    public static class Layers {
        @Param({"ROW_STATIONARY", "WEIGHT_STATIONARY", "OUTPUT_STATIONARY", "INPUT_STATIONARY"})
        public String dataflow;

        AcceleratorDesign design;
        List<ConvProblem> problems;
        int next;

        @Setup
        public void setup() {
            design = ArchitectureTemplates.build(config(dataflow)).orElseThrow();
            problems = new ArrayList<>();
            for (Layer l : OfaSubnets.flops389M().layers()) {
                problems.add(ConvProblem.of(l));
            }
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public MapResult mapOneLayerCold(Layers s) {
        ConvProblem p = s.problems.get(s.next);
        s.next = (s.next + 1) % s.problems.size();
        return Mapper.search(
                        p, s.design.architecture(), s.design.constraints(), MappingObjective.EDP, Mapper.DEFAULT_BUDGET)
                .orElseThrow();
    }

    /** A fresh cost model (empty mapping cache) per call. */
    @State(Scope.Thread)
    public static class ColdNetwork {
        @Param({"ROW_STATIONARY", "WEIGHT_STATIONARY", "OUTPUT_STATIONARY", "INPUT_STATIONARY"})
        public String dataflow;

        Network network;
        SpatialAcceleratorConfig hardware;
        AcceleratorCostModel model;

        @Setup
        public void setup() {
            network = OfaSubnets.flops389M();
            hardware = config(dataflow);
        }

        @Setup(Level.Invocation)
        public void fresh() {
            model = new AcceleratorCostModel();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public NetworkCost networkCold(ColdNetwork s) {
        return s.model.evaluate(s.network, s.hardware).orElseThrow();
    }

    /** A cost model whose cache already holds every layer of the network. */
    @State(Scope.Thread)
    public static class WarmNetwork {
        @Param({"ROW_STATIONARY"})
        public String dataflow;

        Network network;
        SpatialAcceleratorConfig hardware;
        AcceleratorCostModel model;

        @Setup
        public void setup() {
            network = OfaSubnets.flops389M();
            hardware = config(dataflow);
            model = new AcceleratorCostModel();
            model.evaluate(network, hardware).orElseThrow();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public NetworkCost networkCached(WarmNetwork s) {
        return s.model.evaluate(s.network, s.hardware).orElseThrow();
    }
}
