package org.codesign.study.store;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.codesign.eval.Metric;
import org.codesign.eval.SiColumns;
import org.codesign.study.RunPoints;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;

/**
 * Every evaluation of a study as CSV, one row each, for pandas and spreadsheets: metrics as
 * raw SI values (latency in s, energy in J, area in m²), the unit in the column name, an empty
 * cell for a metric not computed ({@link SiColumns}, as in every other CSV export).
 */
public final class StudyCsv {
    private static final Metric[] METRICS = Metric.values();
    private static final List<String> LEADING =
            List.of("run_id", "run_name", "algorithm", "mode", "seed", "index", "generation", "genome");
    private static final List<String> TRAILING = List.of("violation", "feasible", "infeasible_reason");

    private StudyCsv() {}

    public static List<String> header() {
        List<String> names = new ArrayList<>(LEADING);
        Arrays.stream(METRICS).map(SiColumns::name).forEach(names::add);
        names.addAll(TRAILING);
        return names;
    }

    public static void write(Study study, Writer out) throws IOException {
        write(study, out, false);
    }

    /**
     * @param selectedOnly only the points of the study's saved selection (File ▸ Save in the app
     *     keeps it), in the order of their runs
     */
    public static void write(Study study, Writer out, boolean selectedOnly) throws IOException {
        Map<String, Set<Long>> selected = new HashMap<>();
        study.selection()
                .forEach(r -> selected.computeIfAbsent(r.runId(), k -> new HashSet<>())
                        .add(r.index()));
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        header().forEach(schema::addColumn);
        // The caller owns the writer (it may be standard output): flush it, never close it.
        CsvMapper mapper = CsvMapper.builder()
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        try (SequenceWriter rows = mapper.writer(schema.build()).writeValues(out)) {
            for (RunRecord run : study.runs()) {
                RunPoints points = run.columns();
                Set<Long> wanted = selected.getOrDefault(run.id(), Set.of());
                for (int p = 0; p < points.size(); p++) {
                    if (!selectedOnly || wanted.contains(points.index(p))) {
                        rows.write(row(run, points, p));
                    }
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
            row.add(SiColumns.cell(m, points.metric(m, p)));
        }
        row.add(points.violation(p));
        row.add(points.feasible(p));
        String reason = points.infeasibleReason(p);
        row.add(reason == null ? "" : reason);
        return row;
    }
}
