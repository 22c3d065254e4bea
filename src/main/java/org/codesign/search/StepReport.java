package org.codesign.search;

import java.util.List;

/**
 * What one step did, for snapshots and teaching.
 *
 * @param population the algorithm's current population (walkers for local search) with ranks
 * @param parents the individuals varied in this step (tournament winners, walkers before their move)
 * @param offspring the individuals produced in this step (children, neighbours, samples)
 * @param finished true if the algorithm has nothing more to do
 * @param message why it finished, or a short note; may be empty
 */
public record StepReport(
        List<RankedIndividual> population,
        List<Individual> parents,
        List<Individual> offspring,
        boolean finished,
        String message) {

    public StepReport {
        population = List.copyOf(population);
        parents = List.copyOf(parents);
        offspring = List.copyOf(offspring);
        message = message == null ? "" : message;
    }

    /** A report whose population is ranked here (for algorithms that do not rank themselves). */
    public static StepReport of(
            List<Individual> population,
            List<Individual> parents,
            List<Individual> offspring,
            boolean finished,
            String message) {
        return new StepReport(Ranking.ranked(population), parents, offspring, finished, message);
    }
}
