package org.codesign.cost.mapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.codesign.cost.loopnest.Architecture;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.cost.loopnest.Dim;
import org.codesign.cost.loopnest.FanoutContainers;
import org.codesign.cost.loopnest.FlatNest;
import org.codesign.cost.loopnest.LevelMapping;
import org.codesign.cost.loopnest.Loop;
import org.codesign.cost.loopnest.LoopNestAnalyzer;
import org.codesign.cost.loopnest.Mapping;
import org.codesign.cost.loopnest.NestEvaluator;
import org.codesign.cost.loopnest.Tensor;

/**
 * One mapping search (single-threaded, deterministic). The search space is: spatial factors per
 * fan-out axis (limited by the hardware and the dataflow's {@link SpatialConstraints}), temporal
 * factors per storage level, and the loop order at each level.
 *
 * <ol>
 * <li>Spatial candidates: per axis, every assignment of divisors to at most two allowed dimensions
 *   that cannot grow further; combined over axes and fan-outs, the ones with the most MACs in use
 *   are kept (they set the compute cycles), each new set of spread dimensions early.</li>
 * <li>Seeds for the first candidates: cheap max-fills (one evaluation each: from the innermost
 *   level out, each level takes the largest fitting chunk of each dimension in a priority order —
 *   any dimension, or only those that index a tensor the level keeps, so that a level holding
 *   only outputs does not swallow the filter loops the weights need), and for the first candidate
 *   also a greedy fill (the innermost levels first take the prime factor or the largest fitting
 *   chunk of the dimension that lowers the objective most, then each level gets the best of the
 *   stationary and innermost-dimension loop orders).</li>
 * <li>The best distinct seeds are polished by first-improvement local search: moving a prime
 *   factor (or a whole factor) of a dimension between any two levels, spatial moves (a prime
 *   between a fan-out and the temporal loops, or between two fan-outs, or two fan-outs swapping
 *   dimensions) and re-ordering a level's loops.</li>
 * </ol>
 * Candidates are scored with a bounded analysis: a move that can only be accepted if it beats the
 * incumbent stops being analysed as soon as its energy provably cannot (see
 * {@link NestEvaluator#evaluate(FlatNest, double, double)}), which changes no decision.
 */
final class MapperSearch {
    private static final int D = Dim.COUNT;
    private static final int MAX_AXIS_OPTIONS = 16;
    private static final int SPATIAL_BEAM = 32;
    private static final int MAX_CANDIDATES = 32;
    private static final double EPS = 1e-9;
    private static final double INF = Double.POSITIVE_INFINITY;

    /**
     * How much to explore: spatial candidates that get the cheap max-fill seeds and how many of
     * them also get the greedy fill, seeds polished, the number of evaluations below which the
     * search keeps polishing further seeds (minimum effort) and the one below which it keeps
     * seeding further spatial candidates (seed effort); and whether
     * analyses may stop early once a candidate provably cannot be accepted (off only to check that
     * the early exit changes nothing).
     */
    record Settings(int seededSpatial, int greedySpatial, int polished, int minEffort, int seedEffort,
                    boolean earlyExit) {

        /**
         * The defaults: large layers dominate a network's cost, so they get more exploration.
         * Seeding goes on past the first spatial candidates only until half the minimum effort is
         * spent: a seed costs max-fill probes on top of its analysis, and on small layers seeding
         * up to the whole minimum effort cost more time than it gained (mbv3-ofa).
         */
        static Settings forProblem(ConvProblem p) {
            int minEffort = minEffort(p);
            return new Settings(8, 1, 2, minEffort, minEffort / 2, true);
        }

        Settings withoutEarlyExit() {
            return new Settings(seededSpatial, greedySpatial, polished, minEffort, seedEffort, false);
        }

        static int minEffort(ConvProblem p) {
            long macs = p.macs();
            return macs >= 100_000_000L ? 300 : macs >= 10_000_000L ? 150 : 100;
        }
    }

    private final ConvProblem problem;
    private final Architecture arch;
    private final SpatialConstraints constraints;
    private final Objective objective;
    private final Settings settings;
    private final NestEvaluator ev;
    private final FlatNest nest = new FlatNest();
    private final int levels;
    private final int[] bounds;
    private final int budget;
    /** [tensor][dim]: does the dimension index the tensor. */
    private static final boolean[][] INDEXES = indexes();

    private final long[] capacity;
    /** [dim] the divisors of the dimension's bound, ascending. */
    private final int[][] divisorsOf;
    /** [dim][index of f in divisorsOf[dim]]: {@link #chunksOf}, filled on first use. */
    private final int[][][] chunksTable;
    /** [level][dim] scratch for {@link #largestFitting}: the tile spans of the current state. */
    private final long[][] span;
    private final long[] spanBuf = new long[D];
    private final boolean[] keepW;
    private final boolean[] keepI;
    private final boolean[] keepO;
    /** [level][dim]: does the dimension index a tensor the level keeps. */
    private final boolean[][] indexesKept;
    private final long strideH;
    private final long strideW;

    // search state
    private final int[][] tf;
    private final int[][] sx;
    private final int[][] sy;
    private final int[][] order;
    int evaluations;
    /** Exact scores by state fingerprint (infinite when the tiles do not fit). */
    private final LongDoubleMap seen = new LongDoubleMap();
    /** For states whose bounded analysis stopped early: the bound their score is known to exceed. */
    private final LongDoubleMap exceeds = new LongDoubleMap();
    /** Fingerprints of the states kept as seeds. */
    private final LongDoubleMap seedKeys = new LongDoubleMap();
    /** The polished-th best exact seed scores so far, ascending (infinite while fewer). */
    private double[] bestSeedScores;
    /** Seeds whose bounded analysis stopped early (scored exactly only if polishing reaches them). */
    private final List<Seed> pendingSeeds = new ArrayList<>();
    private int seedCount;

