package org.codesign.ui.pareto.plot;

import java.util.Arrays;

/**
 * Finds the polyline of the parallel coordinates nearest to the mouse without looking at every
 * line. Between two neighbouring axes each line is a straight segment from its place on the left
 * axis to its place on the right one; the lines of such a gap are bucketed by those two places
 * into a {@value #CELLS}×{@value #CELLS} grid. At a fraction f of the way across, every line of
 * a cell lies within a band that follows from the cell's corners, so a query visits the cells
 * whose band comes closer than the best line found so far, and only their lines. A gap's buckets
 * are built when the mouse first enters it (one pass over the lines).
 */
public final class LineIndex {
    static final int CELLS = 32;

    private final LinePlaces places;
    /** Per gap: where each cell's lines start in {@link #members} (CELLS² + 1 offsets); null until built. */
    private final int[][] starts;

    private final int[][] members;

    public LineIndex(LinePlaces places) {
        this.places = places;
        int gaps = Math.max(0, places.axes() - 1);
        this.starts = new int[gaps][];
        this.members = new int[gaps][];
    }

    public LinePlaces places() {
        return places;
    }

    /**
     * The line (index into {@link LinePlaces#slots()}) nearest to the place a fraction {@code f}
     * (0 … 1) across the gap after axis {@code gap}, at height {@code t} (0 … 1, as drawn),
     * measured vertically; -1 when none comes within {@code reach}. Of lines equally near, the
     * one drawn last (on top) wins.
     */
    public int nearest(int gap, double f, double t, double reach) {
        if (gap < 0 || gap >= starts.length) {
            return -1;
        }
        build(gap);
        int[] start = starts[gap];
        int[] member = members[gap];
        float[] left = places.at()[gap];
        float[] right = places.at()[gap + 1];
        double g = 1 - f;
        int best = -1;
        double bestDistance = reach;
        for (int cl = 0; cl < CELLS; cl++) {
            for (int cr = 0; cr < CELLS; cr++) {
                int cell = cl * CELLS + cr;
                if (start[cell] == start[cell + 1]) {
                    continue;
                }
                double lo = (g * cl + f * cr) / CELLS;
                double hi = (g * (cl + 1) + f * (cr + 1)) / CELLS;
                if (lo - t > bestDistance || t - hi > bestDistance) {
                    continue;
                }
                for (int m = start[cell]; m < start[cell + 1]; m++) {
                    int k = member[m];
                    double d = Math.abs(g * left[k] + f * right[k] - t);
                    if (d < bestDistance || (d == bestDistance && k > best)) {
                        bestDistance = d;
                        best = k;
                    }
                }
            }
        }
        return best;
    }

    /** Counting sort of the gap's lines (those with a place on both axes) into the cells. */
    private void build(int gap) {
        if (starts[gap] != null) {
            return;
        }
        float[] left = places.at()[gap];
        float[] right = places.at()[gap + 1];
        int n = left.length;
        int[] cellOf = new int[n];
        int[] start = new int[CELLS * CELLS + 1];
        for (int k = 0; k < n; k++) {
            if (Float.isNaN(left[k]) || Float.isNaN(right[k])) {
                cellOf[k] = -1;
                continue;
            }
            cellOf[k] = cell(left[k]) * CELLS + cell(right[k]);
            start[cellOf[k] + 1]++;
        }
        for (int c = 0; c < CELLS * CELLS; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = Arrays.copyOf(start, start.length);
        int[] member = new int[start[CELLS * CELLS]];
        for (int k = 0; k < n; k++) {
            if (cellOf[k] >= 0) {
                member[fill[cellOf[k]]++] = k;
            }
        }
        starts[gap] = start;
        members[gap] = member;
    }

    private static int cell(float t) {
        return Math.max(0, Math.min(CELLS - 1, (int) (t * CELLS)));
    }
}
