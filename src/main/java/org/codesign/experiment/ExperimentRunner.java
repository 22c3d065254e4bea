package org.codesign.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.codesign.eval.AppVersion;
import org.codesign.study.StudyFormatException;

/** Runs an experiment and writes its report: {@code report.md} and the PNG plots, in one folder. */
public final class ExperimentRunner {
    private ExperimentRunner() {}

    /**
     * @param command the command line that reproduces this report (quoted in it)
     * @return the report file
     */
    public static Path run(Experiment experiment, ExperimentSettings settings, SampleSource samples, Path out,
                           String command, Consumer<String> log) throws IOException, StudyFormatException {
        if (settings.evaluations() < experiment.minimumEvaluations()) {
            throw new IllegalArgumentException("evaluations: " + experiment.name() + " needs at least "
                    + experiment.minimumEvaluations() + " evaluations per run, got " + settings.evaluations());
        }
        long start = System.nanoTime();
        ReportBody body = experiment.run(settings, samples, log);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Files.createDirectories(out);
        List<String> written = new ArrayList<>();
        for (Plot plot : body.plots()) {
            PlotWriter.write(plot, out.resolve(plot.file()));
            written.add(plot.file());
        }
        Path report = out.resolve("report.md");
        Files.writeString(report, header(experiment, settings, command, millis) + claims(body) + body.markdown(),
                StandardCharsets.UTF_8);
        log.accept("wrote " + report + (written.isEmpty() ? "" : " and " + String.join(", ", written)));
        return report;
    }

    static String header(Experiment e, ExperimentSettings s, String command, long millis) {
        Markdown md = new Markdown();
        md.p("# " + e.title());
        md.p("All numbers below come from Co-Design Explorer's *simulated* models (the accuracy surrogate and "
                + "the cost models), not from measurements. Sample" + (e.samples().size() > 1 ? "s" : "") + ": "
                + String.join(", ", e.samples().stream().map(n -> "`samples/" + n + "`").toList()) + ".");
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
