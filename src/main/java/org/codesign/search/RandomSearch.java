package org.codesign.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Uniform random sampling without repeats. */
final class RandomSearch implements SearchAlgorithm {

    private static final int ATTEMPTS_PER_SAMPLE = 50;

    private final int batchSize;

    RandomSearch(int batchSize) {
        this.batchSize = batchSize;
    }

    @Override
    public StepReport step(SearchContext ctx) {
        int want = Math.min(batchSize, ctx.remainingBudget());
        int[] card = ctx.cardinalities();
        Set<GenomeKey> batch = new LinkedHashSet<>();
        int attempts = 0;
        while (batch.size() < want && attempts++ < ATTEMPTS_PER_SAMPLE * want) {
            int[] g = SearchSpace.randomGenome(card, ctx.random());
            if (!ctx.isEvaluated(g)) {
                batch.add(new GenomeKey(g));
            }
        }
        List<int[]> genomes = new ArrayList<>(batch.size());
        batch.forEach(k -> genomes.add(k.genes()));
        List<Individual> sampled = ctx.evaluate(genomes);
        return StepReport.of(sampled, List.of(), sampled, false, "");
    }

    @Override
    public AlgorithmState save() {
        return new AlgorithmState.Stateless();
    }

    @Override
    public void restore(AlgorithmState state, SearchContext ctx) {
        if (!(state instanceof AlgorithmState.Stateless || state instanceof AlgorithmState.NotStarted)) {
            throw new IllegalArgumentException("state: a random search cannot continue from " + state);
        }
    }
}
