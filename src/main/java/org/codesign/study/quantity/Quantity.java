package org.codesign.study.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

/**
 * Something a point of a study has a value of, and that a plot axis, a table column or a colour
 * bar can show: a metric, a design parameter, or a quantity derived from the point. The one place
 * that knows its name, unit and how stored values are shown: a stored (raw) value times
 * {@link #scale()} is the value in {@link #unit()} (MACs are stored as counts and shown in MMACs).
 * Ordinal quantities (a dataflow, a run) have {@link #categories()}: their value is the index of
 * the category, and the categories are the tick labels. Values are read with {@link Quantities}.
 *
 * @param id how files, the CLI and the UI name it: a metric key ({@code latencyMs}), a parameter
 *     name as the space names it ({@code resolution}, {@code stage2.block1.kernel}), or
 *     {@code utilization}, {@code generation}, {@code run}
 * @param label a short human name ("latency", "resolution")
 * @param unit the unit of shown values ("ms", "MMACs"), empty when there is none
 * @param scale shown value = stored value × scale
 * @param ordinal whether the values are categories (placed on an ordinal axis), not magnitudes
 * @param categories the names of an ordinal quantity's values, in order (empty when numeric, or
 *     when an ordinal one has no values yet: a study without runs)
 * @param description one line on what it is, for tooltips
 */
public record Quantity(
        String id,
        String label,
        String unit,
        double scale,
        Kind kind,
        boolean ordinal,
        List<String> categories,
        String description) {

    /** Where the value comes from. */
    public enum Kind {
        /** A metric of the evaluation ({@code eval.Metric}). */
        METRIC,
        /** A gene of the point's genome, decoded in the study's space. */
        PARAMETER,
        /** Computed from the point: utilization, generation, run. */
        DERIVED
    }

    public Quantity {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("quantity: missing id");
        }
        unit = unit == null ? "" : unit;
        categories = List.copyOf(categories);
        description = description == null ? "" : description;
        if (!ordinal && !categories.isEmpty()) {
            throw new IllegalArgumentException(id + ": categories make a quantity ordinal");
        }
        if (!(scale > 0)) {
            throw new IllegalArgumentException(id + ": the display scale must be > 0, got " + scale);
        }
    }

    /** "latency (ms)", "resolution (px)", "dataflow": for axis titles and column headers. */
    public String title() {
        return unit.isEmpty() ? label : label + " (" + unit + ")";
    }

    /** A stored value as shown (in {@link #unit()}). */
    public double display(double raw) {
        return raw * scale;
    }

    /** A shown value back as stored. */
    public double raw(double display) {
        return display / scale;
    }

    /**
     * A shown value as text: a category's name, else four significant digits without an exponent
     * (12.35, 0.001235, 12,346); empty for NaN (no value).
     */
    public String format(double display) {
        if (Double.isNaN(display)) {
            return "";
        }
        if (ordinal()) {
            long i = Math.round(display);
            return i >= 0 && i < categories.size() ? categories.get((int) i) : "?";
        }
        if (Double.isInfinite(display)) {
            return display > 0 ? "∞" : "-∞";
        }
        if (Math.abs(display) >= 1e4) {
            return String.format(Locale.ROOT, "%,.0f", display);
        }
        return new BigDecimal(display)
                .round(new MathContext(4))
                .stripTrailingZeros()
                .toPlainString();
    }

    /** {@link #format} followed by the unit. */
    public String formatWithUnit(double display) {
        String v = format(display);
        return unit.isEmpty() || v.isEmpty() || ordinal() ? v : v + " " + unit;
    }

    /**
     * Why this quantity cannot go on a log scale given the smallest of its values, or null when it
     * can: categories have no magnitude, and a log scale has no place for 0 or less.
     */
    public String logRefusal(double smallest) {
        if (ordinal()) {
            return "log scale: " + label + " is categorical (no magnitudes to take the log of)";
        }
        if (smallest <= 0) {
            return "log scale: " + label + " has a value ≤ 0 (" + format(smallest) + "), which a log scale cannot show";
        }
        return null;
    }
}
