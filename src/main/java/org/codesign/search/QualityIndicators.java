package org.codesign.search;

/**
 * Indicators against a reference front (all objectives minimized). Normalize both sets first
 * ({@link ObjectiveBounds#normalize(double[][])}) when objectives have different scales.
 */
public final class QualityIndicators {
    private QualityIndicators() {}

    /** Inverted generational distance: mean Euclidean distance from each reference point to the nearest approximation point. */
    public static double igd(double[][] approximation, double[][] referenceFront) {
        requireNonEmpty(approximation, referenceFront);
        double sum = 0;
        for (double[] r : referenceFront) {
            double best = Double.POSITIVE_INFINITY;
            for (double[] a : approximation) {
                double d = 0;
                for (int k = 0; k < r.length; k++) {
                    double diff = a[k] - r[k];
                    d += diff * diff;
                }
                best = Math.min(best, d);
            }
            sum += Math.sqrt(best);
        }
        return sum / referenceFront.length;
    }

    /**
     * Additive epsilon indicator: the smallest {@code eps} such that every reference point is weakly
     * dominated by some approximation point shifted by {@code -eps} in every objective.
     */
    public static double additiveEpsilon(double[][] approximation, double[][] referenceFront) {
        requireNonEmpty(approximation, referenceFront);
        double eps = Double.NEGATIVE_INFINITY;
        for (double[] r : referenceFront) {
            double best = Double.POSITIVE_INFINITY;
            for (double[] a : approximation) {
                double worst = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < r.length; k++) {
                    worst = Math.max(worst, a[k] - r[k]);
                }
                best = Math.min(best, worst);
            }
            eps = Math.max(eps, best);
        }
        return eps;
    }

    private static void requireNonEmpty(double[][] approximation, double[][] referenceFront) {
        if (approximation.length == 0) {
            throw new IllegalArgumentException("approximation: must not be empty");
        }
        if (referenceFront.length == 0) {
            throw new IllegalArgumentException("referenceFront: must not be empty");
        }
    }
}
