package org.codesign.cli;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Generates the malformed-input corpus in {@code src/test/resources/malformed/} from the valid
 * samples (studies, network and hardware configurations, the mapping files of the loop-nest
 * tests, the shipped accuracy model). Run {@link #main} once from the project folder (the command
 * is in {@code malformed/README.md}) and commit the output. Every file is written with the message fragment it must
 * produce into its folder's {@code expected.tsv} ("file TAB fragment"); {@link MalformedCorpusTest}
 * runs each through the CLI. The edits are generic (delete a required key, change a value's type,
 * add an unknown or duplicate key, trailing text, NaN, extreme numbers) plus a list of cases
 * written by hand for the checks that need a specific value (out-of-range genes, path escapes...).
 */
public final class MalformedCorpus {
    static final Path ROOT = Path.of("src/test/resources/malformed");
    static final List<String> KINDS = List.of("study", "network", "hardware", "mapping", "accuracy");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCURACY = "src/main/resources/org/codesign/accuracy/accuracy-model.json";

    /** Keys that may be left out of a valid file (deleting them is no error). */
    private static final Set<String> OPTIONAL = Set.of(
            "description",
            "constraints",
            "model",
            "fixedNetwork",
            "fixedHardware",
            "runs",
            "name",
            "threads",
            "settings",
            "startedAt",
            "elapsedMs",
            "hypervolume",
            "points",
            "violation",
            "infeasible",
            "min",
            "max",
            "format",
            "version",
            "formula",
            "calibration",
            "G",
            "notes",
            "source",
            "expected",
            "clusterSize",
            "multipleBuffering",
            "readBandwidthWordsPerCycle",
            "writeBandwidthWordsPerCycle",
            "leakPJPerCycle",
            "capacityWords",
            "fanoutContainers",
            "timeloopLevelIndex",
            "spatialX",
            "spatialY",
            "sharedBandwidthWordsPerCycle");
    /** Objects whose keys are names (parameters, metrics, families): an unknown one has its own message. */
    private static final String NAMED_KEYS = ".*/(parameters|metrics|families)$";
    /** Documentation in mapping files, not read by the model. */
    private static final String MAPPING_NOTES =
            ".*(Printed|Notes|notes|source|technology|ertVectorEnergyPJ" + "|/name|formatVersion).*";

    private final Map<String, Map<String, String>> expected = new TreeMap<>();

    private MalformedCorpus() {}

    public static void main(String[] args) throws IOException {
        MalformedCorpus corpus = new MalformedCorpus();
        corpus.studies();
        corpus.configs("network", List.of("mobilenet-v2-0.75-192", "ofa-flops-389M", "resnet18"));
        corpus.configs("hardware", List.of("eyeriss-like", "edge-tpu-like", "xavier-max", "tiny-buffer"));
        corpus.mappings();
        corpus.accuracy();
        corpus.handWritten();
        corpus.writeExpected();
    }

    // ------------------------------------------------------------------------------- sources

    private void studies() throws IOException {
        for (String sample : List.of("classroom-small", "tea-dnn-accelerator", "nas-accelerator-joint")) {
            ObjectNode study = (ObjectNode)
                    JSON.readTree(Path.of("samples", sample + ".codesign.json").toFile());
            trimRuns(study);
            generic("study", sample, ".codesign.json", study, MalformedCorpus::studyPointer);
        }
    }

    /** One run with two points keeps the files small; the edits reach every kind of field. */
    private static void trimRuns(ObjectNode study) {
        ArrayNode runs = (ArrayNode) study.get("runs");
        while (runs.size() > 1) {
            runs.remove(runs.size() - 1);
        }
        if (runs.size() == 1) {
            ArrayNode points = (ArrayNode) runs.get(0).get("points");
            while (points.size() > 2) {
                points.remove(points.size() - 1);
            }
            ArrayNode hv = (ArrayNode) runs.get(0).get("hypervolume");
            while (hv.size() > 1) {
                hv.remove(hv.size() - 1);
            }
        }
    }

    /** Fields worth editing: all but the second and later elements of lists and most space parameters. */
    private static boolean studyPointer(String pointer) {
        return !pointer.matches(".*/(points|hypervolume|objectives|constraints|runs)/[1-9].*")
                && !pointer.matches("/(network|hardware)Space/parameters/(?!resolution|widthMult|depth|gpuFreqMHz"
                        + "|peRows|arrayX|dataflow)[^/]+(/.*)?")
                && !pointer.matches(".*/(genome|kernels|expandRatios|depths)/[1-9].*")
                && !pointer.matches(".*/metrics/(?!accuracy|latencyMs).*")
                && !pointer.matches(".*/parameters/[^/]+/[1-9].*")
                && !pointer.startsWith("/runs/0/settings")
                && !pointer.endsWith("/violation");
    }

