package org.codesign.study.store;

import java.util.List;
import java.util.Map;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.Constraint;
import org.codesign.eval.Metric;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.RunRecord;
import org.codesign.study.Studies;
import org.codesign.study.Study;

/** Studies exercising every kind of value the store keeps. */
final class StoreFixtures {
    private StoreFixtures() {}

    static int genes() {
        return Studies.defaultStudy().space().genomeLength();
    }

    static EvaluatedPoint point(long index, double latency) {
        int[] genome = new int[genes()];
        genome[1] = (int) (index % 7);
        return new EvaluatedPoint(
                index,
                (int) (index / 10),
                genome,
                Map.of(Metric.ACCURACY, 76.123456789 + index, Metric.LATENCY, latency, Metric.POWER, 18.25),
                0.0,
                null);
    }

    /** Two runs: every metric kind, an infeasible point, typed settings, a hypervolume history. */
    static Study study() {
        Study base = Studies.defaultStudy();
        EvaluatedPoint all = new EvaluatedPoint(
                0,
                0,
                new int[genes()],
                Map.of(
                        Metric.ACCURACY, 0.1 + 0.2,
                        Metric.LATENCY, 12.5,
                        Metric.POWER, 1e-300,
                        Metric.ENERGY, 3.0,
                        Metric.EDP, 37.5,
                        Metric.AREA, 1.5e7,
                        Metric.MACS, 230_000_000.0,
                        Metric.PARAMS, 5_400_000.0),
                0.0,
                null);
        EvaluatedPoint infeasible =
                new EvaluatedPoint(1, 1, new int[genes()], Map.of(), 0.25, "global buffer cannot hold one row");
        RunRecord nsga = new RunRecord(
                "run-1",
                "NSGA-II seed 7",
                "nsga2",
                CodesignMode.JOINT,
                7,
                2,
                1000,
                Map.of("population", 40L, "crossoverRate", 0.9, "crossover", "uniform", "eliminateDuplicates", true),
                RunRecord.Status.PAUSED,
                "2026-11-23T05:00:00Z",
                1234,
                List.of(new double[] {40, 0.125}, new double[] {80, 0.25}),
                List.of(all, infeasible, point(2, 9.75)));
        RunRecord random = new RunRecord(
                "run-7",
                null,
                "random",
                CodesignMode.NETWORK_ONLY,
                -3,
                0,
                5,
                Map.of(),
                RunRecord.Status.FAILED,
                null,
                0,
                List.of(),
                List.of());
        return base.withRuns(List.of(nsga, random))
                .withObjectives(
                        base.objectives(),
                        List.of(Constraint.atMost(Metric.LATENCY, 30), new Constraint(Metric.ACCURACY, 70, 90)));
    }
}
