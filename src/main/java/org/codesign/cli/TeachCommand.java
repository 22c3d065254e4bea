package org.codesign.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.codesign.study.Study;
import org.codesign.study.store.StudyLoader;
import org.codesign.teaching.Handout;
import org.codesign.teaching.LessonSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code codesign teach STUDY --out DIR}: a handout of NSGA-II on a study, figures and questions. */
@Command(
        name = "teach",
        mixinStandardHelpOptions = true,
        description = {
            "Write a handout for a class: NSGA-II on the study for a few generations, the front of",
            "every generation as a PNG over the true front (exhaustive, for spaces up to 50,000",
            "designs), the hypervolume gap per generation, and questions.md with the answers of this run."
        })
final class TeachCommand implements Callable<Integer> {

    @Parameters(paramLabel = "STUDY", description = "The study (*.codesign.json or *.codesign.db).")
    Path source;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into.")
    Path out;

    @Option(
            names = "--generations",
            defaultValue = "8",
            description = "Generations to show (default ${DEFAULT-VALUE}).")
    int generations;

    @Option(
            names = "--population",
            defaultValue = "" + LessonSettings.DEFAULT_POPULATION,
            description = "NSGA-II population (default ${DEFAULT-VALUE}).")
    int population;

    @Option(names = "--seed", defaultValue = "1", description = "The run's seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (generations < 3) {
            throw new UserError(
                    "--generations: at least 3 (the questions ask about generations 1 to 3), got " + generations);
        }
        if (population < 4) {
            throw new UserError("--population: at least 4, got " + population);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserError("--out: " + out + " is a file, not a folder");
        }
        if (!Files.exists(source)) {
            throw new UserError(source + ": no such file");
        }
        Study study = StudyLoader.isStore(source) ? StudyLoader.definition(source) : StudyLoader.load(source);
        if (study.objectives().size() < 2) {
            throw new UserError(source + ": /objectives: the handout plots two objectives; the study has "
                    + study.objectives().size());
        }
        Path folder = source.toAbsolutePath().getParent();
        LessonSettings settings = new LessonSettings(
                population, seed, Math.max(LessonSettings.DEFAULT_BUDGET, population * (generations + 1)));
        String command = "codesign teach " + source + " --out " + out + " --generations " + generations
                + " --population " + population + " --seed " + seed;
        Handout.Written w =
                Handout.write(study, Models.evaluator(study.model(), folder), settings, generations, out, command);
        System.err.println("wrote " + w.figures().size() + " figures and " + w.questions() + " ("
                + w.generations() + " generations"
                + (w.trueFront()
                        ? ", with the true front"
                        : ", no true front: the " + "space is too large to enumerate")
                + ")");
        return 0;
    }
}
