package org.codesign.search.codesign;

import org.codesign.search.Evaluation;
import org.codesign.search.Problem;

/**
 * A problem with some genes fixed: those genes have one value (index 0) for the engine, which
 * therefore never changes them, and stand for the fixed index of the full problem.
 */
final class FixedGenesProblem implements Problem {
    private final Problem full;
    private final int[] fixed;
    private final int[] cardinalities;

    /**
     * @param fixed per gene the fixed value index of the full problem, or -1 when the gene is free
     */
    FixedGenesProblem(Problem full, int[] fixed) {
        this.full = full;
        this.fixed = fixed.clone();
        this.cardinalities = full.cardinalities();
        for (int i = 0; i < fixed.length; i++) {
            if (fixed[i] >= 0) {
                cardinalities[i] = 1;
            }
        }
    }

    /** The genome of the full problem that an engine genome stands for. */
    int[] toFull(int[] genome) {
        int[] g = genome.clone();
        for (int i = 0; i < g.length; i++) {
            if (fixed[i] >= 0) {
                g[i] = fixed[i];
            }
        }
        return g;
    }

    /** The engine genome of a full genome whose fixed genes match. */
    int[] fromFull(int[] genome) {
        int[] g = genome.clone();
        for (int i = 0; i < g.length; i++) {
            if (fixed[i] >= 0) {
                g[i] = 0;
            }
        }
        return g;
    }

    @Override
    public int[] cardinalities() {
        return cardinalities.clone();
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
