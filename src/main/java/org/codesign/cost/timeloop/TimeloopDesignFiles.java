package org.codesign.cost.timeloop;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.codesign.cost.loopnest.Analysis;
import org.codesign.cost.loopnest.AnalysisJson;
import org.codesign.cost.loopnest.Architecture;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.cost.loopnest.FanoutContainers;
import org.codesign.cost.loopnest.LoopNestAnalyzer;
import org.codesign.cost.loopnest.Mapping;

/**
 * Writes an accelerator design and its per-layer mappings as a folder of Timeloop inputs:
 * {@code arch.yaml}, {@code ERT.yaml}, {@code ART.yaml}, one problem per layer in
 * {@code layer_shapes/} and its mapping in {@code mappings/}, and a {@code README.md} with the
 * {@code timeloop-model} command of each layer and the cycles and energy we computed, and
 * {@value #LAYERS}, the files of each layer for scripts ({@link #read}) (a layer
 * whose mapping spreads one dimension over both axes of a fan-out gets an architecture file with
 * that fan-out as columns of rows, the only way a Timeloop mapping can say it). Before it
 * writes anything it reads every layer's files back with {@link TimeloopReader} and checks that
 * the loop-nest analysis of what was read equals ours in every number, so a folder it writes
 * always reproduces the design.
 */
public final class TimeloopDesignFiles {
    private TimeloopDesignFiles() {}

    /** One layer: its problem, the mapping chosen for it and our analysis of that mapping. */
    public record LayerMapping(ConvProblem problem, Mapping mapping, Analysis analysis) {}

    /**
     * What was written: the folder and, per layer, its architecture, problem and mapping file
     * (relative to the folder).
     */
    public record Written(Path folder, List<String> archFiles, List<String> problemFiles, List<String> mappingFiles) {
        public Written {
            archFiles = List.copyOf(archFiles);
            problemFiles = List.copyOf(problemFiles);
            mappingFiles = List.copyOf(mappingFiles);
        }

        /** Layer {@code i}'s inputs, in the order timeloop-model takes them. */
        public List<Path> inputs(int i) {
            return TimeloopDesignFiles.inputs(folder, archFiles.get(i), problemFiles.get(i), mappingFiles.get(i));
        }
    }

    /** The architecture file of a design whose fan-outs are all written as one container each. */
    public static final String ARCH = "arch.yaml";

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
        // A Timeloop container takes one factor per dimension, so a layer whose mapping spreads a
        // dimension over both X and Y of a fan-out needs that fan-out written as columns of rows:
        // an architecture file per distinct set of such fan-outs (the analysis nests them too).
        Map<String, String> archYamls = new LinkedHashMap<>();
        archYamls.put(ARCH, TimeloopWriter.architecture(arch, Set.of()));
        List<String> archFiles = new ArrayList<>();
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
            Set<Integer> split = new TreeSet<>(TimeloopWriter.sharedAxes(arch, l.mapping()));
            split.removeIf(s -> arch.storage().get(s).fanout() == FanoutContainers.X_THEN_Y);
            String archFile = archFile(arch, split);
            archYamls.computeIfAbsent(archFile, f -> TimeloopWriter.architecture(arch, split));
            archFiles.add(archFile);
            problems.add(TimeloopWriter.problem(l.problem()));
            try {
                mappings.add(TimeloopWriter.mapping(arch, split, l.problem(), l.mapping()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("layer '" + l.problem().name() + "': " + e.getMessage(), e);
            }
        }
        List<String> problemFiles =
                names.stream().map(n -> "layer_shapes/" + n + ".yaml").toList();
        List<String> mappingFiles =
                names.stream().map(n -> "mappings/" + n + ".map.yaml").toList();
        Path tmp = Files.createTempDirectory("timeloop-export");
        try {
            write(tmp, archYamls, ert, art, names, problems, mappings);
            Written check = new Written(tmp, archFiles, problemFiles, mappingFiles);
            for (int i = 0; i < layers.size(); i++) {
                verify(check.inputs(i), layers.get(i));
            }
        } finally {
            deleteTree(tmp);
        }
        Files.createDirectories(folder);
        write(folder, archYamls, ert, art, names, problems, mappings);
        Written w = new Written(folder, archFiles, problemFiles, mappingFiles);
        Files.writeString(folder.resolve("README.md"), readme(title, layers, w), StandardCharsets.UTF_8);
        StringBuilder csv = new StringBuilder(LAYERS_HEADER).append('\n');
        for (int i = 0; i < layers.size(); i++) {
            csv.append(String.join(",", archFiles.get(i), problemFiles.get(i), mappingFiles.get(i)))
                    .append('\n');
        }
        Files.writeString(folder.resolve(LAYERS), csv.toString(), StandardCharsets.UTF_8);
        return w;
    }

