package org.codesign.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.codesign.cluster.ClusterMember;
import org.codesign.cluster.ClusterSettings;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.Evaluator;
import org.codesign.search.RunSnapshot;
import org.codesign.search.RunStatus;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.CodesignRun;
import org.codesign.search.codesign.RunSpec;
import org.codesign.study.ImportedArchitectures;
import org.codesign.study.RunPoints;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.codesign.study.StudyRuns;
import org.codesign.study.store.StudyLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code codesign run STUDY ...}: a search on a study's problem, headless, with a progress bar. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Run a search on a study and write run.json, front.csv and hypervolume.csv to --out.",
            "With --save the run is also appended to the study file; into a *.codesign.db",
            "its evaluations are committed as they arrive (at least every second).",
            "After every step the run's state goes to checkpoint.json in --out; --resume continues",
            "a stopped, cancelled or killed run from it with the settings it was started with.",
            "SIGINT/SIGTERM stop the run after its current step, save it and exit 130/143."
        })
final class RunCommand implements Callable<Integer> {

    @Parameters(paramLabel = "STUDY", description = "The study file (*.codesign.json or *.codesign.db).")
    Path studyFile;

    @Option(
            names = "--algorithm",
            description = "nsga2, local, pareto-local, random or exhaustive (required unless --resume).")
    String algorithm;

    @Option(names = "--evaluations", paramLabel = "N", description = "Evaluation budget (required unless --resume).")
    Integer evaluations;

    @Option(
            names = "--population",
            paramLabel = "P",
            defaultValue = "" + RunSpec.DEFAULT_POPULATION,
            description = "NSGA-II population (default ${DEFAULT-VALUE}).")
    int population;

