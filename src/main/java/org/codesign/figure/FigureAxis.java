package org.codesign.figure;

import java.util.List;

/**
 * One axis of a figure: what it shows, in which unit, on which scale.
 *
 * @param label a short name ("latency", "resolution", "stage2.block1.dw")
 * @param unit the unit of the values, empty when there is none
 * @param log a log10 scale (every value drawn must then be positive)
 * @param categories the names of an ordinal axis's values 0, 1, 2, …; empty for a numeric axis
 */
public record FigureAxis(String label, String unit, boolean log, List<String> categories) {

    public FigureAxis {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("axis: missing label");
        }
        unit = unit == null ? "" : unit;
        categories = List.copyOf(categories);
        if (log && !categories.isEmpty()) {
            throw new IllegalArgumentException(label + ": an axis of categories cannot be logarithmic");
        }
    }

    public static FigureAxis numeric(String label, String unit, boolean log) {
        return new FigureAxis(label, unit, log, List.of());
    }

    /** "latency (ms)", with ", log scale" on a log axis: the axis's title in the figure. */
    public String title() {
        String t = unit.isEmpty() ? label : label + " (" + unit + ")";
        return log ? t + ", log scale" : t;
    }

    /** Whether a value can be placed on this axis. */
    public boolean accepts(double v) {
        return Double.isFinite(v) && (!log || v > 0);
    }
}
