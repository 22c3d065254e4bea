package org.codesign.ui.pareto.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * How one quantity maps onto an axis of the plot cube: a value range [lo, hi], linear or log10,
 * mapped onto cube coordinates -1 … 1. Ranges are widened to round numbers so that points
 * arriving during a run rarely force every glyph to move. An ordinal axis has {@code categories}:
 * value i is category i, ticks sit on the categories and are labelled with their names.
 */
public record AxisScale(double lo, double hi, boolean log, List<String> categories) {

    public AxisScale {
        if (!(lo < hi) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new IllegalArgumentException("range: expected finite lo < hi, got " + lo + " … " + hi);
        }
        if (log && lo <= 0) {
            throw new IllegalArgumentException("range: a log axis needs lo > 0, got " + lo);
        }
        categories = List.copyOf(categories);
    }

    /** A numeric axis. */
    public AxisScale(double lo, double hi, boolean log) {
        this(lo, hi, log, List.of());
    }

    /** An ordinal axis: categories 0 … n-1 with half a step of room either side. */
    public static AxisScale ordinal(List<String> categories) {
        return new AxisScale(-0.5, Math.max(1, categories.size()) - 0.5, false, categories);
    }

    public boolean isOrdinal() {
        return !categories.isEmpty();
    }

    /** A tick's label: the category's name on an ordinal axis, else a short number ({@link #format}). */
    public String label(double v, double step) {
        if (isOrdinal()) {
            long i = Math.round(v);
            return i >= 0 && i < categories.size() ? categories.get((int) i) : "";
        }
        return log ? format(v, v) : format(v, step); // log ticks are 1, 2, 5 × 10^k: no decimals beyond their own
    }

    /** A scale that holds [min, max] with round bounds; degenerate or empty data get a unit range. */
    public static AxisScale fit(double min, double max, boolean log) {
        if (log) {
            if (!(max > 0) || !Double.isFinite(max)) {
                return new AxisScale(1, 10, true);
            }
            double a = min > 0 && Double.isFinite(min) ? min : max;
            double lo = Math.pow(10, Math.floor(Math.log10(a)));
            double hi = Math.pow(10, Math.ceil(Math.log10(max)));
            if (hi <= lo) {
                hi = lo * 10;
            }
            return new AxisScale(lo, hi, true);
        }
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            return new AxisScale(0, 1, false);
        }
        if (max <= min) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
            return new AxisScale(min - pad, max + pad, false);
        }
        double step = niceStep((max - min) / 8);
        double lo = Math.floor(min / step) * step;
        double hi = Math.ceil(max / step) * step;
        // min / step may round up across an integer: step back so the data stays inside.
        if (lo > min) {
            lo -= step;
        }
        if (hi < max) {
            hi += step;
        }
        if (hi <= lo) {
            hi = lo + step;
        }
        return new AxisScale(lo, hi, false);
    }

    /** Whether a value can be drawn on this axis (finite, and positive on a log axis). */
    public boolean accepts(double v) {
        return drawable(v, log);
    }

    /** Whether a value can be drawn on a linear or log axis. */
    public static boolean drawable(double v, boolean log) {
        return Double.isFinite(v) && (!log || v > 0);
    }

    public boolean contains(double v) {
        return accepts(v) && v >= lo && v <= hi;
    }

    /** The cube coordinate of a value: lo → -1, hi → +1 (outside values extrapolate). */
    public double toCube(double v) {
        return log
                ? -1 + 2 * (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))
                : -1 + 2 * (v - lo) / (hi - lo);
    }

    public double fromCube(double c) {
        double t = (c + 1) / 2;
        return log ? Math.pow(10, Math.log10(lo) + t * (Math.log10(hi) - Math.log10(lo))) : lo + t * (hi - lo);
    }

    /** Tick values inside [lo, hi]: every category (or every k-th when many) on ordinal axes, round steps (1, 2, 5 × 10^k) on linear axes, decades (and 2, 5) on log axes. */
    public List<Double> ticks(int maxTicks) {
        List<Double> ticks = new ArrayList<>();
        if (isOrdinal()) {
            int every = Math.max(1, (int) Math.ceil(categories.size() / (double) Math.max(1, maxTicks)));
            for (int i = 0; i < categories.size(); i += every) {
                ticks.add((double) i);
            }
            return ticks;
        }
        if (log) {
            int d0 = (int) Math.floor(Math.log10(lo) + 1e-9);
            int d1 = (int) Math.ceil(Math.log10(hi) - 1e-9);
            int decades = d1 - d0;
            int every = Math.max(1, (int) Math.ceil(decades / (double) Math.max(1, maxTicks - 1)));
            double[] mantissas = decades * 3 <= maxTicks ? new double[] {1, 2, 5} : new double[] {1};
            for (int d = d0; d <= d1; d++) {
                for (double m : mantissas) {
                    double v = m * Math.pow(10, d);
                    boolean onStride = m != 1 || (d - d0) % every == 0;
                    if (onStride && v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) {
                        ticks.add(v);
                    }
                }
            }
            return ticks;
        }
        double step = niceStep((hi - lo) / Math.max(1, maxTicks - 1));
        double first = Math.ceil(lo / step - 1e-9) * step;
        for (double v = first; v <= hi + step * 1e-9; v += step) {
            ticks.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
        }
        return ticks;
    }

    /** The smallest of 1, 2, 5 × 10^k that is at least {@code rough}. */
    public static double niceStep(double rough) {
        if (!(rough > 0) || !Double.isFinite(rough)) {
            return 1;
        }
        double decade = Math.pow(10, Math.floor(Math.log10(rough)));
        double m = rough / decade;
        double nice = m <= 1 + 1e-9 ? 1 : m <= 2 + 1e-9 ? 2 : m <= 5 + 1e-9 ? 5 : 10;
        return nice * decade;
    }

    /** A short label for a tick value: as many decimals as the step needs, thousands as k, M, G. */
    public static String format(double v, double step) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return trim(v / 1e9, step / 1e9) + "G";
        }
        if (a >= 1e6) {
            return trim(v / 1e6, step / 1e6) + "M";
        }
        if (a >= 1e4) {
            return trim(v / 1e3, step / 1e3) + "k";
        }
        return trim(v, step);
    }

    private static String trim(double v, double step) {
        int decimals = step >= 1 || step <= 0 ? 0 : Math.min(6, (int) Math.ceil(-Math.log10(step) - 1e-9));
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", v);
    }
}
