package org.codesign.space;

import java.util.List;

/**
 * A subnet of Once-for-All's ProxylessNAS supernet ({@code ofa_proxyless_d234_e346_k357_w1.3}):
 * six stages, {@code depths[i]} blocks in stage i, and one kernel size and expand ratio per block
 * ({@code kernels[i].size() == depths[i]}). The first five stages are elastic; the sixth always
 * has one block, as OFA's {@code n_block_list = [max depth] * 5 + [1]} builds it. The width is
 * the supernet's, 1.3.
 */
public record ProxylessOfaConfig(
        int resolution, List<Integer> depths, List<List<Integer>> kernels, List<List<Integer>> expandRatios)
        implements NetworkConfig {

    public static final String TEMPLATE = "proxyless-ofa";
    public static final int STAGES = 6;
    /** The stages whose depth can change; the last one has exactly one block. */
    public static final int ELASTIC_STAGES = 5;
    /** The supernet's width multiplier (the "w1.3" of its name). */
    public static final double WIDTH_MULT = 1.3;

    public ProxylessOfaConfig {
        depths = List.copyOf(depths);
        kernels = kernels.stream().map(List::copyOf).toList();
        expandRatios = expandRatios.stream().map(List::copyOf).toList();
        ElasticStages.check(STAGES, depths, kernels, expandRatios);
        if (depths.get(STAGES - 1) != 1) {
            throw new IllegalArgumentException("depths[" + (STAGES - 1)
                    + "]: the last stage has exactly one block in this supernet, got " + depths.get(STAGES - 1));
        }
        ConfigChecks.resolution(resolution);
    }

    @Override
    public String template() {
        return TEMPLATE;
    }

    @Override
    public double widthMult() {
        return WIDTH_MULT;
    }
}
