package org.codesign.cost.timeloop;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Timeloop reference cases copied from timeloop-accelergy-exercises into
 * src/test/resources/timeloop (see the README there): per case the input files as
 * {@code timeloop-model}/{@code timeloop-mapper} read them and the stats file of the reference run.
 */
public final class TimeloopCases {
    private TimeloopCases() {}

    public record Case(String name, List<Path> inputs, Path stats) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static Path root() {
        try {
            return Path.of(TimeloopCases.class.getResource("/timeloop").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The nine timeloop-model exercises of the 2020 ISPASS tutorial. */
    public static List<Case> ispass() {
        List<Case> out = new ArrayList<>();
        out.add(exercise("00-model-conv1d-1level", "conv1d-1level.map.yaml", ""));
        out.add(exercise("01-model-conv1d-2level", "conv1d-2level-os.map.yaml", "os"));
        out.add(exercise("01-model-conv1d-2level", "conv1d-2level-ws.map.yaml", "ws"));
        out.add(exercise("02-model-conv1d+oc-2level", "conv1d+oc-2level-os.map.yaml", "no-tiling"));
        out.add(exercise("02-model-conv1d+oc-2level", "conv1d+oc-2level-os-tiled.map.yaml", "tiling"));
        out.add(exercise("03-model-conv1d+oc-3level", "conv1d+oc-3level.map.yaml", "no-bypass"));
        out.add(exercise("03-model-conv1d+oc-3level", "conv1d+oc-3level-bypass.map.yaml", "bypass"));
        out.add(exercise("04-model-conv1d+oc-3levelspatial", "conv1d+oc+ic-3levelspatial-cp-ws.map.yaml", "cp"));
        out.add(exercise("04-model-conv1d+oc-3levelspatial", "conv1d+oc+ic-3levelspatial-kp-ws.map.yaml", "kp"));
        return out;
    }

    /** The four dense example designs on the default problem with the mapping their reference run chose. */
    public static List<Case> exampleDesigns() {
        List<Case> out = new ArrayList<>();
        for (String d : List.of("eyeriss_like", "simba_like", "simple_output_stationary", "simple_weight_stationary")) {
            out.add(design(d));
        }
        return out;
    }

    /**
     * The mapper comparisons (issue 17, item 4): the four example designs on the default problem and
     * 06-mapper-convlayer-eyeriss (VGG-02 layer 5), each without a mapping, with the stats of the
     * reference timeloop-mapper run.
     */
    public static List<Case> mapperCases() {
        List<Case> out = new ArrayList<>();
        for (Case c : exampleDesigns()) {
            out.add(new Case(
                    c.name(),
                    c.inputs().stream()
                            .filter(p -> !p.getFileName().toString().endsWith(".map.yaml"))
                            .toList(),
                    c.stats()));
        }
        Path d = root().resolve("ispass2020").resolve("06-mapper-convlayer-eyeriss");
        Path ref = d.resolve("ref-output");
        out.add(new Case(
                "06-mapper-convlayer-eyeriss",
                List.of(
                        d.resolve("arch"),
                        d.resolve("prob"),
                        ref.resolve("timeloop-mapper.ERT.yaml"),
                        ref.resolve("timeloop-mapper.ART.yaml")),
                ref.resolve("timeloop-mapper.stats.txt")));
        return out;
    }

    /**
     * A study in {@code dir} whose hardware is an imported Timeloop architecture: the folder
     * {@code arch/} holds simple_weight_stationary's arch.yaml with its reference run's ERT and ART;
     * the hardware space varies the PE array's mesh and two buffers' depths; the fixed hardware has
     * the file's values; the network side is the dataflow sample's (fixed network ResNet-18).
     *
     * @return the study file
     */
    public static Path importedArchitectureStudy(Path dir) throws java.io.IOException {
        Path arch = java.nio.file.Files.createDirectories(dir.resolve("arch"));
        Case ws = design("simple_weight_stationary");
        java.nio.file.Files.copy(ws.inputs().get(0), arch.resolve("arch.yaml"));
        java.nio.file.Files.copy(ws.inputs().get(3), arch.resolve("ERT.yaml"));
        java.nio.file.Files.copy(ws.inputs().get(4), arch.resolve("ART.yaml"));
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var study = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(
                Path.of("samples/accelerator-dataflow.codesign.json").toFile());
        study.put("name", "Imported Timeloop architecture");
        var hw = study.putObject("hardwareSpace");
        hw.put("template", "timeloop");
        var params = hw.putObject("parameters");
        params.putArray("architecture").add("arch");
        params.putArray("PE.meshX").add(8).add(16);
        params.putArray("PE.meshY").add(8).add(16);
        params.putArray("shared_glb.depth").add(4096).add(16384);
        params.putArray("pe_spad.depth").add(96).add(192);
        var fixed = study.putObject("fixedHardware");
        fixed.put("template", "timeloop");
        fixed.put("architecture", "arch");
        fixed.putObject("attributes")
                .put("PE.meshX", 16)
                .put("PE.meshY", 16)
                .put("shared_glb.depth", 16384)
                .put("pe_spad.depth", 192);
        Path file = dir.resolve("imported.codesign.json");
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), study);
        return file;
    }

