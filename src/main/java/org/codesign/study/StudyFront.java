package org.codesign.study;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;
import org.codesign.eval.Metric;
import org.codesign.eval.Objective;
import org.codesign.search.NonDominatedSorting;

/** The Pareto front of stored points under a study's objectives (feasible points only). */
public final class StudyFront {
    private StudyFront() {}

    /** Bit i is set when point i is feasible and no other feasible point dominates it. */
    public static BitSet paretoMask(List<EvaluatedPoint> points, List<Objective> objectives) {
        return paretoMask(
                points.size(),
                i -> points.get(i).feasible(),
                (m, i) -> points.get(i).metric(m),
                objectives);
    }

    /** The metric of row i, NaN when absent. */
    public interface MetricSource {
        double metric(Metric m, int i);
    }

    /**
     * {@link #paretoMask(List, List)} over n rows read through accessors (columns), making no
     * point object.
     */
    public static BitSet paretoMask(int n, IntPredicate feasible, MetricSource metrics, List<Objective> objectives) {
        List<double[]> vectors = new ArrayList<>();
        int[] owners = new int[16];
        for (int i = 0; i < n; i++) {
            if (!feasible.test(i)) {
                continue;
            }
            double[] f = new double[objectives.size()];
            for (int k = 0; f != null && k < f.length; k++) {
                Objective o = objectives.get(k);
                double v = metrics.metric(o.metric(), i);
                if (Double.isNaN(v)) {
                    f = null;
                } else {
                    f[k] = o.maximize() ? -v : v;
                }
            }
            if (f != null) {
                if (vectors.size() == owners.length) {
                    owners = java.util.Arrays.copyOf(owners, owners.length * 2);
                }
                owners[vectors.size()] = i;
                vectors.add(f);
            }
        }
        BitSet mask = new BitSet(n);
        if (vectors.isEmpty()) {
            return mask;
        }
        boolean[] first = NonDominatedSorting.firstFront(vectors.toArray(new double[0][]));
        for (int j = 0; j < first.length; j++) {
            if (first[j]) {
                mask.set(owners[j]);
            }
        }
        return mask;
    }

    /** The minimized objective vector of a point, or null when a metric is missing. */
    public static double[] objectiveVector(EvaluatedPoint p, List<Objective> objectives) {
        double[] f = new double[objectives.size()];
        for (int k = 0; k < f.length; k++) {
            Objective o = objectives.get(k);
            double v = p.metric(o.metric());
            if (Double.isNaN(v)) {
                return null;
            }
            f[k] = o.maximize() ? -v : v;
        }
        return f;
    }
}
