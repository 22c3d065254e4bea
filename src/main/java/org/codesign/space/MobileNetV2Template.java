package org.codesign.space;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** MobileNetV2: width multiplier × resolution (the published grid), optionally per-stage depth. */
final class MobileNetV2Template implements SpaceTemplate<NetworkConfig> {
    private static final int STAGES = MobileNetV2Config.PUBLISHED_DEPTHS.size();

    static String depth(int stage) {
        return "stage" + stage + ".depth";
    }

    @Override
    public String name() {
        return MobileNetV2Config.TEMPLATE;
    }

    @Override
    public String description() {
        return "MobileNetV2: width multiplier and resolution (the published grid), optionally per-stage depth";
    }

    @Override
    public List<ParameterSpec> specs() {
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(ParameterSpec.decimal("widthMult", "×", 0.1, 2.0, "channel width multiplier"));
        specs.add(ParameterSpec.integer("resolution", "px", 32, 512, "input image side"));
        for (int s = 1; s <= STAGES; s++) {
            specs.add(ParameterSpec.integer(depth(s), "blocks", 1, 8, "inverted-residual blocks in stage " + s));
        }
        return specs;
    }

    @Override
    public DesignSpace defaultSpace() {
        List<Parameter> ps = new ArrayList<>();
        ps.add(new Parameter("widthMult", ValueLists.decimals(0.35, 0.5, 0.75, 1.0, 1.3, 1.4)));
        ps.add(new Parameter("resolution", ValueLists.ints(96, 128, 160, 192, 224)));
        for (int s = 1; s <= STAGES; s++) {
            ps.add(new Parameter(depth(s), ValueLists.ints(MobileNetV2Config.PUBLISHED_DEPTHS.get(s - 1))));
        }
        return new DesignSpace(ps);
    }

    @Override
    public NetworkConfig decode(Assignment a) {
        List<Integer> depths = new ArrayList<>();
        for (int s = 1; s <= STAGES; s++) {
            depths.add(a.integer(depth(s)));
        }
        return new MobileNetV2Config(a.decimal("widthMult"), a.integer("resolution"), depths);
    }

    @Override
    public Assignment assign(NetworkConfig config, Assignment fallback) {
        MobileNetV2Config c = (MobileNetV2Config) config;
        Map<String, ParamValue> v = new LinkedHashMap<>(fallback.values());
        v.put("widthMult", new ParamValue.Decimal(c.widthMult()));
        v.put("resolution", new ParamValue.Int(c.resolution()));
        for (int s = 1; s <= STAGES; s++) {
            v.put(depth(s), new ParamValue.Int(c.depths().get(s - 1)));
        }
        return new Assignment(v);
    }
}
