package org.codesign.space;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.codesign.space.LayerOp.Kind;
import org.codesign.space.LayerOp.Shape;

/**
 * Reads and checks a layer-list network. The format, written by hand or generated:
 *
 * <pre>
 * {"name": "resnet18", "top1": 69.758, "input": [3, 224, 224], "layers": [
 *   {"name": "conv1", "op": "conv", "out": 64, "kernel": 7, "stride": 2, "padding": 3, "bn": true},
 *   {"name": "maxpool", "op": "maxpool", "kernel": 3, "stride": 2, "padding": 1},
 *   {"name": "layer1.0.conv1", "op": "conv", "out": 64, "kernel": 3, "padding": 1, "bn": true},
 *   ...
 *   {"name": "layer1.0", "op": "add", "inputs": ["layer1.0.conv2", "maxpool"]}, ...]}
 * </pre>
 *
 * Each layer reads the previous one unless {@code input} names another; {@code add} and
 * {@code concat} name theirs in {@code inputs}. Ops and their keys (defaults in brackets):
 * {@code conv} out, kernel, stride [1], padding [0], groups [1], bias [false], bn [false];
 * {@code depthwise} the same without out and groups; {@code fc} in, out, bias [true];
 * {@code maxpool}/{@code avgpool} kernel, stride [kernel], padding [0], ceil [false];
 * {@code adaptiveavgpool} size; {@code batchnorm} (a norm of its input, e.g. DenseNet's
 * pre-activation); {@code concat} and {@code add} inputs. Kernel, stride, padding and size
 * take a number or [height, width]. Any layer may state its output {@code shape} [C, H, W],
 * which is then checked. Sizes follow PyTorch: ⌊(H + 2·pad − k) / stride⌋ + 1.
 */
public final class LayerListReader {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Set<String> TOP =
            Set.of("name", "description", "source", "licence", "top1", "input", "layers");
    private static final Set<String> COMMON = Set.of("name", "op", "input", "shape");
    private static final Map<Kind, Set<String>> KEYS = Map.of(
            Kind.CONV, Set.of("out", "kernel", "stride", "padding", "groups", "bias", "bn"),
            Kind.DEPTHWISE, Set.of("kernel", "stride", "padding", "bias", "bn"),
            Kind.FC, Set.of("in", "out", "bias"),
            Kind.MAXPOOL, Set.of("kernel", "stride", "padding", "ceil"),
            Kind.AVGPOOL, Set.of("kernel", "stride", "padding", "ceil"),
            Kind.ADAPTIVEAVGPOOL, Set.of("size"),
            Kind.BATCHNORM, Set.of(),
            Kind.CONCAT, Set.of("inputs"),
            Kind.ADD, Set.of("inputs"));
    /** Far above any real network, and small enough that every count stays far from overflow. */
    private static final int MAX_DIMENSION = 1 << 16;

    private final String file;

    private LayerListReader(String file) {
        this.file = file;
    }

