package org.codesign.search.codesign;

import java.util.stream.IntStream;
import org.codesign.search.Evaluation;
import org.codesign.search.PayloadColumns;
import org.codesign.search.Problem;

/**
 * A problem with some genes of a larger one fixed (e.g. the network genes of a hardware-only
 * search). Two genome encodings, because the engines' random streams depend on the genome length
 * and both are in use: {@link #padded} keeps every gene, a fixed one with a single value (index 0)
 * the engine never changes (the product's runs); {@link #compact} lists only the free genes (the
 * experiments' weighted-sum baseline).
 */
public final class FixedGenesProblem implements Problem {
    private final Problem full;
    private final int[] fixed;
    private final int[] freeIndices;
    private final boolean compact;

    private FixedGenesProblem(Problem full, int[] fixed, boolean compact) {
        if (fixed.length != full.cardinalities().length) {
            throw new IllegalArgumentException(
                    "fixed: expected " + full.cardinalities().length + " genes, got " + fixed.length);
        }
        this.full = full;
        this.fixed = fixed.clone();
        this.freeIndices =
                IntStream.range(0, fixed.length).filter(i -> fixed[i] < 0).toArray();
        this.compact = compact;
    }

    /**
     * Every gene stays in the engine genome; a fixed one has cardinality 1.
     *
     * @param fixed per gene of {@code full} its fixed value index, or -1 when the gene is free
     */
    public static FixedGenesProblem padded(Problem full, int[] fixed) {
        return new FixedGenesProblem(full, fixed, false);
    }

    /**
     * The engine genome lists only the free genes, in order.
     *
     * @param fixed per gene of {@code full} its fixed value index, or -1 when the gene is free
     * @throws IllegalArgumentException when every gene is fixed
     */
    public static FixedGenesProblem compact(Problem full, int[] fixed) {
        FixedGenesProblem p = new FixedGenesProblem(full, fixed, true);
        if (p.freeIndices.length == 0) {
            throw new IllegalArgumentException("fixed: every gene is fixed, nothing is left to search");
        }
        return p;
    }

    /** The problem whose genes this one fixes some of. */
    public Problem full() {
        return full;
    }

    /** The genome of the full problem that an engine genome stands for. */
    public int[] toFull(int[] genome) {
        int[] g = fixed.clone();
        for (int k = 0; k < freeIndices.length; k++) {
            int i = freeIndices[k];
            g[i] = genome[compact ? k : i];
        }
        return g;
    }

    @Override
    public int[] cardinalities() {
        int[] all = full.cardinalities();
        if (compact) {
            return IntStream.of(freeIndices).map(i -> all[i]).toArray();
        }
        for (int i = 0; i < all.length; i++) {
            if (fixed[i] >= 0) {
                all[i] = 1;
            }
        }
        return all;
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
    public PayloadColumns payloadColumns() {
        return full.payloadColumns();
    }

    @Override
    public Evaluation evaluate(int[] genome) {
        return full.evaluate(toFull(genome));
    }
}
