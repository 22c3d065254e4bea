package org.codesign.search.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.codesign.search.AlgorithmState;

/** The JSON form of an {@link AlgorithmState}, tagged by "kind". */
final class AlgorithmStateJson {
    private AlgorithmStateJson() {}

    static ObjectNode write(AlgorithmState state) {
        ObjectNode o = CheckpointJson.NODES.objectNode();
        if (state instanceof AlgorithmState.Nsga2 n) {
            o.put("kind", "nsga2");
            o.set("population", CheckpointJson.ints(n.population()));
        } else if (state instanceof AlgorithmState.Exhaustive e) {
            o.put("kind", "exhaustive");
            o.set("next", CheckpointJson.ints(e.next()));
        } else if (state instanceof AlgorithmState.Local l) {
            writeLocal(o, l);
        } else if (state instanceof AlgorithmState.Stateless) {
            o.put("kind", "stateless");
        } else {
            o.put("kind", "not-started");
        }
        return o;
    }

    private static void writeLocal(ObjectNode o, AlgorithmState.Local l) {
        o.put("kind", "local");
        ArrayNode walkers = o.putArray("walkers");
        for (AlgorithmState.Walker w : l.walkers()) {
            walkers.addObject().put("current", w.current()).put("restarts", w.restarts());
        }
        o.set("pendingSeeds", genomes(l.pendingSeeds()));
        o.set("explored", genomes(l.explored()));
        o.set("observedMin", CheckpointJson.doubles(l.observedMin()));
        o.set("observedMax", CheckpointJson.doubles(l.observedMax()));
    }

    static AlgorithmState read(JsonNode o) {
        String kind = Fields.text(o, "kind");
        return switch (kind) {
            case "not-started" -> new AlgorithmState.NotStarted();
            case "stateless" -> new AlgorithmState.Stateless();
            case "nsga2" -> new AlgorithmState.Nsga2(Fields.ints(o, "population"));
            case "exhaustive" -> new AlgorithmState.Exhaustive(Fields.ints(o, "next"));
            case "local" -> readLocal(o);
            default -> throw new IllegalArgumentException("checkpoint: unknown algorithm state '" + kind + "'");
        };
    }

    private static AlgorithmState.Local readLocal(JsonNode o) {
        List<AlgorithmState.Walker> walkers = new ArrayList<>();
        for (JsonNode w : Fields.array(o, "walkers")) {
            walkers.add(new AlgorithmState.Walker(Fields.intValue(w, "current"), Fields.intValue(w, "restarts")));
        }
        return new AlgorithmState.Local(
                walkers,
                readGenomes(Fields.array(o, "pendingSeeds")),
                readGenomes(Fields.array(o, "explored")),
                Fields.doubles(o, "observedMin"),
                Fields.doubles(o, "observedMax"));
    }

    private static ArrayNode genomes(List<int[]> list) {
        ArrayNode a = CheckpointJson.NODES.arrayNode();
        list.forEach(g -> a.add(CheckpointJson.ints(g)));
        return a;
    }

    private static List<int[]> readGenomes(JsonNode a) {
        List<int[]> out = new ArrayList<>();
        for (JsonNode g : a) {
            int[] genome = new int[g.size()];
            for (int i = 0; i < genome.length; i++) {
                genome[i] = g.get(i).intValue();
            }
            out.add(genome);
        }
        return out;
    }
}
