package org.codesign.study;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.codesign.eval.Metric;
import org.codesign.eval.SiColumns;
import org.codesign.space.CodesignSpace;
import org.codesign.space.Parameter;

/**
 * Files that describe a run or a selection of points for other tools: JSON with every point's
 * genome, decoded configurations (in the formats the CLI reads) and metrics, and CSV tables.
 */
public final class RunExport {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RunExport() {}

    /** The run as JSON: its parameters and every evaluated point, marking those on the front. */
    public static ObjectNode runJson(Study study, RunRecord run, Collection<Long> frontIndices) {
        ObjectNode out = runHeader(study, run);
        ArrayNode points = out.putArray("points");
        RunPoints columns = run.columns();
        for (int r = 0; r < columns.size(); r++) {
            points.add(
                    pointJson(study.space(), columns.point(r)).put("onFront", frontIndices.contains(columns.index(r))));
        }
        return out;
    }

    /** {@link #runJson} written point by point: a million-point run never is a tree in memory. */
    static void writeRunJson(Path file, Study study, RunRecord run, Collection<Long> frontIndices) throws IOException {
        ObjectNode head = runHeader(study, run);
        RunPoints columns = run.columns();
        Json.writeAtomically(
                g -> {
                    g.writeStartObject();
                    for (var field : head.properties()) {
                        g.writeFieldName(field.getKey());
                        Json.MAPPER.writeTree(g, field.getValue());
                    }
                    g.writeArrayFieldStart("points");
                    for (int r = 0; r < columns.size(); r++) {
                        ObjectNode node = pointJson(study.space(), columns.point(r))
                                .put("onFront", frontIndices.contains(columns.index(r)));
                        Json.MAPPER.writeTree(g, node);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                },
                file);
    }

    /** Everything of run.json but its points. */
    private static ObjectNode runHeader(Study study, RunRecord run) {
        ObjectNode out = NODES.objectNode();
        out.put("study", study.name());
        out.put("simulated", true);
        out.put("id", run.id())
                .put("name", run.name())
                .put("algorithm", run.algorithm())
                .put("mode", run.mode().label())
                .put("seed", run.seed())
                .put("threads", run.threads())
                .put("budget", run.budget())
                .put("status", run.status().label())
                .put("evaluations", run.points().size())
                .put("elapsedMs", run.elapsedMs());
        if (run.startedAt() != null) {
            out.put("startedAt", run.startedAt());
        }
        out.set(
                "settings",
                StudyJson.write(study.withRuns(
                                List.of(run.withColumns(RunPoints.EMPTY, run.status(), run.elapsedMs(), List.of()))))
                        .withArray("runs")
                        .get(0)
                        .get("settings"));
        ObjectNode whole = StudyJson.write(study.withRuns(List.of()));
        out.set("objectives", whole.get("objectives"));
        out.set("constraints", whole.get("constraints"));
        out.set("genes", genes(study.space()));
        return out;
    }

    /** One point: index, generation, genome, decoded configurations, metrics, feasibility. */
    public static ObjectNode pointJson(CodesignSpace space, EvaluatedPoint p) {
        ObjectNode node = NODES.objectNode().put("index", p.index()).put("generation", p.generation());
        ArrayNode genome = node.putArray("genome");
        for (int g : p.genome()) {
            genome.add(g);
        }
        CodesignSpace.Point decoded = space.decode(p.genome());
        node.set("network", ConfigJson.toJson(decoded.network()));
        node.set("hardware", ConfigJson.toJson(decoded.hardware()));
        ObjectNode metrics = node.putObject("metrics");
        p.metrics().forEach((m, v) -> metrics.put(m.key(), v));
        node.put("feasible", p.feasible());
        node.put("violation", p.violation());
        if (p.infeasibleReason() != null) {
            node.put("infeasibleReason", p.infeasibleReason());
        }
        return node;
    }

    private static ArrayNode genes(CodesignSpace space) {
        ArrayNode genes = NODES.arrayNode();
        addGenes(genes, "network", space.network().design().parameters());
        addGenes(genes, "hardware", space.hardware().design().parameters());
        return genes;
    }

    private static void addGenes(ArrayNode genes, String side, List<Parameter> parameters) {
        for (Parameter p : parameters) {
            ArrayNode values =
                    genes.addObject().put("side", side).put("name", p.name()).putArray("values");
            p.values().forEach(v -> values.add(v.label()));
        }
    }

    /**
     * A CSV table of points: index, run, feasibility, every metric (raw SI values, the unit in the
     * column name, as {@code codesign export --format csv}), every design parameter.
     */
    public static String pointsCsv(CodesignSpace space, List<EvaluatedPoint> points, List<String> runs) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        List<String> columns = new ArrayList<>(List.of("index", "run", "generation", "feasible"));
        for (Metric m : Metric.values()) {
            columns.add(SiColumns.name(m));
        }
        space.network().design().parameters().forEach(p -> columns.add("network." + p.name()));
        space.hardware().design().parameters().forEach(p -> columns.add("hardware." + p.name()));
        columns.forEach(schema::addColumn);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int k = 0; k < points.size(); k++) {
            EvaluatedPoint p = points.get(k);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("index", p.index());
            row.put("run", runs.get(k));
            row.put("generation", p.generation());
            row.put("feasible", p.feasible());
            for (Metric m : Metric.values()) {
                row.put(SiColumns.name(m), SiColumns.cell(m, p.metric(m)));
            }
            int[] genome = p.genome();
            int i = 0;
            for (Parameter param : space.network().design().parameters()) {
                row.put("network." + param.name(), param.value(genome[i++]).label());
            }
            for (Parameter param : space.hardware().design().parameters()) {
                row.put("hardware." + param.name(), param.value(genome[i++]).label());
            }
            rows.add(row);
        }
        try {
            StringWriter w = new StringWriter();
            new CsvMapper().writer(schema.build()).writeValues(w).writeAll(rows).close();
            return w.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hypervolume over evaluations as CSV. */
    public static String hypervolumeCsv(List<double[]> history) {
        StringBuilder sb = new StringBuilder("evaluations,hypervolume\n");
        for (double[] p : history) {
            sb.append((long) p[0]).append(',').append(p[1]).append('\n');
        }
        return sb.toString();
    }

    static void writeText(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(
                tmp,
                file,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes run.json, front.csv and hypervolume.csv into {@code dir}. */
    public static void writeRunFiles(Path dir, Study study, RunRecord run, Collection<Long> frontIndices)
            throws IOException {
        Files.createDirectories(dir);
        writeRunJson(dir.resolve("run.json"), study, run, frontIndices);
        RunPoints columns = run.columns();
        List<EvaluatedPoint> front = new ArrayList<>();
        for (int r = 0; r < columns.size(); r++) {
            if (frontIndices.contains(columns.index(r))) {
                front.add(columns.point(r));
            }
        }
        writeText(
                dir.resolve("front.csv"),
                pointsCsv(study.space(), front, java.util.Collections.nCopies(front.size(), run.id())));
        writeText(dir.resolve("hypervolume.csv"), hypervolumeCsv(run.hypervolume()));
    }
}
