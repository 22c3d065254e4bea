package org.codesign.search.codesign;

import java.util.Arrays;
import java.util.List;

/** The search algorithms a run can use. Written in files and on the command line as e.g. {@code pareto-local}. */
public enum Algorithm {
    NSGA2("nsga2", "NSGA-II"),
    /** Multi-start local search on Chebyshev scalarizations. */
    LOCAL("local", "Local search"),
    PARETO_LOCAL("pareto-local", "Pareto local search"),
    /**
     * The analytical co-optimizer (ICCAD 2022): relaxed model, ε-constraint solves, rounding, then
     * the local search from the rounded designs. Hardware-only runs on the spatial accelerator.
     */
    NLP_LOCAL("nlp-local", "NLP + local search"),
    RANDOM("random", "Random search"),
    EXHAUSTIVE("exhaustive", "Exhaustive");

    private final String label;
    private final String displayName;

    Algorithm(String label, String displayName) {
        this.label = label;
        this.displayName = displayName;
    }

    public String label() {
        return label;
    }

    /** The name shown to users (run names, the run form). */
    public String displayName() {
        return displayName;
    }

    /** The local searches start several walkers; the others have no such setting. */
    public boolean usesWalkers() {
        return this == LOCAL || this == PARETO_LOCAL || this == NLP_LOCAL;
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Algorithm::label).toList();
    }

    /** @throws IllegalArgumentException starting with "algorithm:" and listing the known labels */
    public static Algorithm parse(String label) {
        for (Algorithm a : values()) {
            if (a.label.equals(label)) {
                return a;
            }
        }
        throw new IllegalArgumentException(
                "algorithm: unknown algorithm '" + label + "' (one of " + String.join(", ", labels()) + ")");
    }
}
