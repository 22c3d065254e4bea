package org.codesign.cost.mapper;

import static org.codesign.cost.mapper.MappingContext.D;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.codesign.cost.loopnest.Architecture;
import org.codesign.cost.loopnest.Dim;
import org.codesign.cost.loopnest.LevelMapping;
import org.codesign.cost.loopnest.Loop;
import org.codesign.cost.loopnest.Mapping;

/**
 * A mapping as the search edits it: per storage level the temporal factor and loop order of each
 * dimension, and per fan-out axis and level the spatial factors. Mutable for speed; each phase of
 * the search works on a state of its own and hands over a {@link #copy()}.
 */
final class MappingState {
    /** [level][dim]: temporal factors; level 0 (DRAM) holds what the other levels do not. */
    private final int[][] temporal;
    /** [axis][level][dim]: spatial factors of the fan-out below each level. */
    private final int[][][] spatial;
    /** [level][i]: the dimensions of a level's temporal loops, outer to inner. */
    private final int[][] order;
    /** Scratch of {@link #key}. */
    private final long[] keyScratch = new long[D];

    private MappingState(int[][] temporal, int[][][] spatial, int[][] order) {
        this.temporal = temporal;
        this.spatial = spatial;
        this.order = order;
    }

    /**
     * The state with the given spatial factors, every temporal factor in DRAM (the smallest tiles
     * for them) and every level's loops in dimension order.
     */
    static MappingState start(SpatialChoice sp, MappingContext ctx) {
        int levels = ctx.levels;
        int[][] temporal = ones(levels);
        int[][][] spatial = new int[SpatialAxis.COUNT][][];
        for (int a = 0; a < spatial.length; a++) {
            spatial[a] = deep(sp.factors()[a]);
        }
        int[][] order = new int[levels][D];
        for (int s = 0; s < levels; s++) {
            for (int d = 0; d < D; d++) {
                order[s][d] = d;
            }
        }
        for (int d = 0; d < D; d++) {
            int spread = 1;
            for (int s = 0; s < levels; s++) {
                int f = 1;
                for (int[][] axis : spatial) {
                    f *= axis[s][d];
                }
                spread *= f;
            }
            temporal[0][d] = ctx.bound(d) / spread;
        }
        return new MappingState(temporal, spatial, order);
    }

    MappingState copy() {
        int[][][] sp = new int[spatial.length][][];
        for (int a = 0; a < sp.length; a++) {
            sp[a] = deep(spatial[a]);
        }
        return new MappingState(deep(temporal), sp, deep(order));
    }

    int levels() {
        return temporal.length;
    }

    /** The live temporal factors of a level ([dim]); moves edit them in place. */
    int[] temporal(int level) {
        return temporal[level];
    }

    /** The live spatial factors of a level's fan-out along an axis ([dim]). */
    int[] spatial(SpatialAxis axis, int level) {
        return spatial[axis.ordinal()][level];
    }

    /** The live loop order of a level ([i] = dimension, outer to inner). */
    int[] order(int level) {
        return order[level];
    }

    /** The number of a level's temporal loops with a factor above 1. */
    int nonTrivialLoops(int level) {
        int n = 0;
        for (int d = 0; d < D; d++) {
            if (temporal[level][d] > 1) {
                n++;
            }
        }
        return n;
    }

    /**
     * Multiplies tile spans ([dim]) by what one level adds to them: its temporal factors and the
     * spatial factors of its fan-out on every axis.
     */
    void growSpans(int level, long[] spans) {
        int[] t = temporal[level];
        for (int d = 0; d < D; d++) {
            spans[d] *= t[d];
        }
        for (int[][] axis : spatial) {
            int[] f = axis[level];
            for (int d = 0; d < D; d++) {
                spans[d] *= f[d];
            }
        }
    }

