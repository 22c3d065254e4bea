package org.codesign.space;

import java.util.List;

/**
 * A Once-for-All MobileNetV3 subnet: five elastic stages, {@code depths[i]} blocks in stage i,
 * and one kernel size and expand ratio per block ({@code kernels[i].size() == depths[i]}).
 */
public record MbV3OfaConfig(
        double widthMult,
        int resolution,
        List<Integer> depths,
        List<List<Integer>> kernels,
        List<List<Integer>> expandRatios)
        implements NetworkConfig {

    public static final String TEMPLATE = "mbv3-ofa";
    public static final int STAGES = 5;

    public MbV3OfaConfig {
        depths = List.copyOf(depths);
        kernels = kernels.stream().map(List::copyOf).toList();
        expandRatios = expandRatios.stream().map(List::copyOf).toList();
        ElasticStages.check(STAGES, depths, kernels, expandRatios);
        ConfigChecks.positiveAtMost("widthMult", widthMult, ConfigChecks.MAX_WIDTH_MULT);
        ConfigChecks.resolution(resolution);
    }

    @Override
    public String template() {
        return TEMPLATE;
    }
}
