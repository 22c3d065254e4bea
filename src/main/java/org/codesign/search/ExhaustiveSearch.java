package org.codesign.search;

import java.util.ArrayList;
import java.util.List;

/** Enumerates the space in lexicographic order (last gene fastest). */
final class ExhaustiveSearch implements SearchAlgorithm {

    private final int batchSize;
    private int[] next;

    ExhaustiveSearch(int batchSize) {
        this.batchSize = batchSize;
    }

    @Override
    public StepReport step(SearchContext ctx) {
        int[] card = ctx.cardinalities();
        if (next == null) {
            next = new int[card.length];
        }
        List<int[]> batch = new ArrayList<>(batchSize);
        boolean done = false;
        while (batch.size() < batchSize && !done) {
            batch.add(next.clone());
            done = !increment(next, card);
        }
        List<Individual> evaluated = ctx.evaluateDistinctUncached(batch);
        return StepReport.of(
                evaluated, List.of(), evaluated, done, done ? "every point of the space was evaluated" : "");
    }

    @Override
    public AlgorithmState save() {
        return next == null ? new AlgorithmState.NotStarted() : new AlgorithmState.Exhaustive(next);
    }

    @Override
    public void restore(AlgorithmState state, SearchContext ctx) {
        if (state instanceof AlgorithmState.Exhaustive saved) {
            next = saved.next();
        } else if (!(state instanceof AlgorithmState.NotStarted)) {
            throw new IllegalArgumentException("state: an exhaustive search cannot continue from " + state);
        }
    }

    /** Advances the mixed-radix counter; false after the last genome. */
    private static boolean increment(int[] g, int[] card) {
        for (int i = g.length - 1; i >= 0; i--) {
            if (++g[i] < card[i]) {
                return true;
            }
            g[i] = 0;
        }
        return false;
    }
}
