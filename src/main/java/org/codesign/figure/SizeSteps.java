package org.codesign.figure;

/**
 * The four glyph sizes of a size channel, shared by the 2D views and their exported figures so
 * that both bucket a point alike: a point at position {@code t} (0 at the low end of the size
 * scale, 1 at the high end) takes step {@code floor(4 t)}, that is the quarters of the scale.
 */
public final class SizeSteps {
    /** Glyph radii in pixels (points in a figure), smallest to largest; areas grow about 17-fold. */
    private static final double[] RADII = {1.2, 2.2, 3.4, 5.0};

    /** How many sizes a sized plot draws. */
    public static final int COUNT = RADII.length;

    private SizeSteps() {}

    /** The radius of a step, 0 ≤ step < {@link #COUNT}. */
    public static double radius(int step) {
        return RADII[step];
    }

    /** The step of a position {@code t} on the size scale, clamped to the smallest and largest step. */
    public static int step(double t) {
        return (int) Math.max(0, Math.min(COUNT - 1, Math.floor(t * COUNT)));
    }
}