    /** The total MACs of {@link #layerShapesStudy}'s four problems (TimeloopLayersStudyTest checks each). */
    public static final long LAYER_SHAPES_MACS =
            3L * 32 * 3 * 3 * 112 * 112 + 128L * 256 * 3 * 3 * 56 * 56 + 64L * 3 * 3 * 56 * 56 + 512L * 10;

    /**
     * A study in {@code dir} whose network space and fixed network are {@code layer_shapes/}: the
     * example designs' default problem, 06-mapper-convlayer-eyeriss's VGG layer, that layer made
     * depthwise (G 64) and made fully connected (C 512, M 10); the hardware is the
     * accelerator-dataflow sample's.
     */
    public static Path layerShapesStudy(Path dir) throws java.io.IOException {
        Path shapes = java.nio.file.Files.createDirectories(dir.resolve("layer_shapes"));
        java.nio.file.Files.copy(
                root().resolve("example_designs/default_problem.yaml"), shapes.resolve("01_conv.yaml"));
        String vgg = java.nio.file.Files.readString(
                root().resolve("ispass2020/06-mapper-convlayer-eyeriss/prob/VGG02_layer5.yaml"));
        java.nio.file.Files.writeString(shapes.resolve("02_vgg_layer5.yaml"), vgg);
        java.nio.file.Files.writeString(
                shapes.resolve("03_depthwise.yaml"),
                vgg.replace("    C: 128\n", "    C: 1\n    G: 64\n")
                        .replace("    M: 256\n", "    M: 1\n")
                        .replace("      - - - C\n      - - - M\n", "      - - - G\n      - - - C\n      - - - M\n")
                        .replace("      - - - N\n      - - - C\n", "      - - - N\n      - - - G\n      - - - C\n")
                        .replace("      - - - N\n      - - - M\n", "      - - - N\n      - - - G\n      - - - M\n")
                        .replace("    dimensions:\n    - C\n", "    dimensions:\n    - G\n    - C\n"));
        java.nio.file.Files.writeString(
                shapes.resolve("04_fc.yaml"),
                vgg.replace("    C: 128\n", "    C: 512\n")
                        .replace("    M: 256\n", "    M: 10\n")
                        .replace("    P: 56\n", "    P: 1\n")
                        .replace("    Q: 56\n", "    Q: 1\n")
                        .replace("    R: 3\n", "    R: 1\n")
                        .replace("    S: 3\n", "    S: 1\n"));
        com.fasterxml.jackson.databind.node.ObjectNode study =
                (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(Path.of("samples/accelerator-dataflow.codesign.json")
                                .toFile());
        study.put("name", "Timeloop layer shapes");
        com.fasterxml.jackson.databind.node.ObjectNode space = study.putObject("networkSpace");
        space.put("template", "timeloop-layers");
        space.putObject("parameters").putArray("folder").add("layer_shapes");
        com.fasterxml.jackson.databind.node.ObjectNode network = study.putObject("fixedNetwork");
        network.put("template", "timeloop-layers");
        network.put("folder", "layer_shapes");
        Path file = dir.resolve("shapes.codesign.json");
        new com.fasterxml.jackson.databind.ObjectMapper()
                .writerWithDefaultPrettyPrinter()
                .writeValue(file.toFile(), study);
        return file;
    }

    public static Case design(String name) {
        Path root = root().resolve("example_designs");
        Path ref = root.resolve(name).resolve("ref_outputs").resolve("default_problem");
        return new Case(
                name,
                List.of(
                        root.resolve(name).resolve("arch.yaml"),
                        root.resolve("default_problem.yaml"),
                        ref.resolve("timeloop-mapper.map.yaml"),
                        ref.resolve("timeloop-mapper.ERT.yaml"),
                        ref.resolve("timeloop-mapper.ART.yaml")),
                ref.resolve("timeloop-mapper.stats.txt"));
    }

    public static Case exercise(String dir, String map, String run) {
        Path d = root().resolve("ispass2020").resolve(dir);
        Path ref = run.isEmpty()
                ? d.resolve("ref-output")
                : d.resolve("ref-output").resolve(run);
        return new Case(
                dir + (run.isEmpty() ? "" : "/" + run),
                List.of(
                        d.resolve("arch"),
                        d.resolve("map").resolve(map),
                        d.resolve("prob"),
                        ref.resolve("timeloop-model.ERT.yaml"),
                        ref.resolve("timeloop-model.ART.yaml")),
                ref.resolve("timeloop-model.stats.txt"));
    }
}
