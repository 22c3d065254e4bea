package org.codesign.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * How much an experiment does: {@code seeds} repetitions (seeds 1..seeds) of every method, each
 * run given {@code evaluations} evaluations, on {@code threads} worker threads (0 = all cores).
 * Results depend on seeds and evaluations only, never on the thread count.
 */
public record ExperimentSettings(int seeds, int evaluations, int threads) {

    /** More repetitions than this only make the report slower, not clearer. */
    public static final int MAX_SEEDS = 50;

    public ExperimentSettings {
        if (seeds < 1 || seeds > MAX_SEEDS) {
            throw new IllegalArgumentException("seeds: must be between 1 and " + MAX_SEEDS + ", got " + seeds);
        }
        if (evaluations < 1) {
            throw new IllegalArgumentException("evaluations: must be at least 1, got " + evaluations);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads: must be 0 (all cores) or more, got " + threads);
        }
    }

    public List<Long> seedList() {
        List<Long> list = new ArrayList<>();
        for (long s = 1; s <= seeds; s++) {
            list.add(s);
        }
        return list;
    }

    public ExperimentSettings withSeeds(int n) {
        return new ExperimentSettings(n, evaluations, threads);
    }

    public ExperimentSettings withEvaluations(int n) {
        return new ExperimentSettings(seeds, n, threads);
    }

    public ExperimentSettings withThreads(int n) {
        return new ExperimentSettings(seeds, evaluations, n);
    }

    /** The thread count actually used. */
    public int effectiveThreads() {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /** NSGA-II population for this budget: {@code preferred}, but at most a fifth of the budget (and at least 4). */
    public int population(int preferred) {
        return Math.max(4, Math.min(preferred, evaluations / 5));
    }
}
