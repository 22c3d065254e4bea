package org.codesign.cost.loopnest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Small nests whose counts can be worked out by hand. */
class HandComputedTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    static StorageLevel level(String name, int mesh, Set<Tensor> keeps, long capacity) {
        return new StorageLevel(
                name,
                mesh,
                mesh,
                1,
                keeps,
                16,
                1,
                capacity,
                2.0,
                3.0,
                3.0,
                0.0,
                100.0,
                INF,
                INF,
                INF,
                1,
                1.0,
                FanoutContainers.SHARED);
    }

    static Architecture twoLevels(int pes) {
        return new Architecture(
                "t",
                1e9,
                List.of(
                        level("DRAM", 1, EnumSet.allOf(Tensor.class), StorageLevel.UNBOUNDED),
                        level("RF", pes, EnumSet.allOf(Tensor.class), 64)),
                new ComputeLevel("mac", pes, pes, 1, 1.0, 0, 10));
    }

    static ConvProblem conv(int c, int m, int p, int r, int stride) {
        return new ConvProblem("t", 1, 1, c, m, p, 1, r, 1, stride, 1);
    }

    static Mapping map(List<Loop> dram, List<Loop> dramX, List<Loop> rf) {
        return new Mapping(List.of(
                new LevelMapping("DRAM", dram, dramX, List.of()), new LevelMapping("RF", rf, List.of(), List.of())));
    }

    static Loop l(Dim d, int f) {
        return new Loop(d, f);
    }

    @Test
    void dotProductFetchesEachOperandOnceAndReadsModifiesWritesTheSum() {
        Analysis a = LoopNestAnalyzer.analyze(
                conv(4, 1, 1, 1, 1), twoLevels(1), map(List.of(l(Dim.C, 2)), List.of(), List.of(l(Dim.C, 2))));
        TensorLevelStats w = a.stats("RF", Tensor.W);
        assertEquals(2, w.utilizedCapacity());
        assertEquals(4, w.fillsPerInstance());
        assertEquals(4, w.readsPerInstance());
        TensorLevelStats o = a.stats("RF", Tensor.O);
        assertEquals(4, o.updatesPerInstance());
        assertEquals(3, o.readsPerInstance(), "the first write of a sum is not a read");
        assertEquals(0, o.fillsPerInstance());
        assertEquals(1, a.stats("DRAM", Tensor.O).updatesPerInstance());
        assertEquals(0, a.stats("DRAM", Tensor.O).readsPerInstance());
        assertEquals(4, a.cycles());
    }

    @Test
    void slidingWindowFetchesOnlyTheNewRowsOfTheInput() {
        // 1-D convolution, P=4 outer at DRAM, R=3 inside the RF: input rows h = p + r
        Analysis a = LoopNestAnalyzer.analyze(
                conv(1, 1, 4, 3, 1), twoLevels(1), map(List.of(l(Dim.P, 4)), List.of(), List.of(l(Dim.R, 3))));
        assertEquals(3, a.stats("RF", Tensor.I).utilizedCapacity());
        assertEquals(6, a.stats("RF", Tensor.I).fillsPerInstance(), "3 + 3 new rows = the whole input");
        Analysis strided = LoopNestAnalyzer.analyze(
                conv(1, 1, 4, 3, 2), twoLevels(1), map(List.of(l(Dim.P, 4)), List.of(), List.of(l(Dim.R, 3))));
        assertEquals(9, strided.stats("RF", Tensor.I).fillsPerInstance(), "stride 2: two new rows per step");
    }

    @Test
    void aChangeOfStrideDiscardsTheHaloAsTimeloopDoes() {
        // an M loop (not indexing inputs) between: the P step no longer continues the previous stride
        Analysis a = LoopNestAnalyzer.analyze(
                conv(1, 2, 4, 3, 1),
                twoLevels(1),
                map(List.of(l(Dim.P, 4), l(Dim.M, 2)), List.of(), List.of(l(Dim.R, 3))));
        assertEquals(12, a.stats("RF", Tensor.I).fillsPerInstance());
        // ... but the weights stay: the M loop is the innermost and they are re-read for every P
        assertEquals(24, a.stats("RF", Tensor.W).fillsPerInstance());
    }

    @Test
    void loopsThatDoNotIndexATensorRightAboveItCauseNoRefetch() {
        // weights R3 in the RF; P4 directly above does not index weights: fetched once
        Analysis a = LoopNestAnalyzer.analyze(
                conv(1, 1, 4, 3, 1), twoLevels(1), map(List.of(l(Dim.P, 4)), List.of(), List.of(l(Dim.R, 3))));
        assertEquals(3, a.stats("RF", Tensor.W).fillsPerInstance());
        assertEquals(3, a.stats("DRAM", Tensor.W).readsPerInstance());
    }

    @Test
    void spatialLoopsThatDoNotIndexATensorMulticastIt() {
        // 4 PEs each computing one output channel: the inputs are multicast
        Analysis a = LoopNestAnalyzer.analyze(
                conv(2, 4, 1, 1, 1), twoLevels(4), map(List.of(), List.of(l(Dim.M, 4)), List.of(l(Dim.C, 2))));
        assertEquals(4, a.stats("RF", Tensor.I).utilizedInstances());
        assertEquals(2, a.stats("RF", Tensor.I).fillsPerInstance());
        assertEquals(2, a.stats("DRAM", Tensor.I).readsPerInstance(), "one read serves all four PEs");
        assertEquals(8, a.stats("DRAM", Tensor.W).readsPerInstance(), "weights differ per PE");
        assertEquals(4, a.computeUtilizedInstances());
        assertEquals(2, a.cycles());
    }

    @Test
    void spatialLoopsOverReductionDimensionsReduceOutputs() {
        // 4 PEs split C: their partial sums of the single output reduce on the way up
        Analysis a = LoopNestAnalyzer.analyze(
                conv(8, 1, 1, 1, 1), twoLevels(4), map(List.of(), List.of(l(Dim.C, 4)), List.of(l(Dim.C, 2))));
        assertEquals(2, a.stats("RF", Tensor.O).updatesPerInstance());
        assertEquals(1, a.stats("RF", Tensor.O).readsPerInstance());
        assertEquals(1, a.stats("DRAM", Tensor.O).updatesPerInstance(), "one reduced value per output");
    }

    @Test
    void aLevelThatDoesNotKeepATensorPassesEveryAccessToItsParent() {
        Architecture arch = new Architecture(
                "t",
                1e9,
                List.of(
                        level("DRAM", 1, EnumSet.allOf(Tensor.class), StorageLevel.UNBOUNDED),
                        level("RF", 1, EnumSet.of(Tensor.I, Tensor.O), 64)),
                new ComputeLevel("mac", 1, 1, 1, 1.0, 0, 10));
        Analysis a = LoopNestAnalyzer.analyze(
                conv(4, 1, 1, 1, 1), arch, map(List.of(l(Dim.C, 2)), List.of(), List.of(l(Dim.C, 2))));
        assertEquals(4, a.stats("DRAM", Tensor.W).readsPerInstance(), "weights come straight from DRAM per MAC");
        assertEquals(null, a.stats("RF", Tensor.W));
    }

    @Test
    void energyAddsBlockRoundedAccessesLeakageAndMacs() {
        StorageLevel dram = new StorageLevel(
                "DRAM",
                1,
                1,
                1,
                EnumSet.allOf(Tensor.class),
                16,
                4,
                StorageLevel.UNBOUNDED,
                10,
                20,
                30,
                0,
                0,
                INF,
                INF,
                INF,
                1,
                1.0,
                FanoutContainers.SHARED);
        StorageLevel rf = new StorageLevel(
                "RF",
                1,
                1,
                1,
                EnumSet.allOf(Tensor.class),
                16,
                1,
                64,
                1,
                2,
                3,
                0.5,
                7,
                INF,
                INF,
                INF,
                1,
                1.0,
                FanoutContainers.SHARED);
        Architecture arch = new Architecture("t", 1e9, List.of(dram, rf), new ComputeLevel("mac", 1, 1, 1, 0.25, 0, 3));
        Analysis a = LoopNestAnalyzer.analyze(
                conv(4, 1, 1, 1, 1), arch, map(List.of(l(Dim.C, 2)), List.of(), List.of(l(Dim.C, 2))));
        // DRAM: W 4 reads, I 4 reads (each rounded up to 4-word blocks), O 1 update → 4 words
        double dramE = 4 * 10 + 4 * 10 + 4 * 30;
        // RF: W, I: 4 reads + 4 fills each; O: 3 reads + 4 updates
        double rfE = 2 * (4 * 1 + 4 * 2) + (3 * 1 + 4 * 3);
        double leak = 0.5 * 4;
        assertEquals(dramE + rfE + leak + 4 * 0.25, a.energyPJ(), 1e-9);
        assertEquals(7 + 3, a.areaUm2(), 1e-9);
    }

    @Test
    void aReadBandwidthBelowDemandThrottlesTheCycles() {
        StorageLevel dram = new StorageLevel(
                "DRAM",
                1,
                1,
                1,
                EnumSet.allOf(Tensor.class),
                16,
                1,
                StorageLevel.UNBOUNDED,
                1,
                1,
                1,
                0,
                0,
                0.5,
                INF,
                INF,
                1,
                1.0,
                FanoutContainers.SHARED);
        StorageLevel rf = level("RF", 1, EnumSet.of(Tensor.O), 64);
        Architecture arch = new Architecture("t", 1e9, List.of(dram, rf), new ComputeLevel("mac", 1, 1, 1, 1, 0, 1));
        Analysis a = LoopNestAnalyzer.analyze(
                conv(4, 1, 1, 1, 1), arch, map(List.of(l(Dim.C, 2)), List.of(), List.of(l(Dim.C, 2))));
        // 8 reads (W and I per MAC) in 4 compute cycles at 0.5 words/cycle → 16 cycles
        assertEquals(4, a.computeCycles());
        assertEquals(16, a.cycles());
        assertEquals(0.25, a.levelStats().get(0).bandwidthThrottling(), 1e-12);
        assertEquals(4.0 / 16, a.utilization(), 1e-12);
    }

    @Test
    void multipleBufferingHalvesTheUsableCapacity() {
        StorageLevel dram = level("DRAM", 1, EnumSet.allOf(Tensor.class), StorageLevel.UNBOUNDED);
        StorageLevel rf = new StorageLevel(
                "RF",
                1,
                1,
                1,
                EnumSet.allOf(Tensor.class),
                16,
                1,
                10,
                1,
                1,
                1,
                0,
                1,
                INF,
                INF,
                INF,
                1,
                2.0,
                FanoutContainers.SHARED);
        Architecture arch = new Architecture("t", 1e9, List.of(dram, rf), new ComputeLevel("mac", 1, 1, 1, 1, 0, 1));
        // tiles: W 4 + I 4 + O 1 = 9 words fit 10 but not 10 / 2 = 5
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> LoopNestAnalyzer.analyze(
                        conv(4, 1, 1, 1, 1), arch, map(List.of(), List.of(), List.of(l(Dim.C, 4)))));
        assertTrue(
                e.getMessage().startsWith("mapping.RF: tiles need 9 words (W 4, I 4, O 1) but the level holds 5"),
                e.getMessage());
    }

    @Test
    void factorsMustMultiplyToTheBounds() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> LoopNestAnalyzer.analyze(
                        conv(4, 1, 1, 1, 1), twoLevels(1), map(List.of(l(Dim.C, 2)), List.of(), List.of())));
        assertTrue(e.getMessage().contains("the factors of C multiply to 2 but the layer's C is 4"), e.getMessage());
    }
}
