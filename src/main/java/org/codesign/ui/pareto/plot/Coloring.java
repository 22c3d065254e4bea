package org.codesign.ui.pareto.plot;

import java.util.ArrayList;
import java.util.List;
import org.codesign.eval.Metric;
import org.codesign.study.quantity.Quantities;
import org.codesign.study.quantity.Quantity;

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
    private final Quantity quantity;
    /** Where ramp colours come from: lo → first colour, hi → last (null for named colours). */
    private final AxisScale scale;

    private final int[] palette;
    private final List<String> runIds;

    private Coloring(ColorMode mode, Quantity quantity, AxisScale scale, List<String> runIds) {
        this.mode = mode;
        this.quantity = quantity;
        this.scale = scale;
        this.runIds = runIds;
        this.palette = switch (mode) {
            case PARETO -> paretoPalette();
            case RUN -> categoricalPalette();
            case GENERATION, METRIC -> rampPalette();
        };
    }

    /** The colouring of the given points by a metric ({@link ColorMode#METRIC}: log when it spans more than two decades). */
    public static Coloring of(ColorMode mode, Metric metric, PointColumns columns) {
        Quantity q = Quantities.of(metric);
        double[] r = columns.range(q, false);
        return of(mode, q, r[0] > 0 && r[1] / r[0] > 100, columns);
    }

    /**
     * The colouring of the given points ({@code quantity} and {@code log} are used by {@link
     * ColorMode#METRIC} only; a log colour scale needs every value > 0, else it stays linear).
     */
    public static Coloring of(ColorMode mode, Quantity quantity, boolean log, PointColumns columns) {
        return switch (mode) {
            case GENERATION ->
                new Coloring(mode, quantity, new AxisScale(0, Math.max(1, columns.maxGeneration()), false), List.of());
            case METRIC -> new Coloring(mode, quantity, rampScale(quantity, log, columns), List.of());
            case RUN -> new Coloring(mode, quantity, null, columns.runIds());
            case PARETO -> new Coloring(mode, quantity, null, List.of());
        };
    }

    /** The data's own range (not rounded: the colours use the whole ramp); categories on an ordinal one. */
    private static AxisScale rampScale(Quantity q, boolean log, PointColumns columns) {
        if (q.ordinal()) {
            return AxisScale.ordinal(columns.categories(q));
        }
        double[] r = columns.range(q, false);
        boolean asLog = log && r[0] > 0;
        double a = Double.isNaN(r[0]) ? 0 : r[0];
        double b = Double.isNaN(r[1]) ? 1 : r[1];
        if (!(b > a)) {
            b = asLog ? a * 10 : a + 1;
        }
        return new AxisScale(a, b, asLog);
    }

    public ColorMode mode() {
        return mode;
    }

    /** The quantity of {@link ColorMode#METRIC}. */
    public Quantity quantity() {
        return quantity;
    }

    /** The values a ramp spans, lo → first colour, hi → last; null for named colours. */
    public AxisScale scale() {
        return scale;
    }

    /** Same mode, metric, range and runs: the same colour for every point. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Coloring c
                && c.mode == mode
                && (mode != ColorMode.METRIC || c.quantity.equals(quantity))
                && java.util.Objects.equals(c.scale, scale)
                && c.runIds.equals(runIds);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(mode, mode == ColorMode.METRIC ? quantity : null, scale, runIds);
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
            case METRIC -> rampIndex(c.value(quantity, slot));
        };
    }

    private int rampIndex(double v) {
        if (!scale.accepts(v)) {
            return 0;
        }
        double t = (scale.toCube(v) + 1) / 2;
        return (int) Math.max(0, Math.min(PALETTE_SIZE - 1, Math.floor(t * PALETTE_SIZE)));
    }

    /** A colour faded three quarters of the way towards the plot background. */
    public static int dim(int argb) {
        return blend(argb, BACKGROUND, 0.78);
    }

    /**
     * The inside of a hollow glyph (extrapolated accuracy, issue 16): the colour washed half
     * towards white, so an open shell reads as empty next to the solid glyphs of trusted points.
     */
    public static int hollow(int argb) {
        return blend(argb, 0xffffffff, 0.6);
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
                // a log bar of a few decades gets 1, 2 and 5 of each; a linear one about six round values
                int most = scale.log() ? 9 : 6;
                List<Double> values = scale.ticks(most);
                while (values.size() < 3 && most < 12) {
                    values = scale.ticks(++most); // a bar with two values says little of its scale
                }
                double step = values.size() > 1 ? values.get(1) - values.get(0) : scale.hi() - scale.lo();
                double fine = (scale.hi() - scale.lo()) / 100;
                items.add(new Legend.Item(scale.label(scale.lo(), fine), palette[0]));
                items.add(new Legend.Item("", palette[PALETTE_SIZE / 2]));
                items.add(new Legend.Item(scale.label(scale.hi(), fine), palette[PALETTE_SIZE - 1]));
                List<Legend.Tick> ticks = new ArrayList<>();
                for (double v : values) {
                    ticks.add(new Legend.Tick(scale.label(v, step), (scale.toCube(v) + 1) / 2));
                }
                String title =
                        mode == ColorMode.GENERATION ? "generation" : quantity.title() + (scale.log() ? " · log" : "");
                return new Legend(title, items, true, ticks);
            }
        }
    }

    /** Whether the colours follow a log scale (asked for, and every value > 0). */
    public boolean log() {
        return scale != null && scale.log();
    }

    /**
     * A legend: items left to right; {@code gradient} when the colours form a continuous ramp,
     * with {@code ticks} along it (a label and where it sits, 0 … 1).
     */
    public record Legend(String title, List<Legend.Item> items, boolean gradient, List<Legend.Tick> ticks) {
        public Legend(String title, List<Legend.Item> items, boolean gradient) {
            this(title, items, gradient, List.of());
        }

        public record Item(String label, int argb) {}

        public record Tick(String label, double at) {}
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
