package org.codesign.experiment;

import org.codesign.eval.CodesignMode;
import org.codesign.eval.Evaluator;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.RunSpec;
import org.codesign.study.Study;

/**
 * One search an experiment compares, run once per seed: its label in the report, the sample it
 * runs on, the mode and the algorithm. Everything else is the product's default ({@link RunSpec}).
 *
 * @param walkers local-search walkers
 * @param weights weight vectors of the weighted-sum baseline (they share the budget), or 0 for a plain run
 */
public record Arm(String label, String sample, CodesignMode mode, Algorithm algorithm, int walkers, int weights) {

    public static Arm nsga2(String label, String sample, CodesignMode mode) {
        return new Arm(label, sample, mode, Algorithm.NSGA2, RunSpec.DEFAULTS.starts(), 0);
    }

    /** Parallel multi-start local search on Chebyshev scalarizations. */
    public static Arm local(String label, String sample, CodesignMode mode, int walkers) {
        return new Arm(label, sample, mode, Algorithm.LOCAL, walkers, 0);
    }

    /** The analytical co-optimizer: relaxed solves, rounding, then the local search from the rounded designs. */
    public static Arm nlpLocal(String label, String sample, CodesignMode mode, int walkers) {
        return new Arm(label, sample, mode, Algorithm.NLP_LOCAL, walkers, 0);
    }

    public static Arm random(String label, String sample, CodesignMode mode) {
        return new Arm(label, sample, mode, Algorithm.RANDOM, RunSpec.DEFAULTS.starts(), 0);
    }

    /** A single-objective GA per weight vector on the normalized weighted sum (see {@link Searches#weightedSum}). */
    public static Arm weightedSum(String label, String sample, CodesignMode mode, int weights) {
        return new Arm(label, sample, mode, Algorithm.NSGA2, RunSpec.DEFAULTS.starts(), weights);
    }

    /** The run of this arm: the budget, seed and threads of the experiment, NSGA-II with its population. */
    RunSpec spec(int budget, long seed, int threads, int population) {
        RunSpec spec =
                RunSpec.of(algorithm, mode, budget, seed).withThreads(threads).withStarts(walkers);
        return algorithm == Algorithm.NSGA2 ? spec.withPopulation(population) : spec;
    }

    Outcome run(Study study, Evaluator evaluator, int budget, long seed, int threads, int population) {
        if (weights > 0) {
            return Searches.weightedSum(label, study, mode, evaluator, budget, seed, threads, population, weights);
        }
        return Searches.run(study, spec(budget, seed, threads, population), evaluator, label);
    }
}
