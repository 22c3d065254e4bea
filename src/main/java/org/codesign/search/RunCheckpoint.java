package org.codesign.search;

import java.util.List;

/**
 * Everything a {@link SearchRun} needs to continue exactly where it stood after its last completed
 * step: a value (records and arrays only; see the JSON form in {@code search.checkpoint}).
 *
 * @param algorithm the algorithm's name; restoring checks it
 * @param seed the run's seed; restoring checks it
 * @param budget the run's budget; restoring checks it
 * @param steps completed steps
 * @param stepsWithoutNewPoints the stagnation counter
 * @param busyNanos time spent in steps so far
 * @param randomState the generator's state after the last completed step
 * @param evaluated every point evaluated up to that step, in evaluation order (index = position)
 * @param archive the archive's members in archive order, as indices into {@code evaluated}
 * @param state the algorithm's own state
 * @param finished true when the run had finished (then there is nothing to continue)
 * @param message the last step's message (the end reason once finished)
 * @param spare points evaluated by a step that was interrupted: a resumed run takes their evaluations
 *     instead of evaluating those genomes again, and numbers them as the uninterrupted run would
 */
public record RunCheckpoint(
        String algorithm,
        long seed,
        int budget,
        int steps,
        int stepsWithoutNewPoints,
        long busyNanos,
        long randomState,
        List<Individual> evaluated,
        int[] archive,
        AlgorithmState state,
        boolean finished,
        String message,
        List<Individual> spare) {

    public RunCheckpoint {
        Checks.notNull("algorithm", algorithm);
        Checks.notNull("state", state);
        Checks.notNull("message", message);
        // a run's own view is numbered by its log: checking its ends avoids making every point
        boolean fromLog = evaluated instanceof PointView;
        evaluated = PointView.frozen(evaluated);
        archive = archive.clone();
        spare = PointView.frozen(spare);
        int n = evaluated.size();
        for (int i = 0; i < n; i = fromLog && i == 0 && n > 1 ? n - 1 : i + 1) {
            if (evaluated.get(i).index() != i) {
                throw new IllegalArgumentException("evaluated: point " + i + " has index "
                        + evaluated.get(i).index());
            }
        }
        for (int a : archive) {
            if (a < 0 || a >= evaluated.size()) {
                throw new IllegalArgumentException("archive: index " + a + " is not an evaluated point");
            }
        }
    }

    @Override
    public int[] archive() {
        return archive.clone();
    }
}
