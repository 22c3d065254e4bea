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
 * What a user asks for when starting a run: the algorithm and its settings, the co-design mode,
 * the evaluation budget, the seed and the thread count (0 = all cores). Validated; every
 * message names the field.
 *
 * @param mutationRate per-gene mutation probability; 0 means one over the genome length
 * @param starts walkers of the local searches
 */
public record RunRequest(String algorithm, CodesignMode mode, int budget, long seed, int threads, int population,
                         CrossoverKind crossover, double crossoverRate, double mutationRate, int starts) {

    public static final List<String> ALGORITHMS = List.of("nsga2", "local", "pareto-local", "random", "exhaustive");

    public RunRequest {
        if (!ALGORITHMS.contains(algorithm)) {
            throw new IllegalArgumentException("algorithm: unknown algorithm '" + algorithm + "' (one of "
                    + String.join(", ", ALGORITHMS) + ")");
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
            throw new IllegalArgumentException("mutationRate: must be between 0 and 1 (0 = one gene on average), got "
                    + mutationRate);
        }
        if (starts < 1) {
            throw new IllegalArgumentException("starts: must be at least 1, got " + starts);
        }
    }

    /**
     * Sensible defaults for an algorithm: population 40, two-point crossover 0.9 (it passes a
     * block's and a stage's genes on together, and beat uniform crossover on the co-design
     * problem: BENCHMARKS.md), 8 walkers.
     */
    public static RunRequest defaults(String algorithm, CodesignMode mode, int budget, long seed) {
        return new RunRequest(algorithm, mode, budget, seed, 0, 40, CrossoverKind.TWO_POINT, 0.9, 0.0, 8);
    }

    public RunRequest withSeed(long newSeed) {
        return new RunRequest(algorithm, mode, budget, newSeed, threads, population, crossover, crossoverRate,
                mutationRate, starts);
    }

    public RunRequest withBudget(int newBudget) {
        return new RunRequest(algorithm, mode, newBudget, seed, threads, population, crossover, crossoverRate,
                mutationRate, starts);
    }

    /** Algorithm-specific settings as stored with a run in the study. */
    public Map<String, Object> settings() {
        Map<String, Object> s = new LinkedHashMap<>();
        switch (algorithm) {
            case "nsga2" -> {
                s.put("population", (long) population);
                s.put("crossover", crossoverLabel(crossover));
                s.put("crossoverRate", crossoverRate);
                s.put("mutationRate", mutationRate);
            }
            case "local", "pareto-local" -> s.put("starts", (long) starts);
            default -> { }
        }
        return s;
    }

    /** The request a stored run was started with (missing settings take their defaults). */
    public static RunRequest of(String algorithm, CodesignMode mode, long budget, long seed, int threads,
                                Map<String, Object> settings) {
        RunRequest d = defaults(algorithm, mode, (int) Math.min(Integer.MAX_VALUE, budget), seed);
        return new RunRequest(algorithm, mode, d.budget(), seed, threads,
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

    /** The engine configuration of this request's algorithm. */
    AlgorithmConfig algorithmConfig(List<int[]> seeds) {
        return switch (algorithm) {
            case "nsga2" -> Nsga2Config.defaults().withPopulation(population).withCrossover(crossover, crossoverRate)
                    .withMutation(new MutationSettings(mutationRate, 0.1, MutationSettings.defaults().stepKind(), 1, 20))
                    .withSeeds(seeds);
            case "local" -> LocalSearchConfig.scalarized(starts).withSeeds(seeds);
            case "pareto-local" -> LocalSearchConfig.pareto(starts, 8).withSeeds(seeds);
            case "random" -> RandomSearchConfig.defaults();
            case "exhaustive" -> ExhaustiveConfig.defaults();
            default -> throw new IllegalStateException(algorithm);
        };
    }
}
