package org.codesign.accuracy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits {@link AccuracyCoefficients} to published top-1 numbers by bounded Levenberg–Marquardt
 * least squares on the accuracy residuals: deterministic (fixed start, no randomness), so the
 * shipped coefficients can be regenerated exactly.
 *
 * <p>Parameters: the shared error floor, params weight and resolution weight, one offset per
 * family and one curvature per curvature group; the two ResNet block types share a curvature
 * (five ResNets are too few for two). A family without observations keeps its start values.
 */
public final class AccuracyCalibration {
    private AccuracyCalibration() {}

    /** One published result: where it comes from, its features and its top-1 (percent). */
    public record Observation(String table, String id, String group, ArchitectureFeatures features, double top1) {}

    // Start point and box bounds of the fit.
    private static final double START_FLOOR = 10;
    private static final double START_PARAMS_WEIGHT = 0.3;
    private static final double START_RESOLUTION_WEIGHT = 0;
    private static final double START_OFFSET = 3;
    private static final double START_CURVATURE = 0.3;
    private static final double[] FLOOR_BOUNDS = {0, 40};
    private static final double[] PARAMS_WEIGHT_BOUNDS = {0, 5};
    private static final double[] RESOLUTION_WEIGHT_BOUNDS = {AccuracyCoefficients.MIN_RESOLUTION_WEIGHT, 5};
    private static final double[] OFFSET_BOUNDS = {-10, 10};
    private static final double[] CURVATURE_BOUNDS = {0.01, 3};

    private static final int MAX_ITERATIONS = 2000;

    /** The curvature group of a family: ResNet block types share one. */
    public static String curvatureGroup(Family family) {
        return switch (family) {
            case RESNET_BASIC, RESNET_BOTTLENECK -> "resnet";
            default -> family.key();
        };
    }

    /** Layout of the parameter vector. */
    private static final class Layout {
        final int families = Family.values().length;
        final List<String> groups = new ArrayList<>();
        final int[] groupOf = new int[families];

        Layout() {
            for (Family f : Family.values()) {
                String g = curvatureGroup(f);
                if (!groups.contains(g)) {
                    groups.add(g);
                }
                groupOf[f.ordinal()] = groups.indexOf(g);
            }
        }

        int size() {
            return 3 + families + groups.size();
        }

        int offset(Family f) {
            return 3 + f.ordinal();
        }

        int curvature(Family f) {
            return 3 + families + groupOf[f.ordinal()];
        }

        double[] start() {
            double[] x = new double[size()];
            x[0] = START_FLOOR;
            x[1] = START_PARAMS_WEIGHT;
            x[2] = START_RESOLUTION_WEIGHT;
            for (Family f : Family.values()) {
                x[offset(f)] = START_OFFSET;
                x[curvature(f)] = START_CURVATURE;
            }
            return x;
        }

        void clamp(double[] x) {
            x[0] = clampTo(x[0], FLOOR_BOUNDS);
            x[1] = clampTo(x[1], PARAMS_WEIGHT_BOUNDS);
            x[2] = clampTo(x[2], RESOLUTION_WEIGHT_BOUNDS);
            for (Family f : Family.values()) {
                x[offset(f)] = clampTo(x[offset(f)], OFFSET_BOUNDS);
                x[curvature(f)] = clampTo(x[curvature(f)], CURVATURE_BOUNDS);
            }
        }

        AccuracyCoefficients coefficients(double[] x) {
            Map<Family, FamilyCoefficients> families = new EnumMap<>(Family.class);
            for (Family f : Family.values()) {
                families.put(f, new FamilyCoefficients(x[offset(f)], x[curvature(f)]));
            }
            return new AccuracyCoefficients(x[0], x[1], x[2], families);
        }
    }

    private static double clampTo(double v, double[] bounds) {
        return Math.max(bounds[0], Math.min(bounds[1], v));
    }

