package org.codesign.accuracy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;

/**
 * Fits {@link AccuracyCoefficients} to measured top-1 numbers by Hipparchus' Levenberg–Marquardt
 * least squares on the accuracy residuals, each parameter projected onto its bounds after every
 * step (the bounds are the monotonic constraints). Deterministic: fixed start, no randomness, so
 * the shipped coefficients can be regenerated exactly.
 *
 * <p>Which terms each family has is {@link FamilyTerms}; the rest of the structure is shared: one
 * parameters weight for all, one error floor for every family but OFA's (whose numbers come from
 * supernet weights plus fine-tuning, a different recipe), and one curvature for both ResNet block
 * types (five ResNets are too few for two).
 */
public final class AccuracyCalibration {
    private AccuracyCalibration() {}

    /** One measured result: where it comes from, its features and its top-1 (percent). */
    public record Observation(String table, String id, String group, ArchitectureFeatures features, double top1) {}

    /** A fit with its errors: per table on the fitted rows and with each row left out in turn. */
    public record Result(
            AccuracyCoefficients coefficients,
            Map<String, Double> meanAbsoluteError,
            Map<String, Double> leaveOneOut) {}

    /** Coverage the conformal half-width aims at: 90 % of held-out rows inside the interval. */
    static final double COVERAGE = 0.9;

    /**
     * OFA's supernet is trained at resolutions 128 to 224 (Cai et al., "Once-for-All", ICLR 2020,
     * §3.1: "elastic resolution ... from 128 to 224"); its published subnets at 236 and 260 were
     * fine-tuned there. The search space trusts the supernet's range.
     */
    static final int OFA_MIN_RESOLUTION = 128;

    static final int OFA_MAX_RESOLUTION = 224;

    private static final int MAX_EVALUATIONS = 20_000;

    /**
     * Ridge penalty (points² per unit weight²) on the architecture-term weights: OFA has nine
     * of them for twenty subnets. Chosen by OFA's leave-one-out error over 0.003, 0.01, 0.03, 0.1,
     * 0.3 and 1 (docs/MODEL.md lists the errors); settable for that sweep only.
     */
    static final double RIDGE = Double.parseDouble(System.getProperty("accuracy.ridge", "0.01"));

    /** The fit, its leave-one-out errors and conformal half-widths, and the trust regions of the data. */
    public static Result calibrate(List<Observation> observations) {
        AccuracyCoefficients point = fit(observations, null);
        Map<Family, List<Double>> heldOut = new EnumMap<>(Family.class);
        Map<String, double[]> loo = new LinkedHashMap<>();
        for (Observation o : observations) {
            List<Observation> rest = new ArrayList<>(observations);
            rest.remove(o);
            double error = Math.abs(fit(rest, null).top1(o.features()) - o.top1());
            heldOut.computeIfAbsent(o.features().family(), f -> new ArrayList<>())
                    .add(error);
            double[] s = loo.computeIfAbsent(o.table(), t -> new double[2]);
            s[0] += error;
            s[1]++;
        }
        Map<Family, Double> halfWidths = new EnumMap<>(Family.class);
        heldOut.forEach((family, errors) -> halfWidths.put(family, conformalHalfWidth(errors)));
        AccuracyCoefficients coefficients = withUncertainty(point, observations, halfWidths);
        Map<String, Double> looMae = new LinkedHashMap<>();
        loo.forEach((table, s) -> looMae.put(table, s[0] / s[1]));
        return new Result(coefficients, meanAbsoluteErrorByTable(coefficients, observations), looMae);
    }

    /**
     * The split-conformal half-width: the ⌈(n + 1) · 0.9⌉-th smallest held-out error, which covers
     * a new exchangeable row with probability ≥ 90 % (Vovk et al. 2005; Barber et al. 2021's
     * jackknife); with fewer rows than that needs, the largest error (no guarantee).
     */
    static double conformalHalfWidth(List<Double> heldOutErrors) {
        List<Double> sorted = new ArrayList<>(heldOutErrors);
        sorted.sort(Double::compare);
        int k = (int) Math.ceil((sorted.size() + 1) * COVERAGE);
        return sorted.get(Math.min(k, sorted.size()) - 1);
    }

    /** The least-squares coefficients (no interval; trust regions of the data). */
    public static AccuracyCoefficients fit(List<Observation> observations) {
        return fit(observations, null);
    }

