package org.codesign.cost.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.codesign.cost.loopnest.Analysis;
import org.codesign.cost.loopnest.Architecture;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.cost.loopnest.Dim;
import org.codesign.cost.loopnest.FanoutContainers;
import org.codesign.cost.loopnest.LevelMapping;
import org.codesign.cost.loopnest.Loop;
import org.codesign.cost.loopnest.LoopNestAnalyzer;
import org.codesign.cost.loopnest.Mapping;
import org.codesign.cost.loopnest.StorageLevel;
import org.codesign.cost.loopnest.Tensor;

/**
 * On random architectures (bounded buffers, bypasses, bandwidth limits, clusters, multiple
 * buffering, one or two fan-outs) the mapper returns a legal mapping close to the best of 300
 * random legal mappings — what a short random-search mapper would find.
 */
class MapperProperties {
    private static final double INF = Double.POSITIVE_INFINITY;

    static Architecture architecture(Random r) {
        int levels = 3 + r.nextInt(3);
        List<StorageLevel> storage = new ArrayList<>();
        int mx = 1;
        int my = 1;
        for (int i = 0; i < levels; i++) {
            EnumSet<Tensor> keeps = EnumSet.noneOf(Tensor.class);
            for (Tensor t : Tensor.values()) {
                if (i == 0 || r.nextInt(3) > 0) {
                    keeps.add(t);
                }
            }
            long capacity = i == 0 ? StorageLevel.UNBOUNDED : 8L << r.nextInt(10 - Math.min(i * 2, 6));
            double bw = i == 0 && r.nextBoolean() ? 1 + r.nextInt(8) : INF;
            int cluster = i == levels - 1 && r.nextBoolean() ? 2 : 1;
            storage.add(new StorageLevel(
                    "L" + i,
                    mx * my,
                    mx,
                    my,
                    keeps,
                    16,
                    1 + r.nextInt(4),
                    capacity,
                    20.0 / (i + 1),
                    25.0 / (i + 1),
                    25.0 / (i + 1),
                    0.001,
                    100,
                    INF,
                    INF,
                    bw,
                    cluster,
                    r.nextInt(4) == 0 ? 2.0 : 1.0,
                    r.nextBoolean() ? FanoutContainers.SHARED : FanoutContainers.X_THEN_Y));
            if (i == 1 || (i > 1 && r.nextInt(3) == 0)) {
                mx *= 2 + r.nextInt(4);
                my *= 1 + r.nextInt(4);
            }
        }
        // cluster sizes must divide the instances
        List<StorageLevel> fixed = new ArrayList<>();
        for (StorageLevel l : storage) {
            fixed.add(
                    l.instances() % l.clusterSize() == 0
                            ? l
                            : new StorageLevel(
                                    l.name(),
                                    l.instances(),
                                    l.meshX(),
                                    l.meshY(),
                                    l.keeps(),
                                    l.wordBits(),
                                    l.blockWords(),
                                    l.capacityWords(),
                                    l.readEnergyPJ(),
                                    l.writeEnergyPJ(),
                                    l.updateEnergyPJ(),
                                    l.leakPJPerCycle(),
                                    l.areaUm2(),
                                    l.readBandwidth(),
                                    l.writeBandwidth(),
                                    l.sharedBandwidth(),
                                    1,
                                    l.multipleBuffering(),
                                    l.fanout()));
        }
        return new Architecture(
                "random", 1e9, fixed, new org.codesign.cost.loopnest.ComputeLevel("mac", mx * my, mx, my, 1.0, 0, 50));
    }

    static ConvProblem problem(Random r) {
        int[] small = {1, 2, 3, 4, 6, 8, 12, 16};
        return new ConvProblem(
                "random",
                1,
                r.nextInt(4) == 0 ? 4 : 1,
                small[r.nextInt(small.length)],
                small[r.nextInt(small.length)],
                1 + r.nextInt(14),
                1 + r.nextInt(14),
                1 + r.nextInt(3),
                1 + r.nextInt(3),
                1 + r.nextInt(2),
                1 + r.nextInt(2));
    }

