package org.codesign.search;

import java.util.Arrays;
import java.util.List;

/**
 * Non-dominated sorting: the Pareto rank (0 = first front) of every point, all objectives minimized.
 * Identical points share a rank.
 *
 * <p>Two objectives: a sweep in lexicographic order with a binary search over the fronts' lowest
 * second objective, O(N log N). Three objectives: the same sweep where each front keeps the 2D
 * staircase of its (f2, f3) projection, so "is p dominated by front k" is a binary search and the
 * rank is found by binary search over fronts (dominance by a front is monotone in the front index):
 * O(N log^2 N) queries (insertions shift a primitive array, which is fast at the sizes met). More objectives: Deb's O(M N^2) algorithm.
 */
public final class NonDominatedSorting {
    private NonDominatedSorting() {}

    /** Pareto ranks of the rows of {@code points} (all rows of equal length). */
    public static int[] ranks(double[][] points) {
        int n = points.length;
        if (n == 0) {
            return new int[0];
        }
        int m = points[0].length;
        for (double[] p : points) {
            if (p.length != m) {
                throw new IllegalArgumentException("points: rows differ in length (" + m + " and " + p.length + ")");
            }
        }
        double[][] q = withoutNegativeZero(points);
        return switch (m) {
            case 1 -> ranks1d(q);
            case 2 -> ranks2d(q);
            case 3 -> ranks3d(q);
            default -> naiveRanks(q);
        };
    }

    /** True for the points no other point dominates (rank 0); cheaper than full ranking. */
    public static boolean[] firstFront(double[][] points) {
        int n = points.length;
        if (n == 0) {
            return new boolean[0];
        }
        int m = points[0].length;
        if (m < 2 || m > 3) {
            int[] r = ranks(points);
            boolean[] first = new boolean[n];
            for (int i = 0; i < n; i++) {
                first[i] = r[i] == 0;
            }
            return first;
        }
        double[][] p = withoutNegativeZero(points);
        int[] order = lexicographicOrder(p);
        double[][] sorted = new double[n][];
        for (int k = 0; k < n; k++) {
            sorted[k] = p[order[k]];
        }
        boolean[] sortedFirst = firstFrontOfSorted(sorted);
        boolean[] first = new boolean[n];
        for (int k = 0; k < n; k++) {
            first[order[k]] = sortedFirst[k];
        }
        return first;
    }

