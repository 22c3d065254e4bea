package org.codesign.experiment;

import java.util.List;
import org.codesign.study.EvaluatedPoint;

/**
 * What one method found with one seed: every evaluated point in evaluation order (joint
 * genomes, with their metrics) and the wall-clock time the search took.
 */
public record Outcome(String method, long seed, List<EvaluatedPoint> points, long elapsedMs) {

    public Outcome {
        points = List.copyOf(points);
    }

    public int evaluations() {
        return points.size();
    }
}