    MapperSearch(ConvProblem problem, Architecture arch, SpatialConstraints constraints, Objective objective,
                 int budget) {
        this(problem, arch, constraints, objective, budget, Settings.forProblem(problem));
    }

    MapperSearch(ConvProblem problem, Architecture arch, SpatialConstraints constraints, Objective objective,
                 int budget, Settings settings) {
        this.problem = problem;
        this.arch = arch;
        this.constraints = constraints;
        this.objective = objective;
        this.settings = settings;
        this.ev = new NestEvaluator(problem, arch);
        this.levels = arch.storage().size();
        this.bounds = problem.bounds();
        this.budget = budget;
        tf = new int[levels][D];
        sx = new int[levels][D];
        sy = new int[levels][D];
        order = new int[levels][D];
        capacity = new long[levels];
        span = new long[levels][D];
        chunksTable = new int[D][][];
        divisorsOf = new int[D][];
        for (int d = 0; d < D; d++) {
            divisorsOf[d] = divisors(bounds[d], Integer.MAX_VALUE).stream().mapToInt(Integer::intValue).toArray();
            chunksTable[d] = new int[divisorsOf[d].length][];
        }
        keepW = new boolean[levels];
        keepI = new boolean[levels];
        keepO = new boolean[levels];
        indexesKept = new boolean[levels][D];
        for (int s = 0; s < levels; s++) {
            var level = arch.storage().get(s);
            capacity[s] = level.effectiveCapacityWords();
            keepW[s] = level.keeps(Tensor.W);
            keepI[s] = level.keeps(Tensor.I);
            keepO[s] = level.keeps(Tensor.O);
            for (int d = 0; d < D; d++) {
                indexesKept[s][d] = (keepW[s] && INDEXES[0][d]) || (keepI[s] && INDEXES[1][d])
                        || (keepO[s] && INDEXES[2][d]);
            }
        }
        strideH = problem.strideH();
        strideW = problem.strideW();
        for (int s = 0; s < levels; s++) {
            for (int d = 0; d < D; d++) {
                order[s][d] = d;
            }
        }
    }

    private static boolean[][] indexes() {
        boolean[][] x = new boolean[3][D];
        // W[G,M,C,R,S], I[N,G,C,P,Q,R,S], O[N,G,M,P,Q]
        for (Dim d : new Dim[] {Dim.G, Dim.M, Dim.C, Dim.R, Dim.S}) {
            x[0][d.ordinal()] = true;
        }
        for (Dim d : new Dim[] {Dim.N, Dim.G, Dim.C, Dim.P, Dim.Q, Dim.R, Dim.S}) {
            x[1][d.ordinal()] = true;
        }
        for (Dim d : new Dim[] {Dim.N, Dim.G, Dim.M, Dim.P, Dim.Q}) {
            x[2][d.ordinal()] = true;
        }
        return x;
    }

    /** A spatial assignment: [level][dim] factors on X and Y and the MACs it keeps busy. */
    private record Spatial(int[][] x, int[][] y, long product) { }

    /** A full state snapshot with its score and fingerprint. */
    private record Snapshot(int[][] tf, int[][] sx, int[][] sy, int[][] order, double score, long key) { }

    /**
     * A seed: its state, its exact score or, when its bounded analysis stopped early, NaN (its
     * score then exceeds {@code bound}, the polished-th best seed score at the time), and its
     * place in the seeding order (ties keep that order).
     */
    private record Seed(Snapshot state, double score, double bound, int index) { }

    private static final Comparator<Seed> BY_SCORE =
            Comparator.comparingDouble(Seed::score).thenComparingInt(Seed::index);

    MapResult run() {
        List<Spatial> spatials = spatialCandidates();
        List<Seed> seeds = new ArrayList<>();
        bestSeedScores = new double[Math.max(1, settings.polished())];
        Arrays.fill(bestSeedScores, INF);
        int next = 0;
        // seed the first spatial candidates, and more while the search has been cheap
        while (next < spatials.size() && (next < settings.seededSpatial() || evaluations < settings.seedEffort())
                && evaluations < budget) {
            seed(spatials.get(next), next < settings.greedySpatial(), seeds);
            next++;
        }
        seeds.sort(BY_SCORE);
        Snapshot best = null;
        int polishedCount = 0;
        for (int i = 0; i < seeds.size() + pendingSeeds.size()
                && (polishedCount < settings.polished() || evaluations < settings.minEffort())
                && evaluations < budget; i++) {
            settlePending(seeds, i);
            Seed seed = seeds.get(i);
            if (!Double.isFinite(seed.score())) {
                break;
            }
            polishedCount++;
            restore(seed.state());
            polish();
            Snapshot s = snapshot(score(INF));
            if (best == null || s.score() < best.score()) {
                best = s;
            }
        }
        if (best == null || !Double.isFinite(best.score())) {
            throw infeasible();
        }
        restore(best);
        Mapping mapping = toMapping();
        return new MapResult(mapping, LoopNestAnalyzer.analyze(problem, arch, mapping), objective, evaluations);
    }

