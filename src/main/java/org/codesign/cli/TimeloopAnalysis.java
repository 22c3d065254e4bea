package org.codesign.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.codesign.cost.loopnest.Analysis;
import org.codesign.cost.loopnest.AnalysisJson;
import org.codesign.cost.loopnest.LoopNestAnalyzer;
import org.codesign.cost.timeloop.StatsCheck;
import org.codesign.cost.timeloop.TimeloopCase;
import org.codesign.cost.timeloop.TimeloopInputException;
import org.codesign.cost.timeloop.TimeloopReader;
import org.codesign.cost.timeloop.TimeloopStats;

/**
 * {@code codesign analyze --timeloop FILE_OR_DIR… [--check STATS_FILE]}: reads Timeloop inputs,
 * prints the analysis as {@code analyze} prints it, and with a stats file lists every number that
 * differs from Timeloop's (exit 1) or says that all agree (exit 0). Bad input: exit 2 with the
 * file, line and YAML path.
 */
final class TimeloopAnalysis {
    private final PrintWriter out;
    private final PrintWriter err;

    TimeloopAnalysis(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    int run(List<Path> inputs, String statsFile, double tolerance) {
        if (inputs.isEmpty()) {
            err.println("analyze --timeloop: give the Timeloop input files or directories");
            err.flush();
            return 2;
        }
        if (statsFile != null && statsFile.isEmpty()) {
            err.println("analyze --timeloop --check: give the Timeloop stats file to compare with");
            err.flush();
            return 2;
        }
        TimeloopCase c;
        Analysis a;
        TimeloopStats stats = null;
        try {
            c = TimeloopReader.read(inputs);
            a = LoopNestAnalyzer.analyze(c.problem(), c.architecture(), c.mapping());
            if (statsFile != null) {
                stats = TimeloopStats.read(Path.of(statsFile));
            }
        } catch (TimeloopInputException e) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        } catch (IllegalArgumentException | ArithmeticException e) {
            err.println(inputs.get(0) + ": " + e.getMessage());
            err.flush();
            return 2;
        }
        try {
            out.println(new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(AnalysisJson.toJson(a)));
        } catch (JsonProcessingException e) {
            err.println("cannot write the result: " + e.getMessage());
            return 2;
        }
        out.flush();
        if (stats == null) {
            return 0;
        }
        List<String> diffs = StatsCheck.differences(a, stats, c.dataSpaces(), tolerance);
        if (diffs.isEmpty()) {
            err.println(statsFile + ": all compared numbers agree (cycles, energy within " + 100 * tolerance
                    + " %, reads, fills, updates and utilized instances of "
                    + stats.rows().size() + " level/data-space rows)");
            err.flush();
            return 0;
        }
        err.println(statsFile + ": " + diffs.size() + " number(s) differ from Timeloop's:");
        diffs.forEach(d -> err.println("  " + d));
        err.flush();
        return 1;
    }
}
