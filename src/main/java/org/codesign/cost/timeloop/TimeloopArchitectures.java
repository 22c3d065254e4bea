package org.codesign.cost.timeloop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.codesign.cost.arch.AcceleratorDesign;
import org.codesign.cost.arch.DesignOutcome;
import org.codesign.space.TimeloopHardwareConfig;

/**
 * Builds the design of an imported Timeloop architecture ({@link TimeloopHardwareConfig}): the
 * {@code .yaml} files directly in its folder (architecture, ERT, ART; sub-folders such as an
 * export's {@code layer_shapes/} are not read) with the configuration's attributes written over
 * the file's, read as {@code analyze --timeloop} reads them; each level keeps what its
 * constraints say and the containers' spatial constraints bound the mapper.
 *
 * <p>The ERT and ART stay as given: a changed {@code depth} changes a buffer's capacity, not its
 * energy per access (Accelergy is not run); a changed mesh changes the instances, so the area
 * and the leakage follow. Files that cannot be read are an error (a {@link
 * TimeloopInputException} naming the file, line and YAML path); attribute values that make no
 * architecture (a mesh that does not divide) make the design {@link DesignOutcome.Unsupported}.
 */
public final class TimeloopArchitectures {
    private TimeloopArchitectures() {}

    /**
     * @throws TimeloopInputException when a file cannot be read as Timeloop input
     * @throws IllegalArgumentException when the folder is missing or an attribute names no component
     */
    public static DesignOutcome build(TimeloopHardwareConfig config, Path studyFolder) {
        List<Path> files = files(config, studyFolder);
        TimeloopReader.readArchitecture(TimeloopSpec.read(files), config.architecture());
        if (config.attributes().isEmpty()) {
            return design(TimeloopSpec.read(files), config);
        }
        TimeloopSpec spec = TimeloopSpec.read(files);
        TimeloopSpec.Node arch = spec.top("architecture", "the hardware's levels");
        for (Map.Entry<String, Double> e : config.attributes().entrySet()) {
            set(arch, e.getKey(), e.getValue());
        }
        try {
            return design(spec, config);
        } catch (TimeloopInputException e) {
            return new DesignOutcome.Unsupported(config.attributes() + ": " + e.problem());
        }
    }

    private static DesignOutcome design(TimeloopSpec spec, TimeloopHardwareConfig config) {
        TimeloopMapspace m = TimeloopReader.readArchitecture(spec, config.architecture());
        return new AcceleratorDesign(m.architecture(), m.constraints());
    }

    /** The folder's own {@code .yaml} files, in name order. */
    static List<Path> files(TimeloopHardwareConfig config, Path studyFolder) {
        Path folder = studyFolder
                .toAbsolutePath()
                .normalize()
                .resolve(config.architecture())
                .normalize();
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(
                    "architecture: no folder '" + config.architecture() + "' in the study's folder (" + folder + ")");
        }
        try (Stream<Path> s = Files.list(folder)) {
            List<Path> out = new ArrayList<>(s.filter(Files::isRegularFile)
                    .filter(f -> {
                        String n = f.getFileName().toString();
                        return (n.endsWith(".yaml") || n.endsWith(".yml"))
                                && !n.contains("flattened_architecture")
                                && !n.contains("_summary");
                    })
                    .sorted()
                    .toList());
            if (out.isEmpty()) {
                throw new IllegalArgumentException("architecture: the folder '" + config.architecture()
                        + "' holds no .yaml files (it needs the architecture, ERT and ART)");
            }
            return out;
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "architecture: cannot list the folder '" + config.architecture() + "': " + e.getMessage());
        }
    }

    /** Writes {@code COMPONENT.ATTRIBUTE = value} into the architecture's tree. */
    private static void set(TimeloopSpec.Node arch, String key, double value) {
        int dot = key.indexOf('.');
        String component = key.substring(0, dot);
        String attribute = key.substring(dot + 1);
        List<String> names = new ArrayList<>();
        ObjectNode node = find(arch.value(), component, names);
        if (node == null) {
            throw new IllegalArgumentException(
                    "attributes." + key + ": the architecture has no component or container '" + component + "' ("
                            + String.join(", ", names) + ")");
        }
        boolean mesh = attribute.equals("meshX") || attribute.equals("meshY");
        // v0.4 nodes give a fan-out as spatial: {meshX, meshY}; older files as attributes
        ObjectNode into = mesh && arch.value().has("nodes") ? node.with("spatial") : node.with("attributes");
        if (value == Math.rint(value) && Math.abs(value) < 9e15) {
            into.put(attribute, (long) value);
        } else {
            into.put(attribute, value);
        }
    }

    private static ObjectNode find(JsonNode n, String component, List<String> names) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            for (JsonNode c : n) {
                ObjectNode f = find(c, component, names);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (!n.isObject()) {
            return null;
        }
        if (n.hasNonNull("name")) {
            String name = ArchitectureYaml.baseName(n.get("name").asText());
            names.add(name);
            if (name.equals(component)) {
                return (ObjectNode) n;
            }
        }
        for (String child : List.of("nodes", "subtree", "local")) {
            ObjectNode f = find(n.get(child), component, names);
            if (f != null) {
                return f;
            }
        }
        return null;
    }
}
