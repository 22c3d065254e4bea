package org.codesign.experiment;

import java.util.List;
import org.codesign.eval.Metric;
import org.codesign.study.EvaluatedPoint;

/**
 * "At equal X" comparisons between the points of two methods: the best value of one metric
 * among the points that are at least as good as a reference in the others. Metrics keep
 * their natural direction (accuracy up, everything else down).
 */
final class Matching {
    private Matching() {}

    static boolean atLeastAsGood(double value, double reference, Metric metric) {
        return metric.higherIsBetter() ? value >= reference : value <= reference;
    }

    static double better(double a, double b, Metric metric) {
        if (Double.isNaN(a)) {
            return b;
        }
        if (Double.isNaN(b)) {
            return a;
        }
        return metric.higherIsBetter() ? Math.max(a, b) : Math.min(a, b);
    }

    /**
     * The best {@code target} among the feasible {@code candidates} that are at least as good as
     * {@code reference} in every {@code held} metric; NaN when there is none.
     */
    static double bestMatching(
            EvaluatedPoint reference, List<EvaluatedPoint> candidates, Metric target, List<Metric> held) {
        double best = Double.NaN;
        for (EvaluatedPoint c : candidates) {
            if (!c.feasible()) {
                continue;
            }
            boolean ok = true;
            for (Metric m : held) {
                if (!atLeastAsGood(c.metric(m), reference.metric(m), m)) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                best = better(best, c.metric(target), target);
            }
        }
        return best;
    }

    /** The best {@code target} among the feasible points whose {@code bound} metric is at least as good as {@code limit}. */
    static double bestWithin(List<EvaluatedPoint> points, Metric target, Metric bound, double limit) {
        double best = Double.NaN;
        for (EvaluatedPoint p : points) {
            if (p.feasible() && atLeastAsGood(p.metric(bound), limit, bound)) {
                best = better(best, p.metric(target), target);
            }
        }
        return best;
    }

    /** The best value of a metric over the feasible points; NaN without any. */
    static double best(List<EvaluatedPoint> points, Metric metric) {
        double best = Double.NaN;
        for (EvaluatedPoint p : points) {
            if (p.feasible()) {
                best = better(best, p.metric(metric), metric);
            }
        }
        return best;
    }

    /** Values of a metric over points, in order. */
    static double[] values(List<EvaluatedPoint> points, Metric metric) {
        return points.stream().mapToDouble(p -> p.metric(metric)).toArray();
    }

    /** {@code q}-quantile (0..1) of finite values, linear interpolation; NaN without values. */
    static double quantile(double[] values, double q) {
        double[] v = java.util.Arrays.stream(values)
                .filter(Double::isFinite)
                .sorted()
                .toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        double pos = q * (v.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(v.length - 1, lo + 1);
        return v[lo] + (pos - lo) * (v[hi] - v[lo]);
    }
}
