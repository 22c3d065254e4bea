package org.codesign.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.codesign.experiment.Experiment;
import org.codesign.experiment.ExperimentRunner;
import org.codesign.experiment.ExperimentSettings;
import org.codesign.experiment.Experiments;
import org.codesign.experiment.SampleSource;
import org.codesign.search.codesign.RunSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code codesign experiment NAME --out DIR}: a sample's published comparison, headless, as a Markdown report. */
@Command(
        name = "experiment",
        mixinStandardHelpOptions = true,
        description = {
            "Run a sample's published comparison over several seeds and write report.md and PNG plots " + "to --out.",
            "NAME is one of: edge-gpu-dvfs, accelerator-dataflow, nas-accelerator-joint, tea-dnn, classroom-small, "
                    + "dosa-edp."
        })
final class ExperimentCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", description = "The experiment (a sample's name, e.g. edge-gpu-dvfs).")
    String name;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for report.md and the PNGs.")
    Path out;

    @Option(
            names = "--seeds",
            paramLabel = "N",
            description = "Repetitions (seeds 1..N); default depends on the " + "experiment.")
    Integer seeds;

    @Option(
            names = "--evaluations",
            paramLabel = "N",
            description = "Evaluations per run (per method and seed); " + "default depends on the experiment.")
    Integer evaluations;

    @Option(
            names = "--threads",
            paramLabel = "T",
            defaultValue = "" + RunSpec.DEFAULT_THREADS,
            description = "Worker threads; 0 = all cores (default). Results do not depend on it.")
    int threads;

    @Option(
            names = "--samples",
            paramLabel = "DIR",
            description = "Read the sample studies from DIR instead of the copies bundled in the jar.")
    Path samplesDir;

    @Override
    public Integer call() throws Exception {
        // The plots are drawn with java.awt into images: never open a window.
        System.setProperty("java.awt.headless", "true");
        Experiment experiment = Experiments.byName(name);
        ExperimentSettings defaults = experiment.defaults();
        ExperimentSettings settings;
        try {
            settings = new ExperimentSettings(
                    seeds == null ? defaults.seeds() : seeds,
                    evaluations == null ? defaults.evaluations() : evaluations,
                    threads);
        } catch (IllegalArgumentException e) {
            throw new UserError("--" + e.getMessage());
        }
        if (settings.evaluations() < experiment.minimumEvaluations()) {
            throw new UserError("--evaluations: " + experiment.name() + " needs at least "
                    + experiment.minimumEvaluations() + " evaluations per run, got " + settings.evaluations());
        }
        SampleSource source = samplesDir == null ? SampleSource.bundled() : SampleSource.folder(samplesDir);
        String command = "java -jar target/codesign-explorer.jar experiment " + experiment.name() + " --out " + out
                + " --seeds " + settings.seeds() + " --evaluations " + settings.evaluations()
                + (samplesDir == null ? "" : " --samples " + samplesDir);
        System.err.println(experiment.name() + ": " + settings.seeds() + " seeds × " + settings.evaluations()
                + " evaluations per run on " + settings.effectiveThreads() + " threads");
        ExperimentRunner.run(experiment, settings, source, out, command, System.err::println);
        return 0;
    }
}
