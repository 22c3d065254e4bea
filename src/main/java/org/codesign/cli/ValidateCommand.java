package org.codesign.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.codesign.space.Sizes;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.codesign.study.store.StudyLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code codesign validate STUDY}: reads a study file and checks its spaces. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check a study file: its format, its spaces' value lists and its runs.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "STUDY", description = "The study file (*.codesign.json or *.codesign.db).")
    Path file;

    @Override
    public Integer call() throws Exception {
        Study study = StudyLoader.load(file);
        List<String> problems = study.space().validate();
        String name = file.getFileName().toString();
        if (StudyLoader.isStore(file) && problems.isEmpty()) {
            StudyFiles.checkPoints(name, study); // a JSON study's points were checked as it was read
        }
        if (!problems.isEmpty()) {
            System.err.println("codesign: " + name + ": " + located(problems.get(0)));
            problems.stream().skip(1).forEach(p -> System.err.println("  also: " + located(p)));
            return CodesignCli.BAD_INPUT;
        }
        long points = study.runs().stream().mapToLong(r -> r.points().size()).sum();
        System.out.println(name + ": OK — \"" + study.name() + "\"");
        System.out.println(
                "  network space:  " + study.networkSpace().template().name() + ", "
                        + Sizes.format(study.networkSpace().size()) + " configurations");
        System.out.println(
                "  hardware space: " + study.hardwareSpace().template().name() + ", "
                        + Sizes.format(study.hardwareSpace().size()) + " configurations");
        System.out.println("  objectives:     "
                + String.join(
                        ", ",
                        study.objectives().stream()
                                .map(o -> o.direction() + " " + o.metric().key())
                                .toList()));
        if (!study.constraints().isEmpty()) {
            System.out.println("  constraints:    "
                    + String.join(
                            ", ",
                            study.constraints().stream().map(c -> c.describe()).toList()));
        }
        System.out.println("  runs:           " + study.runs().size() + " (" + points + " evaluated points)");
        for (RunRecord r : study.runs()) {
            System.out.println("    " + r.id() + "  " + r.name() + "  " + r.algorithm() + "  "
                    + r.mode().label() + "  " + r.status().label() + "  "
                    + r.points().size() + " points");
        }
        return 0;
    }

    /** "network space: resolution: ..." as "/networkSpace/parameters/resolution: ...", the pointer into the file. */
    static String located(String problem) {
        for (String side : List.of("network", "hardware")) {
            String prefix = side + " space: ";
            if (problem.startsWith(prefix)) {
                String rest = problem.substring(prefix.length());
                int colon = rest.indexOf(": ");
                String pointer = "/" + side + "Space"
                        + (colon > 0 && !rest.substring(0, colon).contains(" ")
                                ? "/parameters/" + rest.substring(0, colon) + rest.substring(colon)
                                : ": " + rest);
                return pointer;
            }
        }
        return "/: " + problem;
    }
}
