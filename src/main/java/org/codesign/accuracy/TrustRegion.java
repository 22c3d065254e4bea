package org.codesign.accuracy;

import java.util.ArrayList;
import java.util.List;

/**
 * What a family's calibration data cover: the range of MACs and resolutions, the widths measured
 * (any width in between when at least three were measured, else only those, each with the MACs
 * it was measured at: OFA's width-1.2 subnets all have 339 M MACs or more), and the blocks per
 * stage. A configuration outside is {@code extrapolated}.
 *
 * @param minMacsByWidth per measured width, the fewest MACs it was measured at
 * @param maxMacsByWidth per measured width, the most
 */
public record TrustRegion(
        double minMacs,
        double maxMacs,
        int minResolution,
        int maxResolution,
        List<Double> widths,
        List<Double> minMacsByWidth,
        List<Double> maxMacsByWidth,
        List<Integer> minDepths,
        List<Integer> maxDepths) {

    /** With fewer measured widths than this, only the measured ones are trusted. */
    static final int WIDTHS_TO_INTERPOLATE = 3;

    public TrustRegion {
        widths = List.copyOf(widths);
        minMacsByWidth = List.copyOf(minMacsByWidth);
        maxMacsByWidth = List.copyOf(maxMacsByWidth);
        minDepths = List.copyOf(minDepths);
        maxDepths = List.copyOf(maxDepths);
        if (widths.isEmpty()) {
            throw new IllegalArgumentException("trust.widths: at least one measured width");
        }
        if (minMacsByWidth.size() != widths.size() || maxMacsByWidth.size() != widths.size()) {
            throw new IllegalArgumentException("trust.minMacsByWidth and trust.maxMacsByWidth: one per width");
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

    /** The nearest configuration inside, feature by feature (width, MACs, resolution, blocks per stage). */
    public ArchitectureFeatures clamp(ArchitectureFeatures f) {
        double width = clampWidth(f.width());
        double lo = minMacs;
        double hi = maxMacs;
        if (widths.size() < WIDTHS_TO_INTERPOLATE) {
            int w = indexOf(widths, width);
            lo = minMacsByWidth.get(w);
            hi = maxMacsByWidth.get(w);
        }
        double macs = Math.max(lo, Math.min(hi, f.macs()));
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
                f.family(), macs, f.params(), resolution, width, depths, f.meanKernel(), f.meanExpansion());
    }

    private double clampWidth(double w) {
        double lo = widths.get(0);
        double hi = widths.get(widths.size() - 1);
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

    private static int indexOf(List<Double> widths, double w) {
        for (int i = 0; i < widths.size(); i++) {
            if (Math.abs(widths.get(i) - w) < 1e-9) {
                return i;
            }
        }
        return -1;
    }

    /** The region of a set of observations. */
    static TrustRegion of(List<ArchitectureFeatures> data) {
        List<Double> widths = new ArrayList<>();
        for (ArchitectureFeatures f : data) {
            if (indexOf(widths, f.width()) < 0) {
                widths.add(f.width());
            }
        }
        widths.sort(Double::compare);
        List<Double> lo = new ArrayList<>();
        List<Double> hi = new ArrayList<>();
        for (double w : widths) {
            List<Double> macs = data.stream()
                    .filter(f -> Math.abs(f.width() - w) < 1e-9)
                    .map(ArchitectureFeatures::macs)
                    .toList();
            lo.add(macs.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
            hi.add(macs.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
        }
        List<Integer> minDepths = null;
        List<Integer> maxDepths = null;
        for (ArchitectureFeatures f : data) {
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
        return new TrustRegion(
                data.stream().mapToDouble(ArchitectureFeatures::macs).min().orElseThrow(),
                data.stream().mapToDouble(ArchitectureFeatures::macs).max().orElseThrow(),
                data.stream().mapToInt(ArchitectureFeatures::resolution).min().orElseThrow(),
                data.stream().mapToInt(ArchitectureFeatures::resolution).max().orElseThrow(),
                widths,
                lo,
                hi,
                minDepths == null ? List.of() : minDepths,
                maxDepths == null ? List.of() : maxDepths);
    }

    /** The smallest region holding both (widths: all measured ones, each with its widest MAC range). */
    TrustRegion union(TrustRegion o) {
        List<Double> allWidths = new ArrayList<>(widths);
        for (double w : o.widths) {
            if (indexOf(allWidths, w) < 0) {
                allWidths.add(w);
            }
        }
        allWidths.sort(Double::compare);
        List<Double> lows = new ArrayList<>();
        List<Double> highs = new ArrayList<>();
        for (double w : allWidths) {
            int a = indexOf(widths, w);
            int b = indexOf(o.widths, w);
            lows.add(Math.min(
                    a < 0 ? Double.POSITIVE_INFINITY : minMacsByWidth.get(a),
                    b < 0 ? Double.POSITIVE_INFINITY : o.minMacsByWidth.get(b)));
            highs.add(Math.max(a < 0 ? 0 : maxMacsByWidth.get(a), b < 0 ? 0 : o.maxMacsByWidth.get(b)));
        }
        List<Integer> lo = minDepths;
        List<Integer> hi = maxDepths;
        if (o.minDepths.size() == minDepths.size()) {
            lo = new ArrayList<>();
            hi = new ArrayList<>();
            for (int s = 0; s < minDepths.size(); s++) {
                lo.add(Math.min(minDepths.get(s), o.minDepths.get(s)));
                hi.add(Math.max(maxDepths.get(s), o.maxDepths.get(s)));
            }
        }
        return new TrustRegion(
                Math.min(minMacs, o.minMacs),
                Math.max(maxMacs, o.maxMacs),
                Math.min(minResolution, o.minResolution),
                Math.max(maxResolution, o.maxResolution),
                allWidths,
                lows,
                highs,
                lo,
                hi);
    }

    /** The same region with another resolution range. */
    TrustRegion withResolutions(int min, int max) {
        return new TrustRegion(
                minMacs, maxMacs, min, max, widths, minMacsByWidth, maxMacsByWidth, minDepths, maxDepths);
    }
}
