package org.codesign.ui.pareto.plot;

import java.util.List;

/**
 * Where the drawn polylines of the parallel coordinates cross each axis: {@code at[a][k]} is line
 * k's place on the a-th axis from the left, 0 (bottom) … 1 (top) as drawn (inverted axes
 * already turned), NaN where the point has no value there. Computed once per change of the
 * lines or axes, so drawing, hovering and figures need no scale conversions per point.
 *
 * @param slots the points of the lines, in drawing order
 */
public record LinePlaces(int[] slots, float[][] at) {

    /**
     * The places of points {@code slots} on the axes, left to right: {@code axes.get(a)} with
     * the values {@code values[a]}, upside down where {@code inverted[a]}.
     */
    public static LinePlaces of(int[] slots, List<ParallelAxis> axes, double[][] values, boolean[] inverted) {
        float[][] at = new float[axes.size()][slots.length];
        for (int a = 0; a < at.length; a++) {
            ParallelAxis axis = axes.get(a);
            double[] v = values[a];
            float[] row = at[a];
            boolean flip = inverted[a];
            for (int k = 0; k < slots.length; k++) {
                double t = axis.position(v[slots[k]]);
                row[k] = (float) (flip ? 1 - t : t);
            }
        }
        return new LinePlaces(slots, at);
    }

    public int lines() {
        return slots.length;
    }

    public int axes() {
        return at.length;
    }

    /** Line k's place on the a-th axis from the left (NaN: none). */
    public double at(int axis, int line) {
        return at[axis][line];
    }

    /** The line of a point, or -1 when it is not drawn. */
    public int lineOf(int slot) {
        for (int k = 0; k < slots.length; k++) {
            if (slots[k] == slot) {
                return k;
            }
        }
        return -1;
    }
}
