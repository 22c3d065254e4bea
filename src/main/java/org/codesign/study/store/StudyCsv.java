package org.codesign.study.store;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.codesign.eval.Metric;
import org.codesign.study.RunPoints;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;

/**
 * Every evaluation of a study as CSV, one row each, for pandas and spreadsheets: metrics as
 * raw SI values (latency in s, energy in J, area in m²), the unit in the column name, an empty
 * cell for a metric not computed.
 */
public final class StudyCsv {
    private static final Metric[] METRICS = Metric.values();
    private static final List<String> LEADING =
            List.of("run_id", "run_name", "algorithm", "mode", "seed", "index", "generation", "genome");
    private static final List<String> TRAILING = List.of("violation", "feasible", "infeasible_reason");

    private StudyCsv() {}

    /** The SI column of a metric; accuracy stays a percentage, counts have no unit. */
    static String column(Metric m) {
        return switch (m) {
            case ACCURACY -> "accuracy_pct";
            case LATENCY -> "latency_s";
            case POWER -> "power_W";
            case ENERGY -> "energy_J";
            case EDP -> "edp_J_s";
            case AREA -> "area_m2";
            case MACS -> "macs";
            case PARAMS -> "params";
            case ACCURACY_LOW -> "accuracy_low_pct";
            case ACCURACY_HIGH -> "accuracy_high_pct";
            case EXTRAPOLATED -> "extrapolated";
            case ACCURACY_MODEL_VERSION -> "accuracy_model_version";
        };
    }

    /** The factor from the model's unit (Metric.unit()) to the column's SI unit. */
    static double toSi(Metric m) {
        return switch (m) {
            case LATENCY, ENERGY -> 1e-3; // ms → s, mJ → J
            case EDP, AREA -> 1e-6; // mJ·ms → J·s, mm² → m²
            case ACCURACY, POWER, MACS, PARAMS, ACCURACY_LOW, ACCURACY_HIGH, EXTRAPOLATED, ACCURACY_MODEL_VERSION ->
                1.0;
        };
    }

    public static List<String> header() {
        List<String> names = new ArrayList<>(LEADING);
        Arrays.stream(METRICS).map(StudyCsv::column).forEach(names::add);
        names.addAll(TRAILING);
        return names;
    }

    public static void write(Study study, Writer out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        header().forEach(schema::addColumn);
        // The caller owns the writer (it may be standard output): flush it, never close it.
        CsvMapper mapper = CsvMapper.builder()
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        try (SequenceWriter rows = mapper.writer(schema.build()).writeValues(out)) {
            for (RunRecord run : study.runs()) {
                RunPoints points = run.columns();
                for (int p = 0; p < points.size(); p++) {
                    rows.write(row(run, points, p));
                }
            }
        }
        out.flush();
    }

    private static List<Object> row(RunRecord run, RunPoints points, int p) {
        List<Object> row = new ArrayList<>(LEADING.size() + METRICS.length + TRAILING.size());
        row.add(run.id());
        row.add(run.name());
        row.add(run.algorithm());
        row.add(run.mode().label());
        row.add(run.seed());
        row.add(points.index(p));
        row.add(points.generation(p));
        StringBuilder genome = new StringBuilder();
        for (int g = 0; g < points.genomeLength(p); g++) {
            genome.append(g == 0 ? "" : " ").append(points.gene(p, g));
        }
        row.add(genome.toString());
        for (Metric m : METRICS) {
            double v = points.metric(m, p);
            row.add(Double.isNaN(v) ? "" : v * toSi(m));
        }
        row.add(points.violation(p));
        row.add(points.feasible(p));
        String reason = points.infeasibleReason(p);
        row.add(reason == null ? "" : reason);
        return row;
    }
}
