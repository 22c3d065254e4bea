package org.codesign.search.nlp;

import org.codesign.search.AlgorithmConfig;
import org.codesign.search.LocalSearchConfig;
import org.codesign.search.Problem;
import org.codesign.search.RunSettings;
import org.codesign.search.SearchAlgorithm;

/**
 * {@code nlp-local}: relax, solve, round, refine. The ε-constraint sweep of the relaxed model per
 * dataflow ({@link FrontSweep}), its solutions rounded to listed hardware ({@link Rounding}),
 * and the parallel local search ({@code local}) started from the rounded designs.
 */
public record NlpLocalConfig(NlpPlan plan, LocalSearchConfig local) implements AlgorithmConfig {

    public NlpLocalConfig {
        if (plan == null || local == null) {
            throw new IllegalArgumentException("plan, local: required");
        }
    }

    @Override
    public String algorithmName() {
        return "NLP + local search";
    }

    @Override
    public SearchAlgorithm create(Problem problem, RunSettings settings) {
        return new NlpLocalSearch(plan, local, problem, settings);
    }
}
