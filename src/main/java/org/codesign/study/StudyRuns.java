package org.codesign.study;

import java.util.List;
import org.codesign.eval.Evaluator;
import org.codesign.eval.Metric;
import org.codesign.search.Evaluation;
import org.codesign.search.Individual;
import org.codesign.search.codesign.CodesignProblem;
import org.codesign.search.codesign.CodesignRun;
import org.codesign.search.codesign.PointMetrics;
import org.codesign.search.codesign.RunSpec;

/** Starting runs of a study and keeping what they found in it. */
public final class StudyRuns {
    private StudyRuns() {}

    /**
     * A run of the study's problem (its spaces, objectives, constraints and fixed sides).
     *
     * @throws IllegalArgumentException naming the field when the study cannot be searched this way
     */
    public static CodesignRun newRun(Study study, RunSpec request, Evaluator evaluator) {
        CodesignProblem problem = new CodesignProblem(
                study.space(),
                study.objectives(),
                study.constraints(),
                evaluator,
                study.model().extrapolation());
        return new CodesignRun(problem, request, study.fixedNetwork(), study.fixedHardware());
    }

    /** The stored form of evaluated points (a view of {@link #columns}). */
    public static List<EvaluatedPoint> points(List<Individual> individuals) {
        return columns(individuals).asList();
    }

    /** The stored form of evaluated points as columns: no object per point is kept. */
    public static RunPoints columns(List<Individual> individuals) {
        RunPoints.Builder b = RunPoints.builder();
        addTo(b, individuals);
        return b.build();
    }

    /** Appends evaluated points to a table as its rows (a live run's growing table). */
    public static void addTo(RunPoints.Builder b, Iterable<Individual> individuals) {
        double[] metrics = new double[Metric.values().length];
        for (Individual ind : individuals) {
            Evaluation e = ind.evaluation();
            java.util.Arrays.fill(metrics, Double.NaN);
            if (e.payload() instanceof PointMetrics pm) {
                pm.values().forEach((m, v) -> metrics[m.ordinal()] = v);
            }
            int[] genome = ind.genome();
            double violation = e.infeasibleReason() != null ? 0.0 : e.totalViolation();
            b.add(ind.index(), ind.step(), genome, genome.length, metrics, violation, e.infeasibleReason());
        }
    }

    public static EvaluatedPoint point(Individual ind) {
        Evaluation e = ind.evaluation();
        PointMetrics m = e.payload() instanceof PointMetrics pm ? pm : new PointMetrics(java.util.Map.of());
        double violation = e.infeasibleReason() != null ? 0.0 : e.totalViolation();
        return new EvaluatedPoint(ind.index(), ind.step(), ind.genome(), m.values(), violation, e.infeasibleReason());
    }

    /** A new run record for a spec (no points yet). */
    public static RunRecord record(String id, String name, RunSpec spec, String startedAt) {
        return new RunRecord(
                id,
                name,
                spec.algorithm().label(),
                spec.mode(),
                spec.seed(),
                spec.threads(),
                spec.budget(),
                spec.settings(),
                RunRecord.Status.RUNNING,
                startedAt,
                0,
                List.of(),
                List.of());
    }

    /** The spec a stored run was started with. */
    public static RunSpec request(RunRecord run) {
        return RunSpec.stored(run.algorithm(), run.mode(), run.budget(), run.seed(), run.threads(), run.settings());
    }

    /** A fresh run id not used in the study: run-1, run-2, ... */
    public static String nextId(Study study) {
        int n = study.runs().size() + 1;
        while (true) {
            String id = "run-" + n;
            if (study.runs().stream().noneMatch(r -> r.id().equals(id))) {
                return id;
            }
            n++;
        }
    }
}
