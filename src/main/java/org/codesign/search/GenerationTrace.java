package org.codesign.search;

import java.util.List;

/**
 * What one NSGA-II generation did, operator by operator, for teaching. A run records it only when
 * asked ({@link SearchRun#traceGenerations}); the counts describe the offspring that were kept.
 *
 * @param step the run's step ({@link SearchContext#step()}); 1 is the random initial population
 * @param selection the binary tournaments
 * @param crossover how the kept offspring were made
 * @param mutation what mutation changed in them
 * @param duplicates children dropped because their genome was already in the population or among
 *     the offspring (NSGA-II here keeps every genome once)
 * @param reused offspring evaluated earlier in the run: no evaluation spent on them
 * @param frontSizes the fronts of the sorted parents + offspring (of the population alone at step 1), first front first
 * @param crowding how the last front that did not fit whole was cut
 * @param population the new population, with the ranks and crowding distances the engine uses next
 * @param parents the tournament winners that have a kept child
 * @param offspring the kept offspring, in the order they were made
 */
public record GenerationTrace(
        int step,
        Selection selection,
        Crossover crossover,
        Mutation mutation,
        int duplicates,
        int reused,
        List<Integer> frontSizes,
        Crowding crowding,
        List<RankedIndividual> population,
        List<Individual> parents,
        List<Individual> offspring) {

    /** @param tournaments binary tournaments held, two per pair of parents */
    public record Selection(int tournaments, int distinctParents) {}

    /** @param crossed offspring of a crossed pair; @param copied offspring copied from a parent */
    public record Crossover(int crossed, int copied) {}

    /** @param mutatedOffspring offspring with at least one gene changed; @param genes genes changed in all */
    public record Mutation(int mutatedOffspring, int genes) {}

    /**
     * @param cutFront rank of the front cut by crowding distance (-1: the fronts filled the population exactly)
     * @param cutFrontSize its size
     * @param keptOfCut its members kept (the most isolated)
     * @param survivingOffspring offspring among the new population
     * @param offspringInFirstFront offspring on the new population's first front
     */
    public record Crowding(
            int cutFront, int cutFrontSize, int keptOfCut, int survivingOffspring, int offspringInFirstFront) {}

    public GenerationTrace {
        frontSizes = List.copyOf(frontSizes);
        population = List.copyOf(population);
        parents = List.copyOf(parents);
        offspring = List.copyOf(offspring);
    }

    /** True for the random initial population: no selection, crossover or mutation happened. */
    public boolean initial() {
        return selection.tournaments() == 0 && offspring.isEmpty();
    }

    /** Parents + offspring that were sorted (the population alone at step 1). */
    public int sorted() {
        return frontSizes.stream().mapToInt(Integer::intValue).sum();
    }

    /** Sorted members that did not survive. */
    public int discarded() {
        return sorted() - population.size();
    }
}
