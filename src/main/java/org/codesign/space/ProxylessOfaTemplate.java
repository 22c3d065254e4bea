package org.codesign.space;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * The Once-for-All ProxylessNAS supernet ({@code ofa_proxyless_d234_e346_k357_w1.3}): input
 * resolution, a depth for each of the five elastic stages, and a kernel size and expand ratio per
 * block, including the single block of the sixth stage. The width is fixed at the supernet's 1.3.
 * Parameter names follow {@code mbv3-ofa}; kernels and expand ratios of blocks beyond a stage's
 * depth are inactive genes.
 */
final class ProxylessOfaTemplate implements SpaceTemplate<NetworkConfig> {
    private static final int LAST_STAGE = ProxylessOfaConfig.STAGES;

    @Override
    public String name() {
        return ProxylessOfaConfig.TEMPLATE;
    }

    @Override
    public String description() {
        return "Once-for-All ProxylessNAS supernet (width 1.3): elastic depth, kernel, expand ratio and resolution";
    }

    @Override
    public List<ParameterSpec> specs() {
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(ParameterSpec.integer("resolution", "px", 32, 512, "input image side"));
        for (int s = 1; s <= ProxylessOfaConfig.ELASTIC_STAGES; s++) {
            specs.add(ParameterSpec.integer(
                    MbV3OfaTemplate.depth(s), "blocks", 1, MbV3OfaTemplate.MAX_BLOCKS, "blocks in elastic stage " + s));
        }
        for (int s = 1; s <= LAST_STAGE; s++) {
            for (int b = 1; b <= maxBlocks(s); b++) {
                specs.add(ParameterSpec.oddInteger(
                        MbV3OfaTemplate.kernel(s, b), "px", 1, 9, "depthwise kernel of stage " + s + " block " + b));
                specs.add(ParameterSpec.integer(
                        MbV3OfaTemplate.expand(s, b), "×", 1, 8, "expand ratio of stage " + s + " block " + b));
            }
        }
        return specs;
    }

    /**
     * OFA's choices: resolution 128–224 in steps of 4 (the specialised subnets use 172 and 188),
     * depth {2,3,4}, kernel {3,5,7}, expand ratio {3,4,6}.
     */
    @Override
    public DesignSpace defaultSpace() {
        List<Parameter> ps = new ArrayList<>();
        ps.add(new Parameter(
                "resolution",
                ValueLists.ints(LongStream.rangeClosed(32, 56).map(i -> 4 * i).toArray())));
        for (int s = 1; s <= ProxylessOfaConfig.ELASTIC_STAGES; s++) {
            ps.add(new Parameter(MbV3OfaTemplate.depth(s), ValueLists.ints(2, 3, 4)));
        }
        for (int s = 1; s <= LAST_STAGE; s++) {
            for (int b = 1; b <= maxBlocks(s); b++) {
                ps.add(new Parameter(MbV3OfaTemplate.kernel(s, b), ValueLists.ints(3, 5, 7)));
                ps.add(new Parameter(MbV3OfaTemplate.expand(s, b), ValueLists.ints(3, 4, 6)));
            }
        }
        return new DesignSpace(ps);
    }

    @Override
    public NetworkConfig decode(Assignment a) {
        List<Integer> depths = new ArrayList<>();
        List<List<Integer>> kernels = new ArrayList<>();
        List<List<Integer>> expands = new ArrayList<>();
        for (int s = 1; s <= LAST_STAGE; s++) {
            int d = s == LAST_STAGE ? 1 : a.integer(MbV3OfaTemplate.depth(s));
            depths.add(d);
            List<Integer> ks = new ArrayList<>();
            List<Integer> es = new ArrayList<>();
            for (int b = 1; b <= d; b++) {
                ks.add(a.integer(MbV3OfaTemplate.kernel(s, b)));
                es.add(a.integer(MbV3OfaTemplate.expand(s, b)));
            }
            kernels.add(ks);
            expands.add(es);
        }
        return new ProxylessOfaConfig(a.integer("resolution"), depths, kernels, expands);
    }

    @Override
    public Assignment assign(NetworkConfig config, Assignment fallback) {
        ProxylessOfaConfig c = (ProxylessOfaConfig) config;
        Map<String, ParamValue> v = new LinkedHashMap<>(fallback.values());
        v.put("resolution", new ParamValue.Int(c.resolution()));
        for (int s = 1; s <= LAST_STAGE; s++) {
            int d = c.depths().get(s - 1);
            if (d > maxBlocks(s)) {
                throw new IllegalArgumentException(
                        "depths[" + (s - 1) + "]: " + d + " blocks; the supernet has at most " + maxBlocks(s));
            }
            if (s < LAST_STAGE) {
                v.put(MbV3OfaTemplate.depth(s), new ParamValue.Int(d));
            }
            for (int b = 1; b <= d; b++) {
                v.put(
                        MbV3OfaTemplate.kernel(s, b),
                        new ParamValue.Int(c.kernels().get(s - 1).get(b - 1)));
                v.put(
                        MbV3OfaTemplate.expand(s, b),
                        new ParamValue.Int(c.expandRatios().get(s - 1).get(b - 1)));
            }
        }
        return new Assignment(v);
    }

    /**
     * Resolution × Π over elastic stages of Σ over depths d of the block choices of the first d
     * blocks × the choices of the last stage's block.
     */
    @Override
    public BigInteger configurationCount(DesignSpace space) {
        BigInteger n = BigInteger.valueOf(space.parameter("resolution").cardinality());
        for (int s = 1; s <= ProxylessOfaConfig.ELASTIC_STAGES; s++) {
            BigInteger stage = BigInteger.ZERO;
            for (ParamValue d : space.parameter(MbV3OfaTemplate.depth(s)).values()) {
                stage = stage.add(blockChoices(space, s, (int) d.number()));
            }
            n = n.multiply(stage);
        }
        return n.multiply(blockChoices(space, LAST_STAGE, 1));
    }

    private static BigInteger blockChoices(DesignSpace space, int stage, int blocks) {
        BigInteger n = BigInteger.ONE;
        for (int b = 1; b <= blocks; b++) {
            n = n.multiply(BigInteger.valueOf(
                    (long) space.parameter(MbV3OfaTemplate.kernel(stage, b)).cardinality()
                            * space.parameter(MbV3OfaTemplate.expand(stage, b)).cardinality()));
        }
        return n;
    }

    private static int maxBlocks(int stage) {
        return stage == LAST_STAGE ? 1 : MbV3OfaTemplate.MAX_BLOCKS;
    }
}
