package org.codesign.search.checkpoint;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.codesign.search.Evaluation;
import org.codesign.search.Individual;
import org.codesign.search.RunCheckpoint;

/**
 * The JSON form of a {@link RunCheckpoint}. Doubles are written so they read back bit for bit
 * (non-finite values as the strings "Infinity", "-Infinity", "NaN"), so a run resumed from the
 * JSON ends exactly as the uninterrupted one.
 */
public final class CheckpointJson {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final ObjectMapper MAPPER = new ObjectMapper();

    private final PayloadCodec payloads;

    public CheckpointJson(PayloadCodec payloads) {
        this.payloads = payloads;
    }

    public ObjectNode write(RunCheckpoint c) {
        return tree(g -> write(g, c));
    }

    /**
     * Writes the checkpoint as it goes, one point at a time: a run's millions of points are never
     * all held as JSON nodes (nor as individuals, when they come from its log).
     */
    public void write(JsonGenerator g, RunCheckpoint c) throws IOException {
        g.writeStartObject();
        g.writeStringField("algorithm", c.algorithm());
        g.writeNumberField("seed", c.seed());
        g.writeNumberField("budget", c.budget());
        g.writeNumberField("steps", c.steps());
        g.writeNumberField("stepsWithoutNewPoints", c.stepsWithoutNewPoints());
        g.writeNumberField("busyNanos", c.busyNanos());
        g.writeNumberField("randomState", c.randomState());
        g.writeBooleanField("finished", c.finished());
        g.writeStringField("message", c.message());
        g.writeFieldName("archive");
        MAPPER.writeTree(g, ints(c.archive()));
        g.writeFieldName("state");
        MAPPER.writeTree(g, AlgorithmStateJson.write(c.state()));
        g.writeFieldName("evaluated");
        writePoints(g, c.evaluated(), false);
        g.writeFieldName("spare");
        writePoints(g, c.spare(), true);
        g.writeEndObject();
    }

    /** Something written to a generator. */
    interface Writing {
        void to(JsonGenerator g) throws IOException;
    }

    /** What {@code writing} writes, as a tree. */
    static ObjectNode tree(Writing writing) {
        try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
            writing.to(buffer);
            return (ObjectNode) MAPPER.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a token buffer in memory does not fail
        }
    }

    public RunCheckpoint read(JsonNode o) {
        return read(o, readPoints(Fields.array(o, "evaluated"), false), readPoints(Fields.array(o, "spare"), true));
    }

    /**
     * Reads the checkpoint the parser is at (its start object), the points one at a time: a run's
     * million points are never all held as JSON nodes or individuals.
     */
    public RunCheckpoint read(JsonParser p) throws IOException {
        StreamedObject s = StreamedObject.read(
                p, Map.of("evaluated", q -> readPoints(q, false), "spare", q -> readPoints(q, true)));
        return read(s.rest(), s.required("evaluated"), s.required("spare"));
    }

    private RunCheckpoint read(JsonNode o, List<Individual> evaluated, List<Individual> spare) {
        return new RunCheckpoint(
                Fields.text(o, "algorithm"),
                Fields.longValue(o, "seed"),
                Fields.intValue(o, "budget"),
                Fields.intValue(o, "steps"),
                Fields.intValue(o, "stepsWithoutNewPoints"),
                Fields.longValue(o, "busyNanos"),
                Fields.longValue(o, "randomState"),
                evaluated,
                Fields.ints(o, "archive"),
                AlgorithmStateJson.read(Fields.object(o, "state")),
                Fields.bool(o, "finished"),
                Fields.text(o, "message"),
                spare);
    }

    /** Points in order; {@code withIndex}: each names its index (otherwise it is the position). */
    public void writePoints(JsonGenerator g, List<Individual> list, boolean withIndex) throws IOException {
        g.writeStartArray();
        for (Individual ind : list) {
            g.writeStartObject();
            if (withIndex) {
                g.writeNumberField("index", ind.index());
            }
            g.writeNumberField("step", ind.step());
            g.writeFieldName("genome");
            int[] genome = ind.genome();
            g.writeArray(genome, 0, genome.length);
            Evaluation e = ind.evaluation();
            g.writeFieldName("objectives");
            writeDoubles(g, e.objectives());
            if (e.violations().length > 0) {
                g.writeFieldName("violations");
                writeDoubles(g, e.violations());
            }
            if (e.infeasibleReason() != null) {
                g.writeStringField("infeasibleReason", e.infeasibleReason());
            }
            if (e.payload() != null) {
                g.writeFieldName("payload");
                MAPPER.writeTree(g, payloads.write(e.payload()));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeDoubles(JsonGenerator g, double[] values) throws IOException {
        g.writeStartArray();
        for (double v : values) {
            if (Double.isFinite(v)) {
                g.writeNumber(v);
            } else {
                g.writeString(Double.toString(v));
            }
        }
        g.writeEndArray();
    }

    public List<Individual> readPoints(JsonNode a, boolean withIndex) {
        CompactPoints out = new CompactPoints(payloads.columns(), withIndex);
        int position = 0;
        for (JsonNode p : a) {
            out.add(point(p, withIndex, position++));
        }
        return out.points();
    }

    /** The array the parser is at, one point at a time (each point's small tree is dropped after it). */
    public List<Individual> readPoints(JsonParser p, boolean withIndex) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new IllegalArgumentException("points: expected an array");
        }
        CompactPoints out = new CompactPoints(payloads.columns(), withIndex);
        int position = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(point(MAPPER.readTree(p), withIndex, position++));
        }
        return out.points();
    }

    private Individual point(JsonNode p, boolean withIndex, int position) {
        int index = withIndex ? Fields.intValue(p, "index") : position;
        JsonNode payload = p.get("payload");
        Evaluation e = new Evaluation(
                Fields.doubles(p, "objectives"),
                p.has("violations") ? Fields.doubles(p, "violations") : new double[0],
                p.has("infeasibleReason") ? Fields.text(p, "infeasibleReason") : null,
                payload == null || payload.isNull() ? null : payloads.read(payload));
        return new Individual(Fields.ints(p, "genome"), e, index, Fields.intValue(p, "step"));
    }

    static ArrayNode ints(int[] values) {
        ArrayNode a = NODES.arrayNode();
        for (int v : values) {
            a.add(v);
        }
        return a;
    }

    static ArrayNode doubles(double[] values) {
        ArrayNode a = NODES.arrayNode();
        for (double v : values) {
            if (Double.isFinite(v)) {
                a.add(v);
            } else {
                a.add(Double.toString(v));
            }
        }
        return a;
    }
}
