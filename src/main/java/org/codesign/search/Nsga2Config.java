package org.codesign.search;

import java.util.ArrayList;
import java.util.List;

/**
 * NSGA-II parameters.
 *
 * @param population population size (mu)
 * @param offspring offspring per generation (lambda); usually equal to the population
 * @param crossover crossover kind
 * @param crossoverRate probability that a pair of parents is crossed (otherwise copied)
 * @param mutation per-gene mutation
 * @param seeds genomes put into the initial population first (the rest is random)
 */
public record Nsga2Config(
        int population,
        int offspring,
        CrossoverKind crossover,
        double crossoverRate,
        MutationSettings mutation,
        List<int[]> seeds)
        implements AlgorithmConfig {

    public Nsga2Config {
        Checks.atLeast("population", population, 4);
        Checks.atLeast("offspring", offspring, 2);
        Checks.notNull("crossover", crossover);
        Checks.probability("crossoverRate", crossoverRate);
        Checks.notNull("mutation", mutation);
        Checks.notNull("seeds", seeds);
        List<int[]> copy = new ArrayList<>(seeds.size());
        for (int i = 0; i < seeds.size(); i++) {
            copy.add(Checks.notNull("seeds[" + i + "]", seeds.get(i)).clone());
        }
        seeds = List.copyOf(copy);
    }

    /** Population 100, as many offspring, uniform crossover at 0.9, {@link MutationSettings#defaults()}. */
    public static Nsga2Config defaults() {
        return new Nsga2Config(100, 100, CrossoverKind.UNIFORM, 0.9, MutationSettings.defaults(), List.of());
    }

    /** Sets population and offspring to {@code size}. */
    public Nsga2Config withPopulation(int size) {
        return new Nsga2Config(size, size, crossover, crossoverRate, mutation, seeds);
    }

    public Nsga2Config withCrossover(CrossoverKind kind, double rate) {
        return new Nsga2Config(population, offspring, kind, rate, mutation, seeds);
    }

    public Nsga2Config withMutation(MutationSettings newMutation) {
        return new Nsga2Config(population, offspring, crossover, crossoverRate, newMutation, seeds);
    }

    public Nsga2Config withSeeds(List<int[]> newSeeds) {
        return new Nsga2Config(population, offspring, crossover, crossoverRate, mutation, newSeeds);
    }

    /** Copies of the seed genomes. */
    @Override
    public List<int[]> seeds() {
        return seeds.stream().map(int[]::clone).toList();
    }

    @Override
    public String algorithmName() {
        return "NSGA-II";
    }

    @Override
    public SearchAlgorithm create(Problem problem, RunSettings settings) {
        int[] card = SearchSpace.validCardinalities(problem);
        for (int i = 0; i < seeds.size(); i++) {
            SearchSpace.checkGenome("seeds[" + i + "]", seeds.get(i), card);
        }
        return new Nsga2(this);
    }
}
