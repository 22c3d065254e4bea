package org.codesign.search.codesign;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.codesign.eval.CodesignMode;
import org.codesign.search.AlgorithmConfig;
import org.codesign.search.CrossoverKind;
import org.codesign.search.ExhaustiveConfig;
import org.codesign.search.LocalSearchConfig;
import org.codesign.search.MutationSettings;
import org.codesign.search.Nsga2Config;
import org.codesign.search.RandomSearchConfig;

/**
 * Everything a run needs: the algorithm and its settings, the co-design mode, the evaluation
 * budget, the seed and the thread count (0 = all cores). The CLI, the run form, the experiments
 * and the study file all start from {@link #DEFAULTS} and change what they set. Validated; every
 * message names the field.
 *
 * @param mutationRate per-gene mutation probability; 0 means one over the genome length
 * @param starts walkers of the local searches
 */
public record RunSpec(
        Algorithm algorithm,
        CodesignMode mode,
        int budget,
        long seed,
        int threads,
        int population,
        CrossoverKind crossover,
        double crossoverRate,
        double mutationRate,
        int starts) {

    // The defaults, as constants so that the CLI's option annotations can quote them.
    public static final String DEFAULT_ALGORITHM = "nsga2";
    public static final String DEFAULT_MODE = "joint";
    public static final int DEFAULT_BUDGET = 2000;
    public static final long DEFAULT_SEED = 1;
    /** 0 = all cores. */
    public static final int DEFAULT_THREADS = 0;

    public static final int DEFAULT_POPULATION = 40;
    /**
     * Two-point crossover passes a block's and a stage's genes on together, and beat uniform
     * crossover on the co-design problem (BENCHMARKS.md).
     */
    public static final String DEFAULT_CROSSOVER = "two-point";

    public static final double DEFAULT_CROSSOVER_RATE = 0.9;
    /** One gene mutated per offspring on average. */
    public static final double DEFAULT_MUTATION_RATE = 0.0;

    public static final int DEFAULT_STARTS = 8;

    /** The one place a run's defaults live. */
    public static final RunSpec DEFAULTS = new RunSpec(
            Algorithm.parse(DEFAULT_ALGORITHM),
            CodesignMode.parse(DEFAULT_MODE),
            DEFAULT_BUDGET,
            DEFAULT_SEED,
            DEFAULT_THREADS,
            DEFAULT_POPULATION,
            parseCrossover(DEFAULT_CROSSOVER),
            DEFAULT_CROSSOVER_RATE,
            DEFAULT_MUTATION_RATE,
            DEFAULT_STARTS);

    public RunSpec {
        if (algorithm == null) {
            throw new IllegalArgumentException(
                    "algorithm: missing (one of " + String.join(", ", Algorithm.labels()) + ")");
        }
        if (mode == null) {
            throw new IllegalArgumentException("mode: missing");
        }
        if (budget < 1) {
            throw new IllegalArgumentException("evaluations: must be at least 1, got " + budget);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads: must be 0 (all cores) or more, got " + threads);
        }
        if (population < 4) {
            throw new IllegalArgumentException("population: must be at least 4, got " + population);
        }
        if (crossover == null) {
            throw new IllegalArgumentException("crossover: missing (uniform or two-point)");
        }
        if (!(crossoverRate >= 0 && crossoverRate <= 1)) {
            throw new IllegalArgumentException("crossoverRate: must be between 0 and 1, got " + crossoverRate);
        }
        if (!(mutationRate >= 0 && mutationRate <= 1)) {
            throw new IllegalArgumentException(
                    "mutationRate: must be between 0 and 1 (0 = one gene on average), got " + mutationRate);
        }
        if (starts < 1) {
            throw new IllegalArgumentException("starts: must be at least 1, got " + starts);
        }
    }

    /** The defaults with another algorithm, mode, budget and seed: what most callers set. */
    public static RunSpec of(Algorithm algorithm, CodesignMode mode, int budget, long seed) {
        return DEFAULTS.withAlgorithm(algorithm)
                .withMode(mode)
                .withBudget(budget)
                .withSeed(seed);
    }

    public RunSpec withAlgorithm(Algorithm a) {
        return new RunSpec(a, mode, budget, seed, threads, population, crossover, crossoverRate, mutationRate, starts);
    }

    public RunSpec withMode(CodesignMode m) {
        return new RunSpec(
                algorithm, m, budget, seed, threads, population, crossover, crossoverRate, mutationRate, starts);
    }

    public RunSpec withBudget(int b) {
        return new RunSpec(
                algorithm, mode, b, seed, threads, population, crossover, crossoverRate, mutationRate, starts);
    }

    public RunSpec withSeed(long s) {
        return new RunSpec(
                algorithm, mode, budget, s, threads, population, crossover, crossoverRate, mutationRate, starts);
    }

    public RunSpec withThreads(int t) {
        return new RunSpec(
                algorithm, mode, budget, seed, t, population, crossover, crossoverRate, mutationRate, starts);
    }

    public RunSpec withPopulation(int p) {
        return new RunSpec(algorithm, mode, budget, seed, threads, p, crossover, crossoverRate, mutationRate, starts);
    }

    public RunSpec withCrossover(CrossoverKind kind, double rate) {
        return new RunSpec(algorithm, mode, budget, seed, threads, population, kind, rate, mutationRate, starts);
    }

    public RunSpec withMutationRate(double rate) {
        return new RunSpec(algorithm, mode, budget, seed, threads, population, crossover, crossoverRate, rate, starts);
    }

    public RunSpec withStarts(int n) {
        return new RunSpec(
                algorithm, mode, budget, seed, threads, population, crossover, crossoverRate, mutationRate, n);
    }

    /** Algorithm-specific settings as stored with a run in the study. */
    public Map<String, Object> settings() {
        Map<String, Object> s = new LinkedHashMap<>();
        switch (algorithm) {
            case NSGA2 -> {
                s.put("population", (long) population);
                s.put("crossover", crossoverLabel(crossover));
                s.put("crossoverRate", crossoverRate);
                s.put("mutationRate", mutationRate);
            }
            case LOCAL, PARETO_LOCAL, NLP_LOCAL -> s.put("starts", (long) starts);
            default -> {}
        }
        return s;
    }

    /** The spec a stored run was started with (missing settings take their defaults). */
    public static RunSpec stored(
            String algorithm, CodesignMode mode, long budget, long seed, int threads, Map<String, Object> settings) {
        RunSpec d = DEFAULTS;
        return new RunSpec(
                Algorithm.parse(algorithm),
                mode,
                (int) Math.min(Integer.MAX_VALUE, budget),
                seed,
                threads,
                (int) number(settings, "population", d.population()),
                parseCrossover(String.valueOf(settings.getOrDefault("crossover", crossoverLabel(d.crossover())))),
                number(settings, "crossoverRate", d.crossoverRate()),
                number(settings, "mutationRate", d.mutationRate()),
                (int) number(settings, "starts", d.starts()));
    }

    private static double number(Map<String, Object> settings, String key, double fallback) {
        Object v = settings.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("settings." + key + ": expected a number, got '" + v + "'");
    }

    public static String crossoverLabel(CrossoverKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static CrossoverKind parseCrossover(String label) {
        for (CrossoverKind k : CrossoverKind.values()) {
            if (crossoverLabel(k).equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("crossover: unknown crossover '" + label + "' (uniform or two-point)");
    }

    /** The NSGA-II mutation of this spec: {@link #mutationRate()} per gene, the engine's other defaults. */
    public MutationSettings mutation() {
        return new MutationSettings(
                mutationRate, 0.1, MutationSettings.defaults().stepKind(), 1, 20);
    }

    /** The engine configuration of this spec's algorithm. */
    AlgorithmConfig algorithmConfig(List<int[]> seeds) {
        return switch (algorithm) {
            case NSGA2 ->
                Nsga2Config.defaults()
                        .withPopulation(population)
                        .withCrossover(crossover, crossoverRate)
                        .withMutation(mutation())
                        .withSeeds(seeds);
            // nlp-local: the refinement; CodesignRun adds the relax, solve and round phases before it
            case LOCAL, NLP_LOCAL -> LocalSearchConfig.scalarized(starts).withSeeds(seeds);
            case PARETO_LOCAL -> LocalSearchConfig.pareto(starts, 8).withSeeds(seeds);
            case RANDOM -> RandomSearchConfig.defaults();
            case EXHAUSTIVE -> ExhaustiveConfig.defaults();
        };
    }
}
