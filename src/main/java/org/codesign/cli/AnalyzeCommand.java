package org.codesign.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.codesign.cost.loopnest.Analysis;
import org.codesign.cost.loopnest.AnalysisJson;
import org.codesign.cost.loopnest.LoopNestAnalyzer;
import org.codesign.cost.loopnest.MappingCase;
import org.codesign.cost.loopnest.MappingFileReader;
import org.codesign.study.Json;
import org.codesign.study.StudyFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code codesign analyze FILE}: evaluates the mapping in a mapping file (docs/mapping-format.md)
 * and prints the result in the shape of the file's {@code expected} block, followed by the relative
 * difference of every number when the file has such a block.
 */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = "Analyse a layer/architecture/mapping file with the loop-nest model and print the result "
                + "as JSON (with the relative difference to the file's expected block, if any).")
public final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "FILE",
            arity = "0..*",
            description = "mapping file (JSON, see docs/mapping-format.md); with --timeloop, Timeloop YAML files "
                    + "or directories")
    List<Path> files = new java.util.ArrayList<>();

    @Option(
            names = "--timeloop",
            description = "read Timeloop/Accelergy YAML inputs (architecture, problem, mapping, ERT, ART, or "
                    + "parsed-processed-input.yaml), merged by top-level key, a later file's key winning")
    boolean timeloop;

    @Option(
            names = "--check",
            arity = "0..1",
            fallbackValue = "",
            paramLabel = "STATS_FILE",
            description = "JSON: exit with status 1 when a count differs from the expected block or an energy/area "
                    + "is off by more than the tolerance. --timeloop: compare with a timeloop-model.stats.txt or "
                    + "timeloop-mapper.stats.txt and exit 1 on any difference")
    String check;

    @Option(
            names = "--tolerance",
            defaultValue = "0.005",
            description = "relative tolerance for energies and area with --check (default: ${DEFAULT-VALUE})")
    double tolerance;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (timeloop) {
            return new TimeloopAnalysis(out, err).run(files, check, tolerance);
        }
        if (check != null && !check.isEmpty() && files.isEmpty()) {
            files.add(Path.of(check)); // the JSON form's "analyze --check FILE"
        } else if (check != null && !check.isEmpty()) {
            err.println("--check takes a stats file only with --timeloop");
            return 2;
        }
        if (files.size() != 1) {
            err.println("analyze: give one mapping file (or --timeloop with Timeloop YAML files)");
            return 2;
        }
        Path file = files.get(0);
        MappingCase c;
        Analysis a;
        try {
            String text = Files.readString(file);
            MappingFileCheck.check(Json.parseStrict(file.getFileName().toString(), text));
            c = MappingFileReader.parse(text, file.getFileName().toString());
            a = LoopNestAnalyzer.analyze(c.problem(), c.architecture(), c.mapping());
        } catch (NoSuchFileException e) {
            err.println(file + ": /: no such file");
            return 2;
        } catch (MalformedInputException e) {
            err.println(file + ": /: not a UTF-8 text file");
            return 2;
        } catch (IOException e) {
            err.println(file + ": /: cannot read: " + e.getMessage());
            return 2;
        } catch (StudyFormatException e) {
            err.println(file + ": " + e.jsonPath() + ": " + e.problem());
            return 2;
        } catch (IllegalArgumentException | ArithmeticException e) {
            err.println(file + ": " + MappingMessages.located(e));
            return 2;
        }
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode result = AnalysisJson.toJson(a);
        ObjectNode printed = result.deepCopy();
        List<String> mismatches = List.of();
        if (c.hasExpected()) {
            printed.set("relativeDifference", AnalysisJson.relativeDifference(result, c.expected()));
            mismatches = AnalysisJson.mismatches(result, c.expected(), tolerance);
        }
        try {
            out.println(json.writeValueAsString(printed));
        } catch (IOException e) {
            err.println("cannot write the result: " + e.getMessage());
            return 2;
        }
        out.flush();
        if (!mismatches.isEmpty()) {
            err.println(file + ": " + mismatches.size() + " value(s) differ from the expected block:");
            mismatches.forEach(m -> err.println("  " + m));
            err.flush();
            return check != null ? 1 : 0;
        }
        return 0;
    }
}
