package org.codesign.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * NSGA-II (Deb et al. 2002) on value indices: binary tournaments on rank then crowding distance,
 * crossover and mutation, elitist (mu + lambda) survival under constraint domination. No two members
 * of a population share a genome; a genome evaluated earlier in the run is reused, not re-evaluated.
 */
final class Nsga2 implements SearchAlgorithm {

    /** Offspring attempts per wanted child before a generation gives up looking for new genomes. */
    private static final int ATTEMPTS_PER_CHILD = 50;

    private final Nsga2Config config;
    private Variation variation;
    private List<Individual> population;
    private int[] ranks;
    private double[] crowding;

    Nsga2(Nsga2Config config) {
        this.config = config;
    }

    @Override
    public StepReport step(SearchContext ctx) {
        if (population == null) {
            return initialize(ctx);
        }
        return generation(ctx);
    }

    private StepReport initialize(SearchContext ctx) {
        variation = new Variation(ctx.cardinalities(), config.crossover(), config.crossoverRate(), config.mutation());
        int size = (int) Math.min(config.population(), Math.min(ctx.spaceSize(), ctx.remainingBudget()));
        Set<GenomeKey> chosen = new LinkedHashSet<>();
        for (int[] seed : config.seeds()) {
            if (chosen.size() < size) {
                chosen.add(new GenomeKey(seed));
            }
        }
        SplitMix rnd = ctx.random();
        int attempts = 0;
        while (chosen.size() < size && attempts++ < ATTEMPTS_PER_CHILD * size) {
            chosen.add(new GenomeKey(SearchSpace.randomGenome(ctx.cardinalities(), rnd)));
        }
        List<int[]> genomes = chosen.stream().map(GenomeKey::genes).toList();
        population = ctx.evaluate(genomes);
        rank();
        StepReport report = report(List.of(), population);
        if (ctx.isTracing()) {
            ctx.trace(TraceTally.initial(ctx.step(), report.population()));
        }
        return report;
    }

    private StepReport generation(SearchContext ctx) {
        SplitMix rnd = ctx.random();
        int lambda = config.offspring();
        Set<GenomeKey> taken = new HashSet<>();
        for (Individual p : population) {
            taken.add(new GenomeKey(p.genomeView()));
        }
        List<int[]> children = new ArrayList<>(lambda);
        Set<Individual> parents = new LinkedHashSet<>();
        int newNeeded = 0;
        int budget = ctx.remainingBudget();
        int attempts = 0;
        TraceTally tally = ctx.isTracing() ? new TraceTally() : null;
        while (children.size() < lambda && newNeeded < budget && attempts < ATTEMPTS_PER_CHILD * lambda) {
            attempts++;
            int a = tournament(rnd);
            int b = tournament(rnd);
            int[][] pair = variation.cross(
                    population.get(a).genomeView(), population.get(b).genomeView(), rnd);
            boolean crossed = variation.lastCrossed();
            if (tally != null) {
                tally.pairDrawn();
            }
            for (int[] child : pair) {
                int mutated = variation.mutate(child, rnd);
                if (children.size() >= lambda || newNeeded >= budget) {
                    break;
                }
                if (!taken.add(new GenomeKey(child))) {
                    if (tally != null) {
                        tally.duplicate();
                    }
                    continue;
                }
                boolean evaluatedBefore = ctx.isEvaluated(child);
                if (!evaluatedBefore) {
                    newNeeded++;
                }
                if (tally != null) {
                    tally.kept(crossed, mutated, evaluatedBefore);
                }
                children.add(child);
                parents.add(population.get(a));
                parents.add(population.get(b));
            }
        }
        List<Individual> offspring = ctx.evaluate(children);
        List<Individual> merged = new ArrayList<>(population.size() + offspring.size());
        merged.addAll(population);
        merged.addAll(offspring);
        population = survivors(merged, config.population());
        rank();
        StepReport report = report(new ArrayList<>(parents), offspring);
        if (tally != null) {
            ctx.trace(tally.generation(ctx.step(), merged, report.population(), report.parents(), offspring));
        }
        return report;
    }

    @Override
    public AlgorithmState save() {
        if (population == null) {
            return new AlgorithmState.NotStarted();
        }
        return new AlgorithmState.Nsga2(
                population.stream().mapToInt(Individual::index).toArray());
    }

    @Override
    public void restore(AlgorithmState state, SearchContext ctx) {
        if (state instanceof AlgorithmState.NotStarted) {
            return;
        }
        if (!(state instanceof AlgorithmState.Nsga2 saved)) {
            throw new IllegalArgumentException("state: an NSGA-II run cannot continue from " + state);
        }
        variation = new Variation(ctx.cardinalities(), config.crossover(), config.crossoverRate(), config.mutation());
        List<Individual> restored = new ArrayList<>();
        for (int i : saved.population()) {
            restored.add(ctx.point(i));
        }
        population = List.copyOf(restored);
        rank();
    }

    /** Binary tournament: lower rank wins, then larger crowding distance, then the first drawn. */
    private int tournament(SplitMix rnd) {
        int n = population.size();
        int a = rnd.nextInt(n);
        if (n == 1) {
            return a;
        }
        int b = rnd.nextInt(n - 1);
        if (b >= a) {
            b++;
        }
        if (ranks[a] != ranks[b]) {
            return ranks[a] < ranks[b] ? a : b;
        }
        return crowding[b] > crowding[a] ? b : a;
    }

    /** Elitist survival: whole fronts in rank order, the last one cut by crowding distance. */
    static List<Individual> survivors(List<Individual> merged, int mu) {
        if (merged.size() <= mu) {
            return List.copyOf(merged);
        }
        Ranking r = Ranking.of(merged);
        int[] order = IntSort.identity(merged.size());
        IntSort.sort(order, (x, y) -> {
            if (r.ranks()[x] != r.ranks()[y]) {
                return Integer.compare(r.ranks()[x], r.ranks()[y]);
            }
            return Double.compare(r.crowding()[y], r.crowding()[x]);
        });
        List<Individual> next = new ArrayList<>(mu);
        for (int k = 0; k < mu; k++) {
            next.add(merged.get(order[k]));
        }
        return next;
    }

    private void rank() {
        Ranking r = Ranking.of(population);
        ranks = r.ranks();
        crowding = r.crowding();
    }

    private StepReport report(List<Individual> parents, List<Individual> offspring) {
        List<RankedIndividual> ranked = new ArrayList<>(population.size());
        for (int i = 0; i < population.size(); i++) {
            ranked.add(new RankedIndividual(population.get(i), ranks[i], crowding[i]));
        }
        return new StepReport(ranked, parents, offspring, false, "");
    }
}
