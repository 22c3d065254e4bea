package org.codesign.study;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.codesign.eval.Metric;

/**
 * One evaluated design of a run: its place in the run ({@code index}, {@code generation}), the
 * joint genome, its metrics, how far it violates the constraints, or why the hardware could
 * not run it ({@code infeasibleReason}, null when it could).
 */
public record EvaluatedPoint(
        long index,
        int generation,
        int[] genome,
        Map<Metric, Double> metrics,
        double violation,
        String infeasibleReason) {

    public EvaluatedPoint {
        genome = genome.clone();
        EnumMap<Metric, Double> copy = new EnumMap<>(Metric.class);
        copy.putAll(metrics);
        metrics = Collections.unmodifiableMap(copy);
        if (!(violation >= 0)) {
            throw new IllegalArgumentException("violation: must be a number ≥ 0, got " + violation);
        }
    }

    @Override
    public int[] genome() {
        return genome.clone();
    }

    public boolean feasible() {
        return infeasibleReason == null && violation == 0.0;
    }

    public double metric(Metric m) {
        Double v = metrics.get(m);
        return v == null ? Double.NaN : v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EvaluatedPoint p
                && index == p.index
                && generation == p.generation
                && Arrays.equals(genome, p.genome)
                && metrics.equals(p.metrics)
                && Double.compare(violation, p.violation) == 0
                && java.util.Objects.equals(infeasibleReason, p.infeasibleReason);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(index, generation, Arrays.hashCode(genome), metrics, violation, infeasibleReason);
    }

    @Override
    public String toString() {
        return "EvaluatedPoint[index=" + index + ", generation=" + generation + ", genome="
                + Arrays.toString(genome) + ", metrics=" + metrics + ", violation=" + violation
                + (infeasibleReason == null ? "" : ", infeasible=" + infeasibleReason) + "]";
    }
}
