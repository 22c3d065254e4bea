package org.codesign.cost.mapper;

import static org.codesign.cost.mapper.MappingContext.D;
import static org.codesign.cost.mapper.StateScorer.INF;

import java.util.Arrays;
import org.codesign.cost.loopnest.Dim;

/**
 * The second phase's moves: fills that turn a spatial candidate into a seed mapping by moving
 * temporal factors out of DRAM into the inner levels. A max-fill costs no evaluation until the
 * seed is scored; the greedy fill scores every step.
 */
final class SeedFills {
    /** Dimension priorities of the max-fill seeds: filters first, outputs first, inputs first. */
    static final int[][] FILL_ORDERS = {
        {
            Dim.R.ordinal(),
            Dim.S.ordinal(),
            Dim.C.ordinal(),
            Dim.M.ordinal(),
            Dim.G.ordinal(),
            Dim.P.ordinal(),
            Dim.Q.ordinal(),
            Dim.N.ordinal()
        },
        {
            Dim.P.ordinal(),
            Dim.Q.ordinal(),
            Dim.M.ordinal(),
            Dim.G.ordinal(),
            Dim.N.ordinal(),
            Dim.R.ordinal(),
            Dim.S.ordinal(),
            Dim.C.ordinal()
        },
        {
            Dim.C.ordinal(),
            Dim.R.ordinal(),
            Dim.S.ordinal(),
            Dim.P.ordinal(),
            Dim.Q.ordinal(),
            Dim.G.ordinal(),
            Dim.N.ordinal(),
            Dim.M.ordinal()
        },
    };

    private final MappingContext ctx;
    private final StateScorer scorer;
    /** [dim] the divisors of the dimension's bound, ascending. */
    private final int[][] divisorsOf = new int[D][];
    /** [dim][index of f in divisorsOf[dim]]: {@link #chunksOf}, filled on first use. */
    private final int[][][] chunksTable = new int[D][][];
    /** [level][dim] scratch of {@link #largestChunk}: the tile spans of the state being filled. */
    private final long[][] span;

    SeedFills(MappingContext ctx, StateScorer scorer) {
        this.ctx = ctx;
        this.scorer = scorer;
        span = new long[ctx.levels][D];
        for (int d = 0; d < D; d++) {
            divisorsOf[d] = MappingContext.divisors(ctx.bound(d), Integer.MAX_VALUE).stream()
                    .mapToInt(Integer::intValue)
                    .toArray();
            chunksTable[d] = new int[divisorsOf[d].length][];
        }
    }

    /**
     * From the innermost level out, each level takes the largest fitting chunk of each dimension in
     * turn; with {@code keptOnly}, only of the dimensions that index a tensor the level keeps.
     */
    MappingState maxFill(SpatialChoice sp, int[] priority, boolean keptOnly) {
        MappingState st = MappingState.start(sp, ctx);
        if (!fillSpans(st)) {
            return st; // no chunk can make an overfull state fit
        }
        int[] dram = st.temporal(0);
        for (int lvl = ctx.levels - 1; lvl >= 1; lvl--) {
            for (int d : priority) {
                int f = dram[d];
                if (f <= 1 || (keptOnly && !ctx.indexesKept(lvl, d))) {
                    continue;
                }
                int c = largestChunk(lvl, d, f);
                if (c > 1) {
                    dram[d] /= c;
                    st.temporal(lvl)[d] *= c;
                    for (int s = lvl; s >= 1; s--) {
                        span[s][d] *= c; // keeps the spans current (DRAM's and inner levels' do not change)
                    }
                }
            }
        }
        return st;
    }

    /**
     * The innermost levels first take the prime factor or the largest fitting chunk of the
     * dimension that lowers the objective most, then each level gets the best of the stationary
     * and innermost-dimension loop orders.
     */
    MappingState greedyFill(SpatialChoice sp) {
        MappingState st = MappingState.start(sp, ctx);
        int[] dram = st.temporal(0);
        double cur = scorer.score(st, INF);
        for (int lvl = ctx.levels - 1; lvl >= 1; lvl--) {
            int[] level = st.temporal(lvl);
            while (scorer.withinBudget()) {
                int bestD = -1;
                int bestChunk = 0;
                double best = cur;
                for (int d = 0; d < D; d++) {
                    int f = dram[d];
                    if (f <= 1) {
                        continue;
                    }
                    int p = MappingContext.smallestPrime(f);
                    int big = largestFitting(st, lvl, d, f);
                    // the prime, then the largest fitting chunk when that is bigger
                    for (int chunk : big > p ? new int[] {p, big} : new int[] {p}) {
                        dram[d] /= chunk;
                        level[d] *= chunk;
                        double limit = StateScorer.improvingLimit(best);
                        double s = scorer.score(st, limit);
                        level[d] /= chunk;
                        dram[d] *= chunk;
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
                dram[bestD] /= bestChunk;
                level[bestD] *= bestChunk;
                cur = best;
            }
            cur = bestOrder(st, lvl, cur);
        }
        bestOrder(st, 0, cur);
        return st;
    }

    /** Tries the stationary and innermost-dimension orders of a level; keeps the best. */
    private double bestOrder(MappingState st, int lvl, double cur) {
        if (st.nonTrivialLoops(lvl) < 2) {
            return cur;
        }
        int[] order = st.order(lvl);
        int[] saved = order.clone();
        int[] best = saved.clone();
        double bestScore = cur;
        for (int t = 0; t < 3; t++) {
            st.orderStationary(lvl, t, saved);
            double limit = StateScorer.improvingLimit(bestScore);
            double s = scorer.score(st, limit);
            if (s < limit) {
                bestScore = s;
                best = order.clone();
            }
        }
        for (int d = 0; d < D; d++) {
            if (st.temporal(lvl)[d] <= 1) {
                continue;
            }
            st.orderInnermost(lvl, d, saved);
            double limit = StateScorer.improvingLimit(bestScore);
            double s = scorer.score(st, limit);
            if (s < limit) {
                bestScore = s;
                best = order.clone();
            }
        }
        System.arraycopy(best, 0, order, 0, D);
        return bestScore;
    }

    /** The largest divisor of {@code f} that can move from DRAM into level {@code lvl} and still fit. */
    private int largestFitting(MappingState st, int lvl, int d, int f) {
        // the state before the move must fit (the move cannot repair another level); the tile
        // spans are computed once, then each chunk only re-checks the levels it grows
        return fillSpans(st) ? largestChunk(lvl, d, f) : 1;
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

    /** Fills {@link #span} with the state's tile spans; returns whether every level fits. */
    private boolean fillSpans(MappingState st) {
        boolean fits = true;
        Arrays.fill(span[ctx.levels - 1], 1);
        for (int s = ctx.levels - 1; s >= 0; s--) {
            long[] sp = span[s];
            if (s + 1 < ctx.levels) {
                System.arraycopy(span[s + 1], 0, sp, 0, D);
            }
            st.growSpans(s, sp);
            if (fits && !ctx.fits(s, sp)) {
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
            if (ctx.unlimited(s)) {
                continue;
            }
            long[] sp = span[s];
            sp[d] *= c;
            boolean fits = ctx.fits(s, sp);
            sp[d] /= c;
            if (!fits) {
                return false;
            }
        }
        return true;
    }
}
