package org.codesign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.codesign.cost.timeloop.TimeloopCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code codesign analyze --timeloop FILE_OR_DIR… [--check STATS]} as a user runs it: the JSON it
 * prints, exit 0 when Timeloop's stats agree, 1 with every difference listed, 2 with the file,
 * line and YAML path on bad input (never a stack trace).
 */
class TimeloopAnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EX03 = TimeloopCases.root().resolve("ispass2020/03-model-conv1d+oc-3level");
    private static final Path REF = EX03.resolve("ref-output/bypass");

    @TempDir
    Path tmp;

    private static List<String> args(Path arch, Path map, String... more) {
        List<String> a = new ArrayList<>(List.of(
                "analyze",
                "--timeloop",
                arch.toString(),
                map.toString(),
                EX03.resolve("prob").toString(),
                REF.resolve("timeloop-model.ERT.yaml").toString(),
                REF.resolve("timeloop-model.ART.yaml").toString()));
        a.addAll(List.of(more));
        return a;
    }

    private static AnalyzeCommandTest.Run run(List<String> args) {
        return AnalyzeCommandTest.run(args.toArray(String[]::new));
    }

    private static Path map() {
        return EX03.resolve("map/conv1d+oc-3level-bypass.map.yaml");
    }

    private static Path arch() {
        return EX03.resolve("arch/3level.arch.yaml");
    }

    private Path edited(Path source, String from, String to) throws IOException {
        String text = Files.readString(source);
        assertTrue(text.contains(from), from);
        Path p = tmp.resolve(source.getFileName().toString());
        Files.writeString(p, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
        return p;
    }

    private static void assertBadInput(AnalyzeCommandTest.Run r, String... parts) {
        assertEquals(2, r.exit(), r.err());
        for (String part : parts) {
            assertTrue(r.err().contains(part), "'" + part + "' in: " + r.err());
        }
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertEquals("", r.out());
    }

    @Test
    void agreeingStatsExitZeroAndTheJsonHasEveryLevel() throws Exception {
        var r = run(args(
                arch(),
                map(),
                "--check",
                REF.resolve("timeloop-model.stats.txt").toString()));
        assertEquals(0, r.exit(), r.err());
        JsonNode out = JSON.readTree(r.out());
        assertEquals(1536, out.get("cycles").asLong());
        assertEquals(1536, out.get("macs").asLong());
        assertEquals(6, out.get("levels").size(), "W and I at MainMemory and GlobalBuffer, O at MainMemory and RF");
        assertTrue(r.err().contains("all compared numbers agree"), r.err());
    }

    @Test
    void aDifferentNumberExitsOneAndNamesIt() throws Exception {
        Path stats = edited(REF.resolve("timeloop-model.stats.txt"), "Cycles: 1536", "Cycles: 1537");
        var r = run(args(arch(), map(), "--check", stats.toString()));
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("cycles: Timeloop 1537, analysis 1536"), r.err());
        Path fills = edited(
                REF.resolve("timeloop-model.stats.txt"),
                "Scalar fills (per-instance)              : 96",
                "Scalar fills (per-instance)              : 95");
        var f = run(args(arch(), map(), "--check", fills.toString()));
        assertEquals(1, f.exit(), f.err());
        assertTrue(f.err().contains("GlobalBuffer Weights fills: Timeloop 95, analysis 96"), f.err());
    }

    @Test
    void aFileThatIsNotAStatsFileIsBadInput() throws Exception {
        Path notStats = tmp.resolve("notes.txt");
        Files.writeString(notStats, "hello\n");
        assertBadInput(
                run(args(arch(), map(), "--check", notStats.toString())), "notes.txt", "not a Timeloop stats file");
    }

    @Test
    void anUnknownClassNamesFileLineAndPath() throws Exception {
        Path bad = edited(arch(), "class: SRAM", "class: sram_deluxe");
        assertBadInput(run(args(bad, map())), bad + ":22: architecture.nodes[3].class: unknown class 'sram_deluxe'");
    }

    @Test
    void aMissingAttributeNamesFileLineAndPath() throws Exception {
        Path bad = edited(
                arch(),
                "      depth: 32768\n      width: 64\n      datawidth: 8",
                "      depth: 32768\n      width: 64");
        assertBadInput(
                run(args(bad, map())),
                bad + ":20: architecture.nodes[3]: missing attribute 'datawidth' of SRAM 'GlobalBuffer'");
    }

    @Test
    void anUnknownTagIsBadInput() throws Exception {
        Path bad = edited(arch(), "- !Container\n    name: PE", "- !Widget\n    name: PE");
        assertBadInput(run(args(bad, map())), bad + ":17: architecture.nodes[2]: unknown node tag '!Widget'");
    }

    @Test
    void aMappingThatDoesNotCoverTheProblemIsBadInput() throws Exception {
        Path bad = edited(map(), "factors: R=1 P=16 K=16", "factors: R=1 P=8 K=16");
        assertBadInput(
                run(args(arch(), bad)), bad + ":2: mapping: the factors of P multiply to 8 but the layer's P is 16");
    }

    @Test
    void aTileLargerThanItsBufferPointsAtTheLevelsDirective() throws Exception {
        Path bad = edited(arch(), "depth: 64", "depth: 1");
        assertBadInput(
                run(args(bad, map())),
                map() + ":12: mapping[2]: RegisterFile: tiles need 2 words (O 2) but the level holds 1");
    }

    @Test
    void anUnknownMappingTargetNamesTheLevels() throws Exception {
        Path bad = edited(map(), "target: RegisterFile", "target: RegFile");
        assertBadInput(run(args(arch(), bad)), bad.toString(), "mapping[2].target: unknown level 'RegFile'");
    }

    @Test
    void invalidYamlIsBadInput() throws Exception {
        Path bad = tmp.resolve("broken.yaml");
        Files.writeString(bad, "mapping:\n  - target: [unclosed\n");
        assertBadInput(run(args(arch(), bad)), "broken.yaml:", "invalid YAML");
    }

    @Test
    void aLaterFilesTopLevelKeyReplacesAnEarlierOne() throws Exception {
        Path shortMap = edited(map(), "factors: R=1 P=16 K=16", "factors: R=1 P=8 K=16");
        List<String> later = args(arch(), map());
        later.add(3, shortMap.toString()); // the short mapping first, the good one after it
        assertEquals(0, run(later).exit());
        List<String> earlier = args(arch(), shortMap);
        earlier.add(3, map().toString()); // the good mapping first, replaced by the short one
        assertEquals(2, run(earlier).exit());
    }

    @Test
    void aDirectoryStandsForItsYamlFiles() throws Exception {
        Path ex = TimeloopCases.root().resolve("ispass2020/00-model-conv1d-1level");
        var r = AnalyzeCommandTest.run(
                "analyze",
                "--timeloop",
                ex.toString(),
                "--check",
                ex.resolve("ref-output/timeloop-model.stats.txt").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(48, JSON.readTree(r.out()).get("cycles").asLong());
    }

    @Test
    void theTimeloopOptionNeedsInputs() {
        assertEquals(2, AnalyzeCommandTest.run("analyze", "--timeloop").exit());
    }
}