    /**
     * Makes seed {@code i} the one an exact scoring of every seed would put there: the seeds before
     * {@code i} are settled, and a pending seed can only come next if its bound is below the next
     * exact seed's score, so only those are scored exactly (their states were counted as
     * evaluations already, so the count does not change) and the rest re-sorted.
     */
    private void settlePending(List<Seed> seeds, int i) {
        double next = i < seeds.size() ? seeds.get(i).score() : INF;
        boolean added = false;
        for (var it = pendingSeeds.iterator(); it.hasNext(); ) {
            Seed sd = it.next();
            if (sd.bound() < next || next == INF) {
                restore(sd.state());
                seeds.add(new Seed(sd.state(), score(INF), sd.bound(), sd.index()));
                it.remove();
                added = true;
            }
        }
        if (added) {
            seeds.subList(i, seeds.size()).sort(BY_SCORE);
        }
    }

    /** Seeds from one spatial candidate: the max-fills and, when asked, the greedy fill. */
    private void seed(Spatial sp, boolean greedy, List<Seed> seeds) {
        for (int kept = 0; kept < 2; kept++) {
            for (int[] priority : FILL_ORDERS) {
                setSpatial(sp);
                maxFill(priority, kept == 1);
                addSeed(seeds);
            }
        }
        if (greedy) {
            setSpatial(sp);
            greedyFill();
            addSeed(seeds);
        }
    }

    /**
     * Keeps the current state as a seed unless it does not fit or is already a seed: polishing
     * stops at the first infinite seed and skips a state already polished, so dropping those here
     * changes nothing but the copying. Only the polished-th best seed score so far has to be
     * beaten to be among the seeds polished first, so the analysis may stop early above it.
     */
    private void addSeed(List<Seed> seeds) {
        if (!fitsQuick()) {
            return;
        }
        long key = stateKey();
        if (!Double.isNaN(seedKeys.get(key))) {
            return;
        }
        seedKeys.put(key, 1);
        int k = bestSeedScores.length;
        double bound = bestSeedScores[k - 1];
        double score = score(bound);
        boolean pending = Double.isNaN(seen.get(key));
        if (!pending && !Double.isFinite(score)) {
            return; // the full analysis found that the tiles do not fit
        }
        Snapshot state = new Snapshot(deep(tf), deep(sx), deep(sy), deep(order), pending ? Double.NaN : score, key);
        Seed seed = new Seed(state, state.score(), bound, seedCount++);
        if (pending) {
            pendingSeeds.add(seed);
            return;
        }
        seeds.add(seed);
        // keep the k best exact scores, ascending
        int j = k - 1;
        if (score < bestSeedScores[j]) {
            while (j > 0 && score < bestSeedScores[j - 1]) {
                bestSeedScores[j] = bestSeedScores[j - 1];
                j--;
            }
            bestSeedScores[j] = score;
        }
    }

    private NoMappingException infeasible() {
        // the smallest possible tiles: no spatial fan-out, every temporal factor in DRAM
        for (int s = 0; s < levels; s++) {
            Arrays.fill(sx[s], 1);
            Arrays.fill(sy[s], 1);
            Arrays.fill(tf[s], 1);
        }
        System.arraycopy(bounds, 0, tf[0], 0, D);
        build();
        String why = ev.fits(nest) ? "no legal mapping found within " + budget + " evaluations"
                : "even the smallest tiles do not fit: " + ev.violation();
        return new NoMappingException(why);
    }

    // ------------------------------------------------------------------------------ scoring

    /** The largest score a move from {@code current} may have to count as an improvement. */
    private static double improvingLimit(double current) {
        return current - EPS * Math.abs(current);
    }

    /**
     * The objective of the current state, exact when it is at most {@code limit}; infinite when
     * the tiles do not fit or the score exceeds {@code limit} (then the analysis may stop early).
     * {@link #evaluations} counts distinct states, not analyses: a state whose analysis stopped
     * early and is analysed again under a higher limit is not counted twice, so the count, and
     * with it every budget and effort decision, is the same as without the early exit.
     */
    private double score(double limit) {
        if (!fitsQuick()) {
            return INF;
        }
        long key = stateKey();
        double known = seen.get(key);
        if (!Double.isNaN(known)) {
            return known;
        }
        double exceeded = exceeds.get(key);
        if (Double.isNaN(exceeded)) {
            evaluations++;
        } else if (exceeded >= limit) {
            return INF;
        }
        build();
        double bound = settings.earlyExit() ? limit : INF;
        double maxEnergy = objective == Objective.ENERGY ? bound : INF;
        double maxEnergyCycles = objective == Objective.EDP ? bound : INF;
        int outcome = ev.evaluate(nest, maxEnergy, maxEnergyCycles);
        if (outcome == NestEvaluator.ABOVE_BOUND) {
            exceeds.put(key, limit);
            return INF;
        }
        double s = outcome == NestEvaluator.FITS ? objective.score(ev.energyPJ(), ev.cycles()) : INF;
        seen.put(key, s);
        return s;
    }

    /** A 64-bit fingerprint of the effective nest (factors, and the order of non-trivial loops). */
    private long stateKey() {
        long h = 0x9E3779B97F4A7C15L;
        for (int s = 0; s < levels; s++) {
            int[] t = tf[s];
            int[] o = order[s];
            int[] x = sx[s];
            int[] y = sy[s];
            for (int d = 0; d < D; d++) {
                h = mix(h, t[d] | ((long) x[d] << 20) | ((long) y[d] << 40));
            }
            for (int i = 0; i < D; i++) {
                if (t[o[i]] > 1) {
                    h = mix(h, 64 + o[i]);
                }
            }
            h = mix(h, -1);
        }
        return h == 0 ? 1 : h;
    }

