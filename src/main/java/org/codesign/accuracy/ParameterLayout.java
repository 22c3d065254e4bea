package org.codesign.accuracy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.codesign.accuracy.AccuracyCalibration.Observation;

/**
 * The parameter vector of a calibration: the shared parameters weight, the error floors (OFA's
 * and everyone else's), per family an offset, a curvature (ResNets share one) and the weights of
 * its {@link FamilyTerms}. Only families with observations get entries. Start values are the
 * previous model's order of magnitude; the box bounds are the monotonic constraints plus generous
 * limits that no fit on the published tables reaches (checked by AccuracyCalibrationTest).
 */
final class ParameterLayout {
    /** Where one family's parameters sit in the vector. */
    record Slots(int floor, int offset, int curvature, int[] terms, List<FamilyTerms> kinds) {}

    private static final double[] FLOOR = {10, 0, 40};
    private static final double[] PARAMS_WEIGHT = {0.2, 0, 5};
    private static final double[] OFFSET = {3, -10, 10};
    private static final double[] CURVATURE = {0.3, 0.01, 3};

    private final Map<Family, Slots> slots = new EnumMap<>(Family.class);
    private final List<double[]> bounds = new ArrayList<>(); // {start, lower, upper} per parameter

    ParameterLayout(List<Observation> observations) {
        bounds.add(PARAMS_WEIGHT);
        Map<String, Integer> shared = new LinkedHashMap<>();
        for (Family family : Family.values()) {
            if (observations.stream().noneMatch(o -> o.features().family() == family)) {
                continue;
            }
            int floor = shared.computeIfAbsent("floor/" + floorGroup(family), g -> add(FLOOR));
            int offset = add(OFFSET);
            int curvature = shared.computeIfAbsent("curvature/" + curvatureGroup(family), g -> add(CURVATURE));
            List<FamilyTerms> kinds = FamilyTerms.of(family);
            int[] terms = new int[kinds.size()];
            for (int t = 0; t < terms.length; t++) {
                FamilyTerms k = kinds.get(t);
                double[] bound = {k.start(), k.lower(), k.upper()};
                terms[t] = k.shared() ? shared.computeIfAbsent("term/" + k, g -> add(bound)) : add(bound);
            }
            slots.put(family, new Slots(floor, offset, curvature, terms, kinds));
        }
    }

    private int add(double[] startAndBounds) {
        bounds.add(startAndBounds);
        return bounds.size() - 1;
    }

    /** OFA's numbers come from supernet weights plus fine-tuning: a recipe of its own, a floor of its own. */
    static String floorGroup(Family family) {
        return family == Family.MBV3_OFA ? "ofa" : "trained";
    }

    /** The ResNet block types share a curvature. */
    static String curvatureGroup(Family family) {
        return switch (family) {
            case RESNET_BASIC, RESNET_BOTTLENECK -> "resnet";
            default -> family.key();
        };
    }

    /** The indices of every family's architecture-term weights (what the ridge penalty shrinks). */
    int[] termParameters() {
        return slots.values().stream()
                .flatMapToInt(s -> java.util.Arrays.stream(s.terms()))
                .distinct()
                .toArray();
    }

    int paramsWeight() {
        return 0;
    }

    Slots slots(Family family) {
        return slots.get(family);
    }

    double[] start() {
        double[] x = new double[bounds.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = bounds.get(i)[0];
        }
        return x;
    }

