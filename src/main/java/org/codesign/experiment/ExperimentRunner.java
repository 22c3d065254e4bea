package org.codesign.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.codesign.eval.AppVersion;
import org.codesign.eval.Evaluator;
import org.codesign.study.Study;
import org.codesign.study.StudyFormatException;

/**
 * Runs any experiment: every arm once per seed, each with the same budget, then the experiment's
 * analysis; writes the report, {@code report.md} and the PNG plots, in one folder.
 */
public final class ExperimentRunner {
    private ExperimentRunner() {}

    /**
     * @param command the command line that reproduces this report (quoted in it)
     * @return the report file
     */
    public static Path run(
            Experiment experiment,
            ExperimentSettings settings,
            SampleSource samples,
            Path out,
            String command,
            Consumer<String> log)
            throws IOException, StudyFormatException {
        if (settings.evaluations() < experiment.minimumEvaluations()) {
            throw new IllegalArgumentException("evaluations: " + experiment.name() + " needs at least "
                    + experiment.minimumEvaluations() + " evaluations per run, got " + settings.evaluations());
        }
        long start = System.nanoTime();
        ReportBody body = body(experiment, settings, samples, log);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Files.createDirectories(out);
        List<String> written = new ArrayList<>();
        for (Plot plot : body.plots()) {
            PlotWriter.write(plot, out.resolve(plot.file()));
            written.add(plot.file());
        }
        Path report = out.resolve("report.md");
        Files.writeString(
                report,
                header(experiment, settings, command, millis) + claims(body) + body.markdown(),
                StandardCharsets.UTF_8);
        log.accept("wrote " + report + (written.isEmpty() ? "" : " and " + String.join(", ", written)));
        return report;
    }

    /**
     * Runs the arms, seeds outer, arms inner, and returns the analysis' report body (with the
     * hypervolume plot when the experiment asks for it).
     *
     * @param log one line per finished run, for progress output
     */
    /** Evaluations of each arm's untimed warm-up run. */
    static final int WARM_UP_EVALUATIONS = 20;

    /**
     * Runs every arm once, untimed and discarded (seed 0, its own empty mapping cache), so the
     * JVM's class loading and compilation are not charged to whichever arm of a timed experiment
     * runs first: without it the first arm of seed 1 took 2–5× its time on the other seeds.
     */
    private static void warmUp(
            Experiment experiment,
            Map<String, Study> studies,
            int budget,
            int threads,
            int population,
            Consumer<String> log) {
        for (Arm arm : experiment.arms()) {
            Study study = studies.get(arm.sample());
            arm.run(study, Evaluators.cold(study.model()), budget, 0, threads, population);
        }
        log.accept("warm-up: every arm once, " + budget + " evaluations, untimed");
    }

    public static ReportBody body(
            Experiment experiment, ExperimentSettings settings, SampleSource samples, Consumer<String> log)
            throws StudyFormatException {
        Map<String, Study> studies = new LinkedHashMap<>();
        for (String sample : experiment.samples()) {
            studies.put(sample, samples.load(sample));
        }
        experiment.check().accept(studies);
        int budget = settings.evaluations();
        int population = settings.population(experiment.population());
        int[] checkpoints = Fronts.checkpoints(budget, experiment.hypervolume().points());
        Map<String, List<double[]>> hypervolume = new LinkedHashMap<>();
        experiment.arms().forEach(a -> hypervolume.put(a.label(), new ArrayList<>()));
        if (experiment.cold()) {
            int warm = Math.min(budget, Math.max(WARM_UP_EVALUATIONS, experiment.minimumEvaluations()));
            warmUp(experiment, studies, warm, settings.threads(), population, log);
        }
        List<Map<String, Outcome>> bySeed = new ArrayList<>();
        for (long seed : settings.seedList()) {
            Map<String, Outcome> outcomes = new LinkedHashMap<>();
            for (Arm arm : experiment.arms()) {
                Study study = studies.get(arm.sample());
                Evaluator evaluator =
                        experiment.cold() ? Evaluators.cold(study.model()) : Evaluators.shared(study.model());
                Outcome o = arm.run(study, evaluator, budget, seed, settings.threads(), population);
                outcomes.put(arm.label(), o);
                double[] curve = Fronts.hypervolumeCurve(o.points(), study.objectives(), checkpoints);
                hypervolume.get(arm.label()).add(curve);
                log.accept(String.format(
                        Locale.ROOT,
                        "seed %d %s: %d evaluations in %.1f s, HV %.4f",
                        seed,
                        arm.label(),
                        o.evaluations(),
                        o.elapsedMs() / 1000.0,
                        curve[curve.length - 1]));
            }
            bySeed.add(outcomes);
        }
        ReportBody body = experiment
                .analysis()
                .report(new Runs(experiment, settings, studies, bySeed, checkpoints, hypervolume, log));
        if (experiment.hypervolume().plotTitle() == null) {
            return body;
        }
        List<Plot> plots = new ArrayList<>(body.plots());
        plots.add(Figures.curves(
                "hypervolume.png",
                experiment.hypervolume().plotTitle(),
                "hypervolume",
                checkpoints,
                hypervolume,
                Map.of()));
        return new ReportBody(body.markdown(), plots, body.claims());
    }

    static String header(Experiment e, ExperimentSettings s, String command, long millis) {
        Markdown md = new Markdown();
        md.p("# " + e.title());
        md.p("All numbers below come from Co-Design Explorer's *simulated* models (the accuracy surrogate and "
                + "the cost models), not from measurements. Sample"
                + (e.samples().size() > 1 ? "s" : "") + ": "
                + String.join(
                        ", ",
                        e.samples().stream().map(n -> "`samples/" + n + "`").toList()) + ".");
        md.p("Reproduce with (from the repository root, after `mvn -o -q package -DskipTests`):");
        md.code(command);
        md.p("Settings: " + s.seeds() + " seed" + (s.seeds() > 1 ? "s" : "") + " (1–" + s.seeds() + "), "
                + s.evaluations() + " evaluations per run, " + s.effectiveThreads() + " worker threads; the whole "
                + "experiment took " + Fmt.seconds(millis) + " of wall-clock time. Results depend on the seeds and "
                + "the budget only, not on the thread count; times depend on the machine. Co-Design Explorer "
                + AppVersion.current() + ".");
        return md.toString();
    }

    static String claims(ReportBody body) {
        if (body.claims().isEmpty()) {
            return "";
        }
        Markdown md = new Markdown();
        md.h2("The paper's claim and what our model shows");
        List<List<String>> rows = new ArrayList<>();
        for (ReportBody.Claim c : body.claims()) {
            rows.add(List.of(c.measure(), c.paper(), c.ours(), c.verdict()));
        }
        md.table(List.of("measure", "paper", "this model (mean ± sd over seeds)", "verdict"), rows);
        return md.toString();
    }
}
