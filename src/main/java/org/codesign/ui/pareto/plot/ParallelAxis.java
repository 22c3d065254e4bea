package org.codesign.ui.pareto.plot;

import java.util.List;

/**
 * One vertical axis of the parallel-coordinates view: a metric (linear, or log when it spans
 * more than two decades) or a design parameter (its value index, labelled by its values).
 * {@link #position} maps a value to 0 (bottom) … 1 (top).
 */
public record ParallelAxis(String name, double lo, double hi, boolean log, List<String> categories) {

    public ParallelAxis {
        categories = List.copyOf(categories);
    }

    /** A metric axis fitted to {min, max}. */
    public static ParallelAxis metric(String name, double[] range) {
        double lo = Double.isNaN(range[0]) ? 0 : range[0];
        double hi = Double.isNaN(range[1]) ? 1 : range[1];
        boolean log = lo > 0 && hi / lo > 100;
        if (hi <= lo) {
            hi = lo + 1;
        }
        return new ParallelAxis(name, lo, hi, log, List.of());
    }

    /** A parameter axis: value indices 0 … n-1. */
    public static ParallelAxis parameter(String name, List<String> valueLabels) {
        return new ParallelAxis(name, 0, Math.max(1, valueLabels.size() - 1), false, valueLabels);
    }

    public boolean categorical() {
        return !categories.isEmpty();
    }

    /** 0 at the bottom of the axis, 1 at the top; NaN for values that cannot be placed. */
    public double position(double v) {
        if (!Double.isFinite(v) || (log && v <= 0)) {
            return Double.NaN;
        }
        double t = log ? (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)) : (v - lo) / (hi - lo);
        return Math.max(0, Math.min(1, t));
    }

    public double valueAt(double t) {
        return log ? Math.pow(10, Math.log10(lo) + t * (Math.log10(hi) - Math.log10(lo))) : lo + t * (hi - lo);
    }
}
