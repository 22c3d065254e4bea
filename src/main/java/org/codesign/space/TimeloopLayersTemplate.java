package org.codesign.space;

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
        return PathOptions.validate(
                space, name(), FOLDER, "folder", f -> TimeloopHardwareConfig.checkFolder(FOLDER, f));
    }
}
