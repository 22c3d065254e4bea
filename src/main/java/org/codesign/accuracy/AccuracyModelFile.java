package org.codesign.accuracy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Reads and writes the accuracy model's coefficients as JSON. Every error names the file and the
 * offending field. Keys besides the coefficients ({@code description}, {@code formula},
 * {@code calibration}) document the file and are ignored on reading.
 */
public final class AccuracyModelFile {
    private AccuracyModelFile() {}

    public static final String FORMAT = "codesign-accuracy-model";
    public static final int VERSION = 1;
    static final String FORMULA = "top1 = 100 - (errorFloor + exp(offset[family] - curvature[family] * z)); "
            + "z = ln(MACs / 1e8) + paramsWeight * ln(params / 1e6) + resolutionWeight * ln(resolution / 224)";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static AccuracyCoefficients read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "accuracy model file " + file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return parse(text, file.toString());
    }

    public static AccuracyCoefficients read(InputStream in, String source) {
        try {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), source);
        } catch (IOException e) {
            throw new UncheckedIOException("accuracy model file " + source + ": cannot be read", e);
        }
    }

    /** Parses the JSON text of a coefficients file; {@code source} names it in messages. */
    public static AccuracyCoefficients parse(String json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        try {
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("(root): expected a JSON object");
            }
            JsonNode format = root.get("format");
            if (format != null && !FORMAT.equals(format.asText())) {
                throw new IllegalArgumentException("format: expected '" + FORMAT + "', got '" + format.asText() + "'");
            }
            JsonNode version = root.get("version");
            if (version != null && (!version.canConvertToInt() || version.asInt() > VERSION)) {
                throw new IllegalArgumentException(
                        "version: this program reads version " + VERSION + " or older, got " + version);
            }
            JsonNode familiesNode = root.get("families");
            if (familiesNode == null || !familiesNode.isObject()) {
                throw new IllegalArgumentException("families: missing or not an object");
            }
            Map<Family, FamilyCoefficients> families = new EnumMap<>(Family.class);
            for (Map.Entry<String, JsonNode> entry : familiesNode.properties()) {
                String path = "families." + entry.getKey();
                Family family;
                try {
                    family = Family.parse(entry.getKey());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(
                            path + ": unknown family (known: "
                                    + Arrays.stream(Family.values())
                                            .map(Family::key)
                                            .toList() + ")",
                            e);
                }
                families.put(
                        family,
                        new FamilyCoefficients(
                                number(entry.getValue(), "offset", path), number(entry.getValue(), "curvature", path)));
            }
            return new AccuracyCoefficients(
                    number(root, "errorFloor", null),
                    number(root, "paramsWeight", null),
                    number(root, "resolutionWeight", null),
                    families);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private static double number(JsonNode parent, String field, String parentPath) {
        String path = parentPath == null ? field : parentPath + "." + field;
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException(path + ": missing");
        }
        if (!node.isNumber()) {
            throw new IllegalArgumentException(path + ": expected a number, got " + node);
        }
        return node.asDouble();
    }

    /** The JSON text of a coefficients file; {@code calibration} (may be null) documents how it was fitted. */
    public static String format(AccuracyCoefficients c, String description, JsonNode calibration) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("description", description);
        root.put("formula", FORMULA);
        root.put("errorFloor", c.errorFloor());
        root.put("paramsWeight", c.paramsWeight());
        root.put("resolutionWeight", c.resolutionWeight());
        ObjectNode families = root.putObject("families");
        for (Family f : Family.values()) {
            ObjectNode node = families.putObject(f.key());
            node.put("offset", c.families().get(f).offset());
            node.put("curvature", c.families().get(f).curvature());
        }
        if (calibration != null) {
            root.set("calibration", calibration);
        }
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot format the accuracy model", e);
        }
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }
}
