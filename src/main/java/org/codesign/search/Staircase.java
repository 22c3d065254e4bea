package org.codesign.search;

import java.util.Arrays;

/**
 * The 2D non-dominated points (minimization) of a sweep: x strictly ascending, y strictly
 * descending, in two primitive arrays. Queries are binary searches; an insertion replaces the
 * contiguous run of points it dominates, so it costs one array shift (cheaper than a balanced tree
 * of boxed doubles for the staircase sizes the sweeps meet).
 */
final class Staircase {

    private double[] xs = new double[32];
    private double[] ys = new double[32];
    private int size;

    int size() {
        return size;
    }

    /** Is there a point with x' <= x and y' <= y? */
    boolean weaklyDominates(double x, double y) {
        int i = lastAtMost(x);
        return i >= 0 && ys[i] <= y;
    }

    /** Adds a point that no member weakly dominates (check first) and drops the members it dominates. */
    void insert(double x, double y) {
        int start = lastBelow(x) + 1;
        int end = start;
        while (end < size && ys[end] >= y) {
            end++;
        }
        replace(start, end, x, y);
    }

    /**
     * Like {@link #insert} for a point inside the box below {@code (refX, refY)}, returning the area
     * it adds to the region the staircase dominates within that box (0 if it is weakly dominated).
     */
    double insertAndMeasure(double x, double y, double refX, double refY) {
        if (weaklyDominates(x, y)) {
            return 0;
        }
        int lower = lastBelow(x);
        double ceilingY = lower >= 0 ? ys[lower] : refY;
        double currentX = x;
        double added = 0;
        int start = lower + 1;
        int end = start;
        while (end < size && ys[end] >= y) {
            added += (xs[end] - currentX) * (ceilingY - y);
            ceilingY = ys[end];
            currentX = xs[end];
            end++;
        }
        double rightX = end < size ? xs[end] : refX;
        added += (rightX - currentX) * (ceilingY - y);
        replace(start, end, x, y);
        return added;
    }

    /** Index of the last point with x' <= x, or -1. */
    private int lastAtMost(double x) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (xs[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** Index of the last point with x' < x, or -1. */
    private int lastBelow(double x) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (xs[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** Replaces the points [start, end) by (x, y). */
    private void replace(int start, int end, double x, double y) {
        int shift = 1 - (end - start);
        if (size + shift > xs.length) {
            xs = Arrays.copyOf(xs, xs.length * 2);
            ys = Arrays.copyOf(ys, ys.length * 2);
        }
        if (shift != 0 && end < size) {
            System.arraycopy(xs, end, xs, end + shift, size - end);
            System.arraycopy(ys, end, ys, end + shift, size - end);
        }
        size += shift;
        xs[start] = x;
        ys[start] = y;
    }
}
