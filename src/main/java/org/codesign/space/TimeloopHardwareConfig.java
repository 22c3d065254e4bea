package org.codesign.space;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An imported Timeloop architecture: {@code architecture}, a folder inside the study's folder
 * holding the Timeloop v0.4 architecture and Accelergy's ERT and ART (its {@code .yaml} files,
 * e.g. the {@code arch.yaml}, {@code ERT.yaml} and {@code ART.yaml} that Export ▸ Timeloop…
 * writes), and {@code attributes}: numeric attributes of its components that replace the file's,
 * keyed {@code COMPONENT.ATTRIBUTE} ({@code shared_glb.depth}, {@code PE.meshX}, where
 * {@code meshX}/{@code meshY} are a component's or container's {@code spatial} fan-out).
 */
public record TimeloopHardwareConfig(String architecture, Map<String, Double> attributes) implements HardwareConfig {

    public static final String TEMPLATE = "timeloop";
    /** {@code COMPONENT.ATTRIBUTE}: a component name, a dot, an attribute name. */
    public static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z_][A-Za-z0-9_\\-]*\\.[A-Za-z_][A-Za-z0-9_\\-]*");

    public TimeloopHardwareConfig {
        checkFolder(architecture);
        attributes = Collections.unmodifiableMap(new TreeMap<>(attributes == null ? Map.of() : attributes));
        for (Map.Entry<String, Double> e : attributes.entrySet()) {
            checkAttribute(e.getKey());
            double v = e.getValue();
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(
                        "attributes." + e.getKey() + ": must be a positive finite number, got " + v);
            }
        }
    }

    /**
     * A folder path relative to the study's folder, without {@code ..}: a study travels with its
     * files (the rule of the accuracy-model file).
     */
    public static void checkFolder(String architecture) {
        checkFolder("architecture", architecture);
    }

    /** The same rule for any study field naming a folder of Timeloop files ({@code field} names it). */
    public static void checkFolder(String field, String architecture) {
        if (architecture == null || architecture.isBlank()) {
            throw new IllegalArgumentException(
                    field + ": missing (a folder, relative to the study's folder, with the Timeloop YAML files)");
        }
        Path p;
        try {
            p = Path.of(architecture);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(field + ": '" + architecture + "' is not a valid path");
        }
        Path base = Path.of("study").toAbsolutePath();
        if (p.isAbsolute()
                || !base.resolve(p).normalize().startsWith(base)
                || base.resolve(p).normalize().equals(base)) {
            throw new IllegalArgumentException(field + ": '" + architecture + "' is outside the study's folder "
                    + "(allowed: a folder path relative to the study's folder, without '..')");
        }
    }

    public static void checkAttribute(String name) {
        if (name == null || !ATTRIBUTE.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "attributes: '" + name + "' is not COMPONENT.ATTRIBUTE (e.g. shared_glb.depth or PE.meshX)");
        }
    }

    @Override
    public String template() {
        return TEMPLATE;
    }
}
