package org.codesign.eval;

/** A bound on a metric: {@code min ≤ metric ≤ max}; NaN means no bound on that side. */
public record Constraint(Metric metric, double min, double max) {

    public Constraint {
        if (metric == null) {
            throw new IllegalArgumentException("metric: missing");
        }
        if (Double.isNaN(min) && Double.isNaN(max)) {
            throw new IllegalArgumentException("min: give a min or a max for " + metric.key());
        }
        if (Double.isInfinite(min) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("max: bounds must be finite numbers");
        }
        if (!Double.isNaN(min) && !Double.isNaN(max) && min > max) {
            throw new IllegalArgumentException("max: " + max + " is below min " + min);
        }
    }

    public static Constraint atMost(Metric metric, double max) {
        return new Constraint(metric, Double.NaN, max);
    }

    public static Constraint atLeast(Metric metric, double min) {
        return new Constraint(metric, min, Double.NaN);
    }

    /** How far a value is outside the bounds, relative to the bound (0 when satisfied). */
    public double violation(double value) {
        if (Double.isNaN(value)) {
            return 0.0;
        }
        double v = 0.0;
        if (!Double.isNaN(min) && value < min) {
            v += (min - value) / Math.max(Math.abs(min), 1e-12);
        }
        if (!Double.isNaN(max) && value > max) {
            v += (value - max) / Math.max(Math.abs(max), 1e-12);
        }
        return v;
    }

    public String describe() {
        if (Double.isNaN(min)) {
            return metric.key() + " ≤ " + max;
        }
        if (Double.isNaN(max)) {
            return metric.key() + " ≥ " + min;
        }
        return min + " ≤ " + metric.key() + " ≤ " + max;
    }
}
