package org.codesign.search;

import java.util.Arrays;

/** Crowding distance as in Deb et al. 2002: boundary points get +Infinity, objectives are range-normalized. */
public final class CrowdingDistance {
    private CrowdingDistance() {}

    /**
     * Crowding distances of the points {@code members} (indices into {@code points}) within their
     * front; result aligned with {@code members}.
     */
    public static double[] of(double[][] points, int[] members) {
        int n = members.length;
        double[] distance = new double[n];
        if (n <= 2) {
            Arrays.fill(distance, Double.POSITIVE_INFINITY);
            return distance;
        }
        int m = points[members[0]].length;
        double[] key = new double[n];
        for (int obj = 0; obj < m; obj++) {
            for (int k = 0; k < n; k++) {
                key[k] = points[members[k]][obj];
            }
            int[] order = IntSort.byKey(key);
            double min = key[order[0]];
            double max = key[order[n - 1]];
            distance[order[0]] = Double.POSITIVE_INFINITY;
            distance[order[n - 1]] = Double.POSITIVE_INFINITY;
            double range = max - min;
            if (!(range > 0) || Double.isInfinite(range)) {
                continue;
            }
            for (int k = 1; k < n - 1; k++) {
                distance[order[k]] += (key[order[k + 1]] - key[order[k - 1]]) / range;
            }
        }
        return distance;
    }

    /** Crowding distances of all points taken as one front. */
    public static double[] of(double[][] points) {
        return of(points, IntSort.identity(points.length));
    }
}
