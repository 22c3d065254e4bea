package org.codesign.ui.points;

import java.util.List;
import org.codesign.eval.Objective;
import org.codesign.study.StudyFront;

/**
 * A few feasible points with every objective, as minimized vectors: for each objective the best
 * point, and the best point under a few weightings of the objectives scaled to their ranges. A
 * point one of them dominates is not Pareto-optimal, whatever the others are, so leaving such
 * points out of the front's sort changes no flag.
 */
final class FrontPivots {
    private final double[][] pivots;
    private final List<Objective> objectives;

    /** The vector of the point {@link #dominate} looks at (an instance serves one front's sort, on one thread). */
    private final double[] scratch;

    private FrontPivots(double[][] pivots, List<Objective> objectives) {
        this.pivots = pivots;
        this.objectives = objectives;
        this.scratch = new double[objectives.size()];
    }

    static FrontPivots of(List<PointEntry> points, List<Objective> objectives) {
        return of(
                points.size(),
                i -> points.get(i).feasible(),
                (m, i) -> points.get(i).metric(m),
                objectives);
    }

    /** The pivots of n rows read through accessors (a build's columns), making no point object. */
    static FrontPivots of(
            int n,
            java.util.function.IntPredicate feasible,
            StudyFront.MetricSource metrics,
            List<Objective> objectives) {
        int k = objectives.size();
        if (k == 0) {
            return new FrontPivots(new double[0][], objectives);
        }
        double[] lo = new double[k];
        double[] hi = new double[k];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        double[] f = new double[k];
        for (int i = 0; i < n; i++) {
            if (feasible.test(i) && vector(metrics, i, objectives, f)) {
                for (int j = 0; j < k; j++) {
                    lo[j] = Math.min(lo[j], f[j]);
                    hi[j] = Math.max(hi[j], f[j]);
                }
            }
        }
        // weightings: each objective alone (its best point), all equal, and each one doubled
        int weightings = 2 * k + 1;
        double[][] best = new double[weightings][];
        double[] bestScore = new double[weightings];
        java.util.Arrays.fill(bestScore, Double.POSITIVE_INFINITY);
        double[] scaled = new double[k];
        for (int i = 0; i < n; i++) {
            if (!feasible.test(i) || !vector(metrics, i, objectives, f)) {
                continue;
            }
            double sum = 0;
            for (int j = 0; j < k; j++) {
                scaled[j] = hi[j] > lo[j] ? (f[j] - lo[j]) / (hi[j] - lo[j]) : 0;
                sum += scaled[j];
            }
            for (int w = 0; w < weightings; w++) {
                double score = w < k ? scaled[w] + 1e-9 * sum : w == k ? sum : sum + scaled[w - k - 1];
                if (score < bestScore[w]) {
                    bestScore[w] = score;
                    best[w] = f.clone();
                }
            }
        }
        return new FrontPivots(
                java.util.Arrays.stream(best).filter(java.util.Objects::nonNull).toArray(double[][]::new), objectives);
    }

    /** Row i's minimized objective vector into {@code f}; false when a metric is missing. */
    private static boolean vector(StudyFront.MetricSource metrics, int i, List<Objective> objectives, double[] f) {
        for (int j = 0; j < f.length; j++) {
            Objective o = objectives.get(j);
            double v = metrics.metric(o.metric(), i);
            if (Double.isNaN(v)) {
                return false;
            }
            f[j] = o.maximize() ? -v : v;
        }
        return true;
    }

    int size() {
        return pivots.length;
    }

    /** Whether a pivot dominates the point (no worse in every objective, better in one). */
    boolean dominate(PointEntry e) {
        return dominate((m, i) -> e.metric(m), 0);
    }

    /** Whether a pivot dominates row i of {@code metrics}. */
    boolean dominate(StudyFront.MetricSource metrics, int row) {
        if (pivots.length == 0) {
            return false;
        }
        int k = pivots[0].length;
        double[] f = scratch;
        for (int j = 0; j < k; j++) {
            Objective o = objectives.get(j);
            double v = metrics.metric(o.metric(), row);
            if (Double.isNaN(v)) {
                return false;
            }
            f[j] = o.maximize() ? -v : v;
        }
        for (double[] p : pivots) {
            boolean noWorse = true;
            boolean better = false;
            for (int j = 0; j < k && noWorse; j++) {
                noWorse = p[j] <= f[j];
                better |= p[j] < f[j];
            }
            if (noWorse && better) {
                return true;
            }
        }
        return false;
    }
}
