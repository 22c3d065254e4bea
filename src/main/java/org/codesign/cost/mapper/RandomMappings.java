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
 * <p>One draw: each loop bound is factorised at random over the slots that can hold a factor
 * (every storage level's temporal loops, and each fan-out axis the dataflow's
 * {@link SpatialConstraints} let carry the dimension): per prime of the bound, its multiplicity is
 * split over the slots as a uniform composition, so that without buffer limits every ordered
 * factorisation over the slots is equally likely. The slots are filled level by level from the
 * innermost, and a level whose fan-out exceeds the array or whose tiles exceed its buffer is
 * redrawn (bounded) before the next level is drawn: plain rejection of whole draws accepted about
 * one draw in thousands on the sample's arrays, whose registers hold a few words. Each level's loop
 * order is a uniform permutation. A slot is closed in advance when even its smallest factor alone
 * overflows its level (a one-word register, say): no legal mapping uses it.
 *
 * <p>Deterministic for a given random source. Not thread-safe (one instance per thread).
 */
public final class RandomMappings {
    /** Draws before giving up on a layer (fit checks are cheap; only the accepted mapping is analysed). */
    public static final int DEFAULT_TRIES = 2_000;
    /** Redraws of one level before the whole draw starts again. */
    static final int LEVEL_TRIES = 12;

    private final MappingContext ctx;
    /** Why even unit tiles overflow a level, or null when some mapping fits. */
    private final String tooSmall;
    /** [dim]: the slots that may hold a factor of the dimension (see {@link #slot}). */
    private final int[][] slots;
    /** [dim]: the prime factors of the bound and their multiplicities. */
    private final int[][] primes;
    /** [dim]: the multiplicity of each of those primes. */
    private final int[][] multiplicities;
    /** Scratch of one draw: [dim][prime] multiplicity not yet placed, and placed at the current level. */
    private final int[][] left;

    private final int[][] taken;
    /** Scratch: a level's spans with its factors. */
    private final long[] grown = new long[D];

