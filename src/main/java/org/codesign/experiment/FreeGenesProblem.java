package org.codesign.experiment;

import java.util.Arrays;
import org.codesign.search.Evaluation;
import org.codesign.search.Problem;

/**
 * A problem over the free genes of a larger one: the fixed genes (e.g. the network genes of a
 * hardware-only search) keep their value, and an engine genome lists only the free genes.
 */
final class FreeGenesProblem implements Problem {
    private final Problem full;
    private final int[] fixed;
    private final int[] freeIndices;

    /**
     * @param fixed per gene of {@code full} its fixed value index, or -1 when the gene is free
     */
    FreeGenesProblem(Problem full, int[] fixed) {
        if (fixed.length != full.cardinalities().length) {
            throw new IllegalArgumentException("fixed: expected " + full.cardinalities().length + " genes, got "
                    + fixed.length);
        }
        this.full = full;
        this.fixed = fixed.clone();
        this.freeIndices = java.util.stream.IntStream.range(0, fixed.length).filter(i -> fixed[i] < 0).toArray();
        if (freeIndices.length == 0) {
            throw new IllegalArgumentException("fixed: every gene is fixed, nothing is left to search");
        }
    }

    /** The full problem's genome of an engine genome. */
    int[] toFull(int[] genome) {
        int[] g = fixed.clone();
        for (int k = 0; k < freeIndices.length; k++) {
            g[freeIndices[k]] = genome[k];
        }
        return g;
    }

    @Override
    public int[] cardinalities() {
        int[] all = full.cardinalities();
        return Arrays.stream(freeIndices).map(i -> all[i]).toArray();
    }

    @Override
    public int objectiveCount() {
        return full.objectiveCount();
    }

    @Override
    public int constraintCount() {
        return full.constraintCount();
    }

    @Override
    public Evaluation evaluate(int[] genome) {
        return full.evaluate(toFull(genome));
    }
}
