package org.codesign.space;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ResNet: block type, blocks per stage, width multiplier and resolution. */
final class ResNetTemplate implements SpaceTemplate<NetworkConfig> {

    static String blocks(int stage) {
        return "stage" + stage + ".blocks";
    }

    @Override
    public String name() {
        return ResNetConfig.TEMPLATE;
    }

    @Override
    public String description() {
        return "ResNet: basic or bottleneck blocks, blocks per stage, width and resolution";
    }

    @Override
    public List<ParameterSpec> specs() {
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(ParameterSpec.option("block", List.of("basic", "bottleneck"), "residual block type"));
        for (int s = 1; s <= ResNetConfig.STAGES; s++) {
            specs.add(ParameterSpec.integer(blocks(s), "blocks", 1, 40, "residual blocks in stage " + s));
        }
        specs.add(ParameterSpec.decimal("widthMult", "×", 0.125, 4.0, "channel width multiplier"));
        specs.add(ParameterSpec.integer("resolution", "px", 32, 512, "input image side"));
        return specs;
    }

    @Override
    public DesignSpace defaultSpace() {
        List<Parameter> ps = new ArrayList<>();
        ps.add(new Parameter("block", ValueLists.options("basic")));
        ps.add(new Parameter(blocks(1), ValueLists.ints(1, 2, 3)));
        ps.add(new Parameter(blocks(2), ValueLists.ints(1, 2, 3, 4)));
        ps.add(new Parameter(blocks(3), ValueLists.ints(1, 2, 4, 6)));
        ps.add(new Parameter(blocks(4), ValueLists.ints(1, 2, 3)));
        ps.add(new Parameter("widthMult", ValueLists.decimals(0.5, 0.75, 1.0)));
        ps.add(new Parameter("resolution", ValueLists.ints(160, 192, 224)));
        return new DesignSpace(ps);
    }

    @Override
    public NetworkConfig decode(Assignment a) {
        List<Integer> blocks = new ArrayList<>();
        for (int s = 1; s <= ResNetConfig.STAGES; s++) {
            blocks.add(a.integer(blocks(s)));
        }
        return new ResNetConfig(
                ResNetConfig.Block.parse(a.option("block")), blocks, a.decimal("widthMult"), a.integer("resolution"));
    }

    @Override
    public Assignment assign(NetworkConfig config, Assignment fallback) {
        ResNetConfig c = (ResNetConfig) config;
        Map<String, ParamValue> v = new LinkedHashMap<>(fallback.values());
        v.put("block", new ParamValue.Option(c.block().label()));
        for (int s = 1; s <= ResNetConfig.STAGES; s++) {
            v.put(blocks(s), new ParamValue.Int(c.blocks().get(s - 1)));
        }
        v.put("widthMult", new ParamValue.Decimal(c.widthMult()));
        v.put("resolution", new ParamValue.Int(c.resolution()));
        return new Assignment(v);
    }
}
