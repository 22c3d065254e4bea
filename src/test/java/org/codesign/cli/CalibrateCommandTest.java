package org.codesign.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codesign.eval.Metric;
import org.codesign.study.Json;
import org.codesign.study.MeasuredAccuracies;
import org.codesign.study.Studies;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16 item 3: {@code codesign calibrate STUDY --accuracy measured.csv}. */
class CalibrateCommandTest {

    @Test
    void fitsStoresAVersionAndTheStudyScoresWithIt(@TempDir Path dir) throws Exception {
        Study study = Studies.defaultStudy();
        Path file = dir.resolve("mine.codesign.json");
        StudyFiles.save(study, file);
        Path csv = dir.resolve("measured.csv");
        Files.writeString(csv, MeasuredAccuracies.fromScratchCsv(study.networkSpace()));

        var r = CliRunner.run("calibrate", file.toString(), "--accuracy", csv.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = Json.mapper().readTree(r.out());
        assertThat(json.get("meanAbsoluteErrorBefore").asDouble()).isGreaterThan(1.5);
        assertThat(json.get("meanAbsoluteError").asDouble()).isLessThan(0.3);
        assertThat(json.get("crossValidatedMeanAbsoluteError").asDouble()).isLessThan(0.4);
        assertEquals(1, json.get("modelVersion").asInt());
        assertThat(dir.resolve("mine.accuracy-v1.json")).exists();

        Study calibrated = StudyFiles.load(file);
        assertEquals("mine.accuracy-v1.json", calibrated.model().accuracyModel());
        var evaluator = calibrated.model().evaluator(dir);
        var metrics =
                evaluator.evaluate(study.fixedNetwork(), study.fixedHardware()).metrics();
        assertEquals(1.0, metrics.get(Metric.ACCURACY_MODEL_VERSION));
        var builtin = Study.class.cast(study).model().evaluator(dir).evaluate(study.fixedNetwork(), null);
        assertThat(builtin.metrics().accuracy() - metrics.accuracy()).isBetween(1.5, 2.5);

        var again = CliRunner.run("calibrate", file.toString(), "--accuracy", csv.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertThat(again.out()).contains("version 2");
        assertEquals("mine.accuracy-v2.json", StudyFiles.load(file).model().accuracyModel());
    }

    @Test
    void aBadCellIsNamedByFileLineAndColumn(@TempDir Path dir) throws Exception {
        Study study = Studies.defaultStudy();
        Path file = dir.resolve("mine.codesign.json");
        StudyFiles.save(study, file);
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, MeasuredAccuracies.withBadCell(study.networkSpace()));

        var r = CliRunner.run("calibrate", file.toString(), "--accuracy", csv.toString());
        assertEquals(2, r.exitCode());
        assertThat(r.err()).contains(csv.toString()).contains("line 4").contains("column 1 (widthMult)");
        assertThat(r.err()).doesNotContain("Exception");
        assertEquals("builtin", StudyFiles.load(file).model().accuracyModel());

        Files.writeString(csv, "widthMult,top1\n1.0,75\n");
        var missing = CliRunner.run("calibrate", file.toString(), "--accuracy", csv.toString());
        assertEquals(2, missing.exitCode());
        assertThat(missing.err()).contains(csv.toString()).contains("column 'resolution' is missing");
    }
}