    private static long mix(long h, long v) {
        long x = (h ^ v) * 0xBF58476D1CE4E5B9L;
        return x ^ (x >>> 31);
    }

    /**
     * Capacity check without building the nest: a level's tile spans, per dimension, the product
     * of its own and every inner level's temporal and spatial factors.
     */
    private boolean fitsQuick() {
        long n = 1, g = 1, c = 1, m = 1, p = 1, q = 1, r = 1, sS = 1;
        for (int s = levels - 1; s >= 0; s--) {
            int[] t = tf[s];
            int[] x = sx[s];
            int[] y = sy[s];
            n *= (long) t[0] * x[0] * y[0];
            g *= (long) t[1] * x[1] * y[1];
            c *= (long) t[2] * x[2] * y[2];
            m *= (long) t[3] * x[3] * y[3];
            p *= (long) t[4] * x[4] * y[4];
            q *= (long) t[5] * x[5] * y[5];
            r *= (long) t[6] * x[6] * y[6];
            sS *= (long) t[7] * x[7] * y[7];
            long cap = capacity[s];
            if (cap == Long.MAX_VALUE) {
                continue;
            }
            long need = 0;
            if (keepW[s]) {
                need += g * m * c * r * sS;
            }
            if (keepI[s]) {
                need += n * g * c * ((p - 1) * strideH + r) * ((q - 1) * strideW + sS);
            }
            if (keepO[s]) {
                need += n * g * m * p * q;
            }
            if (need > cap) {
                return false;
            }
        }
        return true;
    }

    /** Rebuilds the flat nest from the state (inner → outer). */
    private void build() {
        nest.reset(levels);
        for (int s = levels - 1; s >= 0; s--) {
            boolean hasX = false;
            boolean hasY = false;
            for (int d = 0; d < D; d++) {
                hasX |= sx[s][d] > 1;
                hasY |= sy[s][d] > 1;
            }
            if (hasX || hasY) {
                int fx = arch.fanoutX(s);
                int fy = arch.fanoutY(s);
                if (arch.storage().get(s).fanout() == FanoutContainers.X_THEN_Y) {
                    if (hasY) {
                        nest.beginContainer(s);
                        addSpatial(sy[s], false);
                        nest.endContainer(1, fy);
                    }
                    if (hasX) {
                        nest.beginContainer(s);
                        addSpatial(sx[s], true);
                        nest.endContainer(fx, 1);
                    }
                } else {
                    nest.beginContainer(s);
                    addSpatial(sx[s], true);
                    addSpatial(sy[s], false);
                    nest.endContainer(fx, fy);
                }
            }
            nest.beginStorage(s);
            int[] o = order[s];
            for (int i = D - 1; i >= 0; i--) {
                int d = o[i];
                if (tf[s][d] > 1) {
                    nest.addLoop(d, tf[s][d], false);
                }
            }
            nest.endStorage();
        }
    }

    private void addSpatial(int[] f, boolean x) {
        for (int d = D - 1; d >= 0; d--) {
            if (f[d] > 1) {
                nest.addSpatialLoop(d, f[d], x);
            }
        }
    }

    // ------------------------------------------------------------------------- spatial choice

    /** A partial spatial assignment: the option chosen per axis so far, the MACs used, per-dim use. */
    private record Partial(int[] choice, long product, int[] used) { }

    private List<Spatial> spatialCandidates() {
        // a beam over the fan-out axes: partial assignments with the most MACs in use survive
        List<Integer> axisLevel = new ArrayList<>();
        List<Boolean> axisX = new ArrayList<>();
        List<List<int[]>> options = new ArrayList<>();
        for (int s = 0; s < levels; s++) {
            for (int a = 0; a < 2; a++) {
                int cap = a == 0 ? arch.fanoutX(s) : arch.fanoutY(s);
                if (cap > 1) {
                    axisLevel.add(s);
                    axisX.add(a == 0);
                    options.add(axisOptions(s, a == 0, cap));
                }
            }
        }
        int axes = options.size();
        int[] noUse = new int[D];
        Arrays.fill(noUse, 1);
        List<Partial> beam = new ArrayList<>();
        beam.add(new Partial(new int[axes], 1, noUse));
        for (int i = 0; i < axes; i++) {
            List<int[]> opts = options.get(i);
            List<Partial> next = new ArrayList<>();
            for (Partial part : beam) {
                for (int o = 0; o < opts.size(); o++) {
                    int[] opt = opts.get(o);
                    boolean ok = true;
                    for (int d = 0; d < D && ok; d++) {
                        ok = bounds[d] % ((long) part.used()[d] * opt[d]) == 0;
                    }
                    if (!ok) {
                        continue;
                    }
                    int[] choice = part.choice().clone();
                    choice[i] = o;
                    int[] used = part.used().clone();
                    for (int d = 0; d < D; d++) {
                        used[d] *= opt[d];
                    }
                    next.add(new Partial(choice, part.product() * product(opt), used));
                }
            }
            // stable sort: ties keep the order of generation, so the search stays deterministic
            next.sort(Comparator.comparingLong(Partial::product).reversed());
            beam = next.size() > SPATIAL_BEAM ? new ArrayList<>(next.subList(0, SPATIAL_BEAM)) : next;
        }
        // most MACs first, but each new set of spread dimensions (per axis) before a repeat, down to
        // half the best utilization: a fan-out that uses fewer PEs can save more energy
        List<Partial> ordered = new ArrayList<>();
        java.util.Set<Long> signatures = new java.util.HashSet<>();
        long bestProduct = beam.isEmpty() ? 1 : beam.get(0).product();
        boolean[] taken = new boolean[beam.size()];
        for (int b = 0; b < beam.size(); b++) {
            Partial part = beam.get(b);
            if (part.product() * 2 >= bestProduct && signatures.add(signature(part, options))) {
                ordered.add(part);
                taken[b] = true;
            }
        }
        for (int b = 0; b < beam.size(); b++) {
            if (!taken[b]) {
                ordered.add(beam.get(b));
            }
        }
        List<Spatial> top = new ArrayList<>();
        for (int b = 0; b < ordered.size() && top.size() < MAX_CANDIDATES; b++) {
            Partial part = ordered.get(b);
            int[][] x = ones();
            int[][] y = ones();
            for (int i = 0; i < axes; i++) {
                int[] opt = options.get(i).get(part.choice()[i]);
                System.arraycopy(opt, 0, (axisX.get(i) ? x : y)[axisLevel.get(i)], 0, D);
            }
            Spatial candidate = new Spatial(x, y, part.product());
            // a fan-out widens the tiles of the levels above it: keep it only if they can still fit
            setSpatial(candidate);
            if (fitsQuick()) {
                top.add(candidate);
            }
        }
        if (top.isEmpty()) {
            top.add(new Spatial(ones(), ones(), 1));
        }
        return top;
    }

