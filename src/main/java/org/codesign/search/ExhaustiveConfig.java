package org.codesign.search;

import java.util.Locale;

/**
 * Exhaustive enumeration: evaluates every genome once, in lexicographic order, {@code batchSize}
 * per step, and so yields the true Pareto front. Refuses spaces larger than {@code maxPoints} and
 * budgets smaller than the space.
 */
public record ExhaustiveConfig(int batchSize, long maxPoints) implements AlgorithmConfig {

    /** Default size limit: a few million points. */
    public static final long DEFAULT_MAX_POINTS = 5_000_000;

    public ExhaustiveConfig {
        Checks.atLeast("batchSize", batchSize, 1);
        Checks.atLeast("maxPoints", maxPoints, 1);
    }

    public static ExhaustiveConfig defaults() {
        return new ExhaustiveConfig(4096, DEFAULT_MAX_POINTS);
    }

    @Override
    public String algorithmName() {
        return "exhaustive";
    }

    @Override
    public SearchAlgorithm create(Problem problem, RunSettings settings) {
        long size = SearchSpace.size(SearchSpace.validCardinalities(problem));
        if (size > maxPoints) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "space: %s points exceed the exhaustive-search limit of %,d; use NSGA-II or local search",
                    size == Long.MAX_VALUE ? "more than 9.2e18" : String.format(Locale.ROOT, "%,d", size),
                    maxPoints));
        }
        if (settings.budget() < size) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "budget: exhaustive search of %,d points needs a budget of at least %,d, got %,d",
                    size,
                    size,
                    settings.budget()));
        }
        return new ExhaustiveSearch(batchSize);
    }
}
