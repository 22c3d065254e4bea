package org.codesign.search;

import java.util.Arrays;

/**
 * Exact hypervolume (all objectives minimized) of a point set with respect to a reference point.
 * Points that do not strictly dominate the reference point contribute nothing.
 *
 * <p>2D: a sweep in O(n log n). 3D: the sweep of Beume, Fonseca et al. along the third objective
 * with the 2D staircase of the swept points, O(n log n) searches. More objectives: slicing on the last
 * objective recursively down to 3D (HSO-style; fine for a few hundred points).
 */
public final class Hypervolume {
    private Hypervolume() {}

    public static double of(double[][] points, double[] reference) {
        double[][] inside = strictlyInside(points, reference);
        if (inside.length == 0) {
            return 0;
        }
        return switch (reference.length) {
            case 1 -> oneD(inside, reference);
            case 2 -> twoD(inside, reference);
            case 3 -> threeD(inside, reference);
            default -> sliced(inside, reference);
        };
    }

    private static double[][] strictlyInside(double[][] points, double[] reference) {
        int m = reference.length;
        double[][] out = new double[points.length][];
        int n = 0;
        outer:
        for (double[] p : points) {
            if (p.length != m) {
                throw new IllegalArgumentException(
                        "points: a point has " + p.length + " objectives, the reference point " + m);
            }
            for (int k = 0; k < m; k++) {
                if (!(p[k] < reference[k])) {
                    continue outer;
                }
            }
            out[n++] = p;
        }
        return Arrays.copyOf(out, n);
    }

    private static double oneD(double[][] p, double[] ref) {
        double min = Double.POSITIVE_INFINITY;
        for (double[] x : p) {
            min = Math.min(min, x[0]);
        }
        return ref[0] - min;
    }

    private static double twoD(double[][] p, double[] ref) {
        int[] order = IntSort.identity(p.length);
        IntSort.sort(order, (a, b) -> {
            int c = Double.compare(p[a][0], p[b][0]);
            return c != 0 ? c : Double.compare(p[a][1], p[b][1]);
        });
        double area = 0;
        double lowestF2 = ref[1];
        for (int i : order) {
            double f2 = p[i][1];
            if (f2 < lowestF2) {
                area += (ref[0] - p[i][0]) * (lowestF2 - f2);
                lowestF2 = f2;
            }
        }
        return area;
    }

    private static double threeD(double[][] p, double[] ref) {
        int n = p.length;
        int[] order = IntSort.identity(n);
        IntSort.sort(order, (a, b) -> Double.compare(p[a][2], p[b][2]));
        // 2D staircase of the (f1, f2) projections swept so far
        Staircase staircase = new Staircase();
        double area = 0;
        double volume = 0;
        for (int k = 0; k < n; k++) {
            double[] q = p[order[k]];
            area += staircase.insertAndMeasure(q[0] + 0.0, q[1] + 0.0, ref[0], ref[1]);
            double nextZ = k + 1 < n ? p[order[k + 1]][2] : ref[2];
            volume += area * (nextZ - q[2]);
        }
        return volume;
    }

    private static double sliced(double[][] p, double[] ref) {
        int m = ref.length;
        int n = p.length;
        int[] order = IntSort.identity(n);
        IntSort.sort(order, (a, b) -> Double.compare(p[a][m - 1], p[b][m - 1]));
        double[] subRef = Arrays.copyOf(ref, m - 1);
        double[][] projected = new double[n][];
        double volume = 0;
        for (int k = 0; k < n; k++) {
            projected[k] = Arrays.copyOf(p[order[k]], m - 1);
            double depth = (k + 1 < n ? p[order[k + 1]][m - 1] : ref[m - 1]) - p[order[k]][m - 1];
            if (depth > 0) {
                volume += depth * of(Arrays.copyOf(projected, k + 1), subRef);
            }
        }
        return volume;
    }
}