    public RandomMappings(ConvProblem problem, Architecture arch, SpatialConstraints constraints) {
        this.ctx = new MappingContext(problem, arch, constraints);
        this.tooSmall = smallestTilesProblem();
        this.slots = new int[D][];
        this.primes = new int[D][];
        this.multiplicities = new int[D][];
        this.left = new int[D][];
        this.taken = new int[D][];
        for (int d = 0; d < D; d++) {
            slots[d] = openSlots(d);
            int[][] pf = factorise(ctx.bound(d));
            primes[d] = pf[0];
            multiplicities[d] = pf[1];
            left[d] = new int[pf[1].length];
            taken[d] = new int[pf[1].length];
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
            if (factorise(random, temporal, spatial, spans)) {
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
        // innermost level first, DRAM's temporal loop last: the order the draw fills them in
        for (int s = ctx.levels - 1; s >= 0; s--) {
            Arrays.fill(sp, 1);
            sp[d] = smallest;
            for (SpatialAxis a : SpatialAxis.ALL) {
                if (ctx.fanout(s, a) >= smallest && ctx.allows(s, a, d) && ctx.fits(s, sp)) {
                    open.add(slot(a, s));
                }
            }
            if (s == 0 || ctx.fits(s, sp)) {
                open.add(s);
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

    /**
     * One factorisation of every bound over its open slots, drawn level by level from the
     * innermost: each slot's share of each prime from the marginal of a uniform composition of
     * what is left over the slots left ({@link #share}), so that without buffers the result is a
     * uniform factorisation. A level whose fan-out or tiles overflow is redrawn (at most
     * {@link #LEVEL_TRIES} times); returns false when one never fits.
     */
    private boolean factorise(SplittableRandom random, int[][] temporal, int[][][] spatial, long[] spans) {
        for (int[] t : temporal) {
            Arrays.fill(t, 1);
        }
        for (int[][] axis : spatial) {
            for (int[] f : axis) {
                Arrays.fill(f, 1);
            }
        }
        for (int d = 0; d < D; d++) {
            System.arraycopy(multiplicities[d], 0, left[d], 0, multiplicities[d].length);
        }
        Arrays.fill(spans, 1);
        for (int s = ctx.levels - 1; s >= 0; s--) {
            if (!drawLevel(random, s, temporal, spatial, spans)) {
                return false;
            }
        }
        return true;
    }

    /** Draws level s's factors from what the inner levels left and grows the spans by them. */
    private boolean drawLevel(SplittableRandom random, int s, int[][] temporal, int[][][] spatial, long[] spans) {
        for (int attempt = 0; attempt < LEVEL_TRIES; attempt++) {
            for (int d = 0; d < D; d++) {
                int[] open = slots[d];
                for (int i = 0; i < primes[d].length; i++) {
                    taken[d][i] = 0;
                }
                for (int k = 0; k < open.length; k++) {
                    int code = open[k];
                    if (levelOf(code) != s) {
                        continue;
                    }
                    int f = 1;
                    for (int i = 0; i < primes[d].length; i++) {
                        int x = share(random, left[d][i] - taken[d][i], slotsLeft(d, k));
                        taken[d][i] += x;
                        for (int e = 0; e < x; e++) {
                            f *= primes[d][i];
                        }
                    }
                    if (code < ctx.levels) {
                        temporal[s][d] = f;
                    } else {
                        spatial[code / ctx.levels - 1][s][d] = f;
                    }
                }
            }
            if (levelFits(s, temporal, spatial, spans)) {
                for (int d = 0; d < D; d++) {
                    for (int i = 0; i < primes[d].length; i++) {
                        left[d][i] -= taken[d][i];
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** The level of a slot code. */
    private int levelOf(int code) {
        return code % ctx.levels;
    }

    /**
     * The open slots of dimension d at slot k's level or further out, k included: the parts a
     * prime's remaining multiplicity is still split over. Slots are listed by level outward from
     * the innermost ({@link #openSlots}), so they are slot k and every later one.
     */
    private int slotsLeft(int d, int k) {
        return slots[d].length - k;
    }

    /**
     * The first part of a uniform composition of {@code n} into {@code k} non-negative parts:
     * P(x) ∝ C(n − x + k − 2, k − 2), the compositions of the rest into k − 1 parts.
     */
    static int share(SplittableRandom random, int n, int k) {
        if (k <= 1 || n == 0) {
            return n;
        }
        // w(x) = C(n − x + k − 2, k − 2), summed over x = 0..n: C(n + k − 1, k − 1)
        double u = random.nextDouble() * binomial(n + k - 1, k - 1);
        for (int x = 0; x < n; x++) {
            u -= binomial(n - x + k - 2, k - 2);
            if (u < 0) {
                return x;
            }
        }
        return n;
    }

    /** A uniform composition of {@code n} into {@code k} non-negative parts, part by part. */
    static int[] composition(SplittableRandom random, int n, int k) {
        int[] parts = new int[k];
        int left = n;
        for (int i = 0; i < k; i++) {
            parts[i] = share(random, left, k - i);
            left -= parts[i];
        }
        return parts;
    }

    private static double binomial(int n, int r) {
        double b = 1;
        for (int i = 1; i <= r; i++) {
            b = b * (n - r + i) / i;
        }
        return b;
    }

    /** Level s's fan-out fits the array and its tiles (spans grown by its factors) fit; commits the spans if so. */
    private boolean levelFits(int s, int[][] temporal, int[][][] spatial, long[] spans) {
        for (SpatialAxis a : SpatialAxis.ALL) {
            if (MappingContext.product(spatial[a.ordinal()][s]) > ctx.fanout(s, a)) {
                return false;
            }
        }
        for (int d = 0; d < D; d++) {
            long g = spans[d] * temporal[s][d];
            for (int[][] axis : spatial) {
                g *= axis[s][d];
            }
            grown[d] = g;
        }
        if (!ctx.fits(s, grown)) {
            return false;
        }
        System.arraycopy(grown, 0, spans, 0, D);
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
                    MappingState.loops(spatial[SpatialAxis.X.ordinal()][s]),
                    MappingState.loops(spatial[SpatialAxis.Y.ordinal()][s])));
        }
        return new Mapping(out);
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
