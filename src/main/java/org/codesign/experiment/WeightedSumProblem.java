package org.codesign.experiment;

import org.codesign.search.Evaluation;
import org.codesign.search.ObjectiveBounds;
import org.codesign.search.Problem;

/**
 * A multi-objective problem scalarized into one objective: the weighted sum of the objectives
 * normalized by the study's bounds (ideal → 0, reference → 1), as a weighted-sum baseline
 * optimizes them. Constraints and the full evaluation (payload) are kept, so the points it
 * finds can be judged on every metric afterwards.
 */
final class WeightedSumProblem implements Problem {
    private final Problem inner;
    private final double[] weights;
    private final ObjectiveBounds bounds;

    WeightedSumProblem(Problem inner, double[] weights, ObjectiveBounds bounds) {
        if (weights.length != inner.objectiveCount() || bounds.objectiveCount() != inner.objectiveCount()) {
            throw new IllegalArgumentException(
                    "weights: expected " + inner.objectiveCount() + " weights, got " + weights.length);
        }
        this.inner = inner;
        this.weights = weights.clone();
        this.bounds = bounds;
    }

    @Override
    public int[] cardinalities() {
        return inner.cardinalities();
    }

    @Override
    public int objectiveCount() {
        return 1;
    }

    @Override
    public int constraintCount() {
        return inner.constraintCount();
    }

    @Override
    public Evaluation evaluate(int[] genome) {
        Evaluation e = inner.evaluate(genome);
        if (e.infeasibleReason() != null) {
            return Evaluation.infeasible(e.infeasibleReason(), 1, constraintCount())
                    .withPayload(e.payload());
        }
        double[] normalized = bounds.normalize(e.objectives());
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * normalized[i];
        }
        return new Evaluation(new double[] {sum}, e.violations(), null, e.payload());
    }
}
