package org.codesign.search;

import java.util.Arrays;
import java.util.Objects;

/**
 * The result of evaluating one genome: objective values (all minimized), constraint violations
 * ({@code >= 0}, 0 = satisfied), an optional reason why the design cannot be built at all, and an
 * optional opaque payload the wiring layer may attach (e.g. the full metrics) which the engine never
 * reads.
 *
 * <p>A design with an {@code infeasibleReason} counts as infinitely violating: it loses against every
 * design without one, and its objectives are ignored.
 *
 * @param objectives objective values, all minimized; {@code +Infinity} for an infeasible design
 * @param violations one non-negative violation per constraint
 * @param infeasibleReason why the design cannot be built, or {@code null}
 * @param payload anything the wiring layer wants to keep with the point, or {@code null}
 */
public record Evaluation(double[] objectives, double[] violations, String infeasibleReason, Object payload) {

    public Evaluation {
        Checks.notNull("objectives", objectives);
        Checks.notNull("violations", violations);
        objectives = objectives.clone();
        // unconstrained problems share one empty array: a run keeps thousands of archive members
        violations = violations.length == 0 ? NO_VIOLATIONS : violations.clone();
        for (int i = 0; i < violations.length; i++) {
            if (!(violations[i] >= 0)) {
                throw new IllegalArgumentException(
                        "violations: element " + i + " must be >= 0 (0 = satisfied), got " + violations[i]);
            }
        }
        for (int i = 0; i < objectives.length; i++) {
            if (infeasibleReason == null && Double.isNaN(objectives[i])) {
                throw new IllegalArgumentException("objectives: element " + i + " is NaN");
            }
            objectives[i] += 0.0; // -0.0 becomes 0.0: equal for dominance, so equal for sorting too
        }
    }

    private static final double[] NO_VIOLATIONS = new double[0];

    /** An unconstrained evaluation. */
    public static Evaluation of(double... objectives) {
        return new Evaluation(objectives, new double[0], null, null);
    }

    /** A constrained evaluation. */
    public static Evaluation of(double[] objectives, double[] violations) {
        return new Evaluation(objectives, violations, null, null);
    }

    /** A design that cannot be built (e.g. it does not fit the hardware); objectives are +Infinity. */
    public static Evaluation infeasible(String reason, int objectiveCount, int constraintCount) {
        Checks.notNull("infeasibleReason", reason);
        double[] objectives = new double[objectiveCount];
        Arrays.fill(objectives, Double.POSITIVE_INFINITY);
        return new Evaluation(objectives, new double[constraintCount], reason, null);
    }

    /** The same evaluation carrying {@code newPayload}. */
    public Evaluation withPayload(Object newPayload) {
        return new Evaluation(objectives, violations, infeasibleReason, newPayload);
    }

    /** A copy of the objective values. */
    @Override
    public double[] objectives() {
        return objectives.clone();
    }

    /** A copy of the violations. */
    @Override
    public double[] violations() {
        return violations.clone();
    }

    public double objective(int i) {
        return objectives[i];
    }

    public int objectiveCount() {
        return objectives.length;
    }

    /** Sum of violations; {@code +Infinity} when the design has an infeasible reason. */
    public double totalViolation() {
        if (infeasibleReason != null) {
            return Double.POSITIVE_INFINITY;
        }
        double sum = 0;
        for (double v : violations) {
            sum += v;
        }
        return sum;
    }

    public boolean isFeasible() {
        return totalViolation() == 0;
    }

    /** Direct read access for the engine's hot loops (never modified). */
    double[] objectivesView() {
        return objectives;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evaluation e
                && Arrays.equals(objectives, e.objectives)
                && Arrays.equals(violations, e.violations)
                && Objects.equals(infeasibleReason, e.infeasibleReason)
                && Objects.equals(payload, e.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(objectives), Arrays.hashCode(violations), infeasibleReason, payload);
    }

    @Override
    public String toString() {
        return "Evaluation" + Arrays.toString(objectives)
                + (violations.length > 0 ? " violations=" + Arrays.toString(violations) : "")
                + (infeasibleReason != null ? " infeasible: " + infeasibleReason : "");
    }
}
