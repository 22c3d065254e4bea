package org.codesign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Random edits of valid studies (delete, replace or duplicate a node, numbers to extremes,
 * duplicate keys, trailing text) are either still valid or refused as bad input: {@code codesign
 * validate} exits 0 or 2, never another code and never with a stack trace.
 */
class ValidateMutationProperties {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> SAMPLES = List.of(
            "classroom-small", "tea-dnn-accelerator", "nas-accelerator-joint", "accelerator-dataflow", "edge-gpu-dvfs");
    private static final List<JsonNode> EXTREMES = List.of(
            NODES.numberNode(0),
            NODES.numberNode(-1),
            NODES.numberNode(1e308),
            NODES.numberNode(-1e308),
            NODES.numberNode(4.9e-324),
            NODES.numberNode(Long.MAX_VALUE),
            NODES.numberNode(Integer.MIN_VALUE),
            NODES.numberNode(0.5),
            NODES.textNode(""),
            NODES.textNode("../../x.json"),
            NODES.nullNode(),
            NODES.booleanNode(true),
            NODES.arrayNode(),
            NODES.objectNode());
    private static Path dir;

    @Provide
    Arbitrary<String> samples() {
        return Arbitraries.of(SAMPLES);
    }

    @Property(tries = 1000)
    void validateExitsZeroOrTwoWithoutATrace(
            @ForAll("samples") String sample, @ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int edits)
            throws IOException {
        Random random = new Random(seed);
        ObjectNode study = (ObjectNode)
                JSON.readTree(Path.of("samples", sample + ".codesign.json").toFile());
        ArrayNode runs = study.withArray("runs");
        while (runs.size() > 1) {
            runs.remove(runs.size() - 1); // one run of three points keeps a try fast and the edits spread out
        }
        for (JsonNode run : runs) {
            ArrayNode points = (ArrayNode) run.path("points");
            while (points.size() > 3) {
                points.remove(points.size() - 1);
            }
        }
        for (int i = 0; i < edits; i++) {
            edit(study, random);
        }
        String text = JSON.writeValueAsString(study);
        text = switch (random.nextInt(12)) {
            case 0 -> text + " }";
            case 1 -> text.replaceFirst("\\{", "{\"name\": \"twice\", ");
            default -> text;
        };
        Path file = folder().resolve("mutated.codesign.json");
        Files.writeString(file, text);
        CliRunner.Result r = CliRunner.run("validate", file.toString());
        String output = r.out() + r.err();
        Statistics.label("exit code").collect(r.exitCode());
        assertThat(r.exitCode()).as(output).isIn(0, CodesignCli.BAD_INPUT);
        assertThat(output).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
        if (r.exitCode() == CodesignCli.BAD_INPUT) {
            assertThat(r.err()).contains("mutated.codesign.json: /");
        }
    }

    /** Deletes, replaces or duplicates a random node. */
    private static void edit(ObjectNode root, Random random) {
        List<JsonNode[]> places = new ArrayList<>();
        collect(root, places);
        JsonNode[] place = places.get(random.nextInt(places.size()));
        JsonNode parent = place[0];
        JsonNode node = place[1];
        int action = random.nextInt(4);
        JsonNode replacement = action == 3 && node.isNumber()
                ? NODES.numberNode(-node.doubleValue() * 1e300)
                : EXTREMES.get(random.nextInt(EXTREMES.size()));
        if (parent instanceof ObjectNode o) {
            String key = keyOf(o, node);
            switch (action) {
                case 0 -> o.remove(key);
                case 1 -> o.set(key + "Copy", node.deepCopy());
                default -> o.set(key, replacement);
            }
        } else if (parent instanceof ArrayNode a) {
            int i = indexOf(a, node);
            switch (action) {
                case 0 -> a.remove(i);
                case 1 -> a.insert(i, node.deepCopy());
                default -> a.set(i, replacement);
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode[]> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                JsonNode child = it.next().getValue();
                out.add(new JsonNode[] {node, child});
                collect(child, out);
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                out.add(new JsonNode[] {node, child});
                collect(child, out);
            }
        }
    }

    private static String keyOf(ObjectNode parent, JsonNode child) {
        for (Iterator<Map.Entry<String, JsonNode>> it = parent.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue() == child) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("not a child");
    }

    private static int indexOf(ArrayNode parent, JsonNode child) {
        for (int i = 0; i < parent.size(); i++) {
            if (parent.get(i) == child) {
                return i;
            }
        }
        throw new IllegalStateException("not a child");
    }

    private static synchronized Path folder() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("mutated-studies");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        if (dir != null) {
            Files.deleteIfExists(dir.resolve("mutated.codesign.json"));
            Files.deleteIfExists(dir);
            dir = null;
        }
    }
}
