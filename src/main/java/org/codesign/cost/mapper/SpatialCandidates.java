package org.codesign.cost.mapper;

import static org.codesign.cost.mapper.MappingContext.D;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The first phase: spatial candidates. Per fan-out axis, every assignment of divisors to at most
 * two allowed dimensions that cannot grow further; combined over axes and fan-outs, the ones with
 * the most MACs in use are kept (they set the compute cycles), each new set of spread dimensions
 * early.
 */
final class SpatialCandidates {
    private static final int MAX_AXIS_OPTIONS = 16;
    private static final int SPATIAL_BEAM = 32;
    private static final int MAX_CANDIDATES = 32;

    private SpatialCandidates() {}

    /** A fan-out axis that can spread loops and its options ([dim] factors), largest first. */
    private record Fanout(int level, SpatialAxis axis, List<int[]> options) {}

    /** A partial spatial assignment: the option chosen per fan-out so far, the MACs used, per-dim use. */
    private record Partial(int[] choice, long product, int[] used) {}

    /** The candidates, best first; at least the one without fan-out. */
    static List<SpatialChoice> find(MappingContext ctx, StateScorer scorer) {
        List<Fanout> fanouts = new ArrayList<>();
        for (int s = 0; s < ctx.levels; s++) {
            for (SpatialAxis a : SpatialAxis.ALL) {
                int cap = ctx.fanout(s, a);
                if (cap > 1) {
                    fanouts.add(new Fanout(s, a, axisOptions(ctx, s, a, cap)));
                }
            }
        }
        List<Partial> beam = beam(ctx, fanouts);
        List<SpatialChoice> top = new ArrayList<>();
        for (Partial part : diverseFirst(beam, fanouts)) {
            if (top.size() >= MAX_CANDIDATES) {
                break;
            }
            int[][][] factors = MappingState.ones(SpatialAxis.COUNT, ctx.levels);
            for (int i = 0; i < fanouts.size(); i++) {
                Fanout f = fanouts.get(i);
                int[] opt = f.options().get(part.choice()[i]);
                System.arraycopy(opt, 0, factors[f.axis().ordinal()][f.level()], 0, D);
            }
            SpatialChoice candidate = new SpatialChoice(factors, part.product());
            // a fan-out widens the tiles of the levels above it: keep it only if they can still fit
            if (scorer.fits(MappingState.start(candidate, ctx))) {
                top.add(candidate);
            }
        }
        if (top.isEmpty()) {
            top.add(SpatialChoice.none(ctx.levels));
        }
        return top;
    }

    /** A beam over the fan-out axes: partial assignments with the most MACs in use survive. */
    private static List<Partial> beam(MappingContext ctx, List<Fanout> fanouts) {
        int[] noUse = new int[D];
        Arrays.fill(noUse, 1);
        List<Partial> beam = new ArrayList<>();
        beam.add(new Partial(new int[fanouts.size()], 1, noUse));
        for (int i = 0; i < fanouts.size(); i++) {
            List<int[]> opts = fanouts.get(i).options();
            List<Partial> next = new ArrayList<>();
            for (Partial part : beam) {
                for (int o = 0; o < opts.size(); o++) {
                    int[] opt = opts.get(o);
                    boolean ok = true;
                    for (int d = 0; d < D && ok; d++) {
                        ok = ctx.bound(d) % ((long) part.used()[d] * opt[d]) == 0;
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
                    next.add(new Partial(choice, part.product() * MappingContext.product(opt), used));
                }
            }
            // stable sort: ties keep the order of generation, so the search stays deterministic
            next.sort(Comparator.comparingLong(Partial::product).reversed());
            beam = next.size() > SPATIAL_BEAM ? new ArrayList<>(next.subList(0, SPATIAL_BEAM)) : next;
        }
        return beam;
    }

    /**
     * Most MACs first, but each new set of spread dimensions (per axis) before a repeat, down to
     * half the best utilization: a fan-out that uses fewer PEs can save more energy.
     */
    private static List<Partial> diverseFirst(List<Partial> beam, List<Fanout> fanouts) {
        List<Partial> ordered = new ArrayList<>();
        Set<Long> signatures = new HashSet<>();
        long bestProduct = beam.isEmpty() ? 1 : beam.get(0).product();
        boolean[] taken = new boolean[beam.size()];
        for (int b = 0; b < beam.size(); b++) {
            Partial part = beam.get(b);
            if (part.product() * 2 >= bestProduct && signatures.add(signature(part, fanouts))) {
                ordered.add(part);
                taken[b] = true;
            }
        }
        for (int b = 0; b < beam.size(); b++) {
            if (!taken[b]) {
                ordered.add(beam.get(b));
            }
        }
        return ordered;
    }

    /** Which dimensions each fan-out axis spreads, as bits. */
    private static long signature(Partial part, List<Fanout> fanouts) {
        long sig = 0;
        for (int i = 0; i < part.choice().length; i++) {
            int[] opt = fanouts.get(i).options().get(part.choice()[i]);
            for (int d = 0; d < D; d++) {
                if (opt[d] > 1) {
                    sig |= 1L << (i * D + d);
                }
            }
        }
        return sig;
    }

    /** Assignments of divisors to at most two allowed dimensions with product ≤ cap, largest first. */
    private static List<int[]> axisOptions(MappingContext ctx, int s, SpatialAxis axis, int cap) {
        List<Integer> allowed = new ArrayList<>();
        for (int d = 0; d < D; d++) {
            if (ctx.allows(s, axis, d) && ctx.bound(d) > 1) {
                allowed.add(d);
            }
        }
        List<int[]> out = new ArrayList<>();
        int[] none = new int[D];
        Arrays.fill(none, 1);
        out.add(none);
        for (int i = 0; i < allowed.size(); i++) {
            int a = allowed.get(i);
            for (int fa : MappingContext.divisors(ctx.bound(a), cap)) {
                if (fa == 1) {
                    continue;
                }
                int[] one = none.clone();
                one[a] = fa;
                out.add(one);
                for (int j = i + 1; j < allowed.size(); j++) {
                    int b = allowed.get(j);
                    for (int fb : MappingContext.divisors(ctx.bound(b), cap / fa)) {
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
        out.sort(Comparator.comparingLong(MappingContext::product).reversed());
        return out.size() > MAX_AXIS_OPTIONS ? new ArrayList<>(out.subList(0, MAX_AXIS_OPTIONS)) : out;
    }
}
