package org.codesign.search;

import java.util.Arrays;
import java.util.Objects;

/**
 * One evaluated point of a run: the genome, its evaluation, the 0-based position in the run's
 * evaluation order and the step (generation or local-search round) in which it was evaluated.
 * Immutable, so snapshots can hand it across threads.
 */
public record Individual(int[] genome, Evaluation evaluation, int index, int step) {

    public Individual {
        Checks.notNull("genome", genome);
        Checks.notNull("evaluation", evaluation);
        genome = genome.clone();
    }

    /** A copy of the genome. */
    @Override
    public int[] genome() {
        return genome.clone();
    }

    public int gene(int i) {
        return genome[i];
    }

    public boolean isFeasible() {
        return evaluation.isFeasible();
    }

    double[] objectivesView() {
        return evaluation.objectivesView();
    }

    int[] genomeView() {
        return genome;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Individual other
                && index == other.index
                && step == other.step
                && Arrays.equals(genome, other.genome)
                && evaluation.equals(other.evaluation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(genome), evaluation, index, step);
    }

    @Override
    public String toString() {
        return "#" + index + Arrays.toString(genome) + " -> " + evaluation;
    }
}