    double[] clamp(double[] x) {
        double[] out = x.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(bounds.get(i)[1], Math.min(bounds.get(i)[2], out[i]));
        }
        return out;
    }

    /** The values of a family's terms for one network (what each weight multiplies). */
    static double[] terms(ArchitectureFeatures f, Slots s) {
        double[] v = new double[s.kinds().size()];
        int stage = 0;
        double lnWidth = Math.log(f.width());
        for (int t = 0; t < v.length; t++) {
            v[t] = switch (s.kinds().get(t)) {
                case RESOLUTION -> Math.log(f.resolution() / AccuracyCoefficients.RESOLUTION_REFERENCE);
                case WIDTH -> lnWidth;
                case WIDTH_SQUARED -> Math.pow(Math.min(lnWidth, 0), 2);
                case RESOLUTION_WIDTH -> AccuracyCoefficients.resolutionWidthTerm(f);
                case DEPTH -> {
                    int at = stage++;
                    yield at < f.depths().size() ? f.depths().get(at) / AccuracyCoefficients.DEPTH_SCALE : 0;
                }
                case KERNEL -> Double.isFinite(f.meanKernel()) ? f.meanKernel() / AccuracyCoefficients.KERNEL_SCALE : 0;
                case EXPANSION ->
                    Double.isFinite(f.meanExpansion()) ? f.meanExpansion() / AccuracyCoefficients.EXPANSION_SCALE : 0;
            };
        }
        return v;
    }

    /** The vector of existing coefficients (to start a fit from them). */
    double[] vector(AccuracyCoefficients c) {
        double[] x = start();
        x[paramsWeight()] = c.paramsWeight();
        slots.forEach((family, s) -> {
            FamilyCoefficients fc = c.families().get(family);
            x[s.floor()] = fc.floor();
            x[s.offset()] = fc.offset();
            x[s.curvature()] = fc.curvature();
            int stage = 0;
            for (int t = 0; t < s.terms().length; t++) {
                x[s.terms()[t]] = switch (s.kinds().get(t)) {
                    case RESOLUTION -> fc.resolution();
                    case WIDTH -> fc.width();
                    case WIDTH_SQUARED -> fc.widthSquared();
                    case RESOLUTION_WIDTH -> fc.resolutionWidth();
                    case DEPTH -> stage < fc.depth().size() ? fc.depth().get(stage++) : 0;
                    case KERNEL -> fc.kernel();
                    case EXPANSION -> fc.expansion();
                };
            }
        });
        return clamp(x);
    }

    /** Coefficients of the vector; families without slots keep {@code fallback}'s or neutral ones. */
    AccuracyCoefficients coefficients(double[] x, Map<Family, TrustRegion> trust, AccuracyCoefficients fallback) {
        Map<Family, FamilyCoefficients> families = new EnumMap<>(Family.class);
        for (Family family : Family.values()) {
            Slots s = slots.get(family);
            if (s == null) {
                families.put(family, fallback != null ? fallback.families().get(family) : neutral(trust.get(family)));
                continue;
            }
            double resolution = 0;
            double width = 0;
            double widthSquared = 0;
            double resolutionWidth = 0;
            double kernel = 0;
            double expansion = 0;
            List<Double> depth = new ArrayList<>();
            for (int t = 0; t < s.terms().length; t++) {
                double v = x[s.terms()[t]];
                switch (s.kinds().get(t)) {
                    case RESOLUTION -> resolution = v;
                    case WIDTH -> width = v;
                    case WIDTH_SQUARED -> widthSquared = v;
                    case RESOLUTION_WIDTH -> resolutionWidth = v;
                    case DEPTH -> depth.add(v);
                    case KERNEL -> kernel = v;
                    case EXPANSION -> expansion = v;
                }
            }
            double halfWidth =
                    fallback != null ? fallback.families().get(family).halfWidth() : 0;
            families.put(
                    family,
                    new FamilyCoefficients(
                            x[s.floor()],
                            x[s.offset()],
                            x[s.curvature()],
                            resolution,
                            width,
                            widthSquared,
                            resolutionWidth,
                            depth,
                            kernel,
                            expansion,
                            halfWidth,
                            trust.get(family)));
        }
        return new AccuracyCoefficients(x[paramsWeight()], families);
    }

    private static FamilyCoefficients neutral(TrustRegion trust) {
        return new FamilyCoefficients(FLOOR[0], OFFSET[0], CURVATURE[0], 0, 0, 0, 0, List.of(), 0, 0, 0, trust);
    }

    /**
     * The trust region of each family with observations (OFA's resolutions: the supernet's
     * trained range); without observations, {@code fallback}'s, or one point that flags
     * everything as extrapolated.
     */
    static Map<Family, TrustRegion> trustRegions(List<Observation> observations, AccuracyCoefficients fallback) {
        Map<Family, TrustRegion> out = new EnumMap<>(Family.class);
        for (Family family : Family.values()) {
            List<ArchitectureFeatures> data = observations.stream()
                    .map(Observation::features)
                    .filter(f -> f.family() == family)
                    .toList();
            if (!data.isEmpty()) {
                TrustRegion region = TrustRegion.of(data);
                out.put(
                        family,
                        family == Family.MBV3_OFA
                                ? region.withResolutions(
                                        AccuracyCalibration.OFA_MIN_RESOLUTION, AccuracyCalibration.OFA_MAX_RESOLUTION)
                                : region);
            } else if (fallback != null) {
                out.put(family, fallback.families().get(family).trust());
            } else {
                out.put(
                        family,
                        new TrustRegion(1, 1, 1, 1, List.of(1.0), List.of(1.0), List.of(1.0), List.of(), List.of()));
            }
        }
        return out;
    }
}
