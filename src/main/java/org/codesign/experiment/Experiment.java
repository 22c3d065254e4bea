package org.codesign.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.codesign.search.codesign.RunSpec;
import org.codesign.study.Study;

/**
 * One published comparison, reproduced on bundled samples, as data: the searches it compares
 * ({@link Arm}s: sample × mode × algorithm), run by {@link ExperimentRunner} once per seed with
 * the same budget, and the analysis that turns their outcomes into the report's tables, plots
 * and claims. Built with {@link #named} and the {@code with} methods.
 *
 * @param defaults seeds and evaluations per run when the user gives none (threads 0 = all cores)
 * @param minimumEvaluations the smallest useful evaluation budget per run
 * @param population the NSGA-II population the arms prefer (capped by {@link ExperimentSettings#population})
 * @param cold whether every search gets an empty mapping cache of its own, so that its time counts every
 *     mapping it needs (otherwise the JVM-wide cache is shared)
 * @param hypervolume where the runner measures each arm's hypervolume, and its plot
 * @param check refuses samples the experiment cannot compare, before anything runs
 */
public record Experiment(
        String name,
        String title,
        ExperimentSettings defaults,
        int minimumEvaluations,
        int population,
        boolean cold,
        List<Arm> arms,
        HypervolumePlot hypervolume,
        Consumer<Map<String, Study>> check,
        Analysis analysis) {

    /** The experiment-specific part: the report body (everything after the common header) of the runs. */
    @FunctionalInterface
    public interface Analysis {
        ReportBody report(Runs runs);
    }

    /**
     * Each arm's hypervolume (in its own study's objectives) at {@code points} checkpoints, and
     * the plot {@code hypervolume.png} of them titled {@code plotTitle} (null: no plot).
     */
    public record HypervolumePlot(int points, String plotTitle) {}

    public Experiment {
        arms = List.copyOf(arms);
    }

    /**
     * An experiment with no arms yet: 5 seeds × 1000 evaluations, at least 20, the product's
     * population, hypervolume at 100 checkpoints and no plot of it.
     */
    public static Experiment named(String name, String title) {
        return new Experiment(
                name,
                title,
                new ExperimentSettings(5, 1000, RunSpec.DEFAULT_THREADS),
                20,
                RunSpec.DEFAULTS.population(),
                false,
                List.of(),
                new HypervolumePlot(100, null),
                studies -> {},
                runs -> new ReportBody("", List.of(), List.of()));
    }

    /** The sample files (bundled names) the arms run on, in the order they first appear. */
    public List<String> samples() {
        return arms.stream().map(Arm::sample).distinct().toList();
    }

    public Experiment withDefaults(int seeds, int evaluations) {
        return new Experiment(
                name,
                title,
                new ExperimentSettings(seeds, evaluations, RunSpec.DEFAULT_THREADS),
                minimumEvaluations,
                population,
                cold,
                arms,
                hypervolume,
                check,
                analysis);
    }

    public Experiment withMinimumEvaluations(int n) {
        return new Experiment(name, title, defaults, n, population, cold, arms, hypervolume, check, analysis);
    }

    public Experiment withPopulation(int p) {
        return new Experiment(name, title, defaults, minimumEvaluations, p, cold, arms, hypervolume, check, analysis);
    }

    public Experiment withColdCaches() {
        return new Experiment(
                name, title, defaults, minimumEvaluations, population, true, arms, hypervolume, check, analysis);
    }

    public Experiment withArms(Arm... more) {
        List<Arm> all = new ArrayList<>(arms);
        all.addAll(List.of(more));
        return new Experiment(
                name, title, defaults, minimumEvaluations, population, cold, all, hypervolume, check, analysis);
    }

    public Experiment withHypervolume(int points, String plotTitle) {
        return new Experiment(
                name,
                title,
                defaults,
                minimumEvaluations,
                population,
                cold,
                arms,
                new HypervolumePlot(points, plotTitle),
                check,
                analysis);
    }

    public Experiment withCheck(Consumer<Map<String, Study>> c) {
        return new Experiment(
                name, title, defaults, minimumEvaluations, population, cold, arms, hypervolume, c, analysis);
    }

    public Experiment withAnalysis(Analysis a) {
        return new Experiment(name, title, defaults, minimumEvaluations, population, cold, arms, hypervolume, check, a);
    }
}
