package org.codesign.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.Metric;
import org.codesign.study.store.StudyCsv;
import org.junit.jupiter.api.Test;

/**
 * Every CSV export (a run's front.csv, the window's Export/Copy Selection, {@code codesign export
 * --format csv}) writes raw SI values with the unit in the column name, the same way.
 */
class CsvUnitsTest {
    /** A point with every metric set, in the model's units (ms, mJ, mJ·ms, mm²). */
    private static final Map<Metric, Double> MODEL = new EnumMap<>(Map.ofEntries(
            Map.entry(Metric.ACCURACY, 75.25),
            Map.entry(Metric.LATENCY, 2.5),
            Map.entry(Metric.POWER, 11.5),
            Map.entry(Metric.ENERGY, 30.0),
            Map.entry(Metric.EDP, 75.0),
            Map.entry(Metric.AREA, 4.25),
            Map.entry(Metric.MACS, 4_089_184_256.0),
            Map.entry(Metric.PARAMS, 25_557_032.0),
            Map.entry(Metric.ACCURACY_LOW, 74.5),
            Map.entry(Metric.ACCURACY_HIGH, 76.0),
            Map.entry(Metric.EXTRAPOLATED, 1.0),
            Map.entry(Metric.ACCURACY_MODEL_VERSION, 2.0)));

    /** The column each metric must get and its value there, written out by hand. */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("accuracy_pct", "75.25"),
            Map.entry("latency_s", "0.0025"),
            Map.entry("power_W", "11.5"),
            Map.entry("energy_J", "0.03"),
            Map.entry("edp_J_s", "7.5E-5"),
            Map.entry("area_m2", "4.25E-6"),
            Map.entry("macs", "4089184256"),
            Map.entry("params", "25557032"),
            Map.entry("accuracy_low_pct", "74.5"),
            Map.entry("accuracy_high_pct", "76.0"),
            Map.entry("extrapolated", "1"),
            Map.entry("accuracy_model_version", "2"));

    private static final List<String> METRIC_COLUMNS = List.of(
            "accuracy_pct",
            "latency_s",
            "power_W",
            "energy_J",
            "edp_J_s",
            "area_m2",
            "macs",
            "params",
            "accuracy_low_pct",
            "accuracy_high_pct",
            "extrapolated",
            "accuracy_model_version");

    @Test
    void frontAndSelectionCsvNameTheUnitAndHoldSiValues() throws Exception {
        Study sample = Samples.load("classroom-small.codesign.json");
        EvaluatedPoint p = point(sample);
        String csv = RunExport.pointsCsv(sample.space(), List.of(p), List.of("run-1"));
        List<String> header = List.of(csv.lines().findFirst().orElseThrow().split(","));
        assertThat(header.subList(4, 4 + METRIC_COLUMNS.size()))
                .as("the metric columns, after index, run, generation, feasible")
                .isEqualTo(METRIC_COLUMNS);
        Map<String, String> row = rows(csv).get(0);
        EXPECTED.forEach((column, value) -> assertEquals(
                Double.parseDouble(value),
                Double.parseDouble(row.get(column)),
                1e-12 * Math.abs(Double.parseDouble(value)),
                column));
        assertEquals("4089184256", row.get("macs"), "counts as whole numbers");
        assertEquals("1", row.get("extrapolated"));
        assertEquals(
                csv,
                SelectionExport.csv(sample, List.of(new SelectionExport.Chosen("run-1", p))),
                "Export Selection writes the same table");
    }

    @Test
    void theStudyExportWritesEveryMetricCellAsTheFrontDoes() throws Exception {
        Study sample = Samples.load("classroom-small.codesign.json");
        EvaluatedPoint full = point(sample);
        EvaluatedPoint noArea = new EvaluatedPoint(1, 0, full.genome(), without(Metric.AREA), 0, null);
        RunRecord run = new RunRecord(
                "run-1",
                "hand-made",
                "nsga2",
                CodesignMode.JOINT,
                1,
                1,
                2,
                Map.of(),
                RunRecord.Status.FINISHED,
                null,
                0,
                List.of(),
                List.of(full, noArea));
        StringWriter study = new StringWriter();
        StudyCsv.write(sample.withRuns(List.of(run)), study);
        assertThat(StudyCsv.header()).containsSubsequence(METRIC_COLUMNS);
        List<Map<String, String>> exported = rows(study.toString());
        List<Map<String, String>> front =
                rows(RunExport.pointsCsv(sample.space(), List.of(full, noArea), List.of("run-1", "run-1")));
        for (int i = 0; i < 2; i++) {
            for (String column : METRIC_COLUMNS) {
                assertEquals(front.get(i).get(column), exported.get(i).get(column), column + " of point " + i);
            }
        }
        assertEquals("0.0025", exported.get(0).get("latency_s"));
        assertEquals("", exported.get(1).get("area_m2"), "a metric not computed is an empty cell");
    }

    private static EvaluatedPoint point(Study sample) {
        int[] genome = sample.runs().get(0).points().get(0).genome();
        return new EvaluatedPoint(0, 0, genome, MODEL, 0, null);
    }

    private static Map<Metric, Double> without(Metric m) {
        Map<Metric, Double> less = new EnumMap<>(MODEL);
        less.remove(m);
        return less;
    }

    private static List<Map<String, String>> rows(String csv) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper()
                .readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(csv)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }
}
