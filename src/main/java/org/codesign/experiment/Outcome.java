package org.codesign.experiment;

import java.util.List;
import org.codesign.study.EvaluatedPoint;

/**
 * What one method found with one seed: every evaluated point in evaluation order (joint
 * genomes, with their metrics) and the wall-clock time the search took.
 */
public record Outcome(String method, long seed, List<EvaluatedPoint> points, long elapsedMs, List<double[]> timeline) {

    public Outcome {
        points = List.copyOf(points);
        timeline = List.copyOf(timeline);
    }

    /** Without a timeline. */
    public Outcome(String method, long seed, List<EvaluatedPoint> points, long elapsedMs) {
        this(method, seed, points, elapsedMs, List.of());
    }

    /**
     * The wall-clock milliseconds after which the run had {@code evaluations} evaluations (from its
     * snapshots: (evaluations, elapsed ms) pairs), or the whole time when the timeline is empty.
     */
    public double msAt(int evaluations) {
        for (double[] t : timeline) {
            if (t[0] >= evaluations) {
                return t[1];
            }
        }
        return elapsedMs;
    }

    /** The evaluations the run had finished by {@code ms} milliseconds (all of them without a timeline). */
    public int evaluationsBy(double ms) {
        int n = timeline.isEmpty() ? points.size() : 0;
        for (double[] t : timeline) {
            if (t[1] <= ms) {
                n = (int) t[0];
            }
        }
        return Math.min(n, points.size());
    }

    public int evaluations() {
        return points.size();
    }
}
