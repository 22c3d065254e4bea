package org.codesign.search;

import java.util.List;

/**
 * What an algorithm needs to continue a run exactly, beside what the run restores itself (evaluated
 * points, archive, random generator). Points are named by their index in the run's evaluation order,
 * so a checkpoint holds every evaluation once.
 */
public sealed interface AlgorithmState {

    /** Before the first step. */
    record NotStarted() implements AlgorithmState {}

    /** Algorithms whose next step depends only on the run (random search). */
    record Stateless() implements AlgorithmState {}

    /** NSGA-II: the population in order (ranks and crowding are recomputed from it). */
    record Nsga2(int[] population) implements AlgorithmState {
        public Nsga2 {
            population = population.clone();
        }

        @Override
        public int[] population() {
            return population.clone();
        }
    }

    /** Exhaustive enumeration: the next genome to evaluate. */
    record Exhaustive(int[] next) implements AlgorithmState {
        public Exhaustive {
            next = next.clone();
        }

        @Override
        public int[] next() {
            return next.clone();
        }
    }

    /**
     * Local search (scalarized walkers, then Pareto local search).
     *
     * @param walkers one per start, in order (their weights follow from the configuration)
     * @param pendingSeeds seed genomes not yet used as starts
     * @param explored archive members whose whole neighbourhood was evaluated (order irrelevant)
     * @param observedMin the smallest feasible objective values seen (normalizes the scalarization)
     * @param observedMax the largest
     */
    record Local(
            List<Walker> walkers,
            List<int[]> pendingSeeds,
            List<int[]> explored,
            double[] observedMin,
            double[] observedMax)
            implements AlgorithmState {
        public Local {
            walkers = List.copyOf(walkers);
            pendingSeeds = pendingSeeds.stream().map(int[]::clone).toList();
            explored = explored.stream().map(int[]::clone).toList();
            observedMin = observedMin.clone();
            observedMax = observedMax.clone();
        }

        @Override
        public double[] observedMin() {
            return observedMin.clone();
        }

        @Override
        public double[] observedMax() {
            return observedMax.clone();
        }
    }

    /** @param current the index of the walker's point, or -1 when it restarts next round */
    record Walker(int current, int restarts) {}
}