    /** Parses {@code text}; {@code file} names it in messages ("file: /layers/3 (conv1): problem"). */
    public static LayerList parse(String file, String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null
                            ? ""
                            : " (line " + e.getLocation().getLineNr() + ")"));
        }
        if (root == null || root.isMissingNode()) {
            throw new IllegalArgumentException(file + ": the file is empty");
        }
        return new LayerListReader(file).read(root);
    }

    private IllegalArgumentException error(String pointer, String problem) {
        return new IllegalArgumentException(file + ": " + (pointer.isEmpty() ? "/" : pointer) + ": " + problem);
    }

    private LayerList read(JsonNode root) {
        object(root, "", TOP);
        String name = text(required(root, "", "name"), "/name");
        String description = root.has("description") ? text(root.get("description"), "/description") : "";
        for (String key : List.of("source", "licence")) {
            if (root.has(key)) {
                text(root.get(key), "/" + key);
            }
        }
        double top1 = Double.NaN;
        if (root.has("top1")) {
            JsonNode t = root.get("top1");
            if (!t.isNumber() || !(t.asDouble() > 0) || t.asDouble() > 100) {
                throw error("/top1", "expected a top-1 accuracy in percent (more than 0, at most 100), found " + t);
            }
            top1 = t.asDouble();
        }
        Shape input = shape(required(root, "", "input"), "/input");
        JsonNode layers = required(root, "", "layers");
        if (!layers.isArray() || layers.isEmpty()) {
            throw error("/layers", "expected a non-empty list of layers, found " + describe(layers));
        }
        List<LayerOp> ops = new ArrayList<>();
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            LayerOp op = layer(layers.get(i), "/layers/" + i, ops, byName, input);
            byName.put(op.name(), i);
            ops.add(op);
        }
        return new LayerList(name, description, top1, input, ops);
    }

    private LayerOp layer(JsonNode node, String at, List<LayerOp> ops, Map<String, Integer> byName, Shape image) {
        if (!node.isObject()) {
            throw error(at, "expected a layer object, found " + describe(node));
        }
        String name = text(required(node, at, "name"), at + "/name");
        if (name.isBlank()) {
            throw error(at + "/name", "a layer name must not be blank");
        }
        if (byName.containsKey(name)) {
            throw error(
                    at + "/name",
                    "layer name '" + name + "' is used twice (first at /layers/" + byName.get(name) + ")");
        }
        String where = at + " (" + name + ")";
        Kind kind = kind(required(node, at, "op"), at + "/op");
        Set<String> allowed = new java.util.HashSet<>(COMMON);
        allowed.addAll(KEYS.get(kind));
        object(node, at, allowed);
        List<Integer> inputs = inputs(node, at, kind, ops, byName);
        List<Shape> in = new ArrayList<>();
        for (int index : inputs) {
            in.add(index == LayerOp.NETWORK_INPUT ? image : ops.get(index).shape());
        }
        Shape x = in.get(0);
        Builder b = new Builder(name, at, kind, inputs);
        switch (kind) {
            case CONV, DEPTHWISE -> {
                b.out = kind == Kind.CONV ? positive(required(node, at, "out"), at + "/out") : x.channels();
                b.groups = kind == Kind.CONV ? optionalPositive(node, at, "groups", 1) : x.channels();
                if (x.channels() % b.groups != 0 || b.out % b.groups != 0) {
                    throw error(
                            where,
                            "groups " + b.groups + " must divide the input channels (" + x.channels()
                                    + ") and the output channels (" + b.out + ")");
                }
                window(node, at, b, true);
                b.bias = flag(node, at, "bias", false);
                b.batchNorm = flag(node, at, "bn", false);
                b.shape = new Shape(
                        b.out,
                        size(where, "height", x.height(), b.kernelH, b.strideH, b.padH, false),
                        size(where, "width", x.width(), b.kernelW, b.strideW, b.padW, false));
            }
            case FC -> {
                b.in = positive(required(node, at, "in"), at + "/in");
                b.out = positive(required(node, at, "out"), at + "/out");
                if (b.in != x.size()) {
                    throw error(
                            at + "/in",
                            "fc expects " + b.in + " input features but its input " + source(inputs, ops) + " is " + x
                                    + " = " + x.size() + " values");
                }
                b.bias = flag(node, at, "bias", true);
                b.shape = new Shape(b.out, 1, 1);
            }
            case MAXPOOL, AVGPOOL -> {
                window(node, at, b, false);
                b.ceilMode = flag(node, at, "ceil", false);
                b.shape = new Shape(
                        x.channels(),
                        size(where, "height", x.height(), b.kernelH, b.strideH, b.padH, b.ceilMode),
                        size(where, "width", x.width(), b.kernelW, b.strideW, b.padW, b.ceilMode));
            }
            case ADAPTIVEAVGPOOL -> {
                int[] size = pair(required(node, at, "size"), at + "/size");
                b.poolH = size[0];
                b.poolW = size[1];
                b.shape = new Shape(x.channels(), size[0], size[1]);
            }
            case BATCHNORM -> {
                if (inputs.get(0) == LayerOp.NETWORK_INPUT) {
                    throw error(where, "a batchnorm of the network input has no layer to count its parameters with");
                }
                b.shape = x;
            }
            case CONCAT -> {
                int channels = 0;
                for (int i = 0; i < in.size(); i++) {
                    Shape s = in.get(i);
                    if (s.height() != x.height() || s.width() != x.width()) {
                        throw error(
                                at + "/inputs/" + i,
                                "concat needs equal spatial sizes: " + name(inputs.get(i), ops) + " is " + s + " but "
                                        + name(inputs.get(0), ops) + " is " + x);
                    }
                    channels = Math.addExact(channels, s.channels());
                }
                b.shape = new Shape(channels, x.height(), x.width());
            }
            case ADD -> {
                for (int i = 1; i < in.size(); i++) {
                    if (!in.get(i).equals(x)) {
                        throw error(
                                at + "/inputs/" + i,
                                "add needs equal shapes: " + name(inputs.get(i), ops) + " is " + in.get(i) + " but "
                                        + name(inputs.get(0), ops) + " is " + x);
                    }
                }
                b.shape = x;
            }
            default -> throw new IllegalStateException(kind.toString());
        }
        check(b.shape, where);
        if (node.has("shape")) {
            Shape stated = shape(node.get("shape"), at + "/shape");
            if (!stated.equals(b.shape)) {
                throw error(at + "/shape", "the file states " + stated + " but the layer computes " + b.shape);
            }
        }
        return b.build();
    }

    private List<Integer> inputs(JsonNode node, String at, Kind kind, List<LayerOp> ops, Map<String, Integer> byName) {
        List<Integer> inputs = new ArrayList<>();
        if (kind == Kind.CONCAT || kind == Kind.ADD) {
            if (node.has("input")) {
                throw error(at + "/input", kind.label() + " takes \"inputs\" (a list of layer names), not \"input\"");
            }
            JsonNode list = required(node, at, "inputs");
            if (!list.isArray() || list.size() < 2) {
                throw error(
                        at + "/inputs",
                        kind.label() + " needs a list of at least two layer names, found " + describe(list));
            }
            for (int i = 0; i < list.size(); i++) {
                inputs.add(reference(list.get(i), at + "/inputs/" + i, byName));
            }
        } else if (node.has("input")) {
            inputs.add(reference(node.get("input"), at + "/input", byName));
        } else {
            inputs.add(ops.isEmpty() ? LayerOp.NETWORK_INPUT : ops.size() - 1);
        }
        return inputs;
    }

    private int reference(JsonNode node, String at, Map<String, Integer> byName) {
        String ref = text(node, at);
        if (ref.equals("input")) {
            return LayerOp.NETWORK_INPUT;
        }
        Integer index = byName.get(ref);
        if (index == null) {
            throw error(
                    at,
                    "no earlier layer is named '" + ref + "' (a layer can only read layers above it, or"
                            + " \"input\" for the image)");
        }
        return index;
    }

    private void window(JsonNode node, String at, Builder b, boolean conv) {
        int[] kernel = pair(required(node, at, "kernel"), at + "/kernel");
        int[] stride = node.has("stride") ? pair(node.get("stride"), at + "/stride") : conv ? new int[] {1, 1} : kernel;
        int[] pad = node.has("padding") ? pairAllowZero(node.get("padding"), at + "/padding") : new int[] {0, 0};
        if (!conv && (2 * pad[0] > kernel[0] || 2 * pad[1] > kernel[1])) {
            throw error(
                    at + "/padding",
                    "pooling padding must be at most half the kernel, got padding " + pad[0] + "×" + pad[1]
                            + " for kernel " + kernel[0] + "×" + kernel[1]);
        }
        b.kernelH = kernel[0];
        b.kernelW = kernel[1];
        b.strideH = stride[0];
        b.strideW = stride[1];
        b.padH = pad[0];
        b.padW = pad[1];
    }

    /** PyTorch's output size; ceil mode drops a last window that would start in the right padding. */
    private int size(String where, String axis, int size, int kernel, int stride, int pad, boolean ceil) {
        int span = size + 2 * pad - kernel;
        if (span < 0) {
            throw error(
                    where,
                    "the input " + axis + " " + size + " (padded: " + (size + 2 * pad) + ") is smaller than the kernel "
                            + kernel);
        }
        int out = (ceil ? (span + stride - 1) / stride : span / stride) + 1;
        if (ceil && (out - 1) * stride >= size + pad) {
            out--;
        }
        return out;
    }

    private void check(Shape s, String where) {
        if (s.channels() > MAX_DIMENSION * 64 || s.height() > MAX_DIMENSION || s.width() > MAX_DIMENSION) {
            throw error(where, "output " + s + " is too large");
        }
    }

    private String source(List<Integer> inputs, List<LayerOp> ops) {
        return name(inputs.get(0), ops);
    }

    private static String name(int index, List<LayerOp> ops) {
        return index == LayerOp.NETWORK_INPUT
                ? "the network input"
                : "'" + ops.get(index).name() + "'";
    }

    private Kind kind(JsonNode node, String at) {
        String label = text(node, at);
        for (Kind k : Kind.values()) {
            if (k.label().equals(label)) {
                return k;
            }
        }
        List<String> known = new ArrayList<>();
        for (Kind k : Kind.values()) {
            known.add(k.label());
        }
        throw error(at, "unknown op '" + label + "' (one of " + String.join(", ", known) + ")");
    }

    private void object(JsonNode node, String at, Set<String> allowed) {
        if (!node.isObject()) {
            throw error(at, "expected an object, found " + describe(node));
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw error(
                        at + "/" + key,
                        "unknown key '" + key + "' here (allowed: "
                                + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    private JsonNode required(JsonNode node, String at, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            throw error(at + "/" + key, "missing");
        }
        return v;
    }

    private String text(JsonNode node, String at) {
        if (!node.isTextual()) {
            throw error(at, "expected a string, found " + describe(node));
        }
        return node.textValue();
    }

    private boolean flag(JsonNode node, String at, String key, boolean fallback) {
        JsonNode v = node.get(key);
        if (v == null) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw error(at + "/" + key, "expected true or false, found " + describe(v));
        }
        return v.booleanValue();
    }

    private int optionalPositive(JsonNode node, String at, String key, int fallback) {
        return node.has(key) ? positive(node.get(key), at + "/" + key) : fallback;
    }

    private int positive(JsonNode node, String at) {
        int v = integer(node, at);
        if (v <= 0) {
            throw error(at, "must be positive, got " + v);
        }
        return v;
    }

    private int integer(JsonNode node, String at) {
        if (!node.isIntegralNumber() || !node.canConvertToInt() || Math.abs(node.intValue()) > MAX_DIMENSION * 64) {
            throw error(at, "expected a whole number, found " + describe(node));
        }
        return node.intValue();
    }

    private int[] pair(JsonNode node, String at) {
        int[] p = pairAllowZero(node, at);
        if (p[0] <= 0 || p[1] <= 0) {
            throw error(at, "must be positive, got " + node);
        }
        return p;
    }

    private int[] pairAllowZero(JsonNode node, String at) {
        if (node.isArray()) {
            if (node.size() != 2) {
                throw error(at, "expected a number or [height, width], found " + node);
            }
            int[] p = {integer(node.get(0), at + "/0"), integer(node.get(1), at + "/1")};
            if (p[0] < 0 || p[1] < 0) {
                throw error(at, "must not be negative, got " + node);
            }
            return p;
        }
        int v = integer(node, at);
        if (v < 0) {
            throw error(at, "must not be negative, got " + v);
        }
        return new int[] {v, v};
    }

    private Shape shape(JsonNode node, String at) {
        if (!node.isArray() || node.size() != 3) {
            throw error(at, "expected [channels, height, width], found " + describe(node));
        }
        return new Shape(
                positive(node.get(0), at + "/0"), positive(node.get(1), at + "/1"), positive(node.get(2), at + "/2"));
    }

    private static String describe(JsonNode node) {
        String text = node.toString();
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " "
                + (text.length() > 40 ? text.substring(0, 40) + "…" : text);
    }

    /** Collects one entry's fields. */
    private static final class Builder {
        final String name;
        final String pointer;
        final Kind kind;
        final List<Integer> inputs;
        int out;
        int in;
        int kernelH;
        int kernelW;
        int strideH;
        int strideW;
        int padH;
        int padW;
        int groups;
        boolean bias;
        boolean batchNorm;
        boolean ceilMode;
        int poolH;
        int poolW;
        Shape shape;

        Builder(String name, String pointer, Kind kind, List<Integer> inputs) {
            this.name = name;
            this.pointer = pointer;
            this.kind = kind;
            this.inputs = inputs;
        }

        LayerOp build() {
            return new LayerOp(
                    name, pointer, kind, inputs, out, in, kernelH, kernelW, strideH, strideW, padH, padW, groups, bias,
                    batchNorm, ceilMode, poolH, poolW, shape);
        }
    }
}
