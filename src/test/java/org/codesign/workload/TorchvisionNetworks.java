package org.codesign.workload;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.codesign.space.LayerList;
import org.codesign.space.LayerListReader;

/**
 * Generates the layer-list files of {@code samples/networks/} from a transcription of
 * torchvision's model definitions (torchvision/models/{alexnet,squeezenet,resnet,densenet,vgg,
 * mobilenetv2}.py). Layer names are torchvision's module paths; entries torchvision has no
 * module for (residual additions, DenseNet concatenations, the functional global pools) get
 * the name of the block they close. Batch norms that follow a conv are its {@code bn} flag.
 *
 * <p>Run from the repository root to rewrite the files:
 * {@code java -cp target/classes:target/test-classes:CP org.codesign.workload.TorchvisionNetworks}.
 */
public final class TorchvisionNetworks {
    static final Path DIR = Path.of("samples", "networks");
    static final Path REFERENCE = DIR.resolve("torchvision-reference.csv");
    private static final int CLASSES = 1000;
    private static final JsonMapper COMPACT = JsonMapper.builder().build();

    private TorchvisionNetworks() {}

    public static void main(String[] args) throws IOException {
        for (Map.Entry<String, String> e : generateAll().entrySet()) {
            Files.writeString(DIR.resolve(e.getKey() + ".json"), e.getValue(), StandardCharsets.UTF_8);
            System.out.println("wrote " + DIR.resolve(e.getKey() + ".json"));
        }
    }

