package org.codesign.search;

import java.time.Duration;
import java.util.List;

/**
 * The state of a run after a step; immutable, so it can be handed to another thread.
 *
 * @param algorithm algorithm name
 * @param status the run's status when the snapshot was taken
 * @param step number of steps done (the initial population is step 1)
 * @param evaluations evaluations used so far (cache hits excluded)
 * @param budget the evaluation budget
 * @param population the current population with ranks and crowding distances
 * @param archive the Pareto archive (empty without an archive)
 * @param hypervolume hypervolume of the archive (of the population without one); NaN when not configured
 * @param elapsed time spent in steps (pauses excluded)
 * @param parents the parents of the last step
 * @param offspring the offspring of the last step
 * @param newlyEvaluated points evaluated in the last step, in evaluation order (for incremental storage)
 * @param message a note from the algorithm or the reason the run ended; may be empty
 */
public record RunSnapshot(
        String algorithm,
        RunStatus status,
        int step,
        int evaluations,
        int budget,
        List<RankedIndividual> population,
        List<Individual> archive,
        double hypervolume,
        Duration elapsed,
        List<Individual> parents,
        List<Individual> offspring,
        List<Individual> newlyEvaluated,
        String message) {

    public RunSnapshot {
        population = List.copyOf(population);
        archive = List.copyOf(archive);
        parents = List.copyOf(parents);
        offspring = List.copyOf(offspring);
        newlyEvaluated = List.copyOf(newlyEvaluated);
    }

    /**
     * Fraction of the budget used, in [0, 1]; 1 once finished, also when the run ended below its
     * budget (an exhaustive run of a space smaller than the budget).
     */
    public double progress() {
        return status == RunStatus.FINISHED ? 1.0 : Math.min(1.0, evaluations / (double) budget);
    }
}
