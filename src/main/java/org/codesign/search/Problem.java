package org.codesign.search;

/**
 * A discrete multi-objective minimization problem. A genome is an {@code int[]} of value indices:
 * gene {@code i} lies in {@code [0, cardinalities()[i])}.
 *
 * <p>{@link #evaluate} must be thread-safe: a run calls it from several worker threads at once.
 * It must be deterministic (same genome, same evaluation) for runs to be reproducible.
 */
public interface Problem {

    /** Number of values of each gene; the array length is the genome length. */
    int[] cardinalities();

    /** Number of objectives, all minimized (negate maximized metrics). */
    int objectiveCount();

    /** Number of constraints; each evaluation reports one violation per constraint (0 = satisfied). */
    default int constraintCount() {
        return 0;
    }

    /**
     * Evaluates a genome. Infeasible designs should return {@link Evaluation#infeasible} rather than
     * throw; any exception thrown here fails the run.
     */
    Evaluation evaluate(int[] genome);

    /**
     * How the run stores this problem's evaluation payloads compactly, or null (payloads are then
     * kept as objects: fine for problems without payloads, costly for runs of millions of points).
     */
    default PayloadColumns payloadColumns() {
        return null;
    }
}