    /**
     * {@link #firstFront} for points already in lexicographic order (2 or 3 objectives, no -0.0):
     * one sweep with one staircase.
     */
    static boolean[] firstFrontOfSorted(double[][] p) {
        int n = p.length;
        boolean[] first = new boolean[n];
        int m = n == 0 ? 0 : p[0].length;
        Staircase staircase = new Staircase();
        double lowestF2 = Double.POSITIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            if (k > 0 && sameVector(p[k], p[k - 1])) {
                first[k] = first[k - 1];
                continue;
            }
            if (m == 2) {
                first[k] = p[k][1] < lowestF2;
                lowestF2 = Math.min(lowestF2, p[k][1]);
            } else {
                first[k] = !staircase.weaklyDominates(p[k][1], p[k][2]);
                if (first[k]) {
                    staircase.insert(p[k][1], p[k][2]);
                }
            }
        }
        return first;
    }

    /** Lexicographic comparison of objective vectors (Double.compare per objective). */
    static int compareLexicographically(double[] x, double[] y) {
        for (int k = 0; k < x.length; k++) {
            int c = Double.compare(x[k], y[k]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Ranks under constraint domination: feasible points by Pareto rank, then infeasible ones by violation. */
    public static int[] constrainedRanks(List<Evaluation> evaluations) {
        int n = evaluations.size();
        int[] ranks = new int[n];
        int feasibleCount = 0;
        for (Evaluation e : evaluations) {
            if (e.isFeasible()) {
                feasibleCount++;
            }
        }
        int[] feasible = new int[feasibleCount];
        int[] infeasible = new int[n - feasibleCount];
        int fi = 0;
        int ii = 0;
        for (int i = 0; i < n; i++) {
            if (evaluations.get(i).isFeasible()) {
                feasible[fi++] = i;
            } else {
                infeasible[ii++] = i;
            }
        }
        int nextRank = 0;
        if (feasibleCount > 0) {
            double[][] pts = new double[feasibleCount][];
            for (int k = 0; k < feasibleCount; k++) {
                pts[k] = evaluations.get(feasible[k]).objectivesView();
            }
            int[] r = ranks(pts);
            for (int k = 0; k < feasibleCount; k++) {
                ranks[feasible[k]] = r[k];
                nextRank = Math.max(nextRank, r[k] + 1);
            }
        }
        double[] violation = new double[infeasible.length];
        for (int k = 0; k < infeasible.length; k++) {
            violation[k] = evaluations.get(infeasible[k]).totalViolation();
        }
        int[] order = IntSort.byKey(violation);
        for (int k = 0; k < order.length; k++) {
            if (k > 0 && violation[order[k]] != violation[order[k - 1]]) {
                nextRank++;
            }
            ranks[infeasible[order[k]]] = nextRank;
        }
        return ranks;
    }

    /** Deb's fast non-dominated sort, O(M N^2): the general fallback and the test oracle. */
    public static int[] naiveRanks(double[][] points) {
        int n = points.length;
        int[] dominatedByCount = new int[n];
        int[][] dominates = new int[n][];
        int[] dominatesSize = new int[n];
        for (int i = 0; i < n; i++) {
            dominates[i] = new int[4];
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int c = Dominance.compare(points[i], points[j]);
                if (c < 0) {
                    dominates[i] = push(dominates[i], dominatesSize[i]++, j);
                    dominatedByCount[j]++;
                } else if (c > 0) {
                    dominates[j] = push(dominates[j], dominatesSize[j]++, i);
                    dominatedByCount[i]++;
                }
            }
        }
        int[] ranks = new int[n];
        int[] current = new int[n];
        int currentSize = 0;
        for (int i = 0; i < n; i++) {
            if (dominatedByCount[i] == 0) {
                current[currentSize++] = i;
            }
        }
        int rank = 0;
        int[] next = new int[n];
        while (currentSize > 0) {
            int nextSize = 0;
            for (int k = 0; k < currentSize; k++) {
                int i = current[k];
                ranks[i] = rank;
                for (int d = 0; d < dominatesSize[i]; d++) {
                    int j = dominates[i][d];
                    if (--dominatedByCount[j] == 0) {
                        next[nextSize++] = j;
                    }
                }
            }
            int[] t = current;
            current = next;
            next = t;
            currentSize = nextSize;
            rank++;
        }
        return ranks;
    }

    private static int[] push(int[] a, int size, int v) {
        if (size == a.length) {
            a = Arrays.copyOf(a, size * 2);
        }
        a[size] = v;
        return a;
    }

    private static double[][] withoutNegativeZero(double[][] points) {
        // -0.0 and 0.0 are equal for dominance but not for Double.compare; adding 0.0 maps -0.0 to 0.0.
        double[][] q = points;
        for (int i = 0; i < points.length; i++) {
            for (double v : points[i]) {
                if (v == 0 && Double.doubleToRawLongBits(v) != 0) {
                    if (q == points) {
                        q = points.clone();
                    }
                    q[i] = points[i].clone();
                    for (int k = 0; k < q[i].length; k++) {
                        q[i][k] += 0.0;
                    }
                    break;
                }
            }
        }
        return q;
    }

    private static int[] lexicographicOrder(double[][] p) {
        int[] order = IntSort.identity(p.length);
        IntSort.sort(order, (a, b) -> compareLexicographically(p[a], p[b]));
        return order;
    }

    private static int[] ranks1d(double[][] p) {
        int[] order = lexicographicOrder(p);
        int[] ranks = new int[p.length];
        int rank = 0;
        for (int k = 1; k < order.length; k++) {
            if (p[order[k]][0] != p[order[k - 1]][0]) {
                rank++;
            }
            ranks[order[k]] = rank;
        }
        return ranks;
    }

    private static int[] ranks2d(double[][] p) {
        int n = p.length;
        int[] order = lexicographicOrder(p);
        int[] ranks = new int[n];
        double[] frontMinF2 = new double[n]; // increasing in the front index
        int fronts = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            if (k > 0 && sameVector(p[i], p[order[k - 1]])) {
                ranks[i] = ranks[order[k - 1]];
                continue;
            }
            double f2 = p[i][1];
            // first front whose lowest f2 is greater than f2 (that front does not dominate p)
            int lo = 0;
            int hi = fronts;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (frontMinF2[mid] <= f2) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            ranks[i] = lo;
            frontMinF2[lo] = f2;
            if (lo == fronts) {
                fronts++;
            }
        }
        return ranks;
    }

    private static int[] ranks3d(double[][] p) {
        int n = p.length;
        int[] order = lexicographicOrder(p);
        int[] ranks = new int[n];
        List<Staircase> staircases = new java.util.ArrayList<>();
        int fronts = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            if (k > 0 && sameVector(p[i], p[order[k - 1]])) {
                ranks[i] = ranks[order[k - 1]];
                continue;
            }
            double f2 = p[i][1];
            double f3 = p[i][2];
            int lo = 0;
            int hi = fronts;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (staircases.get(mid).weaklyDominates(f2, f3)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (lo == fronts) {
                staircases.add(new Staircase());
                fronts++;
            }
            ranks[i] = lo;
            staircases.get(lo).insert(f2, f3);
        }
        return ranks;
    }

    /** Exact equality of two vectors (objectives hold no -0.0 and, when feasible, no NaN). */
    static boolean sameVector(double[] a, double[] b) {
        for (int k = 0; k < a.length; k++) {
            if (a[k] != b[k]) {
                return false;
            }
        }
        return true;
    }
}
