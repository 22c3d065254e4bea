package org.codesign.search.checkpoint;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.Metric;
import org.codesign.search.Individual;
import org.codesign.search.PayloadColumns;
import org.codesign.search.RunCheckpoint;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.CodesignCheckpoint;
import org.codesign.search.codesign.PointMetrics;
import org.codesign.search.codesign.RunSpec;

/**
 * The JSON form of a {@link CodesignCheckpoint}: the run's settings, its phases and the engine
 * checkpoint of the current phase. Evaluations carry their {@link PointMetrics}, keyed by metric.
 */
public final class CodesignCheckpointJson {
    /** Written into every checkpoint; a reader refuses other versions instead of misreading them. */
    public static final int FORMAT = 1;

    private static final PayloadCodec METRICS = new PayloadCodec() {
        @Override
        public JsonNode write(Object payload) {
            if (!(payload instanceof PointMetrics m)) {
                return PayloadCodec.NONE.write(payload);
            }
            ObjectNode o = CheckpointJson.NODES.objectNode();
            m.values()
                    .forEach((metric, v) -> o.set(
                            metric.key(),
                            CheckpointJson.doubles(new double[] {v}).get(0)));
            return o;
        }

        @Override
        public Object read(JsonNode node) {
            Map<Metric, Double> values = new EnumMap<>(Metric.class);
            node.fields()
                    .forEachRemaining(
                            e -> values.put(Metric.byKey(e.getKey()), Fields.number(e.getValue(), "payload")));
            return new PointMetrics(values);
        }

        @Override
        public PayloadColumns columns() {
            return PointMetrics.columns();
        }
    };

    private static final CheckpointJson ENGINE = new CheckpointJson(METRICS);

    private CodesignCheckpointJson() {}

    public static ObjectNode write(CodesignCheckpoint c) {
        return CheckpointJson.tree(g -> write(g, c));
    }

    /** Writes the checkpoint as it goes, one point at a time (see {@link CheckpointJson#write(JsonGenerator, RunCheckpoint)}). */
    public static void write(JsonGenerator g, CodesignCheckpoint c) throws IOException {
        g.writeStartObject();
        g.writeNumberField("format", FORMAT);
        g.writeFieldName("spec");
        CheckpointJson.MAPPER.writeTree(g, spec(c.spec()));
        g.writeNumberField("phaseIndex", c.phaseIndex());
        ArrayNode phases = CheckpointJson.NODES.arrayNode();
        for (CodesignCheckpoint.PhasePlan p : c.phases()) {
            ObjectNode n = phases.addObject();
            n.put("label", p.label());
            n.set("fixedGenes", CheckpointJson.ints(p.fixedGenes()));
            n.put("budget", p.budget());
        }
        g.writeFieldName("phases");
        CheckpointJson.MAPPER.writeTree(g, phases);
        g.writeFieldName("finishedPoints");
        ENGINE.writePoints(g, c.finishedPoints(), true);
        g.writeNumberField("stepOffset", c.stepOffset());
        g.writeNumberField("elapsedNanos", c.elapsedNanos());
        if (c.phase() != null) {
            g.writeFieldName("phase");
            ENGINE.write(g, c.phase());
        }
        g.writeEndObject();
    }

    /** @throws IllegalArgumentException naming the field that is missing or malformed */
    public static CodesignCheckpoint read(JsonNode o) {
        JsonNode phase = o.get("phase");
        return read(
                o,
                ENGINE.readPoints(Fields.array(o, "finishedPoints"), true),
                phase == null || phase.isNull() ? null : ENGINE.read(phase));
    }

    /**
     * Reads the checkpoint the parser is at, its points one at a time (a million-point run resumes
     * in a bounded heap: see {@link CompactPoints}).
     *
     * @throws IllegalArgumentException naming the field that is missing or malformed
     */
    public static CodesignCheckpoint read(JsonParser p) throws IOException {
        StreamedObject s = StreamedObject.read(
                p, Map.of("finishedPoints", q -> ENGINE.readPoints(q, true), "phase", ENGINE::read));
        return read(s.rest(), s.required("finishedPoints"), s.get("phase"));
    }

    /** A checkpoint file: the checkpoint under "run", and the file's other (small) fields. */
    public record Envelope(CodesignCheckpoint run, ObjectNode fields) {}

    /**
     * Reads a checkpoint file streaming: {@code {"run": checkpoint, ...small fields}}.
     *
     * @throws IllegalArgumentException naming the field that is missing or malformed
     */
    public static Envelope readFile(Path file) throws IOException {
        try (JsonParser p = CheckpointJson.MAPPER.getFactory().createParser(file.toFile())) {
            StreamedObject s = StreamedObject.read(p, Map.of("run", CodesignCheckpointJson::read));
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("checkpoint: unexpected content after the JSON object");
            }
            return new Envelope(s.required("run"), s.rest());
        }
    }

    private static CodesignCheckpoint read(JsonNode o, List<Individual> finishedPoints, RunCheckpoint phase) {
        int format = Fields.intValue(o, "format");
        if (format != FORMAT) {
            throw new IllegalArgumentException(
                    "checkpoint: format " + format + " is not supported (this version reads " + FORMAT + ")");
        }
        List<CodesignCheckpoint.PhasePlan> phases = new ArrayList<>();
        for (JsonNode n : Fields.array(o, "phases")) {
            phases.add(new CodesignCheckpoint.PhasePlan(
                    Fields.text(n, "label"), Fields.ints(n, "fixedGenes"), Fields.intValue(n, "budget")));
        }
        return new CodesignCheckpoint(
                readSpec(Fields.object(o, "spec")),
                Fields.intValue(o, "phaseIndex"),
                phases,
                finishedPoints,
                Fields.intValue(o, "stepOffset"),
                Fields.longValue(o, "elapsedNanos"),
                phase);
    }

    private static ObjectNode spec(RunSpec s) {
        ObjectNode o = CheckpointJson.NODES.objectNode();
        o.put("algorithm", s.algorithm().label());
        o.put("mode", s.mode().label());
        o.put("budget", s.budget());
        o.put("seed", s.seed());
        o.put("threads", s.threads());
        o.put("population", s.population());
        o.put("crossover", RunSpec.crossoverLabel(s.crossover()));
        o.put("crossoverRate", s.crossoverRate());
        o.put("mutationRate", s.mutationRate());
        o.put("starts", s.starts());
        return o;
    }

    private static RunSpec readSpec(JsonNode o) {
        return new RunSpec(
                Algorithm.parse(Fields.text(o, "algorithm")),
                CodesignMode.parse(Fields.text(o, "mode")),
                Fields.intValue(o, "budget"),
                Fields.longValue(o, "seed"),
                Fields.intValue(o, "threads"),
                Fields.intValue(o, "population"),
                RunSpec.parseCrossover(Fields.text(o, "crossover")),
                Fields.number(Fields.required(o, "crossoverRate"), "crossoverRate"),
                Fields.number(Fields.required(o, "mutationRate"), "mutationRate"),
                Fields.intValue(o, "starts"));
    }
}
