package org.codesign.search;

/**
 * Random search, the baseline: each step evaluates {@code batchSize} distinct random genomes not
 * evaluated before.
 */
public record RandomSearchConfig(int batchSize) implements AlgorithmConfig {

    public RandomSearchConfig {
        Checks.atLeast("batchSize", batchSize, 1);
    }

    public static RandomSearchConfig defaults() {
        return new RandomSearchConfig(100);
    }

    @Override
    public String algorithmName() {
        return "random";
    }

    @Override
    public SearchAlgorithm create(Problem problem, RunSettings settings) {
        return new RandomSearch(batchSize);
    }
}
