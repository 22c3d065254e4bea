package org.codesign.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Local search in two phases that both feed the run's Pareto archive:
 * <ol>
 *   <li>parallel multi-start local search on Chebyshev scalarizations (ICCAD 2022 style): {@code starts}
 *       walkers, each with its own weight vector spread over the simplex, move to the best neighbour
 *       (one gene one step, +-1) while it improves and restart from a random point when none does;</li>
 *   <li>Pareto local search: the neighbours of unexplored archive members are evaluated
 *       ({@code paretoBatch} members per round) and the non-dominated ones enter the archive; when
 *       every member is explored, random perturbations of members continue the search.</li>
 * </ol>
 *
 * @param starts number of walkers (scalarizations) in phase 1, and of random starts if phase 1 is empty
 * @param paretoShare share of the budget given to phase 2: 0 = scalarized only, 1 = Pareto local search only
 * @param paretoBatch archive members explored per phase-2 round
 * @param seeds genomes used as the first starting points
 * @param scan new neighbours a phase-1 walker evaluates per round, or 0 for all of them (steepest
 *     descent); with a scan of k the walker moves to the best neighbour evaluated so far as soon as
 *     it beats the current design (first improvement, k neighbours at a time, in random order) and
 *     restarts only once every neighbour is evaluated and none is better
 */
public record LocalSearchConfig(int starts, double paretoShare, int paretoBatch, List<int[]> seeds, int scan)
        implements AlgorithmConfig {

    /** Steepest descent: every neighbour of a walker is evaluated before it moves. */
    public LocalSearchConfig(int starts, double paretoShare, int paretoBatch, List<int[]> seeds) {
        this(starts, paretoShare, paretoBatch, seeds, 0);
    }

    public LocalSearchConfig {
        Checks.atLeast("starts", starts, 1);
        Checks.atLeast("scan", scan, 0);
        Checks.probability("paretoShare", paretoShare);
        Checks.atLeast("paretoBatch", paretoBatch, 1);
        Checks.notNull("seeds", seeds);
        List<int[]> copy = new ArrayList<>(seeds.size());
        for (int i = 0; i < seeds.size(); i++) {
            copy.add(Checks.notNull("seeds[" + i + "]", seeds.get(i)).clone());
        }
        seeds = List.copyOf(copy);
    }

    /** Eight walkers, half the budget for each phase. */
    public static LocalSearchConfig defaults() {
        return new LocalSearchConfig(8, 0.5, 8, List.of());
    }

    /** Multi-start scalarized local search only. */
    public static LocalSearchConfig scalarized(int starts) {
        return new LocalSearchConfig(starts, 0, 8, List.of());
    }

    /** Pareto local search only, from {@code starts} random points. */
    public static LocalSearchConfig pareto(int starts, int batch) {
        return new LocalSearchConfig(starts, 1, batch, List.of());
    }

    public LocalSearchConfig withSeeds(List<int[]> newSeeds) {
        return new LocalSearchConfig(starts, paretoShare, paretoBatch, newSeeds, scan);
    }

    /** The same search, its walkers evaluating {@code newScan} new neighbours per round (0: all). */
    public LocalSearchConfig withScan(int newScan) {
        return new LocalSearchConfig(starts, paretoShare, paretoBatch, seeds, newScan);
    }

    @Override
    public List<int[]> seeds() {
        return seeds.stream().map(int[]::clone).toList();
    }

    @Override
    public String algorithmName() {
        return "local search";
    }

    @Override
    public SearchAlgorithm create(Problem problem, RunSettings settings) {
        int[] card = SearchSpace.validCardinalities(problem);
        for (int i = 0; i < seeds.size(); i++) {
            SearchSpace.checkGenome("seeds[" + i + "]", seeds.get(i), card);
        }
        if (paretoShare > 0 && settings.archiveCapacity() == 0) {
            throw new IllegalArgumentException(
                    "archiveCapacity: Pareto local search (paretoShare > 0) needs an archive; set it above 0");
        }
        ObjectiveBounds bounds =
                settings.hypervolume() == null ? null : settings.hypervolume().bounds();
        return new LocalSearch(this, bounds, problem.objectiveCount());
    }
}
