package org.codesign.search.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.codesign.search.Individual;
import org.codesign.search.SimplexWeights;

/**
 * The order in which the local search's walkers take the evaluated rounded designs: walker
 * {@code i} (of weight {@code SimplexWeights.spread(walkers, m)[i]}, the weights the local search
 * gives its walkers) first takes the design best for its own Chebyshev scalarization, so the
 * walker weighted on latency starts at the fastest design, the one on area at the smallest,
 * and so on; then the other feasible designs in a random order (the restarts), infeasible ones
 * last. Objectives are normalized by the designs' own ranges.
 */
final class SeedOrder {
    private SeedOrder() {}

    static List<int[]> order(List<Individual> designs, int walkers, RandomGenerator random) {
        List<Individual> feasible = new ArrayList<>();
        List<Individual> infeasible = new ArrayList<>();
        designs.forEach(d -> (d.isFeasible() ? feasible : infeasible).add(d));
        List<int[]> out = new ArrayList<>();
        if (!feasible.isEmpty()) {
            int m = feasible.get(0).evaluation().objectives().length;
            double[] lo = new double[m];
            double[] hi = new double[m];
            Arrays.fill(lo, Double.POSITIVE_INFINITY);
            Arrays.fill(hi, Double.NEGATIVE_INFINITY);
            for (Individual d : feasible) {
                double[] f = d.evaluation().objectives();
                for (int j = 0; j < m; j++) {
                    lo[j] = Math.min(lo[j], f[j]);
                    hi[j] = Math.max(hi[j], f[j]);
                }
            }
            List<Individual> left = new ArrayList<>(feasible);
            for (double[] w : SimplexWeights.spread(walkers, m)) {
                if (left.isEmpty()) {
                    break;
                }
                Individual best = left.get(0);
                for (Individual d : left) {
                    if (chebyshev(d, w, lo, hi) < chebyshev(best, w, lo, hi)) {
                        best = d;
                    }
                }
                left.remove(best);
                out.add(best.genome());
            }
            shuffle(left, random);
            left.forEach(d -> out.add(d.genome()));
        }
        infeasible.forEach(d -> out.add(d.genome()));
        return out;
    }

    private static double chebyshev(Individual d, double[] w, double[] lo, double[] hi) {
        double[] f = d.evaluation().objectives();
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (int j = 0; j < f.length; j++) {
            double range = hi[j] > lo[j] ? hi[j] - lo[j] : 1;
            double t = (f[j] - lo[j]) / range;
            max = Math.max(max, Math.max(w[j], 1e-6) * t);
            sum += t;
        }
        // the small sum term breaks ties between designs with the same largest weighted gap
        return max + 1e-6 * sum;
    }

    private static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