    private void configs(String kind, List<String> names) throws IOException {
        for (String name : names) {
            ObjectNode config = (ObjectNode)
                    JSON.readTree(Path.of("samples/configs", name + ".json").toFile());
            generic(kind, name, ".json", config, p -> !p.matches(".*/[1-9].*"));
        }
    }

    private void mappings() throws IOException {
        for (String name : List.of("simple_ws_default_45nm", "eyeriss_like_default_32nm")) {
            ObjectNode mapping = (ObjectNode) JSON.readTree(
                    Path.of("src/test/resources/timeloop", name + ".json").toFile());
            mapping.remove(List.of("expected", "source", "schemaNotes", "mappingNotes"));
            mapping.findParents("notes").forEach(n -> ((ObjectNode) n).remove("notes"));
            generic("mapping", name, ".json", mapping, p -> !p.matches(".*/[1-9].*") && !p.matches(MAPPING_NOTES));
        }
    }

    private void accuracy() throws IOException {
        ObjectNode model = (ObjectNode) JSON.readTree(Path.of(ACCURACY).toFile());
        model.remove("calibration");
        generic(
                "accuracy",
                "accuracy-model",
                ".json",
                model,
                p -> !p.startsWith("/description")
                        && !p.startsWith("/formula")
                        && !p.matches("/families/(?!mbv3-ofa).*"));
    }

    // ---------------------------------------------------------------------------- generic edits

    private interface Filter {
        boolean test(String pointer);
    }

    private void generic(String kind, String base, String ext, ObjectNode root, Filter filter) throws IOException {
        String text = JSON.writeValueAsString(root);
        add(
                kind,
                base + "-trailing-garbage" + ext,
                text + "\n}",
                "unexpected text after the JSON value|not valid JSON" + "|malformed JSON");
        add(
                kind,
                base + "-two-values" + ext,
                text + "\n" + text,
                "unexpected text after the JSON value" + "|not valid JSON|malformed JSON");
        String firstKey = root.fieldNames().next();
        add(
                kind,
                base + "-duplicate-key" + ext,
                text.replaceFirst("\\{", "{\"" + firstKey + "\": " + JSON.writeValueAsString(root.get(firstKey)) + ","),
                "Duplicate field '" + firstKey + "'");
        add(kind, base + "-truncated" + ext, text.substring(0, text.length() / 2), "malformed JSON|not valid JSON");
        add(kind, base + "-empty" + ext, "", "/: ");
        add(kind, base + "-array-at-top" + ext, "[" + text + "]", "/: ");
        ObjectNode unknown = root.deepCopy().put("zzUnknown", 1);
        add(
                kind,
                base + "-unknown-top-level-key" + ext,
                JSON.writeValueAsString(unknown),
                "/zzUnknown: unknown key (expected one of");
        List<String> pointers = new ArrayList<>();
        collect(root, "", pointers);
        boolean nanDone = false;
        for (String pointer : pointers) {
            if (!filter.test(pointer)) {
                continue;
            }
            JsonNode node = root.at(pointer);
            String slug = base + pointer.replaceAll("[^A-Za-z0-9]+", "-");
            String leaf = pointer.substring(pointer.lastIndexOf('/') + 1);
            boolean element = leaf.matches("\\d+");
            String at = listPointer(pointer);
            boolean parameter = pointer.matches("/(network|hardware)Space/parameters/[^/]+");
            boolean optional =
                    OPTIONAL.contains(leaf) || pointer.contains("/metrics/") || optionalDepths(root, pointer);
            if (!element && !optional) {
                // a study with runs notices a missing parameter first as genomes of the wrong length
                write(
                        kind,
                        slug + "-missing" + ext,
                        root,
                        pointer,
                        null,
                        pointer + ": missing" + (parameter ? "|/runs/0/points/0/genome: expected" : ""));
            }
            write(kind, slug + "-wrong-type" + ext, root, pointer, wrongType(node), at + ": |" + pointer + ": ");
            if (node.isObject()) {
                ObjectNode extra = node.deepCopy();
                extra.put("zzUnknown", 1);
                write(
                        kind,
                        slug + "-unknown-key" + ext,
                        root,
                        pointer,
                        extra,
                        pointer + "/zzUnknown: " + (pointer.matches(NAMED_KEYS) ? "" : "unknown key (expected one of"));
            }
            if (node.isNumber()) {
                write(
                        kind,
                        slug + "-huge" + ext,
                        root,
                        pointer,
                        JSON.getNodeFactory().numberNode(1e308),
                        at + ": ");
                if (!leaf.equals("seed")) {
                    write(
                            kind,
                            slug + "-negative" + ext,
                            root,
                            pointer,
                            JSON.getNodeFactory().numberNode(-1e9),
                            at + ": ");
                }
                if (!nanDone) {
                    nanDone = true;
                    ObjectNode copy = root.deepCopy();
                    replace(copy, pointer, JSON.getNodeFactory().textNode("@NAN@"));
                    add(kind, base + "-nan" + ext, JSON.writeValueAsString(copy).replace("\"@NAN@\"", "NaN"), "NaN");
                    replace(copy, pointer, JSON.getNodeFactory().textNode("@NAN@"));
                    add(
                            kind,
                            base + "-infinity" + ext,
                            JSON.writeValueAsString(copy).replace("\"@NAN@\"", "-Infinity"),
                            "Infinity");
                }
            }
            if (node.isArray() && !node.isEmpty() && (pointer.contains("/parameters/") || kind.equals("network"))) {
                write(kind, slug + "-empty-list" + ext, root, pointer, JSON.createArrayNode(), at + ": ");
            }
        }
    }

