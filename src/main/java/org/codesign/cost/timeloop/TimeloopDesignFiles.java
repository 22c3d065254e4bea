package org.codesign.cost.timeloop;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.codesign.cost.loopnest.Analysis;
import org.codesign.cost.loopnest.AnalysisJson;
import org.codesign.cost.loopnest.Architecture;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.cost.loopnest.LoopNestAnalyzer;
import org.codesign.cost.loopnest.Mapping;

/**
 * Writes an accelerator design and its per-layer mappings as a folder of Timeloop inputs:
 * {@code arch.yaml}, {@code ERT.yaml}, {@code ART.yaml}, one problem per layer in
 * {@code layer_shapes/} and its mapping in {@code mappings/}, and a {@code README.md} with the
 * {@code timeloop-model} command of each layer and the cycles and energy we computed. Before it
 * writes anything it reads every layer's files back with {@link TimeloopReader} and checks that
 * the loop-nest analysis of what was read equals ours in every number, so a folder it writes
 * always reproduces the design.
 */
public final class TimeloopDesignFiles {
    private TimeloopDesignFiles() {}

    /** One layer: its problem, the mapping chosen for it and our analysis of that mapping. */
    public record LayerMapping(ConvProblem problem, Mapping mapping, Analysis analysis) {}

    /** What was written: the folder and, per layer, its problem and mapping file (relative to the folder). */
    public record Written(Path folder, List<String> problemFiles, List<String> mappingFiles) {}

    /**
     * @param title a line naming the design for the README
     * @throws IllegalArgumentException when the design or a mapping cannot be said in Timeloop's
     *     terms, or a layer's files do not read back to the same numbers (names the layer)
     * @throws IOException when the folder cannot be written
     */
    public static Written write(Path folder, String title, Architecture arch, List<LayerMapping> layers)
            throws IOException {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("the design has no layer to export");
        }
        java.util.Set<Integer> split = new java.util.HashSet<>();
        for (LayerMapping l : layers) {
            split.addAll(TimeloopWriter.sharedAxes(arch, l.mapping()));
        }
        String archYaml = TimeloopWriter.architecture(arch, split);
        String ert = TimeloopWriter.ert(arch);
        String art = TimeloopWriter.art(arch);
        List<String> problems = new ArrayList<>();
        List<String> mappings = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            LayerMapping l = layers.get(i);
            String base = String.format(
                    Locale.ROOT, "%02d_%s", i + 1, fileName(l.problem().name()));
            names.add(base);
            problems.add(TimeloopWriter.problem(l.problem()));
            try {
                mappings.add(TimeloopWriter.mapping(arch, split, l.problem(), l.mapping()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("layer '" + l.problem().name() + "': " + e.getMessage(), e);
            }
        }
        Path tmp = Files.createTempDirectory("timeloop-export");
        try {
            write(tmp, archYaml, ert, art, names, problems, mappings);
            for (int i = 0; i < layers.size(); i++) {
                verify(tmp, names.get(i), layers.get(i));
            }
        } finally {
            deleteTree(tmp);
        }
        Files.createDirectories(folder);
        write(folder, archYaml, ert, art, names, problems, mappings);
        List<String> problemFiles =
                names.stream().map(n -> "layer_shapes/" + n + ".yaml").toList();
        List<String> mappingFiles =
                names.stream().map(n -> "mappings/" + n + ".map.yaml").toList();
        Files.writeString(
                folder.resolve("README.md"), readme(title, layers, problemFiles, mappingFiles), StandardCharsets.UTF_8);
        return new Written(folder, problemFiles, mappingFiles);
    }

    private static void write(
            Path dir,
            String arch,
            String ert,
            String art,
            List<String> names,
            List<String> problems,
            List<String> mappings)
            throws IOException {
        Files.createDirectories(dir.resolve("layer_shapes"));
        Files.createDirectories(dir.resolve("mappings"));
        Files.writeString(dir.resolve("arch.yaml"), arch, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("ERT.yaml"), ert, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("ART.yaml"), art, StandardCharsets.UTF_8);
        for (int i = 0; i < names.size(); i++) {
            Files.writeString(
                    dir.resolve("layer_shapes").resolve(names.get(i) + ".yaml"),
                    problems.get(i),
                    StandardCharsets.UTF_8);
            Files.writeString(
                    dir.resolve("mappings").resolve(names.get(i) + ".map.yaml"),
                    mappings.get(i),
                    StandardCharsets.UTF_8);
        }
    }

    /** The inputs of one layer, in the order timeloop-model takes them. */
    public static List<Path> inputs(Path folder, String problemFile, String mappingFile) {
        return List.of(
                folder.resolve("arch.yaml"),
                folder.resolve("ERT.yaml"),
                folder.resolve("ART.yaml"),
                folder.resolve(problemFile),
                folder.resolve(mappingFile));
    }

    private static void verify(Path dir, String name, LayerMapping layer) {
        TimeloopCase c;
        try {
            c = TimeloopReader.read(inputs(dir, "layer_shapes/" + name + ".yaml", "mappings/" + name + ".map.yaml"));
        } catch (TimeloopInputException e) {
            throw new IllegalArgumentException(
                    "layer '" + layer.problem().name() + "': the exported files do not read back (" + e.problem() + ")",
                    e);
        }
        Analysis again = LoopNestAnalyzer.analyze(c.problem(), c.architecture(), c.mapping());
        ObjectNode ours = AnalysisJson.toJson(layer.analysis());
        ObjectNode theirs = AnalysisJson.toJson(again);
        if (!ours.equals(theirs)) {
            throw new IllegalArgumentException("layer '" + layer.problem().name()
                    + "': Timeloop's reading of the exported files differs from our analysis (cycles "
                    + again.cycles() + " vs " + layer.analysis().cycles() + ", energy " + again.energyPJ() + " vs "
                    + layer.analysis().energyPJ() + " pJ)");
        }
    }

    private static String readme(
            String title, List<LayerMapping> layers, List<String> problemFiles, List<String> mappingFiles) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(title).append("\n\n");
        sb.append("Timeloop v0.4 inputs written by Co-Design Explorer: the architecture (`arch.yaml`), the energy\n")
                .append(
                        "and area of every component (`ERT.yaml`, `ART.yaml`, so Accelergy need not run), and per layer\n")
                .append("its problem (`layer_shapes/`) and the mapping our mapper chose (`mappings/`).\n\n")
                .append("Run one layer with\n\n```bash\ntimeloop-model arch.yaml ERT.yaml ART.yaml ")
                .append(problemFiles.get(0))
                .append(' ')
                .append(mappingFiles.get(0))
                .append("\n```\n\nor reproduce it with `codesign analyze --timeloop` and the same files.\n\n")
                .append("| layer | problem | mapping | cycles | energy (pJ) |\n|---|---|---|---|---|\n");
        for (int i = 0; i < layers.size(); i++) {
            Analysis a = layers.get(i).analysis();
            sb.append("| ")
                    .append(layers.get(i).problem().name())
                    .append(" | ")
                    .append(problemFiles.get(i))
                    .append(" | ")
                    .append(mappingFiles.get(i))
                    .append(" | ")
                    .append(a.cycles())
                    .append(" | ")
                    .append(a.energyPJ())
                    .append(" |\n");
        }
        return sb.toString();
    }

    /** A layer name as a portable file name. */
    static String fileName(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]+", "_");
        return s.isEmpty() ? "layer" : s;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
