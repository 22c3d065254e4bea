package org.codesign.cost.loopnest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Invariants of the loop-nest analysis on random nests. */
class NestProperties {

    @Property(tries = 200)
    void macsAreTheProductOfTheBoundsAndFillTheUsedArray(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed) {
        RandomNests.Case c = RandomNests.random(seed);
        Analysis a = LoopNestAnalyzer.analyze(c.problem(), c.arch(), c.mapping());
        long product = 1;
        for (int d = 0; d < Dim.COUNT; d++) {
            product *= c.problem().bound(d);
        }
        assertEquals(product, a.macs());
        assertEquals(a.macs(), a.computeUtilizedInstances() * a.computeCycles());
        assertTrue(a.utilization() <= 1.0 + 1e-12);
        assertTrue(a.energyPJ() >= a.computeEnergyPJ());
    }

    @Property(tries = 200)
    void loopsOfSizeOneChangeNothingWhereverTheyAre(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed) {
        RandomNests.Case c = RandomNests.random(seed);
        Random r = new Random(seed ^ 0x5DEECE66DL);
        List<LevelMapping> levels = new ArrayList<>();
        for (LevelMapping lm : c.mapping().levels()) {
            List<Loop> t = new ArrayList<>(lm.temporal());
            for (int k = 0; k < 3; k++) {
                t.add(r.nextInt(t.size() + 1), new Loop(Dim.of(r.nextInt(Dim.COUNT)), 1));
            }
            levels.add(new LevelMapping(lm.level(), t, lm.spatialX(), lm.spatialY()));
        }
        Analysis a = LoopNestAnalyzer.analyze(c.problem(), c.arch(), c.mapping());
        Analysis b = LoopNestAnalyzer.analyze(c.problem(), c.arch(), new Mapping(levels));
        assertEquals(a, b);
    }

    @Property(tries = 200)
    void swappingAdjacentLoopsThatDoNotIndexATensorKeepsItsCounts(
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed) {
        RandomNests.Case c = RandomNests.random(seed);
        Projection proj = new Projection(c.problem().strideH(), c.problem().strideW());
        List<LevelMapping> levels = new ArrayList<>(c.mapping().levels());
        Random r = new Random(seed);
        int s = r.nextInt(levels.size());
        LevelMapping lm = levels.get(s);
        if (lm.temporal().size() < 2) {
            return;
        }
        int i = r.nextInt(lm.temporal().size() - 1);
        List<Loop> t = new ArrayList<>(lm.temporal());
        Loop x = t.get(i);
        Loop y = t.get(i + 1);
        t.set(i, y);
        t.set(i + 1, x);
        levels.set(s, new LevelMapping(lm.level(), t, lm.spatialX(), lm.spatialY()));
        Analysis before = LoopNestAnalyzer.analyze(c.problem(), c.arch(), c.mapping());
        Analysis after = LoopNestAnalyzer.analyze(c.problem(), c.arch(), new Mapping(levels));
        for (Tensor tensor : Tensor.values()) {
            boolean indexedByEither = proj.coord[tensor.ordinal()][x.dim().ordinal()] >= 0
                    || proj.coord[tensor.ordinal()][y.dim().ordinal()] >= 0;
            if (indexedByEither) {
                continue;
            }
            for (TensorLevelStats st : before.levels()) {
                if (st.tensor() == tensor) {
                    assertEquals(st, after.stats(st.level(), tensor), "seed " + seed);
                }
            }
        }
    }

    @Property(tries = 150)
    void biggerBuffersDoNotChangeTheTrafficOfAMapping(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed) {
        RandomNests.Case c = RandomNests.random(seed);
        Analysis a = LoopNestAnalyzer.analyze(c.problem(), c.arch(), c.mapping());
        // shrink every on-chip buffer to exactly what the mapping needs, then grow it tenfold
        List<StorageLevel> tight = new ArrayList<>();
        List<StorageLevel> loose = new ArrayList<>();
        for (int s = 0; s < c.arch().storage().size(); s++) {
            StorageLevel l = c.arch().storage().get(s);
            long need = 0;
            for (TensorLevelStats st : a.levels()) {
                if (st.level().equals(l.name())) {
                    need += st.utilizedCapacity();
                }
            }
            boolean onChip = s > 0 && need > 0;
            tight.add(onChip ? l.withCapacity(need) : l);
            loose.add(onChip ? l.withCapacity(need * 10) : l);
        }
        Analysis t = LoopNestAnalyzer.analyze(c.problem(), withStorage(c.arch(), tight), c.mapping());
        Analysis lo = LoopNestAnalyzer.analyze(c.problem(), withStorage(c.arch(), loose), c.mapping());
        assertEquals(t.levels(), lo.levels());
        assertEquals(a.levels(), t.levels());
    }

    @Property(tries = 150)
    void dearerAccessesNeverMakeAMappingCheaper(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed) {
        RandomNests.Case c = RandomNests.random(seed);
        Analysis a = LoopNestAnalyzer.analyze(c.problem(), c.arch(), c.mapping());
        List<StorageLevel> dearer = new ArrayList<>();
        for (StorageLevel l : c.arch().storage()) {
            dearer.add(new StorageLevel(
                    l.name(),
                    l.instances(),
                    l.meshX(),
                    l.meshY(),
                    l.keeps(),
                    l.wordBits(),
                    l.blockWords(),
                    l.capacityWords(),
                    l.readEnergyPJ() * 2,
                    l.writeEnergyPJ() * 2,
                    l.updateEnergyPJ() * 2,
                    l.leakPJPerCycle(),
                    l.areaUm2(),
                    l.readBandwidth(),
                    l.writeBandwidth(),
                    l.sharedBandwidth(),
                    l.clusterSize(),
                    l.multipleBuffering(),
                    l.fanout()));
        }
        Analysis b = LoopNestAnalyzer.analyze(c.problem(), withStorage(c.arch(), dearer), c.mapping());
        double accessA = a.energyPJ() - a.computeEnergyPJ() - a.leakageEnergyPJ();
        double accessB = b.energyPJ() - b.computeEnergyPJ() - b.leakageEnergyPJ();
        assertEquals(2 * accessA, accessB, 1e-6 * Math.max(1, accessB));
    }

    @Property(tries = 150)
    void theOutermostLevelDeliversEveryWordAtLeastOnce(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed) {
        RandomNests.Case c = RandomNests.random(seed);
        Analysis a = LoopNestAnalyzer.analyze(c.problem(), c.arch(), c.mapping());
        String top = c.arch().storage().get(0).name();
        assertTrue(a.stats(top, Tensor.W).readsPerInstance() >= c.problem().tensorWords(Tensor.W));
        // inputs: every word some MAC touches (rows p·stride + r; a stride above R skips rows)
        ConvProblem p = c.problem();
        long rows = p.r() >= p.strideH() ? (long) (p.p() - 1) * p.strideH() + p.r() : (long) p.p() * p.r();
        long cols = p.s() >= p.strideW() ? (long) (p.q() - 1) * p.strideW() + p.s() : (long) p.q() * p.s();
        assertTrue(a.stats(top, Tensor.I).readsPerInstance() >= (long) p.n() * p.g() * p.c() * rows * cols);
        assertEquals(
                c.problem().tensorWords(Tensor.O),
                a.stats(top, Tensor.O).updatesPerInstance()
                        - a.stats(top, Tensor.O).readsPerInstance());
    }

    private static Architecture withStorage(Architecture a, List<StorageLevel> storage) {
        return new Architecture(a.name(), a.clockHz(), storage, a.compute());
    }
}
