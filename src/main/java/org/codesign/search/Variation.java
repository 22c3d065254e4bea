package org.codesign.search;

/** Crossover and mutation on value indices. */
final class Variation {

    private final int[] cardinalities;
    private final CrossoverKind crossover;
    private final double crossoverRate;
    private final MutationSettings mutation;
    private final double mutationRate;
    /** Whether the last {@link #cross} crossed its pair (for traces; never feeds back into the search). */
    private boolean lastCrossed;

    Variation(int[] cardinalities, CrossoverKind crossover, double crossoverRate, MutationSettings mutation) {
        this.cardinalities = cardinalities;
        this.crossover = crossover;
        this.crossoverRate = crossoverRate;
        this.mutation = mutation;
        this.mutationRate = mutation.effectiveRate(cardinalities.length);
    }

    /** Two children of two parents (copies when no crossover happens), not yet mutated. */
    int[][] cross(int[] a, int[] b, SplitMix rnd) {
        int[] c1 = a.clone();
        int[] c2 = b.clone();
        int n = a.length;
        lastCrossed = false;
        if (n < 2 || rnd.nextDouble() >= crossoverRate) {
            return new int[][] {c1, c2};
        }
        lastCrossed = true;
        if (crossover == CrossoverKind.UNIFORM) {
            for (int i = 0; i < n; i++) {
                if (rnd.nextBoolean()) {
                    c1[i] = b[i];
                    c2[i] = a[i];
                }
            }
        } else {
            int p = rnd.nextInt(n + 1);
            int q = rnd.nextInt(n + 1);
            for (int i = Math.min(p, q); i < Math.max(p, q); i++) {
                c1[i] = b[i];
                c2[i] = a[i];
            }
        }
        return new int[][] {c1, c2};
    }

    /** True if the last {@link #cross} crossed its parents, false if it copied them. */
    boolean lastCrossed() {
        return lastCrossed;
    }

    /** Mutates in place; returns the number of genes whose value changed. */
    int mutate(int[] g, SplitMix rnd) {
        int changed = 0;
        for (int i = 0; i < g.length; i++) {
            if (cardinalities[i] > 1 && rnd.nextDouble() < mutationRate) {
                int before = g[i];
                g[i] = mutateGene(g[i], cardinalities[i], rnd);
                if (g[i] != before) {
                    changed++;
                }
            }
        }
        return changed;
    }

    int mutateGene(int value, int cardinality, SplitMix rnd) {
        if (mutation.resetProbability() > 0 && rnd.nextDouble() < mutation.resetProbability()) {
            int v = rnd.nextInt(cardinality - 1);
            return v >= value ? v + 1 : v;
        }
        int step;
        if (mutation.stepKind() == StepKind.UNIFORM) {
            int max = Math.min(mutation.maxStep(), cardinality - 1);
            step = 1 + rnd.nextInt(max);
            if (rnd.nextBoolean()) {
                step = -step;
            }
        } else {
            double delta =
                    boundedPolynomialDelta(value, cardinality - 1, rnd.nextDouble(), mutation.distributionIndex());
            step = (int) Math.round(delta * (cardinality - 1));
            if (step == 0) {
                step = delta > 0 ? 1 : (delta < 0 ? -1 : (rnd.nextBoolean() ? 1 : -1));
            }
        }
        int v = value + step;
        if (v < 0 || v >= cardinality) {
            v = value - step;
        }
        return Math.max(0, Math.min(cardinality - 1, v));
    }

    /**
     * Deb's bounded polynomial perturbation (the variant MOEA Framework and jMetal use) of index
     * {@code y} in [0, max], as a fraction of {@code max}: the spread shrinks near the bounds, so
     * values can approach 0 or max geometrically.
     */
    static double boundedPolynomialDelta(int y, int max, double u, double eta) {
        double d1 = y / (double) max;
        double d2 = (max - y) / (double) max;
        double power = 1.0 / (eta + 1.0);
        if (u < 0.5) {
            double xy = 1 - d1;
            double val = 2 * u + (1 - 2 * u) * Math.pow(xy, eta + 1);
            return Math.pow(val, power) - 1;
        }
        double xy = 1 - d2;
        double val = 2 * (1 - u) + 2 * (u - 0.5) * Math.pow(xy, eta + 1);
        return 1 - Math.pow(val, power);
    }
}
