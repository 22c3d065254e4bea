package org.codesign.experiment;

import java.util.List;
import org.codesign.cost.mapper.Mapper;
import org.codesign.cost.relax.RelaxedModel;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.Metric;
import org.codesign.eval.Objective;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.RunSpec;
import org.codesign.search.nlp.EpsilonSolver;
import org.codesign.search.nlp.FrontSweep;
import org.codesign.search.nlp.HardwareChoices;
import org.codesign.search.nlp.NlpPlan;
import org.codesign.space.Dataflow;
import org.codesign.study.Study;
import org.codesign.workload.Network;
import org.codesign.workload.NetworkBuilder;

/**
 * Our side of the DOSA-style comparison: {@code nlp-local} (relax, solve, round, refine) on the
 * hardware of a fixed network, minimizing latency and energy (their product is the EDP), and the
 * best EDP among the designs it evaluated. Its effort in model evaluations ({@link
 * ModelEvaluations}): every relaxed-model evaluation of its ε-constraint solves, plus the mapper's
 * layer analyses for every design it evaluated, in whole networks.
 */
final class NlpEdpRun {
    private NlpEdpRun() {}

    /** Walkers of the refining local search, as in the accelerator-dataflow experiment. */
    static final int WALKERS = 4;

    /**
     * The best EDP (mJ·ms), the model evaluations spent (relaxed + mapping), the designs the run
     * evaluated with the discrete model and the wall time.
     */
    record Result(
            double bestEdp,
            long modelEvaluations,
            long relaxedEvaluations,
            long mappingEvaluations,
            int designs,
            long elapsedMs) {}

    /**
     * The study's hardware-only problem with latency and energy as the objectives: the sample's
     * reference latency and the reference energy of its reference latency at its reference power.
     */
    static Study latencyAndEnergy(Study study) {
        double latencyRef = reference(study, Metric.LATENCY, 200.0);
        double powerRef = reference(study, Metric.POWER, 4.0);
        return study.withObjectives(
                List.of(
                        new Objective(Metric.LATENCY, false, 0.0, latencyRef),
                        new Objective(Metric.ENERGY, false, 0.0, latencyRef * powerRef)),
                List.of());
    }

    private static double reference(Study study, Metric m, double fallback) {
        return study.objectives().stream()
                .filter(o -> o.metric() == m)
                .mapToDouble(Objective::reference)
                .findFirst()
                .orElse(fallback);
    }

    static Result run(Study sample, int designs, long seed, int threads) {
        Study study = latencyAndEnergy(sample);
        Mapper mapper = new Mapper();
        RunSpec spec = RunSpec.of(Algorithm.NLP_LOCAL, CodesignMode.HARDWARE_ONLY, designs, seed)
                .withThreads(threads)
                .withStarts(WALKERS);
        Outcome o = Searches.run(study, spec, Evaluators.cold(study.model(), mapper), "nlp-local");
        double best = DosaEdpExperiment.bestEdp(o.points());
        Network network = NetworkBuilder.build(study.fixedNetwork());
        long relaxed = relaxedEvaluations(study, network);
        long mapping = ModelEvaluations.ofLayerAnalyses(
                mapper.analysedMappings(), RelaxedModel.shapes(network).size());
        return new Result(best, relaxed + mapping, relaxed, mapping, o.evaluations(), o.elapsedMs());
    }

    /**
     * The relaxed-model evaluations of nlp-local's solve phase for this study: its sweeps are
     * deterministic, so they are run again here, built as {@code NlpLocalSearch} builds them (one
     * {@link FrontSweep} of {@link NlpPlan#DEFAULT_SOLVES} solves per relaxable dataflow), and
     * their solvers' counts summed.
     */
    static long relaxedEvaluations(Study study, Network network) {
        HardwareChoices choices = new HardwareChoices(study.space().hardware());
        NlpPlan plan = new NlpPlan(
                network,
                choices,
                study.objectives().stream().map(Objective::metric).toList(),
                study.space().network().design().genomeLength(),
                NlpPlan.DEFAULT_SOLVES,
                NlpPlan.DEFAULT_KEEP);
        long total = 0;
        for (Dataflow d : choices.dataflows()) {
            EpsilonSolver solver = new EpsilonSolver(new RelaxedModel(network, choices.array(d)), choices.range(d));
            FrontSweep sweep = new FrontSweep(solver, plan.primary(), plan.bounded(), plan.solves());
            while (!sweep.done()) {
                sweep.next();
            }
            total += solver.evaluations();
        }
        return total;
    }
}
