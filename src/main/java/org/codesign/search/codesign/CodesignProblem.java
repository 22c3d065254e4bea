package org.codesign.search.codesign;

import java.util.EnumMap;
import java.util.List;
import org.codesign.eval.Constraint;
import org.codesign.eval.DesignEvaluation;
import org.codesign.eval.Evaluator;
import org.codesign.eval.Extrapolation;
import org.codesign.eval.Metric;
import org.codesign.eval.Objective;
import org.codesign.search.Evaluation;
import org.codesign.search.HypervolumeIndicator;
import org.codesign.search.PayloadColumns;
import org.codesign.search.Problem;
import org.codesign.space.CodesignSpace;

/**
 * The co-design problem for the generic engine: a joint genome (network genes, then hardware
 * genes) → the study's objectives (maximized metrics negated) and constraint violations. A
 * design the hardware cannot run is infeasible with the cost model's reason; an exception from
 * the evaluator propagates and fails the run. The payload of every evaluation is its
 * {@link PointMetrics}.
 */
public final class CodesignProblem implements Problem {
    private final CodesignSpace space;
    private final List<Objective> objectives;
    private final List<Constraint> constraints;
    private final Evaluator evaluator;
    private final Extrapolation extrapolation;

    public CodesignProblem(
            CodesignSpace space, List<Objective> objectives, List<Constraint> constraints, Evaluator evaluator) {
        this(space, objectives, constraints, evaluator, Extrapolation.DEFAULT);
    }

    /** @param extrapolation how designs with an extrapolated accuracy are treated */
    public CodesignProblem(
            CodesignSpace space,
            List<Objective> objectives,
            List<Constraint> constraints,
            Evaluator evaluator,
            Extrapolation extrapolation) {
        List<String> problems = space.validate();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("space: " + String.join("; ", problems));
        }
        this.space = space;
        this.objectives = List.copyOf(objectives);
        this.constraints = List.copyOf(constraints);
        this.evaluator = evaluator;
        this.extrapolation = extrapolation;
    }

    public CodesignSpace space() {
        return space;
    }

    public List<Objective> objectives() {
        return objectives;
    }

    @Override
    public int[] cardinalities() {
        return space.cardinalities();
    }

    @Override
    public int objectiveCount() {
        return objectives.size();
    }

    @Override
    public int constraintCount() {
        return constraints.size();
    }

    @Override
    public Evaluation evaluate(int[] genome) {
        CodesignSpace.Point point = space.decode(genome);
        // No catch: infeasibility comes back in the evaluation; an exception is a failure of the run.
        DesignEvaluation e = evaluator.evaluate(point.network(), point.hardware());
        return evaluation(DesignResult.of(e));
    }

    /**
     * The search's evaluation of a design's metrics, wherever they were computed: {@link #evaluate}
     * and a remote evaluator give the same evaluation for the same metrics.
     */
    public Evaluation evaluation(DesignResult result) {
        PointMetrics metrics = new PointMetrics(new EnumMap<>(result.values()));
        if (!result.feasible()) {
            return Evaluation.infeasible(result.infeasibleReason(), objectives.size(), constraints.size())
                    .withPayload(metrics);
        }
        double extrapolated = metrics.get(Metric.EXTRAPOLATED);
        if (extrapolation.forbids(extrapolated)) {
            return Evaluation.infeasible(Extrapolation.FORBIDDEN, objectives.size(), constraints.size())
                    .withPayload(metrics);
        }
        double low = metrics.get(Metric.ACCURACY_LOW);
        double[] f = new double[objectives.size()];
        for (int i = 0; i < f.length; i++) {
            Objective o = objectives.get(i);
            double v = extrapolation.value(o.metric(), metrics.get(o.metric()), low, extrapolated);
            if (Double.isNaN(v)) {
                return Evaluation.infeasible(
                                o.metric().key() + ": the model gives no value for this hardware",
                                objectives.size(),
                                constraints.size())
                        .withPayload(metrics);
            }
            f[i] = o.maximize() ? -v : v;
        }
        double[] violations = new double[constraints.size()];
        for (int i = 0; i < violations.length; i++) {
            Constraint c = constraints.get(i);
            violations[i] = c.violation(extrapolation.value(c.metric(), metrics.get(c.metric()), low, extrapolated));
        }
        return new Evaluation(f, violations, null, metrics);
    }

    @Override
    public PayloadColumns payloadColumns() {
        return MetricColumns.INSTANCE;
    }

    /**
     * The hypervolume of the study's objectives: each objective is normalized from its ideal
     * value (0) to its reference value (1), and the reference point is (1, 1, 1).
     */
    public static HypervolumeIndicator hypervolume(List<Objective> objectives) {
        double[] ideal = new double[objectives.size()];
        double[] nadir = new double[objectives.size()];
        for (int i = 0; i < ideal.length; i++) {
            Objective o = objectives.get(i);
            ideal[i] = o.maximize() ? -o.ideal() : o.ideal();
            nadir[i] = o.maximize() ? -o.reference() : o.reference();
        }
        return HypervolumeIndicator.of(ideal, nadir, 1.0);
    }
}
