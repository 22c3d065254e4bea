package org.codesign.space;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Once-for-All MobileNetV3 supernet: width multiplier, input resolution, a depth per
 * elastic stage and a kernel size and expand ratio per block. Kernels and expand ratios of
 * blocks beyond a stage's depth are inactive genes.
 */
final class MbV3OfaTemplate implements SpaceTemplate<NetworkConfig> {
    static final int MAX_BLOCKS = 4;

    static String depth(int stage) {
        return "stage" + stage + ".depth";
    }

    static String kernel(int stage, int block) {
        return "stage" + stage + ".block" + block + ".kernel";
    }

    static String expand(int stage, int block) {
        return "stage" + stage + ".block" + block + ".expand";
    }

    @Override
    public String name() {
        return MbV3OfaConfig.TEMPLATE;
    }

    @Override
    public String description() {
        return "Once-for-All MobileNetV3 supernet: elastic depth, kernel, expand ratio, width and resolution";
    }

    @Override
    public List<ParameterSpec> specs() {
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(ParameterSpec.decimal("widthMult", "×", 0.25, 2.0, "channel width multiplier"));
        specs.add(ParameterSpec.integer("resolution", "px", 32, 512, "input image side"));
        for (int s = 1; s <= MbV3OfaConfig.STAGES; s++) {
            specs.add(ParameterSpec.integer(depth(s), "blocks", 1, MAX_BLOCKS, "blocks in elastic stage " + s));
        }
        for (int s = 1; s <= MbV3OfaConfig.STAGES; s++) {
            for (int b = 1; b <= MAX_BLOCKS; b++) {
                specs.add(ParameterSpec.oddInteger(
                        kernel(s, b), "px", 1, 9, "depthwise kernel of stage " + s + " block " + b));
                specs.add(ParameterSpec.integer(expand(s, b), "×", 1, 8, "expand ratio of stage " + s + " block " + b));
            }
        }
        return specs;
    }

    @Override
    public DesignSpace defaultSpace() {
        List<Parameter> ps = new ArrayList<>();
        ps.add(new Parameter("widthMult", ValueLists.decimals(1.0, 1.2)));
        ps.add(new Parameter("resolution", ValueLists.ints(128, 144, 160, 176, 192, 208, 224)));
        for (int s = 1; s <= MbV3OfaConfig.STAGES; s++) {
            ps.add(new Parameter(depth(s), ValueLists.ints(2, 3, 4)));
        }
        for (int s = 1; s <= MbV3OfaConfig.STAGES; s++) {
            for (int b = 1; b <= MAX_BLOCKS; b++) {
                ps.add(new Parameter(kernel(s, b), ValueLists.ints(3, 5, 7)));
                ps.add(new Parameter(expand(s, b), ValueLists.ints(3, 4, 6)));
            }
        }
        return new DesignSpace(ps);
    }

    @Override
    public NetworkConfig decode(Assignment a) {
        List<Integer> depths = new ArrayList<>();
        List<List<Integer>> kernels = new ArrayList<>();
        List<List<Integer>> expands = new ArrayList<>();
        for (int s = 1; s <= MbV3OfaConfig.STAGES; s++) {
            int d = a.integer(depth(s));
            depths.add(d);
            List<Integer> ks = new ArrayList<>();
            List<Integer> es = new ArrayList<>();
            for (int b = 1; b <= d; b++) {
                ks.add(a.integer(kernel(s, b)));
                es.add(a.integer(expand(s, b)));
            }
            kernels.add(ks);
            expands.add(es);
        }
        return new MbV3OfaConfig(a.decimal("widthMult"), a.integer("resolution"), depths, kernels, expands);
    }

    @Override
    public Assignment assign(NetworkConfig config, Assignment fallback) {
        MbV3OfaConfig c = (MbV3OfaConfig) config;
        Map<String, ParamValue> v = new LinkedHashMap<>(fallback.values());
        v.put("widthMult", new ParamValue.Decimal(c.widthMult()));
        v.put("resolution", new ParamValue.Int(c.resolution()));
        for (int s = 1; s <= MbV3OfaConfig.STAGES; s++) {
            int d = c.depths().get(s - 1);
            if (d > MAX_BLOCKS) {
                throw new IllegalArgumentException(
                        "depths[" + (s - 1) + "]: " + d + " blocks; the supernet has at most " + MAX_BLOCKS);
            }
            v.put(depth(s), new ParamValue.Int(d));
            for (int b = 1; b <= d; b++) {
                v.put(kernel(s, b), new ParamValue.Int(c.kernels().get(s - 1).get(b - 1)));
                v.put(
                        expand(s, b),
                        new ParamValue.Int(c.expandRatios().get(s - 1).get(b - 1)));
            }
        }
        return new Assignment(v);
    }

    /** Width × resolution × Π over stages of Σ over depths d of the block choices of the first d blocks. */
    @Override
    public BigInteger configurationCount(DesignSpace space) {
        BigInteger n = BigInteger.valueOf(space.parameter("widthMult").cardinality())
                .multiply(BigInteger.valueOf(space.parameter("resolution").cardinality()));
        for (int s = 1; s <= MbV3OfaConfig.STAGES; s++) {
            BigInteger stage = BigInteger.ZERO;
            for (ParamValue d : space.parameter(depth(s)).values()) {
                BigInteger blocks = BigInteger.ONE;
                for (int b = 1; b <= (int) d.number(); b++) {
                    blocks = blocks.multiply(BigInteger.valueOf(
                            (long) space.parameter(kernel(s, b)).cardinality()
                                    * space.parameter(expand(s, b)).cardinality()));
                }
                stage = stage.add(blocks);
            }
            n = n.multiply(stage);
        }
        return n;
    }
}