    /** MobileNetV2's depths default to the published ones. */
    private static boolean optionalDepths(JsonNode root, String pointer) {
        JsonNode parent = root.at(JsonPointer.compile(pointer).head());
        return pointer.endsWith("/depths")
                && "mobilenet-v2".equals(parent.path("template").asText());
    }

    private static void collect(JsonNode node, String pointer, List<String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String child = pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                out.add(child);
                collect(e.getValue(), child, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(pointer + "/" + i);
                collect(node.get(i), pointer + "/" + i, out);
            }
        }
    }

    /** A space's value list is checked as a whole: its problems are named at the list, not the element. */
    private static String listPointer(String pointer) {
        return pointer.replaceFirst("^(/(network|hardware)Space/parameters/[^/]+)/\\d+$", "$1");
    }

    private static JsonNode wrongType(JsonNode node) {
        if (node.isNumber()) {
            return JSON.getNodeFactory().textNode("12 units");
        }
        if (node.isTextual()) {
            return JSON.createObjectNode().put("value", node.textValue());
        }
        if (node.isArray()) {
            return JSON.createObjectNode();
        }
        if (node.isObject()) {
            return JSON.createArrayNode();
        }
        return JSON.getNodeFactory().textNode("yes");
    }

    private void write(String kind, String file, ObjectNode root, String pointer, JsonNode value, String fragment)
            throws IOException {
        ObjectNode copy = root.deepCopy();
        replace(copy, pointer, value);
        add(kind, file, JSON.writeValueAsString(copy), fragment);
    }

    /** Sets (or, for null, deletes) the node at {@code pointer}. */
    static void replace(JsonNode root, String pointer, JsonNode value) {
        JsonPointer p = JsonPointer.compile(pointer);
        JsonNode parent = root.at(p.head());
        String last = p.last().getMatchingProperty();
        if (parent instanceof ObjectNode o) {
            if (value == null) {
                o.remove(last);
            } else {
                o.set(last, value);
            }
        } else if (parent instanceof ArrayNode a) {
            int i = Integer.parseInt(last);
            if (value == null) {
                a.remove(i);
            } else {
                a.set(i, value);
            }
        }
    }

    // ------------------------------------------------------------------------------ hand-written

    /** The cases a generic edit does not reach: each one of issue 12's accepted inputs and internal errors. */
    private void handWritten() throws IOException {
        ObjectNode classroom = (ObjectNode)
                JSON.readTree(Path.of("samples/classroom-small.codesign.json").toFile());
        trimRuns(classroom);
        ObjectNode tea = (ObjectNode) JSON.readTree(
                Path.of("samples/tea-dnn-accelerator.codesign.json").toFile());
        trimRuns(tea);
        study(
                classroom,
                "case-negative-latency-bound",
                s -> s.withArray("constraints")
                        .addObject()
                        .put("metric", "latencyMs")
                        .put("max", -5.0),
                "/constraints/1/max: -5.0 is out of range for latencyMs " + "(allowed: 0 to 1e15)");
        study(
                classroom,
                "case-min-above-max",
                s -> s.withArray("constraints")
                        .addObject()
                        .put("metric", "latencyMs")
                        .put("min", 9.0)
                        .put("max", 5.0),
                "/constraints/1/max: 5.0 is below min 9.0");
        study(
                classroom,
                "case-reference-1e308",
                s -> ((ObjectNode) s.get("objectives").get(1)).put("reference", 1e308),
                "/objectives/1/reference: 1.0E308 is out of range for latencyMs (allowed: 0 to 1e15)");
        study(
                classroom,
                "case-accuracy-ideal-above-100",
                s -> ((ObjectNode) s.get("objectives").get(0)).put("ideal", 140.0),
                "/objectives/0/ideal: 140.0 is out of range for accuracy (allowed: 0 to 100)");
        study(
                classroom,
                "case-gene-out-of-range",
                s -> genome(s).set(1, 9),
                "/runs/0/points/0/genome/1: the gene 9 is not an index into the");
        study(
                classroom,
                "case-gene-negative",
                s -> genome(s).set(0, -1),
                "/runs/0/points/0/genome/0: the gene -1 is not an index into the");
        study(
                classroom,
                "case-gene-huge",
                s -> genome(s).set(2, 1e12),
                "/runs/0/points/0/genome/2: the number 1000000000000 is too large (allowed: -2147483648 to");
        study(
                classroom,
                "case-duplicate-index",
                s -> ((ObjectNode) s.at("/runs/0/points/1"))
                        .put("index", s.at("/runs/0/points/0/index").asLong()),
                "/runs/0/points/1/index: the index 0 is already used by "
                        + "/runs/0/points/0 (indices must be unique)");
        study(
                classroom,
                "case-empty-value-list",
                s -> ((ObjectNode) s.at("/networkSpace/parameters")).putArray("resolution"),
                "/networkSpace/parameters/resolution: the value list is empty");
        study(
                classroom,
                "case-accuracy-model-missing",
                s -> ((ObjectNode) s.get("model")).put("accuracyModel", "no-such-model.json"),
                "/model/accuracyModel: no such file 'no-such-model.json' "
                        + "(allowed: 'builtin' or a coefficients file relative to the study's folder)");
        study(
                classroom,
                "case-accuracy-model-escapes",
                s -> ((ObjectNode) s.get("model"))
                        .put("accuracyModel", "../../src/main/resources/org/codesign/accuracy/accuracy-model.json"),
                "/model/accuracyModel: '../../src/main/resources/org/codesign/accuracy/accuracy-model.json' is outside "
                        + "the study's folder (allowed: 'builtin' or a file path relative to the study's folder");
        study(
                classroom,
                "case-accuracy-model-absolute",
                s -> ((ObjectNode) s.get("model")).put("accuracyModel", "/etc/hostname"),
                "/model/accuracyModel: '/etc/hostname' is outside the study's");
        study(
                classroom,
                "case-accuracy-model-folder",
                s -> ((ObjectNode) s.get("model")).put("accuracyModel", "support"),
                "/model/accuracyModel: no such file 'support'");
        study(
                classroom,
                "case-accuracy-model-unreadable",
                s -> ((ObjectNode) s.get("model")).put("accuracyModel", "support/broken-accuracy.json"),
                "/model/accuracyModel: ");
        study(
                classroom,
                "case-fixed-hardware-other-template",
                s -> s.set("fixedHardware", tea.get("fixedHardware")),
                "/fixedHardware/template: 'spatial-accelerator' does not match the template of the space "
                        + "(edge-gpu-dvfs)");
        study(
                tea,
                "case-fixed-network-other-template",
                s -> s.set("fixedNetwork", classroom.get("fixedNetwork")),
                "/fixedNetwork/template: 'mobilenet-v2' does not match the template of the space (mbv3-ofa)");
        study(
                tea,
                "case-fixed-ofa-without-depths",
                s -> ((ObjectNode) s.get("fixedNetwork")).remove("depths"),
                "/fixedNetwork/depths: missing");
        study(
                tea,
                "case-fixed-huge-pe-rows",
                s -> ((ObjectNode) s.get("fixedHardware")).put("peRows", 2_000_000_000),
                "/fixedHardware/peRows: peRows × peCols is too large (allowed: a product of at most 2147483647)");
        add("study", "support/broken-accuracy.json", "{\"families\": {}} trailing", "");
        JsonNode ofa =
                JSON.readTree(Path.of("samples/configs/ofa-flops-389M.json").toFile());
        ObjectNode noDepths = ofa.deepCopy();
        noDepths.remove("depths");
        add("network", "case-ofa-without-depths.json", JSON.writeValueAsString(noDepths), "/depths: missing");
        add(
                "network",
                "case-resolution-4096.json",
                JSON.writeValueAsString(((ObjectNode) ofa).deepCopy().put("resolution", 4096)),
                "/resolution: must be between 32 and 2048 pixels, got 4096");
        ObjectNode eyeriss = (ObjectNode)
                JSON.readTree(Path.of("samples/configs/eyeriss-like.json").toFile());
        add(
                "hardware",
                "case-huge-pe-rows.json",
                JSON.writeValueAsString(eyeriss.deepCopy().put("peRows", 2_000_000_000)),
                "/peRows: peRows × peCols is too large (allowed: a product of at most 2147483647)");
        ObjectNode tpu = (ObjectNode)
                JSON.readTree(Path.of("samples/configs/edge-tpu-like.json").toFile());
        add(
                "hardware",
                "case-huge-systolic-lanes.json",
                JSON.writeValueAsString(tpu.deepCopy().put("simdLanes", 1_000_000_000)),
                "/arrayX: arrayX × arrayY × simdLanes is too large");
        String model = Files.readString(Path.of(ACCURACY));
        add("accuracy", "case-directory-instead-of-file.json/placeholder.txt", "a folder named like a file", "");
        expected.get("accuracy").put("case-directory-instead-of-file.json", "/: a folder, not a file");
        add("accuracy", "case-not-utf8.json", "\u00ff", "");
        Files.write(ROOT.resolve("accuracy/case-not-utf8.json"), new byte[] {'{', (byte) 0xff, (byte) 0xfe, '}'});
        expected.get("accuracy").put("case-not-utf8.json", "/: not a UTF-8 text file");
        add("accuracy", "case-null.json", "null", "/: expected a JSON object");
        add("accuracy", "case-number.json", "42", "/: expected a JSON object");
        add(
                "accuracy",
                "case-no-families.json",
                "{\"errorFloor\": 1, \"paramsWeight\": 0.1, \"resolutionWeight\": 0.1}",
                "/families: missing or not an object");
        add(
                "accuracy",
                "case-families-empty.json",
                model.replaceFirst("(?s)\"families\" : \\{.*\\}\\s*\\}\\s*$", "\"families\" : {}}"),
                "/families/mbv3-ofa: missing");
        add(
                "accuracy",
                "case-family-not-object.json",
                model.replaceFirst("(?s)\"mbv3-ofa\" : \\{[^}]*\\}", "\"mbv3-ofa\" : 3"),
                "/families/mbv3-ofa: expected an object");
        add(
                "accuracy",
                "case-duplicate-family.json",
                model.replaceFirst(
                        "\"mbv3-ofa\" : \\{", "\"mbv3-ofa\" : {\"offset\": 1, \"curvature\": 1}, \"mbv3-ofa\" : {"),
                "Duplicate field 'mbv3-ofa'");
        add(
                "accuracy",
                "case-version-zero.json",
                model.replace("\"version\" : 1", "\"version\" : 0"),
                "/version: this program reads versions 1 to 2");
        add(
                "accuracy",
                "case-version-text.json",
                model.replace("\"version\" : 1", "\"version\" : \"one\""),
                "/version: this program reads versions 1 to 2");
        add(
                "accuracy",
                "case-other-format.json",
                model.replace("\"codesign-accuracy-model\"", "\"onnx\""),
                "/format: expected 'codesign-accuracy-model', got 'onnx'");
    }

    private static ArrayNode genome(ObjectNode study) {
        return (ArrayNode) study.at("/runs/0/points/0/genome");
    }

    private void study(ObjectNode base, String name, Consumer<ObjectNode> edit, String fragment) throws IOException {
        ObjectNode copy = base.deepCopy();
        edit.accept(copy);
        add("study", name + ".codesign.json", JSON.writeValueAsString(copy), fragment);
    }

    // ---------------------------------------------------------------------------------- output

    private void add(String kind, String file, String content, String fragment) throws IOException {
        Path path = ROOT.resolve(kind).resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
        if (!fragment.isEmpty() && !file.contains("/")) {
            expected.computeIfAbsent(kind, k -> new TreeMap<>()).put(file, fragment);
        }
    }

    private void writeExpected() throws IOException {
        for (String kind : KINDS) {
            StringBuilder sb = new StringBuilder("# file\tfragment the message must contain (alternatives split by |);"
                    + " generated by MalformedCorpus\n");
            expected.getOrDefault(kind, Map.of())
                    .forEach((file, fragment) ->
                            sb.append(file).append('\t').append(fragment).append('\n'));
            Files.writeString(ROOT.resolve(kind).resolve("expected.tsv"), sb.toString());
        }
    }
}
