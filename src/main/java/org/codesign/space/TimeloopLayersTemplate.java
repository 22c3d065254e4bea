package org.codesign.space;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fixed networks from folders of Timeloop problems ({@link TimeloopLayersConfig}). Its one
 * parameter, {@code folder}, lists the folders to choose from: with one folder the space is that
 * single network (the fixed network of hardware-only runs); with several, a search picks among
 * them. The folders are read by the study's evaluator, which knows the study's folder; here only
 * their paths are checked.
 */
final class TimeloopLayersTemplate implements SpaceTemplate<NetworkConfig> {

    static final String FOLDER = "folder";

    @Override
    public String name() {
        return TimeloopLayersConfig.TEMPLATE;
    }

    @Override
    public String description() {
        return "Fixed networks from folders of Timeloop problems (a layer_shapes/ folder, one YAML per layer)";
    }

    @Override
    public List<ParameterSpec> specs() {
        return List.of(ParameterSpec.option(FOLDER, List.of("layer_shapes"), "folder of Timeloop problem YAML files"));
    }

    @Override
    public DesignSpace defaultSpace() {
        return new DesignSpace(List.of(new Parameter(FOLDER, ValueLists.options("layer_shapes"))));
    }

    @Override
    public NetworkConfig decode(Assignment assignment) {
        return new TimeloopLayersConfig(assignment.option(FOLDER));
    }

    @Override
    public Assignment assign(NetworkConfig config, Assignment fallback) {
        Map<String, ParamValue> v = new LinkedHashMap<>(fallback.values());
        v.put(FOLDER, new ParamValue.Option(((TimeloopLayersConfig) config).folder()));
        return new Assignment(v);
    }

    /** Any folder inside the study's folder is a valid option. */
    @Override
    public List<String> validate(DesignSpace space) {
        List<String> problems = new ArrayList<>();
        for (Parameter p : space.parameters()) {
            if (!p.name().equals(FOLDER)) {
                problems.add(p.name() + ": unknown parameter for template " + name());
                continue;
            }
            if (p.values().isEmpty()) {
                problems.add(FOLDER + ": the value list is empty; give at least one folder");
            }
            List<String> seen = new ArrayList<>();
            for (ParamValue value : p.values()) {
                if (value.kind() != ValueKind.OPTION) {
                    problems.add(FOLDER + ": '" + value.label() + "' is not a folder path");
                } else if (seen.contains(value.label())) {
                    problems.add(FOLDER + ": '" + value.label() + "' is listed twice");
                } else {
                    seen.add(value.label());
                    try {
                        TimeloopHardwareConfig.checkFolder(FOLDER, value.label());
                    } catch (IllegalArgumentException e) {
                        problems.add(e.getMessage());
                    }
                }
            }
        }
        if (space.indexOf(FOLDER) < 0) {
            problems.add(FOLDER + ": missing from the space (template " + name() + " needs it)");
        }
        return problems;
    }
}