    /** Which dimensions each axis spreads, as bits. */
    private static long signature(Partial part, List<List<int[]>> options) {
        long sig = 0;
        for (int i = 0; i < part.choice().length; i++) {
            int[] opt = options.get(i).get(part.choice()[i]);
            for (int d = 0; d < D; d++) {
                if (opt[d] > 1) {
                    sig |= 1L << (i * D + d);
                }
            }
        }
        return sig;
    }

    private int[][] ones() {
        int[][] a = new int[levels][D];
        for (int[] r : a) {
            Arrays.fill(r, 1);
        }
        return a;
    }

    /** Assignments of divisors to at most two allowed dimensions with product ≤ cap, largest first. */
    private List<int[]> axisOptions(int s, boolean isX, int cap) {
        List<Integer> allowed = new ArrayList<>();
        for (int d = 0; d < D; d++) {
            Dim dim = Dim.of(d);
            boolean ok = isX ? constraints.allowsX(s, dim) : constraints.allowsY(s, dim);
            if (ok && bounds[d] > 1) {
                allowed.add(d);
            }
        }
        List<int[]> out = new ArrayList<>();
        int[] none = new int[D];
        Arrays.fill(none, 1);
        out.add(none);
        for (int i = 0; i < allowed.size(); i++) {
            int a = allowed.get(i);
            for (int fa : divisors(bounds[a], cap)) {
                if (fa == 1) {
                    continue;
                }
                int[] one = none.clone();
                one[a] = fa;
                out.add(one);
                for (int j = i + 1; j < allowed.size(); j++) {
                    int b = allowed.get(j);
                    for (int fb : divisors(bounds[b], cap / fa)) {
                        if (fb == 1) {
                            continue;
                        }
                        int[] two = one.clone();
                        two[b] = fb;
                        out.add(two);
                    }
                }
            }
        }
        // the largest products first; the joint divisibility check happens when axes are combined
        out.sort(Comparator.comparingLong(MapperSearch::product).reversed());
        return out.size() > MAX_AXIS_OPTIONS ? new ArrayList<>(out.subList(0, MAX_AXIS_OPTIONS)) : out;
    }

    private static long product(int[] f) {
        long p = 1;
        for (int x : f) {
            p *= x;
        }
        return p;
    }

    private static List<Integer> divisors(int n, int max) {
        List<Integer> out = new ArrayList<>();
        for (int f = 1; f <= n && f <= max; f++) {
            if (n % f == 0) {
                out.add(f);
            }
        }
        return out;
    }

    private void setSpatial(Spatial sp) {
        for (int s = 0; s < levels; s++) {
            System.arraycopy(sp.x()[s], 0, sx[s], 0, D);
            System.arraycopy(sp.y()[s], 0, sy[s], 0, D);
            Arrays.fill(tf[s], 1);
            for (int d = 0; d < D; d++) {
                order[s][d] = d;
            }
        }
        for (int d = 0; d < D; d++) {
            int spatial = 1;
            for (int s = 0; s < levels; s++) {
                spatial *= sx[s][d] * sy[s][d];
            }
            tf[0][d] = bounds[d] / spatial;
        }
    }

    // ------------------------------------------------------------------------- greedy fill

    private void greedyFill() {
        double cur = score(INF);
        for (int lvl = levels - 1; lvl >= 1; lvl--) {
            while (evaluations < budget) {
                int bestD = -1;
                int bestChunk = 0;
                double best = cur;
                for (int d = 0; d < D; d++) {
                    int f = tf[0][d];
                    if (f <= 1) {
                        continue;
                    }
                    int p = smallestPrime(f);
                    int big = largestFitting(lvl, d, f);
                    for (int k = 0; k < 2; k++) {
                        int chunk = k == 0 ? p : big;
                        if (k == 1 && big <= p) {
                            break;
                        }
                        tf[0][d] /= chunk;
                        tf[lvl][d] *= chunk;
                        double limit = improvingLimit(best);
                        double s = score(limit);
                        tf[lvl][d] /= chunk;
                        tf[0][d] *= chunk;
                        if (s < limit) {
                            best = s;
                            bestD = d;
                            bestChunk = chunk;
                        }
                    }
                }
                if (bestD < 0) {
                    break;
                }
                tf[0][bestD] /= bestChunk;
                tf[lvl][bestD] *= bestChunk;
                cur = best;
            }
            cur = bestOrder(lvl, cur);
        }
        bestOrder(0, cur);
    }

