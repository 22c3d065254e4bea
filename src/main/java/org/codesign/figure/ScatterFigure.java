package org.codesign.figure;

import java.util.List;

/**
 * Points on two axes, as the 2D views and {@code codesign plot} show them: groups of points of
 * one colour and style, an optional colour bar for a colour ramp, and the legend entries.
 *
 * @param title drawn above the plot; empty for none
 * @param colourBar the scale of a colour ramp, or null when the colours are categories
 */
public record ScatterFigure(
        String title, FigureAxis x, FigureAxis y, List<Group> groups, ColourBar colourBar, SizeKey sizeKey) {

    /** A figure whose dots are all of their style's size. */
    public ScatterFigure(String title, FigureAxis x, FigureAxis y, List<Group> groups, ColourBar colourBar) {
        this(title, x, y, groups, colourBar, null);
    }

    /**
     * What the dot sizes mean, drawn in the legend as the smallest and largest of the {@link
     * SizeSteps} with the values at the ends of the size scale.
     *
     * @param label the size quantity, e.g. "utilization (%)"
     * @param lo the formatted value at the small end
     * @param hi the formatted value at the large end
     */
    public record SizeKey(String label, String lo, String hi) {}

    /** How a group's points are drawn. */
    public enum Style {
        /** A filled dot. */
        DOT,
        /** A filled dot, faded and under the others (outside the selection). */
        DIM,
        /** A larger dot with a dark outline: a point of the Pareto front. */
        FRONT,
        /** An open ring around a point: the selected points. */
        RING,
        /** Points joined by a line in their order. */
        LINE
    }

    /**
     * Points of one colour and style.
     *
     * @param name the legend's text; {@code inLegend} false keeps it out of the legend (the bins of a colour ramp)
     * @param argb the colour, 0xAARRGGBB
     * @param radius the dots' radius, or 0 for their style's own (a size channel's {@link SizeSteps})
     */
    public record Group(String name, int argb, Style style, boolean inLegend, double[] x, double[] y, double radius) {
        /** Dots of their style's own size. */
        public Group(String name, int argb, Style style, boolean inLegend, double[] x, double[] y) {
            this(name, argb, style, inLegend, x, y, 0);
        }

        public Group {
            if (x.length != y.length) {
                throw new IllegalArgumentException(name + ": " + y.length + " y values for " + x.length + " x values");
            }
            if (!(radius >= 0)) {
                throw new IllegalArgumentException(name + ": dot radius must be 0 or more, got " + radius);
            }
            x = x.clone();
            y = y.clone();
        }

        public int size() {
            return x.length;
        }

        public double x(int i) {
            return x[i];
        }

        public double y(int i) {
            return y[i];
        }
    }

    /**
     * What the colours of a ramp mean: the quantity and its range, and the ramp's colours from low to high.
     *
     * @param ramp ARGB colours, evenly spaced from {@code lo} to {@code hi}
     */
    public record ColourBar(FigureAxis quantity, double lo, double hi, int[] ramp) {
        public ColourBar {
            if (!(lo < hi)) {
                throw new IllegalArgumentException(
                        quantity.label() + ": colour range needs lo < hi, got " + lo + " … " + hi);
            }
            if (ramp.length < 2) {
                throw new IllegalArgumentException(quantity.label() + ": a colour ramp needs two colours or more");
            }
            ramp = ramp.clone();
        }

        public int[] ramp() {
            return ramp.clone();
        }

        /** The ramp's colour of a value (clamped to the range; log ramps interpolate in log10). */
        public int colour(double v) {
            double t = quantity.log()
                    ? (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))
                    : (v - lo) / (hi - lo);
            if (!Double.isFinite(t)) {
                t = 0;
            }
            int i = (int) Math.floor(Math.max(0, Math.min(1, t)) * (ramp.length - 1) + 0.5);
            return ramp[i];
        }
    }

    public ScatterFigure {
        title = title == null ? "" : title;
        groups = List.copyOf(groups);
    }

    /** How many points the figure marks with a dot (rings and lines not counted). */
    public int dots() {
        return groups.stream()
                .filter(g -> g.style() != Style.RING && g.style() != Style.LINE)
                .mapToInt(Group::size)
                .sum();
    }
}