    /**
     * The least-squares coefficients; families without observations take {@code fallback}'s
     * (or the start values when it is null).
     */
    public static AccuracyCoefficients fit(List<Observation> observations, AccuracyCoefficients fallback) {
        if (observations == null || observations.isEmpty()) {
            throw new IllegalArgumentException("observations: nothing to fit");
        }
        ParameterLayout layout = new ParameterLayout(observations);
        double[] start = fallback == null ? layout.start() : layout.vector(fallback);
        return fitFrom(observations, layout, start, fallback);
    }

    private static AccuracyCoefficients fitFrom(
            List<Observation> observations, ParameterLayout layout, double[] start, AccuracyCoefficients fallback) {
        int n = observations.size();
        int[] penalised = layout.termParameters();
        double[] target = new double[n + penalised.length]; // the ridge rows' target is 0
        for (int i = 0; i < n; i++) {
            target[i] = observations.get(i).top1();
        }
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .model(x -> value(observations, layout, x.toArray()))
                .target(target)
                .start(start)
                .parameterValidator(x -> new ArrayRealVector(layout.clamp(x.toArray()), false))
                .maxEvaluations(MAX_EVALUATIONS)
                .maxIterations(MAX_EVALUATIONS)
                .build();
        RealVector x = new LevenbergMarquardtOptimizer()
                .withCostRelativeTolerance(1e-14)
                .withParameterRelativeTolerance(1e-12)
                .optimize(problem)
                .getPoint();
        return layout.coefficients(x.toArray(), ParameterLayout.trustRegions(observations, fallback), fallback);
    }

    /** Predictions and their Jacobian with respect to the parameter vector. */
    private static Pair<RealVector, org.hipparchus.linear.RealMatrix> value(
            List<Observation> observations, ParameterLayout layout, double[] x) {
        int n = observations.size();
        int[] penalised = layout.termParameters();
        double[] predicted = new double[n + penalised.length];
        double[][] jacobian = new double[n + penalised.length][x.length];
        double ridge = Math.sqrt(RIDGE);
        for (int j = 0; j < penalised.length; j++) {
            predicted[n + j] = ridge * x[penalised[j]];
            jacobian[n + j][penalised[j]] = ridge;
        }
        for (int i = 0; i < n; i++) {
            ArchitectureFeatures f = observations.get(i).features();
            ParameterLayout.Slots s = layout.slots(f.family());
            double[] terms = ParameterLayout.terms(f, s);
            double z = Math.log(f.macs() / AccuracyCoefficients.MACS_REFERENCE)
                    + x[layout.paramsWeight()] * Math.log(f.params() / AccuracyCoefficients.PARAMS_REFERENCE);
            for (int t = 0; t < terms.length; t++) {
                z += x[s.terms()[t]] * terms[t];
            }
            double curvature = x[s.curvature()];
            double g = Math.exp(x[s.offset()] - curvature * z);
            predicted[i] = 100 - x[s.floor()] - g;
            double[] row = jacobian[i];
            row[s.floor()] = -1;
            row[s.offset()] = -g;
            row[s.curvature()] = g * z;
            row[layout.paramsWeight()] += g * curvature * Math.log(f.params() / AccuracyCoefficients.PARAMS_REFERENCE);
            for (int t = 0; t < terms.length; t++) {
                row[s.terms()[t]] += g * curvature * terms[t];
            }
        }
        return new Pair<>(new ArrayRealVector(predicted, false), new Array2DRowRealMatrix(jacobian, false));
    }

    private static AccuracyCoefficients withUncertainty(
            AccuracyCoefficients c, List<Observation> observations, Map<Family, Double> halfWidths) {
        Map<Family, FamilyCoefficients> families = new EnumMap<>(Family.class);
        c.families()
                .forEach((family, fc) -> families.put(
                        family, fc.withUncertainty(halfWidths.getOrDefault(family, fc.halfWidth()), fc.trust())));
        return new AccuracyCoefficients(c.paramsWeight(), families);
    }

    /** Mean absolute error (points) of the coefficients on the observations. */
    public static double meanAbsoluteError(AccuracyCoefficients coefficients, List<Observation> observations) {
        double sum = 0;
        for (Observation o : observations) {
            sum += Math.abs(coefficients.top1(o.features()) - o.top1());
        }
        return sum / observations.size();
    }

    /** Mean absolute error per table, in the order the tables first appear. */
    public static Map<String, Double> meanAbsoluteErrorByTable(
            AccuracyCoefficients coefficients, List<Observation> observations) {
        Map<String, List<Observation>> byTable = new LinkedHashMap<>();
        for (Observation o : observations) {
            byTable.computeIfAbsent(o.table(), t -> new ArrayList<>()).add(o);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        byTable.forEach((table, rows) -> out.put(table, meanAbsoluteError(coefficients, rows)));
        return out;
    }
}
