package org.codesign.search;

/**
 * Settings common to every algorithm.
 *
 * @param seed the seed of the run's random generator: same seed, same result, whatever {@code threads}
 * @param budget the number of evaluations (cache hits are free)
 * @param threads worker threads that evaluate genomes in parallel
 * @param archiveCapacity {@link ParetoArchive#UNBOUNDED}, a bound, or 0 for no archive
 * @param hypervolume how snapshots measure the archive (or the population without an archive); null for none
 */
public record RunSettings(long seed, int budget, int threads, int archiveCapacity, HypervolumeIndicator hypervolume) {

    public RunSettings {
        Checks.atLeast("budget", budget, 1);
        Checks.atLeast("threads", threads, 1);
        Checks.atLeast("archiveCapacity", archiveCapacity, 0);
    }

    /** All cores, an unbounded archive, no hypervolume. */
    public static RunSettings of(long seed, int budget) {
        return new RunSettings(seed, budget, Runtime.getRuntime().availableProcessors(), ParetoArchive.UNBOUNDED, null);
    }

    public RunSettings withThreads(int newThreads) {
        return new RunSettings(seed, budget, newThreads, archiveCapacity, hypervolume);
    }

    public RunSettings withArchiveCapacity(int capacity) {
        return new RunSettings(seed, budget, threads, capacity, hypervolume);
    }

    public RunSettings withHypervolume(HypervolumeIndicator indicator) {
        return new RunSettings(seed, budget, threads, archiveCapacity, indicator);
    }

    public RunSettings withBudget(int newBudget) {
        return new RunSettings(seed, newBudget, threads, archiveCapacity, hypervolume);
    }

    public RunSettings withSeed(long newSeed) {
        return new RunSettings(newSeed, budget, threads, archiveCapacity, hypervolume);
    }
}
