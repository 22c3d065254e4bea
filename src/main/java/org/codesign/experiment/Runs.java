package org.codesign.experiment;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.codesign.eval.Evaluator;
import org.codesign.study.Study;

/**
 * What an experiment's searches found, for its analysis: per seed (1, 2, ...) each arm's outcome,
 * the sample studies, and each arm's hypervolume curves.
 *
 * @param bySeed per seed, the outcomes by arm label, in arm order
 * @param checkpoints the evaluation counts of the hypervolume curves
 * @param hypervolume per arm label, one curve per seed
 * @param log progress lines
 */
public record Runs(
        Experiment experiment,
        ExperimentSettings settings,
        Map<String, Study> studies,
        List<Map<String, Outcome>> bySeed,
        int[] checkpoints,
        Map<String, List<double[]>> hypervolume,
        Consumer<String> log) {

    public int budget() {
        return settings.evaluations();
    }

    /** The NSGA-II population the arms ran with. */
    public int population() {
        return settings.population(experiment.population());
    }

    /** The study of the experiment's first sample. */
    public Study study() {
        return study(experiment.samples().get(0));
    }

    public Study study(String sample) {
        return studies.get(sample);
    }

    /** The product's evaluator of a sample (the JVM-wide mapping cache). */
    public Evaluator evaluator(String sample) {
        return Evaluators.shared(study(sample).model());
    }

    /** An arm's outcomes, one per seed. */
    public List<Outcome> outcomes(String arm) {
        return bySeed.stream().map(m -> m.get(arm)).toList();
    }

    /** An arm's outcome with seed 1. */
    public Outcome first(String arm) {
        return bySeed.get(0).get(arm);
    }
}
