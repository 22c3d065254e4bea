package org.codesign.search.nlp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.codesign.cost.relax.RelaxedModel;
import org.codesign.search.AlgorithmState;
import org.codesign.search.Individual;
import org.codesign.search.LocalSearchConfig;
import org.codesign.search.Problem;
import org.codesign.search.RunSettings;
import org.codesign.search.SearchAlgorithm;
import org.codesign.search.SearchContext;
import org.codesign.search.StepReport;
import org.codesign.space.Dataflow;

/**
 * See {@link NlpLocalConfig}. One step per phase action, each reporting its phase in the step's
 * message ("relax", "solve 2/4", "round", "refine"): building the relaxed models, one solve of
 * every dataflow's sweep (the dataflows in parallel, on the run's threads), rounding every
 * solution, evaluating the rounded designs in one batch, then the local search's rounds from
 * them. Relax and solve evaluate nothing (they use the relaxed model only). The run's seed decides
 * the solves' starting points and the walkers' restart order; the thread count changes neither.
 * A checkpoint taken before the refinement restarts the pipeline, which is deterministic, and the
 * rounded designs' evaluations come back from the cache.
 */
final class NlpLocalSearch implements SearchAlgorithm {
    /**
     * New neighbours each refining walker evaluates per round (first improvement): the rounded
     * designs start near the front, so a walker moves after a few neighbours instead of all of its
     * ~13, and the run's snapshots come every 16 evaluations instead of ~40 (NlpSpeedBench,
     * BENCHMARKS.md). Four walkers × 4 keep both worker threads busy.
     */
    static final int REFINE_SCAN = 4;

    private final NlpPlan plan;
    private final LocalSearchConfig local;
    private final Problem problem;
    private final RunSettings settings;
    private final List<FrontSweep> sweeps = new ArrayList<>();
    private final SplittableRandom random;
    private int solved;
    private List<int[]> rounded;
    private SearchAlgorithm refine;

    NlpLocalSearch(NlpPlan plan, LocalSearchConfig local, Problem problem, RunSettings settings) {
        this.plan = plan;
        this.local = local.scan() > 0 ? local : local.withScan(REFINE_SCAN);
        this.problem = problem;
        this.settings = settings;
        this.random = new SplittableRandom(settings.seed());
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
                        plan.solves(),
                        random.split()));
            }
            return note("relax: " + sweeps.size() + " dataflow" + (sweeps.size() == 1 ? "" : "s") + ", " + vars
                    + " variables each");
        }
        if (solved < plan.solves()) {
            solveInParallel();
            solved++;
            return note("solve " + solved + "/" + plan.solves() + " (" + sweeps.size() + " dataflows)");
        }
        if (rounded == null) {
            // a step of its own, so the card shows "round" while the batch below is evaluated
            rounded = round();
            return note("round: " + rounded.size() + " designs");
        }
        List<int[]> affordable = rounded.subList(0, Math.min(rounded.size(), ctx.remainingBudget()));
        List<Individual> evaluated = ctx.evaluate(affordable);
        List<int[]> seeds = SeedOrder.order(evaluated, local.starts(), random);
        refine = local.withSeeds(seeds).create(problem, settings);
        return StepReport.of(
                evaluated, List.of(), evaluated, false, "round: " + evaluated.size() + " designs evaluated");
    }

    /** The next solve of every dataflow's sweep, each sweep on one thread (they share nothing). */
    private void solveInParallel() {
        int threads = Math.min(settings.threads(), sweeps.size());
        if (threads <= 1) {
            sweeps.forEach(FrontSweep::next);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<EpsilonSolver.Solution>> done = new ArrayList<>();
            for (FrontSweep s : sweeps) {
                done.add(pool.submit(s::next));
            }
            for (Future<EpsilonSolver.Solution> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("nlp-local: interrupted while solving", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
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
