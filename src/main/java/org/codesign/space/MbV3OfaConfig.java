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
        if (depths.size() != STAGES) {
            throw new IllegalArgumentException("depths: expected " + STAGES + " stages, got " + depths.size());
        }
        if (kernels.size() != STAGES) {
            throw new IllegalArgumentException("kernels: expected " + STAGES + " lists, got " + kernels.size());
        }
        if (expandRatios.size() != STAGES) {
            throw new IllegalArgumentException(
                    "expandRatios: expected " + STAGES + " lists, got " + expandRatios.size());
        }
        for (int i = 0; i < STAGES; i++) {
            int depth = depths.get(i);
            if (depth <= 0) {
                throw new IllegalArgumentException("depths[" + i + "]: must be positive, got " + depth);
            }
            if (kernels.get(i).size() != depth) {
                throw new IllegalArgumentException("kernels[" + i + "]: expected " + depth + " entries (depths[" + i
                        + "]), got " + kernels.get(i).size());
            }
            if (expandRatios.get(i).size() != depth) {
                throw new IllegalArgumentException("expandRatios[" + i + "]: expected " + depth + " entries (depths["
                        + i + "]), got " + expandRatios.get(i).size());
            }
            for (int b = 0; b < depth; b++) {
                int k = kernels.get(i).get(b);
                if (k <= 0 || k % 2 == 0) {
                    throw new IllegalArgumentException(
                            "kernels[" + i + "][" + b + "]: must be a positive odd size, got " + k);
                }
                if (expandRatios.get(i).get(b) <= 0) {
                    throw new IllegalArgumentException("expandRatios[" + i + "][" + b + "]: must be positive");
                }
            }
        }
        ConfigChecks.positiveAtMost("widthMult", widthMult, ConfigChecks.MAX_WIDTH_MULT);
        ConfigChecks.resolution(resolution);
    }

    @Override
    public String template() {
        return TEMPLATE;
    }
}
