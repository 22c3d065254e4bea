package org.codesign.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.Evaluator;
import org.codesign.search.Individual;
import org.codesign.search.Nsga2Config;
import org.codesign.search.RunSettings;
import org.codesign.search.RunSnapshot;
import org.codesign.search.SearchRun;
import org.codesign.search.SimplexWeights;
import org.codesign.search.codesign.CodesignProblem;
import org.codesign.search.codesign.CodesignRun;
import org.codesign.search.codesign.FixedGenesProblem;
import org.codesign.search.codesign.RunSpec;
import org.codesign.space.CodesignSpace;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.Study;
import org.codesign.study.StudyRuns;

/** The searches the experiments compare, each returning an {@link Outcome}. */
final class Searches {
    private Searches() {}

    /** The product's NSGA-II operators in words, for the reports (e.g. "two-point crossover 0.9, ..."). */
    static String nsga2Operators() {
        RunSpec d = RunSpec.DEFAULTS;
        return RunSpec.crossoverLabel(d.crossover()) + " crossover " + d.crossoverRate()
                + ", one gene mutated on average";
    }

    /** A run of the study's problem as the GUI and {@code codesign run} would start it. */
    static Outcome run(Study study, RunSpec request, Evaluator evaluator, String method) {
        try (CodesignRun run = StudyRuns.newRun(study, request, evaluator)) {
            List<double[]> timeline = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            run.addListener(
                    s -> timeline.add(new double[] {s.evaluations(), s.elapsed().toMillis()}));
            RunSnapshot end = run.runToEnd();
            return new Outcome(
                    method,
                    request.seed(),
                    StudyRuns.points(run.evaluatedPoints()),
                    end.elapsed().toMillis(),
                    List.copyOf(timeline));
        }
    }

    /**
     * The weighted-sum baseline: {@code weightCount} weight vectors spread over the simplex share
     * the budget; for each, a single-objective genetic algorithm (NSGA-II on one objective, the
     * same operators as the multi-objective runs) minimizes the normalized weighted sum. The
     * outcome lists every point of every weight's run, in the order they ran.
     */
    static Outcome weightedSum(
            String method,
            Study study,
            CodesignMode mode,
            Evaluator evaluator,
            int budget,
            long seed,
            int threads,
            int population,
            int weightCount) {
        CodesignProblem problem =
                new CodesignProblem(study.space(), study.objectives(), study.constraints(), evaluator);
        FixedGenesProblem free = FixedGenesProblem.compact(problem, fixedGenes(study, mode));
        double[][] weights =
                SimplexWeights.spread(weightCount, study.objectives().size());
        var bounds = CodesignProblem.hypervolume(study.objectives()).bounds();
        RunSpec defaults = RunSpec.DEFAULTS;
        List<EvaluatedPoint> points = new ArrayList<>();
        long elapsed = 0;
        for (int k = 0; k < weights.length; k++) {
            int share = budget / weights.length + (k < budget % weights.length ? 1 : 0);
            if (share < 1) {
                continue;
            }
            Nsga2Config ga = Nsga2Config.defaults()
                    .withPopulation(Math.max(4, Math.min(population, share / 3)))
                    .withCrossover(defaults.crossover(), defaults.crossoverRate())
                    .withMutation(defaults.mutation());
            // A one-objective run keeps no Pareto archive: the population is the result.
            RunSettings settings = new RunSettings(
                    seed * 1000 + k,
                    share,
                    threads == 0 ? Runtime.getRuntime().availableProcessors() : threads,
                    0,
                    null);
            try (SearchRun run = new SearchRun(new WeightedSumProblem(free, weights[k], bounds), ga, settings)) {
                RunSnapshot end = run.runToEnd();
                elapsed += end.elapsed().toMillis();
                int offset = points.size();
                for (Individual ind : run.evaluatedPoints()) {
                    points.add(StudyRuns.point(new Individual(
                            free.toFull(ind.genome()), ind.evaluation(), offset + ind.index(), ind.step())));
                }
            }
        }
        return new Outcome(method, seed, points, elapsed);
    }

    /** Per joint gene its fixed value, or -1: the network genes of hardware-only runs, the hardware genes of network-only ones. */
    static int[] fixedGenes(Study study, CodesignMode mode) {
        CodesignSpace space = study.space();
        int[] fixed = new int[space.genomeLength()];
        Arrays.fill(fixed, -1);
        int n = space.network().design().genomeLength();
        switch (mode) {
            case JOINT -> {}
            case HARDWARE_ONLY -> {
                if (study.fixedNetwork() == null) {
                    throw new IllegalArgumentException("fixedNetwork: hardware-only searches need a fixed network");
                }
                System.arraycopy(space.network().encode(study.fixedNetwork()), 0, fixed, 0, n);
            }
            case NETWORK_ONLY -> {
                if (study.fixedHardware() == null) {
                    throw new IllegalArgumentException("fixedHardware: network-only searches need a fixed hardware");
                }
                int[] h = space.hardware().encode(study.fixedHardware());
                System.arraycopy(h, 0, fixed, n, h.length);
            }
            case SEQUENTIAL ->
                throw new IllegalArgumentException("mode: the weighted sum runs in one phase, not " + "sequential");
        }
        return fixed;
    }
}
