package org.codesign.search;

import org.moeaframework.core.population.NondominatedPopulation;

/** Public access to the test-scope MOEA helpers for the benchmarks in org.codesign.bench. */
public final class MoeaBridge {
    private MoeaBridge() {}

    public static org.moeaframework.problem.Problem shell(int m) {
        return MoeaProblems.shell(m);
    }

    public static NondominatedPopulation population(double[][] points) {
        return MoeaProblems.population(points);
    }
}
