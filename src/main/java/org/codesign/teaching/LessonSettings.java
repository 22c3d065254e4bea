package org.codesign.teaching;

/**
 * How a lesson runs NSGA-II.
 *
 * @param population population size, also the offspring per generation
 * @param seed the run's seed: the same seed gives the same lesson
 * @param budget evaluations at most; the lesson ends when they are used
 */
public record LessonSettings(int population, long seed, int budget) {
    /** The classroom sample's population (samples/classroom-small: 20, as its experiment uses). */
    public static final int DEFAULT_POPULATION = 20;

    /** Enough for the classroom space's NSGA-II to find its whole front (319 ± 33 evaluations, samples/reports/classroom-small). */
    public static final int DEFAULT_BUDGET = 1000;

    public LessonSettings {
        if (population < 4) {
            throw new IllegalArgumentException("population: at least 4, got " + population);
        }
        if (budget < population) {
            throw new IllegalArgumentException("budget: at least the population (" + population + "), got " + budget);
        }
    }

    public static LessonSettings defaults() {
        return new LessonSettings(DEFAULT_POPULATION, 1, DEFAULT_BUDGET);
    }

    public LessonSettings withPopulation(int p) {
        return new LessonSettings(p, seed, Math.max(budget, p));
    }

    public LessonSettings withSeed(long s) {
        return new LessonSettings(population, s, budget);
    }
}
