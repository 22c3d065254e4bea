package org.codesign.cost.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.codesign.cost.loopnest.Analysis;
import org.codesign.cost.loopnest.Architecture;
import org.codesign.cost.loopnest.ComputeLevel;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.cost.loopnest.FanoutContainers;
import org.codesign.cost.loopnest.LoopNestAnalyzer;
import org.codesign.cost.loopnest.StorageLevel;
import org.codesign.cost.loopnest.Tensor;
import org.codesign.cost.loopnest.TensorLevelStats;
import org.junit.jupiter.api.Test;

/**
 * A Simba-like hierarchy (after Timeloop's simba_like example: 16 PEs, each with an input buffer,
 * four weight buffers and accumulators, and 16 weight registers per weight buffer read as
 * 16-wide clusters, 1024 MACs): fan-outs at three levels, a clustered level, a shared-bandwidth
 * DRAM and double-buffered PE buffers. The mapper fills the MACs and the analysis stays
 * consistent.
 */
class SimbaLikeTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    static Architecture simba() {
        return new Architecture(
                "simba_like",
                1e9,
                List.of(
                        new StorageLevel(
                                "DRAM",
                                1,
                                1,
                                1,
                                EnumSet.allOf(Tensor.class),
                                8,
                                8,
                                StorageLevel.UNBOUNDED,
                                64,
                                64,
                                64,
                                0,
                                0,
                                INF,
                                INF,
                                32,
                                1,
                                1.0,
                                FanoutContainers.SHARED),
                        new StorageLevel(
                                "GlobalBuffer",
                                1,
                                1,
                                1,
                                EnumSet.of(Tensor.I, Tensor.O),
                                8,
                                32,
                                65536,
                                1.6,
                                1.3,
                                1.3,
                                0.01,
                                300000,
                                32,
                                32,
                                INF,
                                1,
                                1.0,
                                FanoutContainers.SHARED),
                        new StorageLevel(
                                "PEInputBuffer",
                                16,
                                16,
                                1,
                                EnumSet.of(Tensor.I),
                                8,
                                8,
                                8192,
                                0.9,
                                0.8,
                                0.8,
                                0.002,
                                20000,
                                INF,
                                INF,
                                INF,
                                1,
                                2.0,
                                FanoutContainers.SHARED),
                        new StorageLevel(
                                "PEWeightBuffer",
                                64,
                                64,
                                1,
                                EnumSet.of(Tensor.W),
                                8,
                                8,
                                4096,
                                0.8,
                                0.7,
                                0.7,
                                0.002,
                                12000,
                                INF,
                                INF,
                                INF,
                                1,
                                2.0,
                                FanoutContainers.SHARED),
                        new StorageLevel(
                                "PEAccuBuffer",
                                64,
                                64,
                                1,
                                EnumSet.of(Tensor.O),
                                24,
                                1,
                                128,
                                0.3,
                                0.3,
                                0.3,
                                0.0005,
                                1500,
                                INF,
                                INF,
                                INF,
                                1,
                                1.0,
                                FanoutContainers.SHARED),
                        new StorageLevel(
                                "PEWeightRegs",
                                1024,
                                64,
                                16,
                                EnumSet.of(Tensor.W),
                                8,
                                1,
                                1,
                                0.05,
                                0.05,
                                0.05,
                                0,
                                100,
                                INF,
                                INF,
                                INF,
                                16,
                                1.0,
                                FanoutContainers.SHARED)),
                new ComputeLevel("LMAC", 1024, 64, 16, 0.2, 0, 300));
    }

    @Test
    void aLargeLayerFillsTheMacsAndCountsStayConsistent() {
        ConvProblem vggConv31 = new ConvProblem("conv3_1", 1, 1, 128, 256, 56, 56, 3, 3, 1, 1);
        MapResult r = new Mapper()
                .map(vggConv31, simba(), SpatialConstraints.none(), MappingObjective.EDP)
                .orElseThrow();
        Analysis a = r.analysis();
        assertTrue(a.utilization() > 0.5, a.utilization() + " " + r.description());
        assertEquals(a, LoopNestAnalyzer.analyze(vggConv31, simba(), r.mapping()));
        TensorLevelStats regs = a.stats("PEWeightRegs", Tensor.W);
        assertEquals(Math.min(regs.utilizedInstances(), 1024 / 16), regs.utilizedClusters());
        // weights reach the MACs through the registers: one read per MAC of each used register
        assertEquals(
                a.computeCycles() * a.computeUtilizedInstances(), regs.readsPerInstance() * regs.utilizedInstances());
    }

    @Test
    void theDefaultProblemMapsToo() {
        ConvProblem p = new ConvProblem("default", 1, 1, 3, 32, 112, 112, 3, 3, 2, 2);
        MapResult r = Mapper.search(p, simba(), SpatialConstraints.none(), MappingObjective.EDP, Mapper.DEFAULT_BUDGET)
                .orElseThrow();
        assertTrue(r.analysis().energyPJ() > 0 && r.analysis().cycles() >= p.macs() / 1024);
    }
}