    /** The list of every layer's architecture, problem and mapping file, one line per layer. */
    public static final String LAYERS = "layers.csv";

    private static final String LAYERS_HEADER = "architecture,problem,mapping";

    /**
     * The layers of a folder {@link #write} wrote, from its {@value #LAYERS}.
     *
     * @throws IOException when the list cannot be read
     * @throws IllegalArgumentException when it is not such a list (names the file and line)
     */
    public static Written read(Path folder) throws IOException {
        Path list = folder.resolve(LAYERS);
        List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(LAYERS_HEADER)) {
            throw new IllegalArgumentException(list + ": line 1 must be '" + LAYERS_HEADER + "'");
        }
        List<String> archs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> mappings = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",", -1);
            if (f.length != 3) {
                throw new IllegalArgumentException(list + ": line " + (i + 1) + " must hold three file names");
            }
            archs.add(f[0]);
            problems.add(f[1]);
            mappings.add(f[2]);
        }
        return new Written(folder, archs, problems, mappings);
    }

    /** {@link #ARCH}, or the name of the architecture with the fan-outs below {@code split} as columns of rows. */
    static String archFile(Architecture arch, Set<Integer> split) {
        if (split.isEmpty()) {
            return ARCH;
        }
        StringBuilder sb = new StringBuilder("arch_columns");
        for (int s : split) {
            sb.append('_').append(fileName(arch.storage().get(s).name()));
        }
        return sb.append(".yaml").toString();
    }

    private static void write(
            Path dir,
            Map<String, String> archs,
            String ert,
            String art,
            List<String> names,
            List<String> problems,
            List<String> mappings)
            throws IOException {
        Files.createDirectories(dir.resolve("layer_shapes"));
        Files.createDirectories(dir.resolve("mappings"));
        for (Map.Entry<String, String> a : archs.entrySet()) {
            Files.writeString(dir.resolve(a.getKey()), a.getValue(), StandardCharsets.UTF_8);
        }
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
    public static List<Path> inputs(Path folder, String archFile, String problemFile, String mappingFile) {
        return List.of(
                folder.resolve(archFile),
                folder.resolve("ERT.yaml"),
                folder.resolve("ART.yaml"),
                folder.resolve(problemFile),
                folder.resolve(mappingFile));
    }

    private static void verify(List<Path> inputs, LayerMapping layer) {
        TimeloopCase c;
        try {
            c = TimeloopReader.read(inputs);
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

    private static String readme(String title, List<LayerMapping> layers, Written w) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(title).append("\n\n");
        sb.append("Timeloop v0.4 inputs written by Co-Design Explorer: the architecture (`arch.yaml`), the energy\n")
                .append(
                        "and area of every component (`ERT.yaml`, `ART.yaml`, so Accelergy need not run), and per layer\n")
                .append("its problem (`layer_shapes/`) and the mapping our mapper chose (`mappings/`).\n\n");
        if (w.archFiles().stream().anyMatch(f -> !f.equals(ARCH))) {
            sb.append("A Timeloop container takes one factor per dimension, so a layer whose mapping spreads one\n")
                    .append(
                            "dimension over both X and Y of a PE array names an `arch_columns_*.yaml`: the same array\n")
                    .append("written as a container of columns above a container of rows.\n\n");
        }
        sb.append("Run one layer with\n\n```bash\ntimeloop-model ")
                .append(String.join(
                        " ",
                        List.of(
                                w.archFiles().get(0),
                                "ERT.yaml",
                                "ART.yaml",
                                w.problemFiles().get(0),
                                w.mappingFiles().get(0))))
                .append("\n```\n\nor reproduce it with `codesign analyze --timeloop` and the same files.\n\n")
                .append(
                        "| layer | architecture | problem | mapping | cycles | energy (pJ) |\n|---|---|---|---|---|---|\n");
        for (int i = 0; i < layers.size(); i++) {
            Analysis a = layers.get(i).analysis();
            sb.append("| ")
                    .append(layers.get(i).problem().name())
                    .append(" | ")
                    .append(w.archFiles().get(i))
                    .append(" | ")
                    .append(w.problemFiles().get(i))
                    .append(" | ")
                    .append(w.mappingFiles().get(i))
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