    /** Dimension priorities of the max-fill seeds: filters first, outputs first, inputs first. */
    private static final int[][] FILL_ORDERS = {
        {Dim.R.ordinal(), Dim.S.ordinal(), Dim.C.ordinal(), Dim.M.ordinal(), Dim.G.ordinal(), Dim.P.ordinal(),
            Dim.Q.ordinal(), Dim.N.ordinal()},
        {Dim.P.ordinal(), Dim.Q.ordinal(), Dim.M.ordinal(), Dim.G.ordinal(), Dim.N.ordinal(), Dim.R.ordinal(),
            Dim.S.ordinal(), Dim.C.ordinal()},
        {Dim.C.ordinal(), Dim.R.ordinal(), Dim.S.ordinal(), Dim.P.ordinal(), Dim.Q.ordinal(), Dim.G.ordinal(),
            Dim.N.ordinal(), Dim.M.ordinal()},
    };

    /**
     * From the innermost level out, each level takes the largest fitting chunk of each dimension in
     * turn; with {@code keptOnly}, only of the dimensions that index a tensor the level keeps.
     */
    private void maxFill(int[] priority, boolean keptOnly) {
        if (!fillSpans()) {
            return; // no chunk can make an overfull state fit
        }
        for (int lvl = levels - 1; lvl >= 1; lvl--) {
            for (int d : priority) {
                int f = tf[0][d];
                if (f <= 1 || (keptOnly && !indexesKept[lvl][d])) {
                    continue;
                }
                int c = largestChunk(lvl, d, f);
                if (c > 1) {
                    tf[0][d] /= c;
                    tf[lvl][d] *= c;
                    for (int s = lvl; s >= 1; s--) {
                        span[s][d] *= c; // keeps the spans current (DRAM's and inner levels' do not change)
                    }
                }
            }
        }
    }

    /** The largest divisor of {@code f} that can move from DRAM into level {@code lvl} and still fit. */
    private int largestFitting(int lvl, int d, int f) {
        // the state before the move must fit (the move cannot repair another level); the tile
        // spans are computed once, then each chunk only re-checks the levels it grows
        return fillSpans() ? largestChunk(lvl, d, f) : 1;
    }

