package org.codesign.search;

import java.util.ArrayList;
import java.util.List;

/** Weight vectors spread over the unit simplex (Das and Dennis lattice). */
public final class SimplexWeights {
    private SimplexWeights() {}

    /**
     * {@code count} weight vectors of {@code m} components summing to 1: evenly chosen points of the
     * smallest Das-Dennis lattice with at least {@code count} points; one vector is the centre.
     */
    public static double[][] spread(int count, int m) {
        Checks.atLeast("count", count, 1);
        Checks.atLeast("m", m, 1);
        if (count == 1 || m == 1) {
            double[][] w = new double[count][m];
            for (double[] row : w) {
                java.util.Arrays.fill(row, 1.0 / m);
            }
            return w;
        }
        int h = 1;
        while (binomial(h + m - 1, m - 1) < count) {
            h++;
        }
        List<double[]> lattice = new ArrayList<>();
        lattice(new int[m], 0, h, h, lattice);
        double[][] out = new double[count][];
        int total = lattice.size();
        for (int i = 0; i < count; i++) {
            // evenly spaced picks that include both ends of the lattice order
            int k = count == 1 ? 0 : (int) Math.round((double) i * (total - 1) / (count - 1));
            out[i] = lattice.get(k);
        }
        return out;
    }

    private static void lattice(int[] parts, int index, int left, int h, List<double[]> out) {
        if (index == parts.length - 1) {
            parts[index] = left;
            double[] w = new double[parts.length];
            for (int i = 0; i < w.length; i++) {
                w[i] = parts[i] / (double) h;
            }
            out.add(w);
            return;
        }
        for (int v = left; v >= 0; v--) {
            parts[index] = v;
            lattice(parts, index + 1, left - v, h, out);
        }
    }

    private static long binomial(int n, int k) {
        long r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return r;
    }
}
