package org.codesign.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.codesign.accuracy.UserCalibration;
import org.codesign.study.Json;
import org.codesign.study.store.AccuracyCalibrations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code codesign calibrate STUDY --accuracy measured.csv}: the accuracy surrogate fitted to the user's data. */
@Command(
        name = "calibrate",
        mixinStandardHelpOptions = true,
        description = {
            "Fit the accuracy surrogate to your measured top-1 accuracies and store it in the study as a new"
                    + " version (STEM.accuracy-vN.json next to the study; the study then uses it).",
            "The CSV has one column per network parameter of the study's space and top1 (percent)."
        })
final class CalibrateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "STUDY", description = "The study file (*.codesign.json or *.codesign.db).")
    Path studyFile;

    @Option(names = "--accuracy", required = true, paramLabel = "CSV", description = "Measured accuracies.")
    Path measured;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        AccuracyCalibrations.Outcome outcome = AccuracyCalibrations.calibrate(studyFile, measured);
        UserCalibration.Result fit = outcome.fit();
        if (json) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            out.put("family", fit.family().key());
            out.put("rows", fit.points().size());
            out.put("meanAbsoluteErrorBefore", fit.maeBefore());
            out.put("meanAbsoluteError", fit.maeAfter());
            out.put("crossValidatedMeanAbsoluteError", fit.crossValidatedMae());
            out.put("modelVersion", outcome.version());
            out.put("modelFile", outcome.modelFile().toString());
            ArrayNode points = out.putArray("points");
            for (UserCalibration.Point p : fit.points()) {
                points.addObject()
                        .put("row", p.id())
                        .put("measured", p.measured())
                        .put("predicted", p.predictedAfter())
                        .put("heldOut", p.heldOut());
            }
            System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
            return 0;
        }
        Table rows = new Table("row", "measured %", "before %", "fitted %", "left out %");
        for (UserCalibration.Point p : fit.points()) {
            rows.row(
                    p.id(),
                    fixed(p.measured()),
                    fixed(p.predictedBefore()),
                    fixed(p.predictedAfter()),
                    fixed(p.heldOut()));
        }
        System.out.print(rows.render());
        System.out.println(String.format(
                Locale.ROOT,
                "%n%s, %d rows: MAE %.2f pt before, %.2f fitted, %.2f cross-validated (leave-one-out).%n"
                        + "Stored as accuracy model version %d: %s (the study now uses it).",
                fit.family().key(),
                fit.points().size(),
                fit.maeBefore(),
                fit.maeAfter(),
                fit.crossValidatedMae(),
                outcome.version(),
                outcome.modelFile()));
        return 0;
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
