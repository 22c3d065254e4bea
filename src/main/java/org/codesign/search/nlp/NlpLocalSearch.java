package org.codesign.search.nlp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.codesign.cost.relax.RelaxedModel;
import org.codesign.search.AlgorithmState;
import org.codesign.search.LocalSearchConfig;
import org.codesign.search.Problem;
import org.codesign.search.RunSettings;
import org.codesign.search.SearchAlgorithm;
import org.codesign.search.SearchContext;
import org.codesign.search.StepReport;
import org.codesign.space.Dataflow;

/**
 * See {@link NlpLocalConfig}. One step per phase action, each reporting its phase in the step's
 * message ("relax", "solve 2/9", "round", "refine"): building the relaxed models, one ε-constraint
 * solve, rounding every solution, then the local search's rounds. The first three phases evaluate
 * nothing (they use the relaxed model only); a checkpoint taken before the refinement restarts
 * them, which is deterministic.
 */
final class NlpLocalSearch implements SearchAlgorithm {
    private final NlpPlan plan;
    private final LocalSearchConfig local;
    private final Problem problem;
    private final RunSettings settings;
    private final List<FrontSweep> sweeps = new ArrayList<>();
    private int solved;
    private SearchAlgorithm refine;

    NlpLocalSearch(NlpPlan plan, LocalSearchConfig local, Problem problem, RunSettings settings) {
        this.plan = plan;
        this.local = local;
        this.problem = problem;
        this.settings = settings;
    }

    private int totalSolves() {
        return sweeps.size() * plan.solves();
    }

    @Override
    public StepReport step(SearchContext ctx) {
        if (refine != null) {
            StepReport r = refine.step(ctx);
            return new StepReport(
                    r.population(),
                    r.parents(),
                    r.offspring(),
                    r.finished(),
                    "refine" + (r.message().isEmpty() ? "" : ": " + r.message()));
        }
        if (sweeps.isEmpty()) {
            int vars = 0;
            for (Dataflow d : plan.choices().dataflows()) {
                RelaxedModel model =
                        new RelaxedModel(plan.network(), plan.choices().array(d));
                vars = model.size();
                sweeps.add(new FrontSweep(
                        new EpsilonSolver(model, plan.choices().range(d)),
                        plan.primary(),
                        plan.bounded(),
                        plan.solves()));
            }
            return note("relax: " + sweeps.size() + " dataflow" + (sweeps.size() == 1 ? "" : "s") + ", " + vars
                    + " variables each");
        }
        if (solved < totalSolves()) {
            sweeps.get(solved / plan.solves()).next();
            solved++;
            return note("solve " + solved + "/" + totalSolves());
        }
        List<int[]> seeds = round();
        refine = local.withSeeds(seeds).create(problem, settings);
        return note("round: " + seeds.size() + " designs");
    }

    /** Every sweep's solutions rounded to their nearest listed neighbours, duplicates dropped. */
    private List<int[]> round() {
        Set<List<Integer>> seen = new LinkedHashSet<>();
        List<int[]> seeds = new ArrayList<>();
        List<Dataflow> flows = plan.choices().dataflows();
        for (int k = 0; k < sweeps.size(); k++) {
            FrontSweep sweep = sweeps.get(k);
            Dataflow d = flows.get(k);
            for (EpsilonSolver.Solution s : sweep.solutions()) {
                for (Rounding.Rounded r : Rounding.nearest(plan.choices(), d, s.x(), plan.keep())) {
                    int[] hw = plan.choices().genes(sweep.solver().model().array(), r.sizes());
                    int[] genome = new int[plan.networkGenes() + hw.length];
                    System.arraycopy(hw, 0, genome, plan.networkGenes(), hw.length);
                    if (seen.add(java.util.Arrays.stream(genome).boxed().toList())) {
                        seeds.add(genome);
                    }
                }
            }
        }
        return seeds;
    }

    private static StepReport note(String message) {
        return StepReport.of(List.of(), List.of(), List.of(), false, message);
    }

    @Override
    public AlgorithmState save() {
        return refine == null ? new AlgorithmState.NotStarted() : refine.save();
    }

    @Override
    public void restore(AlgorithmState state, SearchContext ctx) {
        if (state instanceof AlgorithmState.NotStarted) {
            return;
        }
        refine = local.create(problem, settings);
        refine.restore(state, ctx);
    }
}