    /** {@link #largestFitting} for a state that fits, with {@link #span} current. */
    private int largestChunk(int lvl, int d, int f) {
        // tiles only grow with the chunk, so fitting is monotone: binary search the divisors of f
        int[] chunks = chunksOf(d, f);
        int lo = 0;
        int hi = chunks.length - 1;
        int best = 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = chunks[mid];
            if (fitsWithChunk(lvl, d, c)) {
                best = c;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    /** The divisors above 1 of {@code f}, itself a divisor of dimension {@code d}'s bound, ascending. */
    private int[] chunksOf(int d, int f) {
        int i = Arrays.binarySearch(divisorsOf[d], f);
        int[] chunks = chunksTable[d][i];
        if (chunks == null) {
            int n = 0;
            for (int c : divisorsOf[d]) {
                if (c > 1 && f % c == 0) {
                    n++;
                }
            }
            chunks = new int[n];
            n = 0;
            for (int c : divisorsOf[d]) {
                if (c > 1 && f % c == 0) {
                    chunks[n++] = c;
                }
            }
            chunksTable[d][i] = chunks;
        }
        return chunks;
    }

    /**
     * Fills {@link #span} with the current tile spans and returns what {@link #fitsQuick} would.
     */
    private boolean fillSpans() {
        long[] acc = spanBuf;
        Arrays.fill(acc, 1);
        boolean fits = true;
        for (int s = levels - 1; s >= 0; s--) {
            int[] t = tf[s];
            int[] x = sx[s];
            int[] y = sy[s];
            for (int d = 0; d < D; d++) {
                acc[d] *= (long) t[d] * x[d] * y[d];
            }
            System.arraycopy(acc, 0, span[s], 0, D);
            if (fits && need(s, acc) > capacity[s]) {
                fits = false;
            }
        }
        return fits;
    }

    /**
     * Would the state in {@link #span} still fit after a chunk {@code c} of dimension {@code d}
     * moved from DRAM into level {@code lvl}? That grows the spans of levels 1..lvl only (DRAM's
     * span, over every level, stays the same; inner levels are untouched).
     */
    private boolean fitsWithChunk(int lvl, int d, int c) {
        for (int s = lvl; s >= 1; s--) {
            if (capacity[s] == Long.MAX_VALUE) {
                continue;
            }
            long[] sp = span[s];
            sp[d] *= c;
            boolean fits = need(s, sp) <= capacity[s];
            sp[d] /= c;
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    /** The words level {@code s} needs for tiles of the given spans (as in {@link #fitsQuick}). */
    private long need(int s, long[] sp) {
        if (capacity[s] == Long.MAX_VALUE) {
            return 0;
        }
        long n = sp[0], g = sp[1], c = sp[2], m = sp[3], p = sp[4], q = sp[5], r = sp[6], sS = sp[7];
        long need = 0;
        if (keepW[s]) {
            need += g * m * c * r * sS;
        }
        if (keepI[s]) {
            need += n * g * c * ((p - 1) * strideH + r) * ((q - 1) * strideW + sS);
        }
        if (keepO[s]) {
            need += n * g * m * p * q;
        }
        return need;
    }

    /** Tries the stationary and innermost-dimension orders of a level; keeps the best. */
    private double bestOrder(int lvl, double cur) {
        int nonTrivial = 0;
        for (int d = 0; d < D; d++) {
            if (tf[lvl][d] > 1) {
                nonTrivial++;
            }
        }
        if (nonTrivial < 2) {
            return cur;
        }
        int[] saved = order[lvl].clone();
        int[] best = saved.clone();
        double bestScore = cur;
        for (int t = 0; t < 3; t++) {
            stationaryOrder(lvl, t, saved);
            double limit = improvingLimit(bestScore);
            double s = score(limit);
            if (s < limit) {
                bestScore = s;
                best = order[lvl].clone();
            }
        }
        for (int d = 0; d < D; d++) {
            if (tf[lvl][d] <= 1) {
                continue;
            }
            innermost(lvl, d, saved);
            double limit = improvingLimit(bestScore);
            double s = score(limit);
            if (s < limit) {
                bestScore = s;
                best = order[lvl].clone();
            }
        }
        System.arraycopy(best, 0, order[lvl], 0, D);
        return bestScore;
    }

    /** Orders a level so the loops that do not index tensor t are innermost (t stays put). */
    private void stationaryOrder(int lvl, int t, int[] from) {
        int k = 0;
        for (int i = 0; i < D; i++) {
            if (INDEXES[t][from[i]]) {
                order[lvl][k++] = from[i];
            }
        }
        for (int i = 0; i < D; i++) {
            if (!INDEXES[t][from[i]]) {
                order[lvl][k++] = from[i];
            }
        }
    }

    private void innermost(int lvl, int d, int[] from) {
        int k = 0;
        for (int i = 0; i < D; i++) {
            if (from[i] != d) {
                order[lvl][k++] = from[i];
            }
        }
        order[lvl][k] = d;
    }

    private void outermost(int lvl, int d, int[] from) {
        int k = 0;
        order[lvl][k++] = d;
        for (int i = 0; i < D; i++) {
            if (from[i] != d) {
                order[lvl][k++] = from[i];
            }
        }
    }

    private static int smallestPrime(int n) {
        for (int p = 2; p * p <= n; p++) {
            if (n % p == 0) {
                return p;
            }
        }
        return n;
    }

    // ------------------------------------------------------------------------- local search

    private void polish() {
        double cur = score(INF);
        boolean improved = true;
        while (improved && evaluations < budget) {
            improved = false;
            // factor moves between levels
            for (int a = 0; a < levels && evaluations < budget; a++) {
                for (int d = 0; d < D; d++) {
                    int f = tf[a][d];
                    if (f <= 1) {
                        continue;
                    }
                    int p = smallestPrime(f);
                    for (int b = 0; b < levels; b++) {
                        if (b == a) {
                            continue;
                        }
                        for (int k = 0; k < 2; k++) {
                            int chunk = k == 0 ? p : tf[a][d];
                            if (chunk <= 1 || (k == 1 && chunk == p) || tf[a][d] % chunk != 0) {
                                continue;
                            }
                            double s = tryMove(tf[a], tf[b], d, chunk, cur);
                            if (s < cur) {
                                cur = s;
                                improved = true;
                            }
                        }
                    }
                }
            }
            double afterSpatial = spatialMoves(cur);
            if (afterSpatial < cur) {
                cur = afterSpatial;
                improved = true;
            }
            // order moves
            for (int lvl = 0; lvl < levels && evaluations < budget; lvl++) {
                int nonTrivial = 0;
                for (int d = 0; d < D; d++) {
                    if (tf[lvl][d] > 1) {
                        nonTrivial++;
                    }
                }
                if (nonTrivial < 2) {
                    continue;
                }
                for (int d = 0; d < D; d++) {
                    if (tf[lvl][d] <= 1) {
                        continue;
                    }
                    for (int k = 0; k < 2; k++) {
                        int[] saved = order[lvl].clone();
                        if (k == 0) {
                            innermost(lvl, d, saved);
                        } else {
                            outermost(lvl, d, saved);
                        }
                        if (Arrays.equals(saved, order[lvl])) {
                            continue;
                        }
                        double limit = improvingLimit(cur);
                        double s = score(limit);
                        if (s < limit) {
                            cur = s;
                            improved = true;
                        } else {
                            System.arraycopy(saved, 0, order[lvl], 0, D);
                        }
                    }
                }
            }
        }
    }

    /**
     * Spatial moves: a prime factor of a spatial loop goes to the temporal loops of the level that
     * owns the fan-out (fewer PEs, less traffic), or a temporal prime factor of an allowed
     * dimension spreads over a free part of a fan-out (more PEs).
     */
    private double spatialMoves(double start) {
        double cur = start;
        for (int s = 0; s < levels && evaluations < budget; s++) {
            for (int a = 0; a < 2; a++) {
                int[][] axis = a == 0 ? sx : sy;
                int cap = a == 0 ? arch.fanoutX(s) : arch.fanoutY(s);
                if (cap <= 1) {
                    continue;
                }
                for (int d = 0; d < D; d++) {
                    int f = axis[s][d];
                    if (f > 1) {
                        cur = tryMove(axis[s], tf[s], d, smallestPrime(f), cur);
                    }
                    Dim dim = Dim.of(d);
                    boolean allowed = a == 0 ? constraints.allowsX(s, dim) : constraints.allowsY(s, dim);
                    if (!allowed) {
                        continue;
                    }
                    long used = product(axis[s]);
                    for (int from = 0; from < levels; from++) {
                        int t = tf[from][d];
                        if (t <= 1) {
                            continue;
                        }
                        int p = smallestPrime(t);
                        if (used * p > cap) {
                            continue;
                        }
                        double sc = tryMove(tf[from], axis[s], d, p, cur);
                        if (sc < cur) {
                            cur = sc;
                            used *= p;
                        }
                    }
                }
            }
        }
        // relocations: a prime of a spatial factor moves to another fan-out axis (same PEs in use)
        for (int s = 0; s < levels && evaluations < budget; s++) {
            for (int a = 0; a < 2; a++) {
                int[][] from = a == 0 ? sx : sy;
                for (int d = 0; d < D; d++) {
                    if (from[s][d] <= 1) {
                        continue;
                    }
                    int p = smallestPrime(from[s][d]);
                    for (int s2 = 0; s2 < levels; s2++) {
                        for (int a2 = 0; a2 < 2; a2++) {
                            if (s2 == s && a2 == a) {
                                continue;
                            }
                            int[][] to = a2 == 0 ? sx : sy;
                            int cap = a2 == 0 ? arch.fanoutX(s2) : arch.fanoutY(s2);
                            Dim dim = Dim.of(d);
                            boolean allowed = a2 == 0 ? constraints.allowsX(s2, dim) : constraints.allowsY(s2, dim);
                            if (!allowed || product(to[s2]) * p > cap || from[s][d] % p != 0) {
                                continue;
                            }
                            cur = tryMove(from[s], to[s2], d, p, cur);
                        }
                    }
                }
            }
        }
        // swaps: two axes exchange the whole factors of two dimensions
        for (int s = 0; s < levels && evaluations < budget; s++) {
            for (int a = 0; a < 2; a++) {
                int[][] one = a == 0 ? sx : sy;
                for (int d = 0; d < D; d++) {
                    if (one[s][d] <= 1) {
                        continue;
                    }
                    for (int s2 = s; s2 < levels; s2++) {
                        for (int a2 = 0; a2 < 2; a2++) {
                            if (s2 == s && a2 <= a) {
                                continue;
                            }
                            int[][] two = a2 == 0 ? sx : sy;
                            for (int d2 = 0; d2 < D; d2++) {
                                if (d2 == d || two[s2][d2] <= 1) {
                                    continue;
                                }
                                cur = trySwap(one, s, a, d, two, s2, a2, d2, cur);
                            }
                        }
                    }
                }
            }
        }
        return cur;
    }

    /**
     * Moves a factor {@code chunk} of dimension {@code d} from one loop bound row to another and
     * keeps the move if it improves on {@code cur}; returns the score afterwards (below {@code cur}
     * exactly when the move was kept).
     */
    private double tryMove(int[] from, int[] to, int d, int chunk, double cur) {
        from[d] /= chunk;
        to[d] *= chunk;
        double limit = improvingLimit(cur);
        double sc = score(limit);
        if (sc < limit) {
            return sc;
        }
        to[d] /= chunk;
        from[d] *= chunk;
        return cur;
    }

    private double trySwap(int[][] one, int s, int a, int d, int[][] two, int s2, int a2, int d2, double cur) {
        int f = one[s][d];
        int g = two[s2][d2];
        boolean allowed = (a == 0 ? constraints.allowsX(s, Dim.of(d2)) : constraints.allowsY(s, Dim.of(d2)))
                && (a2 == 0 ? constraints.allowsX(s2, Dim.of(d)) : constraints.allowsY(s2, Dim.of(d)));
        int cap1 = a == 0 ? arch.fanoutX(s) : arch.fanoutY(s);
        int cap2 = a2 == 0 ? arch.fanoutX(s2) : arch.fanoutY(s2);
        if (!allowed || product(one[s]) / f * g > cap1 || product(two[s2]) / g * f > cap2) {
            return cur;
        }
        one[s][d] = 1;
        two[s2][d2] = 1;
        one[s][d2] *= g;
        two[s2][d] *= f;
        double limit = improvingLimit(cur);
        double sc = score(limit);
        if (sc < limit) {
            return sc;
        }
        two[s2][d] /= f;
        one[s][d2] /= g;
        two[s2][d2] = g;
        one[s][d] = f;
        return cur;
    }

    // ------------------------------------------------------------------------- state plumbing

    private Snapshot snapshot(double score) {
        return new Snapshot(deep(tf), deep(sx), deep(sy), deep(order), score, stateKey());
    }

    private void restore(Snapshot s) {
        for (int l = 0; l < levels; l++) {
            System.arraycopy(s.tf()[l], 0, tf[l], 0, D);
            System.arraycopy(s.sx()[l], 0, sx[l], 0, D);
            System.arraycopy(s.sy()[l], 0, sy[l], 0, D);
            System.arraycopy(s.order()[l], 0, order[l], 0, D);
        }
    }

    private static int[][] deep(int[][] a) {
        int[][] c = new int[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    private Mapping toMapping() {
        List<LevelMapping> out = new ArrayList<>();
        for (int s = 0; s < levels; s++) {
            List<Loop> t = new ArrayList<>();
            for (int i = 0; i < D; i++) {
                int d = order[s][i];
                if (tf[s][d] > 1) {
                    t.add(new Loop(Dim.of(d), tf[s][d]));
                }
            }
            out.add(new LevelMapping(arch.storage().get(s).name(), t, spatialLoops(sx[s]), spatialLoops(sy[s])));
        }
        return new Mapping(out);
    }

    private static List<Loop> spatialLoops(int[] f) {
        List<Loop> l = new ArrayList<>();
        for (int d = 0; d < D; d++) {
            if (f[d] > 1) {
                l.add(new Loop(Dim.of(d), f[d]));
            }
        }
        return l;
    }
}
