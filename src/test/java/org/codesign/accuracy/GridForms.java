package org.codesign.accuracy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.codesign.accuracy.AccuracyCalibration.Observation;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;

/**
 * Alternative width × resolution forms for one published grid, fitted to that grid alone (issue
 * 16's MobileNetV2 equal-MAC pairs, docs/MODEL.md): the family's error model {@code floor +
 * exp(offset − curvature · z)} with the shipped floor and parameters weight held fixed and
 * {@code z = ln(MACs/1e8) + p · ln(params/1e6) + Σ β_k · feature_k}, fitted by Hipparchus'
 * Levenberg–Marquardt with the β projected onto their bounds and an optional quadratic penalty
 * {@code λ · |Dβ|²} (a P-spline's difference penalty). An exploration tool, not the product's fit.
 */
final class GridForms {
    private GridForms() {}

    /** A form: its features, their bounds and the penalty matrix on them (null: none). */
    record Form(
            String name,
            List<ToDoubleFunction<ArchitectureFeatures>> features,
            double[] lower,
            double[] upper,
            double[][] penalty,
            double lambda) {}

    /** The shipped grid terms: ln(res/224), min(ln width, 0)² (≤ 0), max(ln(res/96), 0) · ln width (≥ 0). */
    static Form shipped() {
        return new Form(
                "shipped terms",
                List.of(GridForms::y, f -> Math.pow(Math.min(x(f), 0), 2), AccuracyCoefficients::resolutionWidthTerm),
                new double[] {FamilyCoefficients.MIN_RESOLUTION, -5, 0},
                new double[] {10, 0, 10},
                null,
                0);
    }

