package org.codesign.cost.mapper;

import static org.codesign.cost.mapper.MappingContext.D;
import static org.codesign.cost.mapper.MappingContext.product;
import static org.codesign.cost.mapper.MappingContext.smallestPrime;
import static org.codesign.cost.mapper.StateScorer.INF;

import java.util.Arrays;

/**
 * The third phase: first-improvement local search from a seed. Rounds of moves — a prime factor
 * (or a whole factor) of a dimension between any two levels, spatial moves (a prime between a
 * fan-out and the temporal loops, or between two fan-outs, or two fan-outs swapping dimensions)
 * and re-ordering a level's loops — until a round improves nothing or the budget is spent.
 */
final class Polisher {
    private final MappingContext ctx;
    private final StateScorer scorer;

    Polisher(MappingContext ctx, StateScorer scorer) {
        this.ctx = ctx;
        this.scorer = scorer;
    }

    /** The local optimum reached from {@code seed} (which is left unchanged). */
    MappingState polish(MappingState seed) {
        MappingState st = seed.copy();
        double cur = scorer.score(st, INF);
        boolean improved = true;
        while (improved && scorer.withinBudget()) {
            double start = cur;
            cur = factorMoves(st, cur);
            cur = spatialMoves(st, cur);
            cur = orderMoves(st, cur);
            // a move is kept only if it lowers the score
            improved = cur < start;
        }
        return st;
    }

    /** A prime factor, or the whole factor, of a dimension moves from one level's temporal loops to another's. */
    private double factorMoves(MappingState st, double start) {
        double cur = start;
        for (int a = 0; a < ctx.levels && scorer.withinBudget(); a++) {
            int[] from = st.temporal(a);
            for (int d = 0; d < D; d++) {
                if (from[d] <= 1) {
                    continue;
                }
                int p = smallestPrime(from[d]);
                for (int b = 0; b < ctx.levels; b++) {
                    if (b == a) {
                        continue;
                    }
                    int[] to = st.temporal(b);
                    if (from[d] % p == 0) {
                        cur = tryMove(st, from, to, d, p, cur);
                    }
                    int whole = from[d];
                    if (whole > 1 && whole != p) {
                        cur = tryMove(st, from, to, d, whole, cur);
                    }
                }
            }
        }
        return cur;
    }

    /**
     * Spatial moves: a prime factor of a spatial loop goes to the temporal loops of the level that
     * owns the fan-out (fewer PEs, less traffic), or a temporal prime factor of an allowed
     * dimension spreads over a free part of a fan-out (more PEs); then relocations and swaps.
     */
    private double spatialMoves(MappingState st, double start) {
        double cur = start;
        for (int s = 0; s < ctx.levels && scorer.withinBudget(); s++) {
            for (SpatialAxis a : SpatialAxis.ALL) {
                int[] axis = st.spatial(a, s);
                int cap = ctx.fanout(s, a);
                if (cap <= 1) {
                    continue;
                }
                for (int d = 0; d < D; d++) {
                    int f = axis[d];
                    if (f > 1) {
                        cur = tryMove(st, axis, st.temporal(s), d, smallestPrime(f), cur);
                    }
                    if (!ctx.allows(s, a, d)) {
                        continue;
                    }
                    long used = product(axis);
                    for (int from = 0; from < ctx.levels; from++) {
                        int t = st.temporal(from)[d];
                        if (t <= 1) {
                            continue;
                        }
                        int p = smallestPrime(t);
                        if (used * p > cap) {
                            continue;
                        }
                        double sc = tryMove(st, st.temporal(from), axis, d, p, cur);
                        if (sc < cur) {
                            cur = sc;
                            used *= p;
                        }
                    }
                }
            }
        }
        return swaps(st, relocations(st, cur));
    }

    /** A prime of a spatial factor moves to another fan-out axis (same PEs in use). */
    private double relocations(MappingState st, double start) {
        double cur = start;
        for (int s = 0; s < ctx.levels && scorer.withinBudget(); s++) {
            for (SpatialAxis a : SpatialAxis.ALL) {
                int[] from = st.spatial(a, s);
                for (int d = 0; d < D; d++) {
                    if (from[d] <= 1) {
                        continue;
                    }
                    int p = smallestPrime(from[d]);
                    for (int s2 = 0; s2 < ctx.levels; s2++) {
                        for (SpatialAxis a2 : SpatialAxis.ALL) {
                            if (s2 == s && a2 == a) {
                                continue;
                            }
                            int[] to = st.spatial(a2, s2);
                            if (!ctx.allows(s2, a2, d) || product(to) * p > ctx.fanout(s2, a2) || from[d] % p != 0) {
                                continue;
                            }
                            cur = tryMove(st, from, to, d, p, cur);
                        }
                    }
                }
            }
        }
        return cur;
    }

