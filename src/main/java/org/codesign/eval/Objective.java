package org.codesign.eval;

/**
 * A metric to optimize, its direction, and the bounds used to normalize it for the
 * hypervolume: {@code ideal} (the best value expected) maps to 0 and {@code reference} (the
 * worst value that still counts) to 1 — the reference point of the hypervolume.
 */
public record Objective(Metric metric, boolean maximize, double ideal, double reference) {

    public Objective {
        if (metric == null) {
            throw new IllegalArgumentException("metric: missing");
        }
        if (!Double.isFinite(ideal)) {
            throw new IllegalArgumentException("ideal: must be a finite number");
        }
        if (!Double.isFinite(reference)) {
            throw new IllegalArgumentException("reference: must be a finite number");
        }
        if (maximize ? reference >= ideal : reference <= ideal) {
            throw new IllegalArgumentException("reference: " + reference + " must be worse than ideal " + ideal
                    + " (" + (maximize ? "lower" : "higher") + " for " + (maximize ? "a maximized" : "a minimized")
                    + " metric)");
        }
    }

    /** The objective in its natural direction with the given bounds. */
    public static Objective of(Metric metric, double ideal, double reference) {
        return new Objective(metric, metric.higherIsBetter(), ideal, reference);
    }

    public String direction() {
        return maximize ? "maximize" : "minimize";
    }
}
