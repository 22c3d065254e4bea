package org.codesign.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.codesign.search.codesign.CodesignCheckpoint;
import org.codesign.search.codesign.CodesignRun;
import org.codesign.search.codesign.RunSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code run --resume}: the settings come from the checkpoint. An option given on the command line
 * must agree with them (a resumed run with another seed or budget would be neither run); only
 * --threads may differ, since the result does not depend on it.
 */
final class ResumeOptions {
    private ResumeOptions() {}

    static RunSpec request(CommandSpec command, CodesignCheckpoint checkpoint) {
        RunSpec saved = checkpoint.spec();
        ParseResult given = command.commandLine().getParseResult();
        List<String> conflicts = new ArrayList<>();
        check(given, "--algorithm", saved.algorithm().label(), conflicts);
        check(given, "--evaluations", saved.budget(), conflicts);
        check(given, "--seed", saved.seed(), conflicts);
        check(given, "--mode", saved.mode().label(), conflicts);
        check(given, "--population", saved.population(), conflicts);
        check(given, "--crossover", RunSpec.crossoverLabel(saved.crossover()), conflicts);
        if (!conflicts.isEmpty()) {
            throw new UserError("--resume continues the run with the settings it was started with; "
                    + String.join("; ", conflicts) + " (leave these options out)");
        }
        return given.hasMatchedOption("--threads")
                ? saved.withThreads(given.matchedOptionValue("--threads", saved.threads()))
                : saved;
    }

    private static void check(ParseResult given, String option, Object saved, List<String> conflicts) {
        if (!given.hasMatchedOption(option)) {
            return;
        }
        Object value = given.matchedOptionValue(option, null);
        if (!Objects.equals(String.valueOf(value), String.valueOf(saved))) {
            conflicts.add(option + " " + value + " conflicts with the checkpoint's " + saved);
        }
    }

    static void restore(CodesignRun run, CodesignCheckpoint checkpoint, Path resume) {
        if (checkpoint.finished()) {
            throw new UserError("--resume: the run in " + resume + " already finished; there is nothing to continue");
        }
        try {
            run.restore(checkpoint);
        } catch (IllegalArgumentException e) {
            throw new UserError("--resume: " + resume + " does not fit this study: " + e.getMessage());
        }
    }
}
