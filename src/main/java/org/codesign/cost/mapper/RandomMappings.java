package org.codesign.cost.mapper;

import static org.codesign.cost.mapper.MappingContext.D;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.codesign.cost.loopnest.Architecture;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.cost.loopnest.Dim;
import org.codesign.cost.loopnest.LevelMapping;
import org.codesign.cost.loopnest.Loop;
import org.codesign.cost.loopnest.LoopNestAnalyzer;
import org.codesign.cost.loopnest.Mapping;

/**
 * Random legal mappings of one layer onto one architecture, the mapping half of DOSA's
 * random-search baseline (Hong et al., MICRO 2023, Sec. 6: random hardware, random mappings), in
 * the manner of Timeloop's random mapper: draw a mapping from the mapspace, reject it unless it fits.
 *
 * <p>One draw: each loop bound is factorised uniformly at random over the slots that can hold a
 * factor (every storage level's temporal loops, and each fan-out axis the dataflow's
 * {@link SpatialConstraints} let carry the dimension): per prime of the bound, its multiplicity is
 * split over the slots by a uniform composition, so every ordered factorisation over the slots is
 * equally likely. Each level's loop order is a uniform permutation. A draw is rejected when a
 * fan-out exceeds the array or a tile exceeds a buffer. A slot is closed in advance when even its
 * smallest factor alone overflows its level (a one-word register, say): no legal mapping uses it,
 * so closing it only spares draws that would be rejected.
 *
 * <p>Deterministic for a given random source. Not thread-safe (one instance per thread).
 */
public final class RandomMappings {
    /** Draws before giving up on a layer (fit checks are cheap; only the accepted draw is analysed). */
    public static final int DEFAULT_TRIES = 20_000;

    private final MappingContext ctx;
    /** Why even unit tiles overflow a level, or null when some mapping fits. */
    private final String tooSmall;
    /** [dim]: the slots that may hold a factor of the dimension (see {@link #slot}). */
    private final int[][] slots;
    /** [dim]: the prime factors of the bound and their multiplicities. */
    private final int[][] primes;
    /** [dim]: the multiplicity of each of those primes. */
    private final int[][] multiplicities;

    public RandomMappings(ConvProblem problem, Architecture arch, SpatialConstraints constraints) {
        this.ctx = new MappingContext(problem, arch, constraints);
        this.tooSmall = smallestTilesProblem();
        this.slots = new int[D][];
        this.primes = new int[D][];
        this.multiplicities = new int[D][];
        for (int d = 0; d < D; d++) {
            slots[d] = openSlots(d);
            int[][] pf = factorise(ctx.bound(d));
            primes[d] = pf[0];
            multiplicities[d] = pf[1];
        }
    }

    /**
     * A random legal mapping and its analysis ({@link MapResult#evaluations()}: the draws it took),
     * or {@link MapOutcome.Unmappable} saying why: no mapping fits at all (the level is named), or
     * none of {@code tries} draws did.
     */
    public MapOutcome sample(SplittableRandom random, int tries) {
        if (tries < 1) {
            throw new IllegalArgumentException("tries: must be positive, got " + tries);
        }
        if (tooSmall != null) {
            return new MapOutcome.Unmappable(tooSmall + " — layer '" + ctx.problem.name() + "'");
        }
        int levels = ctx.levels;
        int[][] temporal = new int[levels][D];
        int[][][] spatial = new int[SpatialAxis.COUNT][levels][D];
        long[] spans = new long[D];
        for (int draw = 1; draw <= tries; draw++) {
            factorise(random, temporal, spatial);
            if (fansOut(spatial) && fits(temporal, spatial, spans)) {
                Mapping mapping = mapping(random, temporal, spatial);
                return new MapResult(
                        mapping, LoopNestAnalyzer.analyze(ctx.problem, ctx.arch, mapping), MappingObjective.EDP, draw);
            }
        }
        return new MapOutcome.Unmappable("no random mapping of " + tries + " draws fitted the buffers and the array"
                + " — layer '" + ctx.problem.name() + "' on " + ctx.arch.name());
    }

    /** The number of slots that may hold a factor of a dimension (for tests and reports). */
    public int openSlots(Dim dim) {
        return slots[dim.ordinal()].length;
    }

    /**
     * Slot codes: {@code s} is level s's temporal loop, {@code levels * (1 + axis) + s} the
     * fan-out of level s along the axis.
     */
    private int slot(SpatialAxis axis, int level) {
        return ctx.levels * (1 + axis.ordinal()) + level;
    }

    private int[] openSlots(int d) {
        List<Integer> open = new ArrayList<>();
        if (ctx.bound(d) == 1) {
            return new int[] {0};
        }
        int smallest = MappingContext.smallestPrime(ctx.bound(d));
        long[] sp = new long[D];
        for (int s = 0; s < ctx.levels; s++) {
            Arrays.fill(sp, 1);
            sp[d] = smallest;
            if (s == 0 || ctx.fits(s, sp)) {
                open.add(s);
            }
            for (SpatialAxis a : SpatialAxis.ALL) {
                if (ctx.fanout(s, a) >= smallest && ctx.allows(s, a, d) && ctx.fits(s, sp)) {
                    open.add(slot(a, s));
                }
            }
        }
        return open.stream().mapToInt(Integer::intValue).toArray();
    }

