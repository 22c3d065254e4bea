package org.codesign.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.codesign.study.store.StudyCsv;
import org.codesign.study.store.StudyLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code codesign export STUDY --format json|csv}: a study (either format) as JSON or CSV. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Write a study (*.codesign.json or *.codesign.db) as a JSON study file, or every",
            "evaluation as CSV (one row each, metrics in SI units named in the column)."
        })
final class ExportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "STUDY", description = "The study (*.codesign.json or *.codesign.db).")
    Path source;

    @Option(names = "--format", required = true, description = "json or csv.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "The file to write (default: standard output).")
    Path out;

    @Option(
            names = "--selection",
            description = "With --format csv: only the points selected when the study was saved in the app.")
    boolean selection;

    @Override
    public Integer call() throws Exception {
        boolean csv = switch (format) {
            case "csv" -> true;
            case "json" -> false;
            default -> throw new UserError("--format: expected json or csv, got '" + format + "'");
        };
        if (selection && !csv) {
            throw new UserError("--selection: only with --format csv (a JSON study keeps its selection anyway)");
        }
        Study study = StudyLoader.load(source);
        if (!csv && out != null) {
            StudyFiles.save(study, out);
        } else if (out != null) {
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                StudyCsv.write(study, w, selection);
            }
        } else {
            Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            if (csv) {
                StudyCsv.write(study, w, selection);
            } else {
                w.write(StudyFiles.toJson(study));
                w.write(System.lineSeparator());
            }
            w.flush();
        }
        if (out != null) {
            System.err.println("wrote " + out);
        }
        return 0;
    }
}
