package org.codesign.ui.pareto;

import java.util.Locale;

/**
 * How the Pareto area arranges its views: the 3D view with its three projections (the 2D
 * projections alone without 3D), one projection large, or the scatter-plot matrix of the study's
 * objectives. {@code projection} is the large one: 0 = x–y, 1 = x–z, 2 = z–y.
 */
public record PlotLayout(Kind kind, int projection) {
    public enum Kind {
        CUBE,
        LARGE,
        MATRIX
    }

    public static final PlotLayout CUBE = new PlotLayout(Kind.CUBE, 0);
    public static final PlotLayout MATRIX = new PlotLayout(Kind.MATRIX, 0);
    /** The projections' plot axes, horizontal then vertical (as the area makes them). */
    static final int[][] PROJECTION_AXES = {{0, 1}, {0, 2}, {2, 1}};

    private static final String[] PROJECTION_KEYS = {"xy", "xz", "zy"};

    public PlotLayout {
        if (projection < 0 || projection > 2) {
            throw new IllegalArgumentException("projection: 0, 1 or 2, got " + projection);
        }
    }

    /** Projection {@code p} large. */
    public static PlotLayout large(int p) {
        return new PlotLayout(Kind.LARGE, p);
    }

    /** How the layout is kept in the preferences: "cube", "large-xy", "large-xz", "large-zy", "matrix". */
    public String key() {
        return kind == Kind.LARGE
                ? "large-" + PROJECTION_KEYS[projection]
                : kind.name().toLowerCase(Locale.ROOT);
    }

    /** The layout of a key; the 3D view with its projections for anything else (an older or damaged preference). */
    public static PlotLayout parse(String key) {
        for (int p = 0; p < PROJECTION_KEYS.length; p++) {
            if (("large-" + PROJECTION_KEYS[p]).equals(key)) {
                return large(p);
            }
        }
        return "matrix".equals(key) ? MATRIX : CUBE;
    }
}