    /** Two fan-out axes exchange the whole factors of two dimensions. */
    private double swaps(MappingState st, double start) {
        double cur = start;
        for (int s = 0; s < ctx.levels && scorer.withinBudget(); s++) {
            for (SpatialAxis a : SpatialAxis.ALL) {
                int[] one = st.spatial(a, s);
                for (int d = 0; d < D; d++) {
                    if (one[d] <= 1) {
                        continue;
                    }
                    for (int s2 = s; s2 < ctx.levels; s2++) {
                        for (SpatialAxis a2 : SpatialAxis.ALL) {
                            if (s2 == s && a2.ordinal() <= a.ordinal()) {
                                continue; // each pair of axes once
                            }
                            int[] two = st.spatial(a2, s2);
                            for (int d2 = 0; d2 < D; d2++) {
                                if (d2 == d || two[d2] <= 1) {
                                    continue;
                                }
                                cur = trySwap(st, new Slot(s, a, d, one), new Slot(s2, a2, d2, two), cur);
                            }
                        }
                    }
                }
            }
        }
        return cur;
    }

    /** Moves a dimension's loop innermost or outermost at a level with at least two loops. */
    private double orderMoves(MappingState st, double start) {
        double cur = start;
        for (int lvl = 0; lvl < ctx.levels && scorer.withinBudget(); lvl++) {
            if (st.nonTrivialLoops(lvl) < 2) {
                continue;
            }
            int[] order = st.order(lvl);
            for (int d = 0; d < D; d++) {
                if (st.temporal(lvl)[d] <= 1) {
                    continue;
                }
                int[] saved = order.clone();
                st.orderInnermost(lvl, d, saved);
                cur = keepOrder(st, order, saved, cur);
                saved = order.clone();
                st.orderOutermost(lvl, d, saved);
                cur = keepOrder(st, order, saved, cur);
            }
        }
        return cur;
    }

    /** Keeps a level's new order if it improves on {@code cur}, else restores {@code saved}. */
    private double keepOrder(MappingState st, int[] order, int[] saved, double cur) {
        if (Arrays.equals(saved, order)) {
            return cur;
        }
        double limit = StateScorer.improvingLimit(cur);
        double s = scorer.score(st, limit);
        if (s < limit) {
            return s;
        }
        System.arraycopy(saved, 0, order, 0, D);
        return cur;
    }

    /**
     * Moves a factor {@code chunk} of dimension {@code d} from one row of factors of the state to
     * another and keeps the move if it improves on {@code cur}; returns the score afterwards (below
     * {@code cur} exactly when the move was kept).
     */
    private double tryMove(MappingState st, int[] from, int[] to, int d, int chunk, double cur) {
        from[d] /= chunk;
        to[d] *= chunk;
        double limit = StateScorer.improvingLimit(cur);
        double sc = scorer.score(st, limit);
        if (sc < limit) {
            return sc;
        }
        to[d] /= chunk;
        from[d] *= chunk;
        return cur;
    }

    /** A dimension's factor on the fan-out of a level along an axis; {@code row} is the state's live row. */
    private record Slot(int level, SpatialAxis axis, int d, int[] row) {}

    /** Swaps the whole factors of two slots' dimensions, if both axes allow and have room; keeps it if it improves. */
    private double trySwap(MappingState st, Slot one, Slot two, double cur) {
        int f = one.row()[one.d()];
        int g = two.row()[two.d()];
        boolean allowed = ctx.allows(one.level(), one.axis(), two.d()) && ctx.allows(two.level(), two.axis(), one.d());
        if (!allowed
                || product(one.row()) / f * g > ctx.fanout(one.level(), one.axis())
                || product(two.row()) / g * f > ctx.fanout(two.level(), two.axis())) {
            return cur;
        }
        one.row()[one.d()] = 1;
        two.row()[two.d()] = 1;
        one.row()[two.d()] *= g;
        two.row()[one.d()] *= f;
        double limit = StateScorer.improvingLimit(cur);
        double sc = scorer.score(st, limit);
        if (sc < limit) {
            return sc;
        }
        two.row()[one.d()] /= f;
        one.row()[two.d()] /= g;
        two.row()[two.d()] = g;
        one.row()[one.d()] = f;
        return cur;
    }
}
