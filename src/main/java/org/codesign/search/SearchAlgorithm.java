package org.codesign.search;

/**
 * One algorithm instance inside one run. The run calls {@link #step} on a single thread, one step
 * (a generation, a local-search round, a batch) at a time; all randomness must come from
 * {@link SearchContext#random()} and all evaluations from {@link SearchContext#evaluate}, so that runs
 * are reproducible.
 */
public interface SearchAlgorithm {

    /** Performs one step. The run ends when this reports {@code finished} or the budget is used up. */
    StepReport step(SearchContext context);

    /** The state to continue from after the last step (see {@link RunCheckpoint}). */
    AlgorithmState save();

    /**
     * Continues from a saved state on a fresh instance; the context already holds the run's points.
     *
     * @throws IllegalArgumentException if the state belongs to another algorithm
     */
    void restore(AlgorithmState state, SearchContext context);
}
