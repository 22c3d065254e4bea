package org.codesign.study;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.codesign.eval.Objective;
import org.codesign.search.NonDominatedSorting;

/** The Pareto front of stored points under a study's objectives (feasible points only). */
public final class StudyFront {
    private StudyFront() {}

    /** Bit i is set when point i is feasible and no other feasible point dominates it. */
    public static BitSet paretoMask(List<EvaluatedPoint> points, List<Objective> objectives) {
        List<double[]> vectors = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            EvaluatedPoint p = points.get(i);
            if (!p.feasible()) {
                continue;
            }
            double[] f = objectiveVector(p, objectives);
            if (f != null) {
                vectors.add(f);
                owners.add(i);
            }
        }
        BitSet mask = new BitSet(points.size());
        if (vectors.isEmpty()) {
            return mask;
        }
        boolean[] first = NonDominatedSorting.firstFront(vectors.toArray(new double[0][]));
        for (int j = 0; j < first.length; j++) {
            if (first[j]) {
                mask.set(owners.get(j));
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
