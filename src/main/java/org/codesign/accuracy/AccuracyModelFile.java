package org.codesign.accuracy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes the accuracy model's coefficients as JSON. Every error names the file and the
 * offending field as a JSON pointer. Reading is strict (duplicate keys, trailing text and unknown
 * keys are errors); {@code description}, {@code formula} and {@code calibration} document the file
 * and are not read.
 */
public final class AccuracyModelFile {
    private AccuracyModelFile() {}

    public static final String FORMAT = "codesign-accuracy-model";
    public static final int VERSION = 2;
    static final String FORMULA = "top1 = 100 - (floor + exp(offset - curvature * z)), per family; z = ln(MACs / 1e8)"
            + " + paramsWeight * ln(params / 1e6) + resolution * ln(resolution / 224) + width * ln(width)"
            + " + widthSquared * min(ln(width), 0)^2 + resolutionWidth * max(ln(resolution / 96), 0) * ln(width) + sum_s depth[s] * blocks[s] / 4 + kernel * meanKernel / 7"
            + " + expansion * meanExpansion / 6; interval: +- halfWidth, widened to the prediction at the nearest"
            + " point of the trust region outside it";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    /** Fitted coefficients are of order 0.01 to 20; beyond this exp() overflows and every prediction is 0 or 100. */
    private static final double LARGEST_COEFFICIENT = 1000;

    private static final List<String> TOP_KEYS = List.of(
            "format",
            "version",
            "description",
            "formula",
            "errorFloor",
            "paramsWeight",
            "resolutionWeight",
            "families",
            "calibration",
            "modelVersion");

    /**
     * Reads a coefficients file. Every problem, an unreadable file included, is an
     * IllegalArgumentException "FILE: /json/pointer: what is wrong" that the CLI shows as is.
     */
    public static AccuracyCoefficients read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": /: no such file");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": /: not a UTF-8 text file");
        } catch (IOException e) {
            String why = Files.isDirectory(file) ? "a folder, not a file" : "cannot be read (" + e.getMessage() + ")";
            throw new IllegalArgumentException(file + ": /: " + why, e);
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
            var loc = e.getLocation();
            throw new IllegalArgumentException(
                    source + ": /: not valid JSON"
                            + (loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr())
                            + " ("
                            + firstLine(e.getOriginalMessage()) + ")",
                    e);
        }
        try {
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("/: expected a JSON object");
            }
            onlyKeys(root, "", TOP_KEYS);
            JsonNode format = root.get("format");
            if (format != null && !FORMAT.equals(format.asText())) {
                throw new IllegalArgumentException("/format: expected '" + FORMAT + "', got '" + format.asText() + "'");
            }
            JsonNode version = root.get("version");
            if (version != null && (!version.canConvertToInt() || version.asInt() > VERSION || version.asInt() < 1)) {
                throw new IllegalArgumentException(
                        "/version: this program reads versions 1 to " + VERSION + ", got " + version);
            }
            int fileVersion = version == null ? VERSION : version.asInt();
            JsonNode familiesNode = root.get("families");
            if (familiesNode == null || !familiesNode.isObject()) {
                throw new IllegalArgumentException("/families: missing or not an object (one object per family: "
                        + Arrays.stream(Family.values()).map(Family::key).toList() + ")");
            }
            Map<Family, FamilyCoefficients> families = new EnumMap<>(Family.class);
            for (Map.Entry<String, JsonNode> entry : familiesNode.properties()) {
                String path = "/families/" + entry.getKey();
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
                if (!entry.getValue().isObject()) {
                    throw new IllegalArgumentException(path + ": expected an object, got "
                            + entry.getValue().getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
                }
                families.put(
                        family,
                        fileVersion == 1
                                ? FamilyNodes.fromVersion1(
                                        entry.getValue(), path, number(root, "errorFloor", ""), resolutionWeight(root))
                                : FamilyNodes.read(entry.getValue(), path));
            }
            if (fileVersion >= 2) {
                for (String v1 : List.of("errorFloor", "resolutionWeight")) {
                    if (root.has(v1)) {
                        throw new IllegalArgumentException(
                                "/" + v1 + ": a version-1 key (version 2 has it per family)");
                    }
                }
            }
            try {
                return new AccuracyCoefficients(number(root, "paramsWeight", ""), families);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(asPointer(e.getMessage()), e);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    /** The {@code modelVersion} a calibrated file carries (0 without one); the file was read once already. */
    static int modelVersion(Path file) {
        try {
            JsonNode v = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8))
                    .get("modelVersion");
            if (v == null) {
                return 0;
            }
            if (!v.canConvertToInt() || v.asInt() < 0) {
                throw new IllegalArgumentException(file + ": /modelVersion: expected a whole number ≥ 0, got " + v);
            }
            return v.asInt();
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": /: cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static double resolutionWeight(JsonNode root) {
        return number(root, "resolutionWeight", "");
    }

    static void onlyKeys(JsonNode object, String path, List<String> allowed) {
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            if (!allowed.contains(entry.getKey())) {
                throw new IllegalArgumentException(path + "/" + entry.getKey() + ": unknown key (expected one of "
                        + String.join(", ", allowed) + ")");
            }
        }
    }

    /** "families.mbv3-ofa.curvature: ..." (the coefficients' own messages) as "/families/mbv3-ofa/curvature: ...". */
    private static String asPointer(String message) {
        int colon = message.indexOf(": ");
        return colon < 0 || message.substring(0, colon).contains(" ")
                ? "/: " + message
                : "/" + message.substring(0, colon).replace('.', '/') + message.substring(colon);
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    static double number(JsonNode parent, String field, String parentPath) {
        String path = parentPath + "/" + field;
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException(path + ": missing");
        }
        if (!node.isNumber()) {
            throw new IllegalArgumentException(path + ": expected a number, got " + node);
        }
        double v = node.asDouble();
        if (!(Math.abs(v) <= LARGEST_COEFFICIENT)) {
            throw new IllegalArgumentException(path + ": " + node + " is out of range (allowed: -"
                    + (int) LARGEST_COEFFICIENT + " to " + (int) LARGEST_COEFFICIENT + ")");
        }
        return v;
    }

    /** The JSON text of a coefficients file; {@code calibration} (may be null) documents how it was fitted. */
    public static String format(AccuracyCoefficients c, String description, JsonNode calibration) {
        return format(c, description, calibration, 0);
    }

    /** The same for a study's calibrated model number {@code modelVersion} (0: written without one). */
    public static String format(AccuracyCoefficients c, String description, JsonNode calibration, int modelVersion) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        if (modelVersion > 0) {
            root.put("modelVersion", modelVersion);
        }
        root.put("description", description);
        root.put("formula", FORMULA);
        root.put("paramsWeight", c.paramsWeight());
        ObjectNode families = root.putObject("families");
        for (Family f : Family.values()) {
            families.set(f.key(), FamilyNodes.write(c.families().get(f), MAPPER));
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