    @Option(
            names = "--crossover",
            defaultValue = RunSpec.DEFAULT_CROSSOVER,
            description = "NSGA-II crossover: two-point or uniform (default ${DEFAULT-VALUE}).")
    String crossover;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "" + RunSpec.DEFAULT_SEED,
            description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--threads",
            paramLabel = "T",
            defaultValue = "" + RunSpec.DEFAULT_THREADS,
            description = "Worker threads; 0 = all cores (default).")
    int threads;

    @Option(
            names = "--mode",
            defaultValue = RunSpec.DEFAULT_MODE,
            description = "joint, network-only, hardware-only or sequential (default ${DEFAULT-VALUE}).")
    String mode;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Folder for run.json, front.csv, hypervolume.csv, checkpoint.json"
                    + " (required unless --resume, which writes to the resumed folder by default).")
    Path out;

    @Option(
            names = "--resume",
            paramLabel = "DIR_OR_RUN",
            description = "Continue the run whose checkpoint.json is in this folder (or is this file).")
    Path resume;

    /** Cancels after this many steps, as Ctrl-C would (tests interrupt runs with it). */
    @Option(names = "--cancel-after-steps", hidden = true, paramLabel = "K")
    Integer cancelAfterSteps;

    @Spec
    CommandSpec spec;

    @Option(names = "--save", description = "Also append the run to the study file.")
    boolean save;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    /** With --cluster the designs are evaluated by the cluster's workers; this process writes the study. */
    @Mixin
    ClusterOptions cluster;

    @Override
    public Integer call() throws Exception {
        // A store appends the run by itself: its earlier runs need not be read (they may be large).
        Study study = StudyLoader.isStore(studyFile) ? StudyLoader.definition(studyFile) : StudyLoader.load(studyFile);
        List<String> problems = study.space().validate();
        if (!problems.isEmpty()) {
            throw new UserError(studyFile.getFileName() + ": the study cannot be searched until these are fixed: "
                    + String.join("; ", problems));
        }
        List<String> imported =
                ImportedArchitectures.problems(study, studyFile.toAbsolutePath().getParent());
        if (!imported.isEmpty()) {
            throw new UserError(studyFile.getFileName() + ": the study's Timeloop architecture cannot be read: "
                    + String.join("; ", imported));
        }
        CheckpointFile resumed = resume == null ? null : CheckpointFile.read(CheckpointFile.locate(resume));
        RunSpec request = resumed == null ? newRequest() : ResumeOptions.request(spec, resumed.checkpoint());
        if (out == null) {
            if (resume == null) {
                throw new UserError("--out: missing (the folder for the run's files)");
            }
            out = Files.isDirectory(resume) ? resume : resume.toAbsolutePath().getParent();
        }
        Files.createDirectories(out);
        CheckpointFile.removeStale(out);
        Evaluator evaluator =
                Models.evaluator(study.model(), studyFile.toAbsolutePath().getParent());
        String startedAt = resumed == null ? Instant.now().toString() : resumed.startedAt();
        List<double[]> hypervolume = new ArrayList<>(resumed == null ? List.of() : resumed.hypervolume());
        RunSnapshot end;
        RunSignals.Stop stopped;
        boolean intoStore = save && StudyLoader.isStore(studyFile);
        ClusterSettings clusterSettings = cluster.given() ? clusterSettings(study) : null;
        try (CodesignRun run = StudyRuns.newRun(study, request, evaluator);
                ClusterMember coordinator =
                        clusterSettings == null ? null : ClusterMember.coordinator(clusterSettings);
                StoreSave stored = intoStore
                        ? StoreSave.begin(
                                studyFile,
                                resumed == null ? null : resumed.storeRun(),
                                runName(request),
                                request,
                                startedAt)
                        : null;
                RunSignals signals = RunSignals.install(run::cancel)) {
            if (coordinator != null) {
                run.evaluateOn(
                        coordinator.batches(study.model().mapperObjective()).notifying(System.err::println));
            }
            if (resumed != null) {
                ResumeOptions.restore(run, resumed.checkpoint(), resume);
                resumed = null; // the run copied the checkpoint's points: a million of them are not kept twice
            }
            if (stored != null) {
                run.addListener(stored::onSnapshot);
            }
            CheckpointWriter checkpoints =
                    new CheckpointWriter(out, startedAt, hypervolume, stored == null ? null : stored.runId());
            run.addListener(checkpoints::onSnapshot);
            run.addCheckpointListener(checkpoints::onCheckpoint);
            if (cancelAfterSteps != null) {
                run.addListener(s -> {
                    if (s.step() >= cancelAfterSteps) {
                        run.cancel();
                    }
                });
            }
            ProgressBar bar = progressBar(request);
            run.addListener(s -> {
                synchronized (hypervolume) {
                    if (!Double.isNaN(s.hypervolume())
                            && (hypervolume.isEmpty()
                                    || hypervolume.get(hypervolume.size() - 1)[0] < s.evaluations())) {
                        hypervolume.add(new double[] {s.evaluations(), s.hypervolume()});
                    }
                }
                if (bar != null) {
                    bar.stepTo(s.evaluations());
                    bar.setExtraMessage(String.format(
                            java.util.Locale.ROOT,
                            "HV %.4f  front %d%s",
                            s.hypervolume(),
                            s.archive().size(),
                            s.message().isEmpty() ? "" : "  " + s.message()));
                }
            });
            try {
                end = run.runToEnd();
            } finally {
                if (bar != null) {
                    bar.close();
                }
            }
            // Columns, not a point object per evaluation: a million-evaluation run ends in 512 MB.
            RunPoints points = StudyRuns.columns(run.evaluatedPoints());
            String id = stored != null ? stored.runId() : StudyRuns.nextId(study);
            RunRecord record = StudyRuns.record(id, runName(request), request, startedAt)
                    .withColumns(points, status(end.status()), end.elapsed().toMillis(), hypervolume);
            if (stored != null) {
                stored.finish(record, points);
            }
            RunOutputs.write(out, study, record, end);
            if (save && !intoStore) {
                StudyFiles.save(study.withRun(record), studyFile);
            }
            System.err.printf(
                    java.util.Locale.ROOT,
                    "%s: %d evaluations, %d on the front, hypervolume %.4f, %.1f s%n",
                    end.status().name().toLowerCase(java.util.Locale.ROOT),
                    end.evaluations(),
                    end.archive().size(),
                    end.hypervolume(),
                    end.elapsed().toMillis() / 1000.0);
            System.err.println("wrote " + out.resolve("run.json") + ", front.csv, hypervolume.csv"
                    + (save ? "; saved the run as " + id + " in " + studyFile : ""));
            stopped = end.status() == RunStatus.CANCELLED ? signals.stop() : null;
            if (stopped != null) {
                System.err.println("stopped by " + stopped.signal() + "; continue the run with:");
                System.err.println("  " + resumeCommand());
            }
        }
        if (stopped != null) {
            return stopped.exitCode();
        }
        return end.status() == RunStatus.FAILED ? 1 : 0;
    }

    private ClusterSettings clusterSettings(Study study) {
        if (!study.model().builtinAccuracy()) {
            throw new UserError("--cluster: workers evaluate with the built-in accuracy model; this study uses "
                    + study.model().accuracyModel() + " (run it without --cluster)");
        }
        return cluster.settings();
    }

    private RunSpec newRequest() {
        if (algorithm == null || evaluations == null) {
            throw new UserError("--algorithm and --evaluations are required (unless --resume continues a run)");
        }
        return RunSpec.of(algorithm(), CodesignMode.parse(mode), evaluations, seed)
                .withThreads(threads)
                .withPopulation(population)
                .withCrossover(RunSpec.parseCrossover(crossover), RunSpec.DEFAULTS.crossoverRate());
    }

    private Algorithm algorithm() {
        try {
            return Algorithm.parse(algorithm);
        } catch (IllegalArgumentException e) {
            throw new UserError("--" + e.getMessage());
        }
    }

    private ProgressBar progressBar(RunSpec request) {
        if (quiet) {
            return null;
        }
        return new ProgressBarBuilder()
                .setTaskName(request.algorithm().label() + " " + request.mode().label())
                .setInitialMax(request.budget())
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .build();
    }

    static String runName(RunSpec r) {
        return r.algorithm().displayName() + " · " + r.mode().label() + " · seed " + r.seed();
    }

    static RunRecord.Status status(RunStatus s) {
        return switch (s) {
            case FINISHED -> RunRecord.Status.FINISHED;
            case CANCELLED -> RunRecord.Status.CANCELLED;
            case FAILED -> RunRecord.Status.FAILED;
            case PAUSED, NEW -> RunRecord.Status.PAUSED;
            case RUNNING -> RunRecord.Status.RUNNING;
        };
    }

    /** The exact command line that continues this run (settings come from the checkpoint). */
    String resumeCommand() {
        return "codesign run " + quoted(studyFile) + " --resume " + quoted(out);
    }

    private static String quoted(Path p) {
        String s = p.toString();
        return s.matches("[A-Za-z0-9_./:@%+=,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
