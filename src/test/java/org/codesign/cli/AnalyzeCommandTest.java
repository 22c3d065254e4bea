package org.codesign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.codesign.cost.loopnest.ReferenceCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new CodesignCli());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static Path reference() {
        return ReferenceCases.directory().resolve("eyeriss_like_default_32nm.json");
    }

    @Test
    void printsTheExpectedShapeAndTheRelativeDifferences() throws Exception {
        Run r = run("analyze", "--check", reference().toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode out = JSON.readTree(r.out());
        for (String key : new String[] {"macs", "cycles", "utilization", "energyPJ", "areaUm2", "computeEnergyPJ"}) {
            assertTrue(out.has(key), key);
        }
        assertEquals(10838016, out.get("macs").asLong());
        assertEquals(86016, out.get("cycles").asLong());
        JsonNode row = out.get("levels").get(0);
        for (String key : new String[] {
            "level",
            "tensor",
            "utilizedInstances",
            "utilizedCapacity",
            "readsPerInstance",
            "fillsPerInstance",
            "updatesPerInstance",
            "energyPJ"
        }) {
            assertTrue(row.has(key), key);
        }
        JsonNode diff = out.get("relativeDifference");
        assertEquals(0.0, diff.get("cycles").asDouble());
        assertTrue(Math.abs(diff.get("energyPJ").asDouble()) < 0.005);
        assertEquals(0.0, diff.get("levels").get(0).get("readsPerInstance").asDouble());
    }

    private Path edited(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(Files.readString(reference()));
        edit.accept(root);
        Path p = tmp.resolve("case.json");
        Files.writeString(p, JSON.writeValueAsString(root));
        return p;
    }

    @Test
    void aWrongExpectationFailsTheCheck() throws Exception {
        Path p = edited(root -> ((ObjectNode) root.get("expected")).put("cycles", 1234));
        Run r = run("analyze", "--check", p.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("cycles: expected 1234, got 86016"), r.err());
        assertEquals(0, run("analyze", p.toString()).exit(), "without --check differences are only reported");
    }

    @Test
    void badFilesNameTheFileAndTheField() throws Exception {
        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, "{\"layer\": ");
        Run bad = run("analyze", broken.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().startsWith(broken + ": /: malformed JSON"), bad.err());
        assertTrue(bad.out().isEmpty());

        Run missing = run(
                "analyze",
                edited(root -> ((ObjectNode) root.get("layer")).remove("M")).toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("case.json: /layer/M: missing"), missing.err());

        Run product = run(
                "analyze",
                edited(root -> ((ArrayNode) root.get("mapping").get(0).get("temporal"))
                                .set(0, JSON.createArrayNode().add("P").add(4)))
                        .toString());
        assertEquals(2, product.exit());
        assertTrue(
                product.err().contains("/mapping: the factors of P multiply to 56 but the layer's P is 112"),
                product.err());

        Run level = run(
                "analyze",
                edited(root -> ((ObjectNode) root.get("mapping").get(1)).put("level", "glb"))
                        .toString());
        assertTrue(level.err().contains("/mapping/1/level: unknown level 'glb'"), level.err());

        Run negative = run(
                "analyze",
                edited(root -> ((ObjectNode)
                                        root.get("architecture").get("levels").get(1))
                                .put("readEnergyPJPerWord", -1.0))
                        .toString());
        assertEquals(2, negative.exit());
        assertTrue(
                negative.err()
                        .contains(
                                "/architecture/levels/1/readEnergyPJPerWord: -1.0 is out of range " + "(allowed: 0 to"),
                negative.err());

        Run none = run("analyze", tmp.resolve("nope.json").toString());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("nope.json: /: no such file"), none.err());
        assertTrue(!none.err().contains("Exception"), "no stack trace");
    }
}
