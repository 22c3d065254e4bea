package org.codesign.space;

import java.util.List;
import java.util.stream.Collectors;

/** The registry of network and hardware space templates. */
public final class Templates {
    private static final List<SpaceTemplate<NetworkConfig>> NETWORK = List.of(
            new MbV3OfaTemplate(),
            new ProxylessOfaTemplate(),
            new MobileNetV2Template(),
            new ResNetTemplate(),
            new LayerListTemplate(),
            new TimeloopLayersTemplate());
    private static final List<SpaceTemplate<HardwareConfig>> HARDWARE = List.of(
            new EdgeGpuTemplate(), new SpatialAcceleratorTemplate(), new SystolicTemplate(), new TimeloopTemplate());

    private Templates() {}

    public static List<SpaceTemplate<NetworkConfig>> networkTemplates() {
        return NETWORK;
    }

    public static List<SpaceTemplate<HardwareConfig>> hardwareTemplates() {
        return HARDWARE;
    }

    public static SpaceTemplate<NetworkConfig> network(String name) {
        return find(NETWORK, name, "network template");
    }

    public static SpaceTemplate<HardwareConfig> hardware(String name) {
        return find(HARDWARE, name, "hardware template");
    }

    private static <C> SpaceTemplate<C> find(List<SpaceTemplate<C>> list, String name, String what) {
        for (SpaceTemplate<C> t : list) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("template: unknown " + what + " '" + name + "' (one of "
                + list.stream().map(SpaceTemplate::name).collect(Collectors.joining(", ")) + ")");
    }
}