    /**
     * The shipped terms plus a tensor-product B-spline in (ln width, ln res/224) over the grid's
     * range, {@code n} cubic basis functions per axis, its coefficients penalised by λ times their
     * squared second differences along each axis (Eilers and Marx, Statistical Science 11(2),
     * 1996). {@code clamped}: end knots repeated (de Boor's convention); otherwise equally spaced
     * knots extended past the range (Eilers and Marx's), whose penalty's null space is
     * {1, ln width, ln res, ln width · ln res}.
     */
    static Form spline(List<Observation> grid, int n, boolean clamped, double lambda) {
        Form base = shipped();
        double[] xs = grid.stream().mapToDouble(o -> x(o.features())).toArray();
        double[] ys = grid.stream().mapToDouble(o -> y(o.features())).toArray();
        double[] tx = knots(
                Arrays.stream(xs).min().orElseThrow(), Arrays.stream(xs).max().orElseThrow(), n, clamped);
        double[] ty = knots(
                Arrays.stream(ys).min().orElseThrow(), Arrays.stream(ys).max().orElseThrow(), n, clamped);
        List<ToDoubleFunction<ArchitectureFeatures>> features = new ArrayList<>(base.features());
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int a = i;
                int b = j;
                features.add(f -> basis(tx, a, x(f)) * basis(ty, b, y(f)));
            }
        }
        int k = base.features().size();
        double[][] penalty = new double[2 * n * (n - 2)][features.size()];
        int row = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j + 2 < n; j++, row++) { // along resolution, then along width
                penalty[row][k + i * n + j] = 1;
                penalty[row][k + i * n + j + 1] = -2;
                penalty[row][k + i * n + j + 2] = 1;
                penalty[row + n * (n - 2)][k + j * n + i] = 1;
                penalty[row + n * (n - 2)][k + (j + 1) * n + i] = -2;
                penalty[row + n * (n - 2)][k + (j + 2) * n + i] = 1;
            }
        }
        // unbounded: the spline can undo any bound on the shipped terms, and projecting onto
        // bounds stalls Levenberg–Marquardt under a large penalty
        double[] lower = new double[features.size()];
        double[] upper = new double[features.size()];
        Arrays.fill(lower, Double.NEGATIVE_INFINITY);
        Arrays.fill(upper, Double.POSITIVE_INFINITY);
        return new Form(
                "shipped terms + " + n + "×" + n + " cubic P-spline, " + (clamped ? "clamped" : "extended")
                        + " knots, λ = " + lambda,
                features,
                lower,
                upper,
                penalty,
                lambda);
    }

    static double x(ArchitectureFeatures f) {
        return Math.log(f.width());
    }

    static double y(ArchitectureFeatures f) {
        return Math.log(f.resolution() / AccuracyCoefficients.RESOLUTION_REFERENCE);
    }

    private static double[] knots(double lo, double hi, int n, boolean clamped) {
        int degree = 3;
        int segments = n - degree;
        double h = (hi - lo) / segments;
        double[] t = new double[n + degree + 1];
        for (int i = 0; i < t.length; i++) {
            t[i] = clamped ? lo + h * Math.min(Math.max(i - degree, 0), segments) : lo + h * (i - degree);
        }
        return t;
    }

    /** The i-th cubic B-spline on knots t at v (Cox–de Boor; the last interval closed on the right). */
    static double basis(double[] t, int i, double v) {
        return basis(t, i, 3, v);
    }

    private static double basis(double[] t, int i, int degree, double v) {
        if (degree == 0) {
            boolean last = v == t[t.length - 1] && t[i] < t[i + 1] && t[i + 1] == t[t.length - 1];
            return (t[i] <= v && v < t[i + 1]) || last ? 1 : 0;
        }
        double left = t[i + degree] > t[i] ? (v - t[i]) / (t[i + degree] - t[i]) * basis(t, i, degree - 1, v) : 0;
        double right = t[i + degree + 1] > t[i + 1]
                ? (t[i + degree + 1] - v) / (t[i + degree + 1] - t[i + 1]) * basis(t, i + 1, degree - 1, v)
                : 0;
        return left + right;
    }

    /** A fitted form: predicts top-1 (points). */
    interface Fit {
        double top1(ArchitectureFeatures f);
    }

    /** Fits the form to the rows with the family's shipped floor and the shipped parameters weight. */
    static Fit fit(Form form, List<Observation> rows) {
        AccuracyCoefficients shipped = AccuracyModel.defaultModel().coefficients();
        FamilyCoefficients family =
                shipped.families().get(rows.get(0).features().family());
        double floor = family.floor();
        double p = shipped.paramsWeight();
        int m = form.features().size();
        int penaltyRows = form.penalty() == null ? 0 : form.penalty().length;
        double[][] features = rows.stream()
                .map(o -> form.features().stream()
                        .mapToDouble(g -> g.applyAsDouble(o.features()))
                        .toArray())
                .toArray(double[][]::new);
        double[] z0 = rows.stream()
                .mapToDouble(o -> Math.log(o.features().macs() / AccuracyCoefficients.MACS_REFERENCE)
                        + p * Math.log(o.features().params() / AccuracyCoefficients.PARAMS_REFERENCE))
                .toArray();
        double[] target = new double[rows.size() + penaltyRows];
        for (int i = 0; i < rows.size(); i++) {
            target[i] = rows.get(i).top1();
        }
        double[] start = new double[m + 2];
        start[0] = family.offset();
        start[1] = family.curvature();
        double[] clampedStart = clamp(form, start);
        double root = Math.sqrt(form.lambda());
        var problem = new LeastSquaresBuilder()
                .model(v -> {
                    double[] th = v.toArray();
                    double[] out = new double[target.length];
                    double[][] jac = new double[target.length][th.length];
                    for (int i = 0; i < rows.size(); i++) {
                        double z = z0[i];
                        for (int k = 0; k < m; k++) {
                            z += th[k + 2] * features[i][k];
                        }
                        double g = Math.exp(th[0] - th[1] * z);
                        out[i] = 100 - floor - g;
                        jac[i][0] = -g;
                        jac[i][1] = g * z;
                        for (int k = 0; k < m; k++) {
                            jac[i][k + 2] = g * th[1] * features[i][k];
                        }
                    }
                    for (int r = 0; r < penaltyRows; r++) {
                        for (int k = 0; k < m; k++) {
                            out[rows.size() + r] += root * form.penalty()[r][k] * th[k + 2];
                            jac[rows.size() + r][k + 2] = root * form.penalty()[r][k];
                        }
                    }
                    return new Pair<RealVector, RealMatrix>(
                            new ArrayRealVector(out, false), new Array2DRowRealMatrix(jac, false));
                })
                .target(target)
                .start(clampedStart)
                .parameterValidator(v -> new ArrayRealVector(clamp(form, v.toArray()), false))
                .maxEvaluations(200_000)
                .maxIterations(200_000)
                .build();
        double[] th = new LevenbergMarquardtOptimizer()
                .withCostRelativeTolerance(1e-12)
                .withParameterRelativeTolerance(1e-10)
                .optimize(problem)
                .getPoint()
                .toArray();
        return f -> {
            double z = Math.log(f.macs() / AccuracyCoefficients.MACS_REFERENCE)
                    + p * Math.log(f.params() / AccuracyCoefficients.PARAMS_REFERENCE);
            for (int k = 0; k < m; k++) {
                z += th[k + 2] * form.features().get(k).applyAsDouble(f);
            }
            return 100 - floor - Math.exp(th[0] - th[1] * z);
        };
    }

    private static double[] clamp(Form form, double[] th) {
        double[] out = th.clone();
        out[1] = Math.max(out[1], 1e-3);
        for (int k = 0; k < form.lower().length; k++) {
            out[k + 2] = Math.min(Math.max(out[k + 2], form.lower()[k]), form.upper()[k]);
        }
        return out;
    }

    /** The form's fitted and leave-one-out MAE and its pair errors, in-sample and leave-pair-out. */
    record Scores(double fitted, double leaveOneOut, double[] pairs, double[] pairsHeldOut) {
        double worstPair() {
            return Arrays.stream(pairs).map(Math::abs).max().orElse(0);
        }

        double worstPairHeldOut() {
            return Arrays.stream(pairsHeldOut).map(Math::abs).max().orElse(0);
        }

        double meanPairHeldOut() {
            return Arrays.stream(pairsHeldOut).map(Math::abs).average().orElse(0);
        }
    }

    /** Equal-MAC pairs as in {@link ArchitectureTermsTest#equalMacPairs}: widths differ, MACs within 5 %. */
    static List<Observation[]> pairs(List<Observation> grid) {
        List<Observation[]> out = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            for (int j = i + 1; j < grid.size(); j++) {
                ArchitectureFeatures a = grid.get(i).features();
                ArchitectureFeatures b = grid.get(j).features();
                if (a.width() != b.width() && Math.abs(Math.log(a.macs() / b.macs())) <= 0.05) {
                    out.add(new Observation[] {grid.get(i), grid.get(j)});
                }
            }
        }
        return out;
    }

    /** Scores a form whose knots span the whole grid (the published axes), refitting it without each row or pair. */
    static Scores score(Form form, List<Observation> grid) {
        Fit all = fit(form, grid);
        double fitted = grid.stream()
                .mapToDouble(o -> Math.abs(all.top1(o.features()) - o.top1()))
                .average()
                .orElseThrow();
        double loo = IntStream.range(0, grid.size())
                .mapToDouble(i -> {
                    List<Observation> rest = new ArrayList<>(grid);
                    Observation out = rest.remove(i);
                    return Math.abs(fit(form, rest).top1(out.features()) - out.top1());
                })
                .average()
                .orElseThrow();
        List<Observation[]> pairs = pairs(grid);
        double[] in = pairs.stream().mapToDouble(q -> pairError(all, q)).toArray();
        double[] held = pairs.stream()
                .mapToDouble(q -> {
                    List<Observation> rest =
                            grid.stream().filter(o -> o != q[0] && o != q[1]).toList();
                    return pairError(fit(form, rest), q);
                })
                .toArray();
        return new Scores(fitted, loo, in, held);
    }

    private static double pairError(Fit fit, Observation[] q) {
        return fit.top1(q[0].features()) - fit.top1(q[1].features()) - (q[0].top1() - q[1].top1());
    }
}