    /** Orders a level from {@code from} so the loops that do not index tensor t are innermost. */
    void orderStationary(int level, int t, int[] from) {
        int[] o = order[level];
        int k = 0;
        for (int i = 0; i < D; i++) {
            if (MappingContext.INDEXES[t][from[i]]) {
                o[k++] = from[i];
            }
        }
        for (int i = 0; i < D; i++) {
            if (!MappingContext.INDEXES[t][from[i]]) {
                o[k++] = from[i];
            }
        }
    }

    /** Orders a level as {@code from} with dimension d moved innermost. */
    void orderInnermost(int level, int d, int[] from) {
        int[] o = order[level];
        int k = 0;
        for (int i = 0; i < D; i++) {
            if (from[i] != d) {
                o[k++] = from[i];
            }
        }
        o[k] = d;
    }

    /** Orders a level as {@code from} with dimension d moved outermost. */
    void orderOutermost(int level, int d, int[] from) {
        int[] o = order[level];
        int k = 0;
        o[k++] = d;
        for (int i = 0; i < D; i++) {
            if (from[i] != d) {
                o[k++] = from[i];
            }
        }
    }

    /** A 64-bit fingerprint of the effective nest (factors, and the order of non-trivial loops). */
    long key() {
        long h = 0x9E3779B97F4A7C15L;
        long[] packed = keyScratch;
        for (int s = 0; s < temporal.length; s++) {
            int[] t = temporal[s];
            int[] o = order[s];
            // per dimension: the temporal factor, then each axis's spatial factor 20 bits further up
            for (int d = 0; d < D; d++) {
                packed[d] = t[d];
            }
            for (int a = 0; a < spatial.length; a++) {
                int[] f = spatial[a][s];
                int shift = 20 * (a + 1);
                for (int d = 0; d < D; d++) {
                    packed[d] |= (long) f[d] << shift;
                }
            }
            for (int d = 0; d < D; d++) {
                h = mix(h, packed[d]);
            }
            for (int i = 0; i < D; i++) {
                if (t[o[i]] > 1) {
                    h = mix(h, 64 + o[i]);
                }
            }
            h = mix(h, -1);
        }
        return h != 0 ? h : 1; // 0 marks a free slot of LongDoubleMap
    }

    private static long mix(long h, long v) {
        long x = (h ^ v) * 0xBF58476D1CE4E5B9L;
        return x ^ (x >>> 31);
    }

    /** The mapping this state stands for (loops of factor 1 left out). */
    Mapping toMapping(Architecture arch) {
        List<LevelMapping> out = new ArrayList<>();
        for (int s = 0; s < temporal.length; s++) {
            List<Loop> t = new ArrayList<>();
            for (int i = 0; i < D; i++) {
                int d = order[s][i];
                if (temporal[s][d] > 1) {
                    t.add(new Loop(Dim.of(d), temporal[s][d]));
                }
            }
            out.add(new LevelMapping(
                    arch.storage().get(s).name(),
                    t,
                    loops(spatial(SpatialAxis.X, s)),
                    loops(spatial(SpatialAxis.Y, s))));
        }
        return new Mapping(out);
    }

    /** The factors above 1 of a per-dimension array, as loops in dimension order. */
    static List<Loop> loops(int[] f) {
        List<Loop> l = new ArrayList<>();
        for (int d = 0; d < D; d++) {
            if (f[d] > 1) {
                l.add(new Loop(Dim.of(d), f[d]));
            }
        }
        return l;
    }

    /** [level][dim] factors of 1. */
    static int[][] ones(int levels) {
        int[][] a = new int[levels][D];
        for (int[] r : a) {
            Arrays.fill(r, 1);
        }
        return a;
    }

    /** [axis][level][dim] factors of 1. */
    static int[][][] ones(int axes, int levels) {
        int[][][] a = new int[axes][][];
        for (int i = 0; i < axes; i++) {
            a[i] = ones(levels);
        }
        return a;
    }

    private static int[][] deep(int[][] a) {
        int[][] c = new int[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
