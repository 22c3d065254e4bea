package org.codesign.accuracy;

import java.util.ArrayList;
import java.util.List;

/**
 * What a family's calibration data cover: the range of MACs and resolutions, the widths measured
 * (any width in between when at least three were measured, else only those), and the blocks per
 * stage. A configuration outside is {@code extrapolated}.
 */
public record TrustRegion(
        double minMacs,
        double maxMacs,
        int minResolution,
        int maxResolution,
        List<Double> widths,
        List<Integer> minDepths,
        List<Integer> maxDepths) {

    /** With fewer measured widths than this, only the measured ones are trusted. */
    static final int WIDTHS_TO_INTERPOLATE = 3;

    public TrustRegion {
        widths = List.copyOf(widths);
        minDepths = List.copyOf(minDepths);
        maxDepths = List.copyOf(maxDepths);
        if (widths.isEmpty()) {
            throw new IllegalArgumentException("trust.widths: at least one measured width");
        }
        if (minDepths.size() != maxDepths.size()) {
            throw new IllegalArgumentException("trust.minDepths and trust.maxDepths: not as many stages");
        }
        if (!(minMacs > 0) || !(maxMacs >= minMacs) || minResolution <= 0 || maxResolution < minResolution) {
            throw new IllegalArgumentException("trust: empty range of MACs or resolution");
        }
    }

    /** Whether the configuration lies outside what the data cover. */
    public boolean outside(ArchitectureFeatures f) {
        return !clamp(f).equals(f);
    }

    /** The nearest configuration inside, feature by feature (MACs, resolution, width, blocks per stage). */
    public ArchitectureFeatures clamp(ArchitectureFeatures f) {
        double macs = Math.max(minMacs, Math.min(maxMacs, f.macs()));
        int resolution = Math.max(minResolution, Math.min(maxResolution, f.resolution()));
        List<Integer> depths = f.depths();
        if (depths.size() == minDepths.size()) {
            depths = new ArrayList<>();
            for (int s = 0; s < minDepths.size(); s++) {
                depths.add(Math.max(
                        minDepths.get(s), Math.min(maxDepths.get(s), f.depths().get(s))));
            }
        }
        return new ArchitectureFeatures(
                f.family(),
                macs,
                f.params(),
                resolution,
                clampWidth(f.width()),
                depths,
                f.meanKernel(),
                f.meanExpansion());
    }

    private double clampWidth(double w) {
        double lo = widths.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double hi = widths.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        if (widths.size() >= WIDTHS_TO_INTERPOLATE) {
            return Math.max(lo, Math.min(hi, w));
        }
        double nearest = widths.get(0);
        for (double m : widths) {
            if (Math.abs(m - w) < Math.abs(nearest - w)) {
                nearest = m;
            }
        }
        return Math.abs(nearest - w) < 1e-9 ? w : nearest;
    }

    /** The region of a set of observations. */
    static TrustRegion of(List<ArchitectureFeatures> data) {
        double minMacs = Double.POSITIVE_INFINITY;
        double maxMacs = 0;
        int minRes = Integer.MAX_VALUE;
        int maxRes = 0;
        List<Double> widths = new ArrayList<>();
        List<Integer> minDepths = null;
        List<Integer> maxDepths = null;
        for (ArchitectureFeatures f : data) {
            minMacs = Math.min(minMacs, f.macs());
            maxMacs = Math.max(maxMacs, f.macs());
            minRes = Math.min(minRes, f.resolution());
            maxRes = Math.max(maxRes, f.resolution());
            if (widths.stream().noneMatch(w -> Math.abs(w - f.width()) < 1e-9)) {
                widths.add(f.width());
            }
            if (minDepths == null) {
                minDepths = new ArrayList<>(f.depths());
                maxDepths = new ArrayList<>(f.depths());
            } else if (minDepths.size() == f.depths().size()) {
                for (int s = 0; s < minDepths.size(); s++) {
                    minDepths.set(s, Math.min(minDepths.get(s), f.depths().get(s)));
                    maxDepths.set(s, Math.max(maxDepths.get(s), f.depths().get(s)));
                }
            }
        }
        widths.sort(Double::compare);
        return new TrustRegion(
                minMacs,
                maxMacs,
                minRes,
                maxRes,
                widths,
                minDepths == null ? List.of() : minDepths,
                maxDepths == null ? List.of() : maxDepths);
    }

    /** The same region with another resolution range. */
    TrustRegion withResolutions(int min, int max) {
        return new TrustRegion(minMacs, maxMacs, min, max, widths, minDepths, maxDepths);
    }
}
