package org.codesign.ui.pareto.plot;

import java.util.ArrayList;
import java.util.List;
import org.codesign.eval.Metric;

/**
 * Colours of the points for one {@link ColorMode}: every point gets an index into a palette of
 * {@value #PALETTE_SIZE} colours. The 3D view turns the index into a texture coordinate (so
 * recolouring rewrites texture coordinates only); the 2D views group points by index. Points
 * outside the selection, when there is one, take the {@link #dim dimmed} variant.
 */
public final class Coloring {
    public static final int PALETTE_SIZE = 256;
    public static final int FRONT = 0;
    public static final int OTHER = 1;
    public static final int BACKGROUND = 0xfffbfbfb;

    private static final int[] CATEGORICAL = {
        0xff4e79a7,
        0xfff28e2b,
        0xffe15759,
        0xff76b7b2,
        0xff59a14f,
        0xffedc948,
        0xffb07aa1,
        0xffff9da7,
        0xff9c755f,
        0xffbab0ac
    };
    private static final int[] RAMP_STOPS = {0xff440154, 0xff3b528b, 0xff21918c, 0xff5ec962, 0xfffde725};

    private final ColorMode mode;
    private final Metric metric;
    private final double lo;
    private final double hi;
    private final boolean log;
    private final int[] palette;
    private final List<String> runIds;

    private Coloring(ColorMode mode, Metric metric, double lo, double hi, boolean log, List<String> runIds) {
        this.mode = mode;
        this.metric = metric;
        this.lo = lo;
        this.hi = hi;
        this.log = log;
        this.runIds = runIds;
        this.palette = switch (mode) {
            case PARETO -> paretoPalette();
            case RUN -> categoricalPalette();
            case GENERATION, METRIC -> rampPalette();
        };
    }

    /** The colouring of the given points ({@code metric} is used by {@link ColorMode#METRIC} only). */
    public static Coloring of(ColorMode mode, Metric metric, PointColumns columns) {
        return switch (mode) {
            case GENERATION -> new Coloring(mode, metric, 0, Math.max(1, columns.maxGeneration()), false, List.of());
            case METRIC -> {
                double[] r = columns.range(metric, false);
                boolean log = r[0] > 0 && r[1] / r[0] > 100;
                double a = Double.isNaN(r[0]) ? 0 : r[0];
                double b = Double.isNaN(r[1]) ? 1 : r[1];
                yield new Coloring(mode, metric, a, b > a ? b : a + 1, log, List.of());
            }
            case RUN -> new Coloring(mode, metric, 0, 1, false, columns.runIds());
            case PARETO -> new Coloring(mode, metric, 0, 1, false, List.of());
        };
    }

    public ColorMode mode() {
        return mode;
    }

    /** The metric of {@link ColorMode#METRIC}. */
    public Metric metric() {
        return metric;
    }

    /** The value range of a ramp (generation or metric), and whether it is log10. */
    public double lo() {
        return lo;
    }

    public double hi() {
        return hi;
    }

    public boolean log() {
        return log;
    }

    /** Same mode, metric, range and runs: the same colour for every point. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Coloring c
                && c.mode == mode
                && (mode != ColorMode.METRIC || c.metric == metric)
                && c.lo == lo
                && c.hi == hi
                && c.log == log
                && c.runIds.equals(runIds);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(mode, mode == ColorMode.METRIC ? metric : null, lo, hi, log, runIds);
    }

    /** The vivid colours, ARGB. */
    public int[] palette() {
        return palette.clone();
    }

    public int color(int index) {
        return palette[index];
    }

    /** Palette index of a point. */
    public int index(PointColumns c, int slot) {
        return switch (mode) {
            case PARETO -> c.pareto(slot) ? FRONT : OTHER;
            case RUN -> c.run(slot) % CATEGORICAL.length;
            case GENERATION -> rampIndex(c.generation(slot));
            case METRIC -> rampIndex(c.value(metric, slot));
        };
    }

    private int rampIndex(double v) {
        if (!Double.isFinite(v) || (log && v <= 0)) {
            return 0;
        }
        double t = log ? (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)) : (v - lo) / (hi - lo);
        return (int) Math.max(0, Math.min(PALETTE_SIZE - 1, Math.floor(t * PALETTE_SIZE)));
    }

    /** A colour faded three quarters of the way towards the plot background. */
    public static int dim(int argb) {
        return blend(argb, BACKGROUND, 0.78);
    }

    static int blend(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 0xff) * (1 - t) + ((b >> 16) & 0xff) * t);
        int g = (int) Math.round(((a >> 8) & 0xff) * (1 - t) + ((b >> 8) & 0xff) * t);
        int bl = (int) Math.round((a & 0xff) * (1 - t) + (b & 0xff) * t);
        return 0xff000000 | (r << 16) | (g << 8) | bl;
    }

    /** What the colours mean: named swatches, or for ramps the colours at the low, middle and high end. */
    public Legend legend() {
        List<Legend.Item> items = new ArrayList<>();
        switch (mode) {
            case PARETO -> {
                items.add(new Legend.Item("Pareto front", palette[FRONT]));
                items.add(new Legend.Item("other points", palette[OTHER]));
                return new Legend("", items, false);
            }
            case RUN -> {
                for (int r = 0; r < runIds.size(); r++) {
                    items.add(new Legend.Item(runIds.get(r), palette[r % CATEGORICAL.length]));
                }
                return new Legend("run", items, false);
            }
            default -> {
                double step = AxisScale.niceStep((hi - lo) / 10);
                double mid = log ? Math.sqrt(lo * hi) : (lo + hi) / 2;
                items.add(new Legend.Item(label(lo, step), palette[0]));
                items.add(new Legend.Item(label(mid, step), palette[PALETTE_SIZE / 2]));
                items.add(new Legend.Item(label(hi, step), palette[PALETTE_SIZE - 1]));
                String title =
                        mode == ColorMode.GENERATION ? "generation" : metric.labelWithUnit() + (log ? " (log)" : "");
                return new Legend(title, items, true);
            }
        }
    }

    private String label(double v, double step) {
        return mode == ColorMode.GENERATION ? String.valueOf(Math.round(v)) : AxisScale.format(v, log ? v / 10 : step);
    }

    /** A legend: items left to right; {@code gradient} when the colours form a continuous ramp. */
    public record Legend(String title, List<Legend.Item> items, boolean gradient) {
        public record Item(String label, int argb) {}
    }

    private static int[] paretoPalette() {
        int[] p = new int[PALETTE_SIZE];
        java.util.Arrays.fill(p, 0xff9aa0a6);
        p[FRONT] = 0xff1f6fd1;
        return p;
    }

    private static int[] categoricalPalette() {
        int[] p = new int[PALETTE_SIZE];
        for (int i = 0; i < PALETTE_SIZE; i++) {
            p[i] = CATEGORICAL[i % CATEGORICAL.length];
        }
        return p;
    }

    private static int[] rampPalette() {
        int[] p = new int[PALETTE_SIZE];
        for (int i = 0; i < PALETTE_SIZE; i++) {
            double t = i / (double) (PALETTE_SIZE - 1) * (RAMP_STOPS.length - 1);
            int k = Math.min(RAMP_STOPS.length - 2, (int) Math.floor(t));
            p[i] = blend(RAMP_STOPS[k], RAMP_STOPS[k + 1], t - k);
        }
        return p;
    }
}
