package org.codesign.cost.mapper;

import static org.codesign.cost.mapper.MappingContext.D;

import org.codesign.cost.loopnest.FanoutContainers;
import org.codesign.cost.loopnest.FlatNest;
import org.codesign.cost.loopnest.NestEvaluator;

/**
 * Scores mapping states for one search and counts the evaluations against its budget. Scores are
 * cached by the state's fingerprint, so a state reached again costs nothing and counts once.
 */
final class StateScorer {
    static final double INF = Double.POSITIVE_INFINITY;
    private static final double EPS = 1e-9;

    private final MappingContext ctx;
    private final MappingObjective objective;
    private final int budget;
    private final boolean earlyExit;
    private final NestEvaluator ev;
    private final FlatNest nest = new FlatNest();
    /** Scratch of {@link #fits}: the tile spans ([dim]) of the level being checked. */
    private final long[] spans = new long[D];
    /** Exact scores by state fingerprint (infinite when the tiles do not fit). */
    private final LongDoubleMap seen = new LongDoubleMap();
    /** For states whose bounded analysis stopped early: the bound their score is known to exceed. */
    private final LongDoubleMap exceeds = new LongDoubleMap();

    private int evaluations;

    StateScorer(MappingContext ctx, MappingObjective objective, int budget, boolean earlyExit) {
        this.ctx = ctx;
        this.objective = objective;
        this.budget = budget;
        this.earlyExit = earlyExit;
        this.ev = new NestEvaluator(ctx.problem, ctx.arch);
    }

    /** Distinct states analysed so far. */
    int evaluations() {
        return evaluations;
    }

    boolean withinBudget() {
        return evaluations < budget;
    }

    /** The largest score a move from {@code current} may have to count as an improvement. */
    static double improvingLimit(double current) {
        return current - EPS * Math.abs(current);
    }

    /** Has the state's exact score been computed (a state whose analysis stopped early has none). */
    boolean scoredExactly(long key) {
        return !Double.isNaN(seen.get(key));
    }

    /**
     * The objective of the state, exact when it is at most {@code limit}; infinite when the tiles
     * do not fit or the score exceeds {@code limit} (then the analysis may stop early).
     * {@link #evaluations()} counts distinct states, not analyses: a state whose analysis stopped
     * early and is analysed again under a higher limit is not counted twice, so the count, and
     * with it every budget and effort decision, is the same as without the early exit.
     */
    double score(MappingState state, double limit) {
        if (!fits(state)) {
            return INF;
        }
        long key = state.key();
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
        build(state);
        double bound = earlyExit ? limit : INF;
        double maxEnergy = objective == MappingObjective.ENERGY ? bound : INF;
        double maxEnergyCycles = objective == MappingObjective.EDP ? bound : INF;
        int outcome = ev.evaluate(nest, maxEnergy, maxEnergyCycles);
        if (outcome == NestEvaluator.ABOVE_BOUND) {
            exceeds.put(key, limit);
            return INF;
        }
        double s = outcome == NestEvaluator.FITS ? objective.score(ev.energyPJ(), ev.cycles()) : INF;
        seen.put(key, s);
        return s;
    }

    /**
     * Capacity check without building the nest: a level's tile spans, per dimension, the product
     * of its own and every inner level's temporal and spatial factors.
     */
    boolean fits(MappingState state) {
        long[] acc = spans;
        for (int d = 0; d < D; d++) {
            acc[d] = 1;
        }
        for (int s = ctx.levels - 1; s >= 0; s--) {
            state.growSpans(s, acc);
            if (!ctx.fits(s, acc)) {
                return false;
            }
        }
        return true;
    }

    /** Why no mapping was found: the smallest tiles (no fan-out, every factor in DRAM) do not fit, or the budget. */
    NoMappingException infeasible() {
        build(MappingState.start(SpatialChoice.none(ctx.levels), ctx));
        String why = ev.fits(nest)
                ? "no legal mapping found within " + budget + " evaluations"
                : "even the smallest tiles do not fit: " + ev.violation();
        return new NoMappingException(why);
    }

    /** Rebuilds the flat nest from the state (inner → outer). */
    private void build(MappingState state) {
        nest.reset(ctx.levels);
        for (int s = ctx.levels - 1; s >= 0; s--) {
            addFanout(state, s);
            nest.beginStorage(s);
            int[] o = state.order(s);
            int[] t = state.temporal(s);
            for (int i = D - 1; i >= 0; i--) {
                int d = o[i];
                if (t[d] > 1) {
                    nest.addLoop(d, t[d], false);
                }
            }
            nest.endStorage();
        }
    }

    /** The fan-out below level s: one container for both axes, or one per axis, Y's inside
     * (X_THEN_Y, or one dimension on both axes: see {@link FanoutContainers#nested}). */
    private void addFanout(MappingState state, int s) {
        boolean any = false;
        for (SpatialAxis a : SpatialAxis.ALL) {
            any |= spreads(state.spatial(a, s));
        }
        if (!any) {
            return;
        }
        if (ctx.arch.storage().get(s).fanout().nested(dimensionOnBothAxes(state, s))) {
            for (int i = SpatialAxis.COUNT - 1; i >= 0; i--) {
                SpatialAxis a = SpatialAxis.ALL[i];
                int[] f = state.spatial(a, s);
                if (spreads(f)) {
                    nest.beginContainer(s);
                    addSpatial(f, a);
                    int[] phys = {1, 1};
                    phys[i] = ctx.fanout(s, a);
                    nest.endContainer(phys[SpatialAxis.X.ordinal()], phys[SpatialAxis.Y.ordinal()]);
                }
            }
        } else {
            nest.beginContainer(s);
            for (SpatialAxis a : SpatialAxis.ALL) {
                addSpatial(state.spatial(a, s), a);
            }
            nest.endContainer(ctx.fanout(s, SpatialAxis.X), ctx.fanout(s, SpatialAxis.Y));
        }
    }

    private static boolean dimensionOnBothAxes(MappingState state, int s) {
        int[] x = state.spatial(SpatialAxis.X, s);
        int[] y = state.spatial(SpatialAxis.Y, s);
        for (int d = 0; d < D; d++) {
            if (x[d] > 1 && y[d] > 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean spreads(int[] f) {
        for (int d = 0; d < D; d++) {
            if (f[d] > 1) {
                return true;
            }
        }
        return false;
    }

    private void addSpatial(int[] f, SpatialAxis axis) {
        for (int d = D - 1; d >= 0; d--) {
            if (f[d] > 1) {
                nest.addSpatialLoop(d, f[d], axis == SpatialAxis.X);
            }
        }
    }
}