    /** The least-squares coefficients for these observations. */
    public static AccuracyCoefficients fit(List<Observation> observations) {
        if (observations == null || observations.isEmpty()) {
            throw new IllegalArgumentException("observations: nothing to fit");
        }
        Layout layout = new Layout();
        int n = observations.size();
        int k = layout.size();
        double[][] logs = new double[n][3];
        for (int i = 0; i < n; i++) {
            ArchitectureFeatures f = observations.get(i).features();
            logs[i][0] = Math.log(f.macs() / AccuracyCoefficients.MACS_REFERENCE);
            logs[i][1] = Math.log(f.params() / AccuracyCoefficients.PARAMS_REFERENCE);
            logs[i][2] = Math.log(f.resolution() / AccuracyCoefficients.RESOLUTION_REFERENCE);
        }

        double[] x = layout.start();
        double[] residuals = new double[n];
        double[][] jacobian = new double[n][k];
        double cost = evaluate(observations, logs, layout, x, residuals, jacobian);
        double lambda = 1e-3;
        for (int iteration = 0; iteration < MAX_ITERATIONS && lambda < 1e12; iteration++) {
            double[][] normal = new double[k][k];
            double[] gradient = new double[k];
            for (int i = 0; i < n; i++) {
                for (int a = 0; a < k; a++) {
                    double ja = jacobian[i][a];
                    if (ja == 0) {
                        continue;
                    }
                    gradient[a] += ja * residuals[i];
                    for (int b = 0; b < k; b++) {
                        normal[a][b] += ja * jacobian[i][b];
                    }
                }
            }
            boolean accepted = false;
            while (!accepted && lambda < 1e12) {
                double[][] damped = new double[k][];
                double[] rhs = new double[k];
                for (int a = 0; a < k; a++) {
                    damped[a] = normal[a].clone();
                    damped[a][a] += lambda * Math.max(normal[a][a], 1e-9);
                    rhs[a] = -gradient[a];
                }
                double[] step = solve(damped, rhs);
                double[] candidate = x.clone();
                for (int a = 0; a < k; a++) {
                    candidate[a] += step[a];
                }
                layout.clamp(candidate);
                double[] candidateResiduals = new double[n];
                double[][] candidateJacobian = new double[n][k];
                double candidateCost =
                        evaluate(observations, logs, layout, candidate, candidateResiduals, candidateJacobian);
                if (candidateCost < cost) {
                    boolean converged = cost - candidateCost <= 1e-14 * cost;
                    x = candidate;
                    residuals = candidateResiduals;
                    jacobian = candidateJacobian;
                    cost = candidateCost;
                    lambda = Math.max(lambda / 10, 1e-12);
                    accepted = true;
                    if (converged) {
                        lambda = 1e12; // done
                    }
                } else {
                    lambda *= 10;
                }
            }
        }
        return layout.coefficients(x);
    }

    /** Sum of squared residuals; fills the residuals (prediction − observation) and their Jacobian. */
    private static double evaluate(
            List<Observation> observations,
            double[][] logs,
            Layout layout,
            double[] x,
            double[] residuals,
            double[][] jacobian) {
        double cost = 0;
        for (int i = 0; i < observations.size(); i++) {
            Family family = observations.get(i).features().family();
            int oi = layout.offset(family);
            int ci = layout.curvature(family);
            double z = logs[i][0] + x[1] * logs[i][1] + x[2] * logs[i][2];
            double g = Math.exp(x[oi] - x[ci] * z);
            double predicted = 100 - x[0] - g;
            residuals[i] = predicted - observations.get(i).top1();
            cost += residuals[i] * residuals[i];
            double[] row = jacobian[i];
            Arrays.fill(row, 0);
            row[0] = -1;
            row[1] = g * x[ci] * logs[i][1];
            row[2] = g * x[ci] * logs[i][2];
            row[oi] = -g;
            row[ci] = g * z;
        }
        return cost;
    }

    /** Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmpRow = a[col];
            a[col] = a[pivot];
            a[pivot] = tmpRow;
            double tmp = b[col];
            b[col] = b[pivot];
            b[pivot] = tmp;
            double diag = a[col][col];
            if (diag == 0) {
                continue; // a parameter no observation touches: leave it where it is
            }
            for (int r = col + 1; r < n; r++) {
                double factor = a[r][col] / diag;
                if (factor == 0) {
                    continue;
                }
                for (int c = col; c < n; c++) {
                    a[r][c] -= factor * a[col][c];
                }
                b[r] -= factor * b[col];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = b[r];
            for (int c = r + 1; c < n; c++) {
                sum -= a[r][c] * x[c];
            }
            x[r] = a[r][r] == 0 ? 0 : sum / a[r][r];
        }
        return x;
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
