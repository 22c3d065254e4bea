package org.codesign.cost.mapper;

import java.util.List;
import org.codesign.cost.loopnest.Architecture;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.cost.loopnest.LoopNestAnalyzer;
import org.codesign.cost.loopnest.Mapping;
import org.codesign.cost.loopnest.NestEvaluator;

/**
 * One mapping search (single-threaded, deterministic). The search space is: spatial factors per
 * fan-out axis (limited by the hardware and the dataflow's {@link SpatialConstraints}), temporal
 * factors per storage level, and the loop order at each level. The phases, each on states of its
 * own ({@link MappingState}):
 *
 * <ol>
 * <li>{@link SpatialCandidates}: the spatial assignments with the most MACs in use.</li>
 * <li>Seeds for the first candidates ({@link SeedFills}): cheap max-fills (one evaluation each:
 *   from the innermost level out, each level takes the largest fitting chunk of each dimension in
 *   a priority order — any dimension, or only those that index a tensor the level keeps, so that a
 *   level holding only outputs does not swallow the filter loops the weights need), and for the
 *   first candidate also a greedy fill; kept in a {@link SeedPool}.</li>
 * <li>The best distinct seeds are polished by first-improvement local search ({@link Polisher}).</li>
 * </ol>
 * Candidates are scored ({@link StateScorer}) with a bounded analysis: a move that can only be
 * accepted if it beats the incumbent stops being analysed as soon as its energy provably cannot
 * (see {@link NestEvaluator#evaluate}), which changes no decision.
 */
final class MapperSearch {
    /**
     * How much to explore: spatial candidates that get the cheap max-fill seeds and how many of
     * them also get the greedy fill, seeds polished, the number of evaluations below which the
     * search keeps polishing further seeds (minimum effort) and the one below which it keeps
     * seeding further spatial candidates (seed effort); and whether
     * analyses may stop early once a candidate provably cannot be accepted (off only to check that
     * the early exit changes nothing).
     */
    record Settings(
            int seededSpatial, int greedySpatial, int polished, int minEffort, int seedEffort, boolean earlyExit) {

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

    private final MappingContext ctx;
    private final MappingObjective objective;
    private final Settings settings;
    private final StateScorer scorer;

    MapperSearch(
            ConvProblem problem,
            Architecture arch,
            SpatialConstraints constraints,
            MappingObjective objective,
            int budget) {
        this(problem, arch, constraints, objective, budget, Settings.forProblem(problem));
    }

    MapperSearch(
            ConvProblem problem,
            Architecture arch,
            SpatialConstraints constraints,
            MappingObjective objective,
            int budget,
            Settings settings) {
        this.ctx = new MappingContext(problem, arch, constraints);
        this.objective = objective;
        this.settings = settings;
        this.scorer = new StateScorer(ctx, objective, budget, settings.earlyExit());
    }

    /** A polished mapping and its score. */
    private record Scored(MappingState state, double score) {}

    MapResult run() {
        SeedPool seeds = seed(SpatialCandidates.find(ctx, scorer));
        Scored best = polish(seeds);
        if (best == null || !Double.isFinite(best.score())) {
            throw scorer.infeasible();
        }
        Mapping mapping = best.state().toMapping(ctx.arch);
        return new MapResult(
                mapping, LoopNestAnalyzer.analyze(ctx.problem, ctx.arch, mapping), objective, scorer.evaluations());
    }

    /** Seeds the first spatial candidates, and more while the search has been cheap. */
    private SeedPool seed(List<SpatialChoice> spatials) {
        SeedPool seeds = new SeedPool(scorer, settings.polished());
        SeedFills fills = new SeedFills(ctx, scorer);
        for (int next = 0;
                next < spatials.size()
                        && (next < settings.seededSpatial() || scorer.evaluations() < settings.seedEffort())
                        && scorer.withinBudget();
                next++) {
            SpatialChoice sp = spatials.get(next);
            for (int kept = 0; kept < 2; kept++) {
                for (int[] priority : SeedFills.FILL_ORDERS) {
                    seeds.offer(fills.maxFill(sp, priority, kept == 1));
                }
            }
            if (next < settings.greedySpatial()) {
                seeds.offer(fills.greedyFill(sp));
            }
        }
        seeds.sort();
        return seeds;
    }

    /**
     * Polishes the best seeds, at least {@code polished} of them and more until the minimum effort;
     * returns the best result, or null when no seed fits.
     */
    private Scored polish(SeedPool seeds) {
        Polisher polisher = new Polisher(ctx, scorer);
        Scored best = null;
        int polishedCount = 0;
        for (int i = 0;
                i < seeds.size()
                        && (polishedCount < settings.polished() || scorer.evaluations() < settings.minEffort())
                        && scorer.withinBudget();
                i++) {
            SeedPool.Seed seed = seeds.settle(i);
            if (!Double.isFinite(seed.score())) {
                break;
            }
            polishedCount++;
            MappingState polished = polisher.polish(seed.state());
            double score = scorer.score(polished, StateScorer.INF);
            if (best == null || score < best.score()) {
                best = new Scored(polished, score);
            }
        }
        return best;
    }
}
