package org.codesign.space;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fixed networks from layer-list files. Its one parameter, {@code file}, lists the files to
 * choose from: with one file the space is that single network (the fixed network of
 * hardware-only runs); with several, a search picks among them. Any readable layer-list file
 * is accepted; the bundled torchvision models are the suggested options.
 */
final class LayerListTemplate implements SpaceTemplate<NetworkConfig> {

    static final String FILE = "file";

    /** The torchvision models bundled in {@code samples/networks/} (paths relative to the repository). */
    static final List<String> BUNDLED = List.of(
            "alexnet",
            "squeezenet1_0",
            "squeezenet1_1",
            "resnet18",
            "resnet34",
            "resnet50",
            "resnet101",
            "resnet152",
            "densenet121",
            "densenet161",
            "densenet169",
            "densenet201",
            "vgg11",
            "vgg13",
            "vgg16",
            "vgg19",
            "mobilenet_v2");

    static String bundled(String model) {
        return "samples/networks/" + model + ".json";
    }

    @Override
    public String name() {
        return LayerListConfig.TEMPLATE;
    }

    @Override
    public String description() {
        return "Fixed networks from layer-list JSON files (e.g. the torchvision models in samples/networks)";
    }

    @Override
    public List<ParameterSpec> specs() {
        return List.of(ParameterSpec.option(
                FILE, BUNDLED.stream().map(LayerListTemplate::bundled).toList(), "layer-list network file"));
    }

    @Override
    public DesignSpace defaultSpace() {
        return new DesignSpace(List.of(new Parameter(FILE, ValueLists.options(bundled("resnet18")))));
    }

    @Override
    public NetworkConfig decode(Assignment assignment) {
        return new LayerListConfig(assignment.option(FILE));
    }

    @Override
    public Assignment assign(NetworkConfig config, Assignment fallback) {
        Map<String, ParamValue> v = new LinkedHashMap<>(fallback.values());
        v.put(FILE, new ParamValue.Option(((LayerListConfig) config).file()));
        return new Assignment(v);
    }

    /** Like the default, but any file that reads as a layer list is a valid option. */
    @Override
    public List<String> validate(DesignSpace space) {
        return PathOptions.validate(space, name(), FILE, "layer-list file", LayerListConfig::new);
    }
}
