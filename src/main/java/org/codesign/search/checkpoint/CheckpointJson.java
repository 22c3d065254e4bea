package org.codesign.search.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
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

    private final PayloadCodec payloads;

    public CheckpointJson(PayloadCodec payloads) {
        this.payloads = payloads;
    }

    public ObjectNode write(RunCheckpoint c) {
        ObjectNode o = NODES.objectNode();
        o.put("algorithm", c.algorithm());
        o.put("seed", c.seed());
        o.put("budget", c.budget());
        o.put("steps", c.steps());
        o.put("stepsWithoutNewPoints", c.stepsWithoutNewPoints());
        o.put("busyNanos", c.busyNanos());
        o.put("randomState", c.randomState());
        o.put("finished", c.finished());
        o.put("message", c.message());
        o.set("archive", ints(c.archive()));
        o.set("state", AlgorithmStateJson.write(c.state()));
        o.set("evaluated", points(c.evaluated(), false));
        o.set("spare", points(c.spare(), true));
        return o;
    }

    public RunCheckpoint read(JsonNode o) {
        return new RunCheckpoint(
                Fields.text(o, "algorithm"),
                Fields.longValue(o, "seed"),
                Fields.intValue(o, "budget"),
                Fields.intValue(o, "steps"),
                Fields.intValue(o, "stepsWithoutNewPoints"),
                Fields.longValue(o, "busyNanos"),
                Fields.longValue(o, "randomState"),
                readPoints(Fields.array(o, "evaluated"), false),
                Fields.ints(o, "archive"),
                AlgorithmStateJson.read(Fields.object(o, "state")),
                Fields.bool(o, "finished"),
                Fields.text(o, "message"),
                readPoints(Fields.array(o, "spare"), true));
    }

    /** Points in order; {@code withIndex}: each names its index (otherwise it is the position). */
    public ArrayNode points(List<Individual> list, boolean withIndex) {
        ArrayNode a = NODES.arrayNode();
        for (Individual ind : list) {
            ObjectNode p = a.addObject();
            if (withIndex) {
                p.put("index", ind.index());
            }
            p.put("step", ind.step());
            p.set("genome", ints(ind.genome()));
            Evaluation e = ind.evaluation();
            p.set("objectives", doubles(e.objectives()));
            if (e.violations().length > 0) {
                p.set("violations", doubles(e.violations()));
            }
            if (e.infeasibleReason() != null) {
                p.put("infeasibleReason", e.infeasibleReason());
            }
            if (e.payload() != null) {
                p.set("payload", payloads.write(e.payload()));
            }
        }
        return a;
    }

    public List<Individual> readPoints(JsonNode a, boolean withIndex) {
        List<Individual> out = new ArrayList<>(a.size());
        for (JsonNode p : a) {
            int index = withIndex ? Fields.intValue(p, "index") : out.size();
            JsonNode payload = p.get("payload");
            Evaluation e = new Evaluation(
                    Fields.doubles(p, "objectives"),
                    p.has("violations") ? Fields.doubles(p, "violations") : new double[0],
                    p.has("infeasibleReason") ? Fields.text(p, "infeasibleReason") : null,
                    payload == null || payload.isNull() ? null : payloads.read(payload));
            out.add(new Individual(Fields.ints(p, "genome"), e, index, Fields.intValue(p, "step")));
        }
        return out;
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