    /** The best EDP of 300 random legal mappings (what a short random search finds). */
    static double bestRandom(long seed, ConvProblem p, Architecture arch) {
        double best = INF;
        Random mr = new Random(seed * 31 + 7);
        for (int k = 0; k < 300; k++) {
            Mapping m = randomMapping(mr, p, arch);
            try {
                best = Math.min(best, LoopNestAnalyzer.analyze(p, arch, m).edp());
            } catch (IllegalArgumentException tooBig) {
                // a tile exceeded a buffer: not a legal mapping
            }
        }
        return best;
    }

    /**
     * The default search (sized for speed on small layers) stays close to random search even on
     * odd random architectures. Measured over seeds 0..999 ({@link MapperVsRandomSearch},
     * BENCHMARKS.md) it matches or beats the best of 300 random mappings on 96.9 % of them and is
     * off by more than 10 % on 1.5 % (at worst 2.02×); this property checks a fixed sample of 60 so
     * the bound below is reproducible.
     */
    @Property(tries = 60, seed = "20261123")
    void theDefaultMapperIsCloseToRandomSearch(@ForAll @LongRange(min = 0, max = 1_000_000L) long seed) {
        Random r = new Random(seed);
        Architecture arch = architecture(r);
        ConvProblem p = problem(r);
        double best = bestRandom(seed, p, arch);
        MapResult found = Mapper.search(p, arch, SpatialConstraints.none(), MappingObjective.EDP, Mapper.DEFAULT_BUDGET)
                .orElseThrow();
        Analysis again = LoopNestAnalyzer.analyze(p, arch, found.mapping());
        assertEquals(found.analysis(), again, "the reported analysis is that of the mapping");
        assertTrue(
                found.analysis().edp() <= best * 1.25,
                "seed " + seed + ": mapper " + found.analysis().edp() + " vs random " + best + " "
                        + found.mapping().describe());
    }

    static Mapping randomMapping(Random r, ConvProblem p, Architecture arch) {
        int levels = arch.storage().size();
        int[][] t = new int[levels][Dim.COUNT];
        int[][] x = new int[levels][Dim.COUNT];
        int[][] y = new int[levels][Dim.COUNT];
        int[] ux = new int[levels];
        int[] uy = new int[levels];
        for (int s = 0; s < levels; s++) {
            java.util.Arrays.fill(t[s], 1);
            java.util.Arrays.fill(x[s], 1);
            java.util.Arrays.fill(y[s], 1);
            ux[s] = 1;
            uy[s] = 1;
        }
        for (int d = 0; d < Dim.COUNT; d++) {
            int n = p.bound(d);
            for (int q = 2; n > 1; ) {
                if (n % q != 0) {
                    q++;
                    continue;
                }
                n /= q;
                int s = r.nextInt(levels);
                int kind = r.nextInt(3);
                if (kind == 1 && ux[s] * q <= arch.fanoutX(s)) {
                    x[s][d] *= q;
                    ux[s] *= q;
                } else if (kind == 2 && uy[s] * q <= arch.fanoutY(s)) {
                    y[s][d] *= q;
                    uy[s] *= q;
                } else {
                    t[s][d] *= q;
                }
            }
        }
        List<LevelMapping> out = new ArrayList<>();
        for (int s = 0; s < levels; s++) {
            List<Loop> temporal = loops(t[s]);
            java.util.Collections.shuffle(temporal, r);
            out.add(new LevelMapping(arch.storage().get(s).name(), temporal, loops(x[s]), loops(y[s])));
        }
        return new Mapping(out);
    }

    private static List<Loop> loops(int[] f) {
        List<Loop> l = new ArrayList<>();
        for (int d = 0; d < Dim.COUNT; d++) {
            if (f[d] > 1) {
                l.add(new Loop(Dim.of(d), f[d]));
            }
        }
        return l;
    }
}