    private String smallestTilesProblem() {
        long[] ones = new long[D];
        Arrays.fill(ones, 1);
        for (int s = 0; s < ctx.levels; s++) {
            if (!ctx.fits(s, ones)) {
                var level = ctx.arch.storage().get(s);
                return "even the smallest tiles do not fit " + level.name() + " (" + level.effectiveCapacityWords()
                        + " words)";
            }
        }
        return null;
    }

    /** One uniform factorisation of every bound over its open slots. */
    private void factorise(SplittableRandom random, int[][] temporal, int[][][] spatial) {
        for (int[] t : temporal) {
            Arrays.fill(t, 1);
        }
        for (int[][] axis : spatial) {
            for (int[] f : axis) {
                Arrays.fill(f, 1);
            }
        }
        int levels = ctx.levels;
        for (int d = 0; d < D; d++) {
            int[] open = slots[d];
            for (int i = 0; i < primes[d].length; i++) {
                int[] shares = composition(random, multiplicities[d][i], open.length);
                for (int k = 0; k < open.length; k++) {
                    int f = 1;
                    for (int e = 0; e < shares[k]; e++) {
                        f *= primes[d][i];
                    }
                    if (f == 1) {
                        continue;
                    }
                    int code = open[k];
                    if (code < levels) {
                        temporal[code][d] *= f;
                    } else {
                        spatial[code / levels - 1][code % levels][d] *= f;
                    }
                }
            }
        }
    }

    /**
     * A uniform composition of {@code n} into {@code k} non-negative parts (stars and bars: k−1
     * bars among n+k−1 places, a uniform subset by a partial Fisher–Yates shuffle).
     */
    static int[] composition(SplittableRandom random, int n, int k) {
        int places = n + k - 1;
        int[] idx = new int[places];
        for (int i = 0; i < places; i++) {
            idx[i] = i;
        }
        boolean[] bar = new boolean[places];
        for (int i = 0; i < k - 1; i++) {
            int j = i + random.nextInt(places - i);
            int tmp = idx[i];
            idx[i] = idx[j];
            idx[j] = tmp;
            bar[idx[i]] = true;
        }
        int[] parts = new int[k];
        int part = 0;
        for (int p = 0; p < places; p++) {
            if (bar[p]) {
                part++;
            } else {
                parts[part]++;
            }
        }
        return parts;
    }

    private boolean fansOut(int[][][] spatial) {
        for (SpatialAxis a : SpatialAxis.ALL) {
            for (int s = 0; s < ctx.levels; s++) {
                if (MappingContext.product(spatial[a.ordinal()][s]) > ctx.fanout(s, a)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Tiles fit every level: a level's spans are its own and every inner level's factors. */
    private boolean fits(int[][] temporal, int[][][] spatial, long[] spans) {
        Arrays.fill(spans, 1);
        for (int s = ctx.levels - 1; s >= 0; s--) {
            for (int d = 0; d < D; d++) {
                spans[d] *= temporal[s][d];
                for (int[][] axis : spatial) {
                    spans[d] *= axis[s][d];
                }
            }
            if (!ctx.fits(s, spans)) {
                return false;
            }
        }
        return true;
    }

    private Mapping mapping(SplittableRandom random, int[][] temporal, int[][][] spatial) {
        List<LevelMapping> out = new ArrayList<>();
        int[] order = new int[D];
        for (int s = 0; s < ctx.levels; s++) {
            for (int i = 0; i < D; i++) {
                order[i] = i;
            }
            for (int i = D - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            List<Loop> loops = new ArrayList<>();
            for (int d : order) {
                if (temporal[s][d] > 1) {
                    loops.add(new Loop(Dim.of(d), temporal[s][d]));
                }
            }
            out.add(new LevelMapping(
                    ctx.arch.storage().get(s).name(),
                    loops,
                    loops(spatial[SpatialAxis.X.ordinal()][s]),
                    loops(spatial[SpatialAxis.Y.ordinal()][s])));
        }
        return new Mapping(out);
    }

    private static List<Loop> loops(int[] f) {
        List<Loop> l = new ArrayList<>();
        for (int d = 0; d < D; d++) {
            if (f[d] > 1) {
                l.add(new Loop(Dim.of(d), f[d]));
            }
        }
        return l;
    }

    /** [0]: the distinct primes of n, [1]: their multiplicities. */
    private static int[][] factorise(int n) {
        List<int[]> pf = new ArrayList<>();
        int m = n;
        for (int p = 2; (long) p * p <= m; p++) {
            int e = 0;
            while (m % p == 0) {
                m /= p;
                e++;
            }
            if (e > 0) {
                pf.add(new int[] {p, e});
            }
        }
        if (m > 1) {
            pf.add(new int[] {m, 1});
        }
        int[] ps = new int[pf.size()];
        int[] es = new int[pf.size()];
        for (int i = 0; i < ps.length; i++) {
            ps[i] = pf.get(i)[0];
            es[i] = pf.get(i)[1];
        }
        return new int[][] {ps, es};
    }
}
