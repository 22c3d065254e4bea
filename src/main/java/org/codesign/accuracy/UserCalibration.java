package org.codesign.accuracy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.codesign.accuracy.AccuracyCalibration.Observation;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;

/**
 * Fits the surrogate to a user's own measured accuracies of one family: the family's offset and
 * curvature move (how much error at the reference size, how fast size removes it), its
 * architecture terms, floor and every other family stay as calibrated on the published tables.
 * A user's few rows cannot carry the nine OFA terms; two parameters they can (Hipparchus
 * Levenberg–Marquardt). The interval becomes split-conformal on the rows' leave-one-out errors
 * and the trust region also covers the user's rows.
 */
public final class UserCalibration {
    private UserCalibration() {}

    /** Fewer rows leave nothing to cross-validate a two-parameter fit with. */
    public static final int MIN_ROWS = 4;

    /** A point of the predicted-vs-measured chart: held-out prediction of a row and its measurement. */
    public record Point(String id, double measured, double predictedBefore, double predictedAfter, double heldOut) {}

    /**
     * @param maeBefore         MAE of the model before, on the rows
     * @param maeAfter          MAE of the fitted model on the rows
     * @param crossValidatedMae MAE of each row predicted by a fit without it
     */
    public record Result(
            AccuracyCoefficients coefficients,
            Family family,
            double maeBefore,
            double maeAfter,
            double crossValidatedMae,
            List<Point> points) {}

    public static Result fit(AccuracyCoefficients base, List<Observation> rows) {
        return fit(base, rows, done -> {});
    }

    /** As {@link #fit(AccuracyCoefficients, List)}, telling {@code progress} the fraction of the fits done. */
    public static Result fit(AccuracyCoefficients base, List<Observation> rows, DoubleConsumer progress) {
        if (rows.size() < MIN_ROWS) {
            throw new IllegalArgumentException(
                    "measured accuracies: " + rows.size() + " rows, at least " + MIN_ROWS + " needed");
        }
        Family family = rows.get(0).features().family();
        AccuracyCoefficients fitted = fitOffsetAndCurvature(base, family, rows);
        int fits = rows.size() + 1;
        progress.accept(1.0 / fits);
        List<Double> heldOutErrors = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        double before = 0;
        double after = 0;
        for (Observation o : rows) {
            List<Observation> rest = new ArrayList<>(rows);
            rest.remove(o);
            double heldOut = fitOffsetAndCurvature(base, family, rest).top1(o.features());
            heldOutErrors.add(Math.abs(heldOut - o.top1()));
            double b = base.top1(o.features());
            double a = fitted.top1(o.features());
            before += Math.abs(b - o.top1());
            after += Math.abs(a - o.top1());
            points.add(new Point(o.id(), o.top1(), b, a, heldOut));
            progress.accept((double) (points.size() + 1) / fits);
        }
        double cv = heldOutErrors.stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElseThrow();
        FamilyCoefficients c = fitted.families().get(family);
        TrustRegion trust = c.trust()
                .union(TrustRegion.of(rows.stream().map(Observation::features).toList()));
        Map<Family, FamilyCoefficients> families = new EnumMap<>(fitted.families());
        families.put(family, c.withUncertainty(AccuracyCalibration.conformalHalfWidth(heldOutErrors), trust));
        return new Result(
                new AccuracyCoefficients(fitted.paramsWeight(), families),
                family,
                before / rows.size(),
                after / rows.size(),
                cv,
                points);
    }

    private static AccuracyCoefficients fitOffsetAndCurvature(
            AccuracyCoefficients base, Family family, List<Observation> rows) {
        for (Observation o : rows) {
            if (o.features().family() != family) {
                throw new IllegalArgumentException("measured accuracies: rows of two families, " + family.key()
                        + " and " + o.features().family().key());
            }
        }
        FamilyCoefficients c = base.families().get(family);
        double[] z = new double[rows.size()];
        double[] target = new double[rows.size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = base.capacity(rows.get(i).features());
            target[i] = rows.get(i).top1();
        }
        RealVector x = new LevenbergMarquardtOptimizer()
                .optimize(new LeastSquaresBuilder()
                        .model(p -> value(p.toArray(), z, c.floor()))
                        .target(target)
                        .start(new double[] {c.offset(), c.curvature()})
                        // curvature stays positive: more capacity never lowers accuracy
                        .parameterValidator(p ->
                                new ArrayRealVector(new double[] {p.getEntry(0), Math.max(1e-3, p.getEntry(1))}, false))
                        .maxEvaluations(10_000)
                        .maxIterations(10_000)
                        .build())
                .getPoint();
        Map<Family, FamilyCoefficients> families = new EnumMap<>(base.families());
        families.put(family, c.withOffsetAndCurvature(x.getEntry(0), x.getEntry(1)));
        return new AccuracyCoefficients(base.paramsWeight(), families);
    }

    private static Pair<RealVector, RealMatrix> value(double[] p, double[] z, double floor) {
        double[] predicted = new double[z.length];
        double[][] jacobian = new double[z.length][2];
        for (int i = 0; i < z.length; i++) {
            double g = Math.exp(p[0] - p[1] * z[i]);
            predicted[i] = 100 - floor - g;
            jacobian[i][0] = -g;
            jacobian[i][1] = g * z[i];
        }
        return new Pair<>(new ArrayRealVector(predicted, false), new Array2DRowRealMatrix(jacobian, false));
    }
}
