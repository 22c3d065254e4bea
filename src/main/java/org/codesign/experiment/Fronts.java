package org.codesign.experiment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.codesign.eval.Objective;
import org.codesign.search.HypervolumeIndicator;
import org.codesign.search.ObjectiveBounds;
import org.codesign.search.QualityIndicators;
import org.codesign.search.codesign.CodesignProblem;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.StudyFront;

/** Pareto fronts of evaluated points and the indicators measured on them, under a study's objectives. */
final class Fronts {
    private Fronts() {}

    /** The point's objective vector, every objective minimized; null when it is infeasible or a metric is missing. */
    static double[] vector(EvaluatedPoint p, List<Objective> objectives) {
        return p.feasible() ? StudyFront.objectiveVector(p, objectives) : null;
    }

    static List<EvaluatedPoint> feasible(List<EvaluatedPoint> points) {
        return points.stream().filter(EvaluatedPoint::feasible).toList();
    }

    /** The feasible non-dominated points. */
    static List<EvaluatedPoint> front(List<EvaluatedPoint> points, List<Objective> objectives) {
        BitSet mask = StudyFront.paretoMask(points, objectives);
        List<EvaluatedPoint> front = new ArrayList<>(mask.cardinality());
        mask.stream().forEach(i -> front.add(points.get(i)));
        return front;
    }

    static double hypervolume(List<EvaluatedPoint> points, List<Objective> objectives) {
        return CodesignProblem.hypervolume(objectives).of(vectors(points, objectives));
    }

    static double[][] vectors(List<EvaluatedPoint> points, List<Objective> objectives) {
        List<double[]> list = new ArrayList<>();
        for (EvaluatedPoint p : points) {
            double[] f = vector(p, objectives);
            if (f != null) {
                list.add(f);
            }
        }
        return list.toArray(new double[0][]);
    }

    /** Inverted generational distance to a reference front, in the study's normalized objectives. */
    static double igd(List<EvaluatedPoint> approximation, List<EvaluatedPoint> reference, List<Objective> objectives) {
        return igd(vectors(approximation, objectives), vectors(reference, objectives), objectives);
    }

    static double igd(double[][] approximation, double[][] reference, List<Objective> objectives) {
        if (approximation.length == 0) {
            return Double.NaN;
        }
        ObjectiveBounds bounds = CodesignProblem.hypervolume(objectives).bounds();
        return QualityIndicators.igd(bounds.normalize(approximation), bounds.normalize(reference));
    }

    /** Evenly spaced evaluation counts up to {@code budget} (about {@code count} of them). */
    static int[] checkpoints(int budget, int count) {
        int n = Math.max(1, Math.min(count, budget));
        int[] c = new int[n];
        for (int i = 0; i < n; i++) {
            c[i] = (int) Math.round((i + 1) * (double) budget / n);
        }
        return c;
    }

    /**
     * An indicator of the non-dominated set of the first {@code c} evaluated points, for each
     * checkpoint {@code c} (a run that stopped early keeps its final value).
     *
     * @param measure the indicator of a set of minimized objective vectors (not empty)
     */
    static double[] curve(
            List<EvaluatedPoint> ordered,
            List<Objective> objectives,
            int[] checkpoints,
            ToDoubleFunction<double[][]> measure) {
        double[] values = new double[checkpoints.length];
        List<double[]> archive = new ArrayList<>();
        int next = 0;
        for (int c = 0; c < checkpoints.length; c++) {
            while (next < Math.min(checkpoints[c], ordered.size())) {
                double[] f = vector(ordered.get(next++), objectives);
                if (f != null) {
                    insert(archive, f);
                }
            }
            values[c] = archive.isEmpty() ? Double.NaN : measure.applyAsDouble(archive.toArray(new double[0][]));
        }
        return values;
    }

    /** The hypervolume of the first {@code c} points for each checkpoint (0 before the first feasible point). */
    static double[] hypervolumeCurve(List<EvaluatedPoint> ordered, List<Objective> objectives, int[] checkpoints) {
        HypervolumeIndicator hv = CodesignProblem.hypervolume(objectives);
        double[] v = curve(ordered, objectives, checkpoints, hv::of);
        for (int i = 0; i < v.length; i++) {
            v[i] = Double.isNaN(v[i]) ? 0 : v[i];
        }
        return v;
    }

    /** Adds a vector to a non-dominated set, dropping the members it dominates. */
    private static void insert(List<double[]> archive, double[] f) {
        for (double[] a : archive) {
            if (weaklyDominates(a, f)) {
                return;
            }
        }
        archive.removeIf(a -> weaklyDominates(f, a));
        archive.add(f);
    }

    static boolean weaklyDominates(double[] a, double[] b) {
        for (int k = 0; k < a.length; k++) {
            if (a[k] > b[k]) {
                return false;
            }
        }
        return true;
    }

    /** The first checkpoint at which the curve reaches {@code target}, or -1. */
    static int firstReaching(double[] curve, int[] checkpoints, double target) {
        for (int i = 0; i < curve.length; i++) {
            if (curve[i] >= target) {
                return checkpoints[i];
            }
        }
        return -1;
    }
}