    /** The text of every bundled file by model name. */
    static Map<String, String> generateAll() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (Reference r : references()) {
            files.put(r.model(), text(build(r), r));
        }
        return files;
    }

    /** One row of {@code torchvision-reference.csv}. */
    record Reference(String model, String sourceFile, long params, double gmacs, double top1) {}

    static List<Reference> references() throws IOException {
        List<Reference> rows = new ArrayList<>();
        for (String line : Files.readAllLines(REFERENCE, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("model,") || line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            rows.add(new Reference(
                    f[0], f[1], Long.parseLong(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])));
        }
        return rows;
    }

    private static Emitter build(Reference r) {
        String m = r.model();
        if (m.equals("alexnet")) {
            return alexNet();
        }
        if (m.startsWith("squeezenet")) {
            return squeezeNet(m.equals("squeezenet1_0"));
        }
        if (m.startsWith("resnet")) {
            return switch (m) {
                case "resnet18" -> resNet(false, 2, 2, 2, 2);
                case "resnet34" -> resNet(false, 3, 4, 6, 3);
                case "resnet50" -> resNet(true, 3, 4, 6, 3);
                case "resnet101" -> resNet(true, 3, 4, 23, 3);
                default -> resNet(true, 3, 8, 36, 3);
            };
        }
        if (m.startsWith("densenet")) {
            return switch (m) {
                case "densenet121" -> denseNet(32, 64, 6, 12, 24, 16);
                case "densenet161" -> denseNet(48, 96, 6, 12, 36, 24);
                case "densenet169" -> denseNet(32, 64, 6, 12, 32, 32);
                default -> denseNet(32, 64, 6, 12, 48, 32);
            };
        }
        if (m.startsWith("vgg")) {
            return vgg(
                    switch (m) {
                        case "vgg11" -> new int[] {64, 0, 128, 0, 256, 256, 0, 512, 512, 0, 512, 512, 0};
                        case "vgg13" -> new int[] {64, 64, 0, 128, 128, 0, 256, 256, 0, 512, 512, 0, 512, 512, 0};
                        case "vgg16" ->
                            new int[] {64, 64, 0, 128, 128, 0, 256, 256, 256, 0, 512, 512, 512, 0, 512, 512, 512, 0};
                        default ->
                            new int[] {
                                64, 64, 0, 128, 128, 0, 256, 256, 256, 256, 0, 512, 512, 512, 512, 0, 512, 512, 512,
                                512, 0
                            };
                    });
        }
        if (m.equals("mobilenet_v2")) {
            return mobileNetV2();
        }
        throw new IllegalArgumentException("no generator for " + m);
    }

    private static Emitter alexNet() {
        Emitter e = new Emitter();
        e.conv("features.0", 64, 11, 4, 2, 1, true, false);
        e.pool("features.2", "maxpool", 3, 2, 0, false);
        e.conv("features.3", 192, 5, 1, 2, 1, true, false);
        e.pool("features.5", "maxpool", 3, 2, 0, false);
        e.conv("features.6", 384, 3, 1, 1, 1, true, false);
        e.conv("features.8", 256, 3, 1, 1, 1, true, false);
        e.conv("features.10", 256, 3, 1, 1, 1, true, false);
        e.pool("features.12", "maxpool", 3, 2, 0, false);
        e.adaptive("avgpool", 6);
        e.fc("classifier.1", 256 * 6 * 6, 4096);
        e.fc("classifier.4", 4096, 4096);
        e.fc("classifier.6", 4096, CLASSES);
        return e;
    }

    private static Emitter squeezeNet(boolean v10) {
        Emitter e = new Emitter();
        if (v10) {
            e.conv("features.0", 96, 7, 2, 0, 1, true, false);
            e.pool("features.2", "maxpool", 3, 2, 0, true);
            fire(e, "features.3", 16, 64);
            fire(e, "features.4", 16, 64);
            fire(e, "features.5", 32, 128);
            e.pool("features.6", "maxpool", 3, 2, 0, true);
            fire(e, "features.7", 32, 128);
            fire(e, "features.8", 48, 192);
            fire(e, "features.9", 48, 192);
            fire(e, "features.10", 64, 256);
            e.pool("features.11", "maxpool", 3, 2, 0, true);
            fire(e, "features.12", 64, 256);
        } else {
            e.conv("features.0", 64, 3, 2, 0, 1, true, false);
            e.pool("features.2", "maxpool", 3, 2, 0, true);
            fire(e, "features.3", 16, 64);
            fire(e, "features.4", 16, 64);
            e.pool("features.5", "maxpool", 3, 2, 0, true);
            fire(e, "features.6", 32, 128);
            fire(e, "features.7", 32, 128);
            e.pool("features.8", "maxpool", 3, 2, 0, true);
            fire(e, "features.9", 48, 192);
            fire(e, "features.10", 48, 192);
            fire(e, "features.11", 64, 256);
            fire(e, "features.12", 64, 256);
        }
        e.conv("classifier.1", CLASSES, 1, 1, 0, 1, true, false);
        e.adaptive("classifier.3", 1);
        return e;
    }

    /** Squeeze 1×1, then 1×1 and 3×3 expands of the squeezed map, concatenated. */
    private static void fire(Emitter e, String name, int squeeze, int expand) {
        String s = e.conv(name + ".squeeze", squeeze, 1, 1, 0, 1, true, false);
        String a = e.conv(name + ".expand1x1", expand, 1, 1, 0, 1, true, false);
        e.from(s);
        String b = e.conv(name + ".expand3x3", expand, 3, 1, 1, 1, true, false);
        e.merge(name, "concat", a, b);
    }

    private static Emitter resNet(boolean bottleneck, int... blocks) {
        int expansion = bottleneck ? 4 : 1;
        Emitter e = new Emitter();
        e.conv("conv1", 64, 7, 2, 3, 1, false, true);
        String x = e.pool("maxpool", "maxpool", 3, 2, 1, false);
        int inplanes = 64;
        for (int stage = 0; stage < 4; stage++) {
            int planes = 64 << stage;
            for (int b = 0; b < blocks[stage]; b++) {
                String p = "layer" + (stage + 1) + "." + b;
                int stride = stage > 0 && b == 0 ? 2 : 1;
                String last;
                if (bottleneck) {
                    e.conv(p + ".conv1", planes, 1, 1, 0, 1, false, true);
                    e.conv(p + ".conv2", planes, 3, stride, 1, 1, false, true);
                    last = e.conv(p + ".conv3", planes * expansion, 1, 1, 0, 1, false, true);
                } else {
                    e.conv(p + ".conv1", planes, 3, stride, 1, 1, false, true);
                    last = e.conv(p + ".conv2", planes, 3, 1, 1, 1, false, true);
                }
                String identity = x;
                if (b == 0 && (stride != 1 || inplanes != planes * expansion)) {
                    e.from(x);
                    identity = e.conv(p + ".downsample.0", planes * expansion, 1, stride, 0, 1, false, true);
                }
                x = e.merge(p, "add", last, identity);
                inplanes = planes * expansion;
            }
        }
        e.adaptive("avgpool", 1);
        e.fc("fc", 512 * expansion, CLASSES);
        return e;
    }

    /** DenseNet-BC: pre-activation dense layers (norm1, conv1 + norm2, conv2), transitions halve channels. */
    private static Emitter denseNet(int growth, int initFeatures, int... blocks) {
        int bnSize = 4;
        Emitter e = new Emitter();
        e.conv("features.conv0", initFeatures, 7, 2, 3, 1, false, true);
        String features = e.pool("features.pool0", "maxpool", 3, 2, 1, false);
        int channels = initFeatures;
        for (int i = 0; i < blocks.length; i++) {
            for (int j = 1; j <= blocks[i]; j++) {
                String p = "features.denseblock" + (i + 1) + ".denselayer" + j;
                e.from(features);
                e.batchNorm(p + ".norm1");
                e.conv(p + ".conv1", bnSize * growth, 1, 1, 0, 1, false, true);
                String fresh = e.conv(p + ".conv2", growth, 3, 1, 1, 1, false, false);
                features = e.merge(p + ".concat", "concat", features, fresh);
                channels += growth;
            }
            if (i != blocks.length - 1) {
                String t = "features.transition" + (i + 1);
                e.batchNorm(t + ".norm");
                e.conv(t + ".conv", channels / 2, 1, 1, 0, 1, false, false);
                features = e.pool(t + ".pool", "avgpool", 2, 2, 0, false);
                channels /= 2;
            }
        }
        e.batchNorm("features.norm5");
        e.adaptive("avgpool", 1);
        e.fc("classifier", channels, CLASSES);
        return e;
    }

    /** VGG without batch norm: 3×3 convs (0 in the list: a 2×2 max pool), adaptive pool to 7×7, three FCs. */
    private static Emitter vgg(int[] cfg) {
        Emitter e = new Emitter();
        int index = 0;
        for (int v : cfg) {
            if (v == 0) {
                e.pool("features." + index, "maxpool", 2, 2, 0, false);
                index += 1;
            } else {
                e.conv("features." + index, v, 3, 1, 1, 1, true, false);
                index += 2; // conv, relu
            }
        }
        e.adaptive("avgpool", 7);
        e.fc("classifier.0", 512 * 7 * 7, 4096);
        e.fc("classifier.3", 4096, 4096);
        e.fc("classifier.6", 4096, CLASSES);
        return e;
    }

    private static Emitter mobileNetV2() {
        int[][] settings = {
            {1, 16, 1, 1}, {6, 24, 2, 2}, {6, 32, 3, 2}, {6, 64, 4, 2}, {6, 96, 3, 1}, {6, 160, 3, 2}, {6, 320, 1, 1}
        };
        Emitter e = new Emitter();
        String x = e.conv("features.0.0", 32, 3, 2, 1, 1, false, true);
        int in = 32;
        int index = 1;
        for (int[] s : settings) {
            for (int i = 0; i < s[2]; i++) {
                String p = "features." + index + ".conv";
                int stride = i == 0 ? s[3] : 1;
                int hidden = Math.round(in * (float) s[0]);
                int part = 0;
                if (s[0] != 1) {
                    e.conv(p + "." + part++ + ".0", hidden, 1, 1, 0, 1, false, true);
                }
                e.conv(p + "." + part++ + ".0", hidden, 3, stride, 1, hidden, false, true);
                String last = e.conv(p + "." + part, s[1], 1, 1, 0, 1, false, true);
                x = stride == 1 && in == s[1] ? e.merge("features." + index, "add", last, x) : last;
                in = s[1];
                index++;
            }
        }
        e.conv("features." + index + ".0", 1280, 1, 1, 0, 1, false, true);
        e.adaptive("avgpool", 1);
        e.fc("classifier.1", 1280, CLASSES);
        return e;
    }

    /** The file text: header fields, then one layer per line with its output shape. */
    private static String text(Emitter e, Reference r) throws IOException {
        ObjectNode head = JsonNodeFactory.instance.objectNode();
        head.put("name", r.model());
        head.put(
                "description",
                "torchvision " + r.model() + " at 224x224 (ImageNet, 1000 classes); top1 is"
                        + " torchvision's published acc@1 of the IMAGENET1K_V1 weights");
        head.put(
                "source",
                "pytorch/vision " + r.sourceFile() + ", generated by"
                        + " src/test/java/org/codesign/workload/TorchvisionNetworks.java");
        head.put("licence", "torchvision is BSD-3-Clause");
        head.put("top1", r.top1());
        head.set("input", JsonNodeFactory.instance.arrayNode().add(3).add(224).add(224));
        head.set("layers", e.layers);
        // Shapes come from the reader; it checks every layer on the way.
        LayerList checked = LayerListReader.parse(r.model(), COMPACT.writeValueAsString(head));
        StringBuilder sb = new StringBuilder("{\n");
        for (String key : List.of("name", "description", "source", "licence", "top1", "input")) {
            sb.append("  ")
                    .append(COMPACT.writeValueAsString(key))
                    .append(": ")
                    .append(COMPACT.writeValueAsString(head.get(key)))
                    .append(",\n");
        }
        sb.append("  \"layers\": [\n");
        for (int i = 0; i < e.layers.size(); i++) {
            ObjectNode layer = (ObjectNode) e.layers.get(i);
            var shape = checked.ops().get(i).shape();
            layer.set(
                    "shape",
                    JsonNodeFactory.instance
                            .arrayNode()
                            .add(shape.channels())
                            .add(shape.height())
                            .add(shape.width()));
            sb.append("    ").append(COMPACT.writeValueAsString(layer)).append(i + 1 < e.layers.size() ? ",\n" : "\n");
        }
        sb.append("  ]\n}\n");
        return sb.toString();
    }

    /** Appends layers; each reads the previous one unless {@link #from} moved the cursor. */
    private static final class Emitter {
        final ArrayNode layers = JsonNodeFactory.instance.arrayNode();
        private String last;
        private String next;

        void from(String name) {
            next = name;
        }

        private ObjectNode add(String name, String op) {
            ObjectNode n = layers.addObject();
            n.put("name", name);
            n.put("op", op);
            if (next != null && !next.equals(last)) {
                n.put("input", next);
            }
            next = null;
            last = name;
            return n;
        }

        String conv(String name, int out, int kernel, int stride, int padding, int groups, boolean bias, boolean bn) {
            ObjectNode n = add(name, "conv");
            n.put("out", out);
            n.put("kernel", kernel);
            if (stride != 1) {
                n.put("stride", stride);
            }
            if (padding != 0) {
                n.put("padding", padding);
            }
            if (groups != 1) {
                n.put("groups", groups);
            }
            if (bias) {
                n.put("bias", true);
            }
            if (bn) {
                n.put("bn", true);
            }
            return name;
        }

        String pool(String name, String op, int kernel, int stride, int padding, boolean ceil) {
            ObjectNode n = add(name, op);
            n.put("kernel", kernel);
            n.put("stride", stride);
            if (padding != 0) {
                n.put("padding", padding);
            }
            if (ceil) {
                n.put("ceil", true);
            }
            return name;
        }

        String adaptive(String name, int size) {
            add(name, "adaptiveavgpool").put("size", size);
            return name;
        }

        String batchNorm(String name) {
            add(name, "batchnorm");
            return name;
        }

        String fc(String name, int in, int out) {
            ObjectNode n = add(name, "fc");
            n.put("in", in);
            n.put("out", out);
            return name;
        }

        String merge(String name, String op, String a, String b) {
            next = null;
            ObjectNode n = layers.addObject();
            n.put("name", name);
            n.put("op", op);
            n.set("inputs", JsonNodeFactory.instance.arrayNode().add(a).add(b));
            last = name;
            return name;
        }
    }
}
