package org.codesign.search;

/**
 * A validated parameter set of one algorithm. Implementations are immutable records; new algorithms
 * (e.g. co-design modes) plug in by implementing this and {@link SearchAlgorithm}.
 */
public interface AlgorithmConfig {

    /** Short name shown in snapshots, e.g. "NSGA-II". */
    String algorithmName();

    /**
     * Creates a fresh algorithm instance for one run. Checks what depends on the problem and settings
     * (seed genomes, space size) and throws IllegalArgumentException naming the field otherwise.
     */
    SearchAlgorithm create(Problem problem, RunSettings settings);
}
