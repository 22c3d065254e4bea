package org.codesign.space;

import java.util.List;

/**
 * Checks of the per-stage block lists the Once-for-All supernets share: a depth per stage and one
 * kernel size and expand ratio per block ({@code kernels[i].size() == depths[i]}). Every message
 * names the offending entry.
 */
final class ElasticStages {
    private ElasticStages() {}

    static void check(int stages, List<Integer> depths, List<List<Integer>> kernels, List<List<Integer>> expandRatios) {
        if (depths.size() != stages) {
            throw new IllegalArgumentException("depths: expected " + stages + " stages, got " + depths.size());
        }
        if (kernels.size() != stages) {
            throw new IllegalArgumentException("kernels: expected " + stages + " lists, got " + kernels.size());
        }
        if (expandRatios.size() != stages) {
            throw new IllegalArgumentException(
                    "expandRatios: expected " + stages + " lists, got " + expandRatios.size());
        }
        for (int i = 0; i < stages; i++) {
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
    }
}
