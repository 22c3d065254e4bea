package org.codesign.cost.gpu;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.codesign.space.EdgeGpuDevice;

/**
 * The routine that produced {@link GpuCalibration#DEFAULT}'s fitted coefficients; run {@link #main}
 * to reproduce them. It sees only the calibration rows of {@code published/points.csv} and minimizes
 * squared log errors, in two stages:
 *
 * <ol>
 *   <li>the six coefficients every board shares (tensor efficiency, fill, memory efficiency, launch
 *       cycles, GPU cycles per kernel, per-inference cycles) on the shared Xavier CSV's eight FP16 rows
 *       and MLPerf's Orin MaxQ INT8 row: many networks, two boards, two precisions;
 *   <li>the Pascal CUDA-core efficiency, the only coefficient the TX2 alone sees, on HW-NAS-Bench's two
 *       TX2 FP32 points.
 * </ol>
 *
 * The two TX2 points contradict each other under any per-kernel model (FBNet has fewer kernels than
 * the NAS-Bench-201 network and 2.8× its latency), so fitting them jointly with the shared
 * coefficients would let two inconsistent points set what every board uses. Deterministic:
 * Nelder–Mead in log space from a fixed start, restarted from its own result until it stops improving.
 */
public final class CalibrationFit {
    private CalibrationFit() {}

    private static final List<PublishedPoint> CALIBRATION = PublishedPoint.all().stream()
            .filter(p -> p.role() == PublishedPoint.Role.CALIBRATION)
            .toList();
    private static final List<PublishedPoint> SHARED = CALIBRATION.stream()
            .filter(p -> !p.board().equals(EdgeGpuDevice.JETSON_TX2.id()))
            .toList();
    private static final List<PublishedPoint> TX2 = CALIBRATION.stream()
            .filter(p -> p.board().equals(EdgeGpuDevice.JETSON_TX2.id()))
            .toList();
    private static final String[] NAMES = {
        "tensorEfficiency",
        "pascalCudaEfficiency",
        "fillOutputsPerSm",
        "memoryEfficiency",
        "launchKcycles",
        "gpuKernelCycles",
        "inferenceCpuMcycles"
    };
    /** Coefficients that are fractions (capped at 1). */
    private static final boolean[] FRACTION = {true, true, false, true, false, false, false};
    /** Where the search starts. */
    private static final double[] START = {0.5, 0.1, 3000, 0.7, 40, 3000, 1.0};
    /** The stage-1 coefficients (indices into {@link #NAMES}); stage 2 fits index 1. */
    private static final int[] SHARED_INDICES = {0, 2, 3, 4, 5, 6};

    public static void main(String[] args) {
        GpuCalibration fitted = fit(GpuCalibration.DEFAULT);
        double[] x = fitted.fitted();
        for (int i = 0; i < x.length; i++) {
            System.out.printf(Locale.ROOT, "%s %.4g%n", NAMES[i], x[i]);
        }
        System.out.printf(
                Locale.ROOT,
                "objective (all calibration rows) %.5f (stored DEFAULT: %.5f)%n",
                objective(fitted, CALIBRATION),
                objective(GpuCalibration.DEFAULT, CALIBRATION));
    }

    /** Fits the fitted coefficients; the assumed ones come from {@code start}. */
    static GpuCalibration fit(GpuCalibration start) {
        double[] all = START.clone();
        double[] shared = minimize(start, all, SHARED_INDICES, SHARED);
        for (int j = 0; j < SHARED_INDICES.length; j++) {
            all[SHARED_INDICES[j]] = shared[j];
        }
        double[] pascal = minimize(start, all, new int[] {1}, TX2);
        all[1] = pascal[0];
        return start.withFitted(all);
    }

    /** The values of {@code free} (indices into the full vector) that minimize the objective on {@code rows}. */
    private static double[] minimize(GpuCalibration start, double[] full, int[] free, List<PublishedPoint> rows) {
        double[] x = new double[free.length];
        for (int j = 0; j < free.length; j++) {
            x[j] = Math.log(full[free[j]]);
        }
        Objective f = v -> objective(start.withFitted(values(full, free, v)), rows);
        double best = Double.POSITIVE_INFINITY;
        for (int round = 0; round < 6; round++) {
            x = nelderMead(f, x, 3000);
            double value = f.value(x);
            if (best - value < 1e-9) {
                break;
            }
            best = value;
        }
        double[] out = new double[free.length];
        double[] v = values(full, free, x);
        for (int j = 0; j < free.length; j++) {
            out[j] = v[free[j]];
        }
        return out;
    }

    private static double[] values(double[] full, int[] free, double[] logs) {
        double[] v = full.clone();
        for (int j = 0; j < free.length; j++) {
            double value = Math.exp(logs[j]);
            v[free[j]] = FRACTION[free[j]] ? Math.min(value, 1.0) : value;
        }
        return v;
    }

    /** Sum of squared log errors on some calibration rows. */
    static double objective(GpuCalibration cal, List<PublishedPoint> rows) {
        double sum = 0;
        for (ModelValidation.Row r : ModelValidation.run(cal, rows).rows()) {
            double e = Math.log(r.ratio());
            sum += e * e;
        }
        return sum;
    }

    interface Objective {
        double value(double[] x);
    }

    /** Plain Nelder–Mead (reflection 1, expansion 2, contraction ½, shrink ½), initial steps of 0.3. */
    static double[] nelderMead(Objective f, double[] x0, int maxIterations) {
        int n = x0.length;
        double[][] simplex = new double[n + 1][];
        double[] values = new double[n + 1];
        simplex[0] = x0.clone();
        for (int i = 0; i < n; i++) {
            simplex[i + 1] = x0.clone();
            simplex[i + 1][i] += 0.3;
        }
        for (int i = 0; i <= n; i++) {
            values[i] = f.value(simplex[i]);
        }
        for (int iter = 0; iter < maxIterations; iter++) {
            Integer[] order = new Integer[n + 1];
            for (int i = 0; i <= n; i++) {
                order[i] = i;
            }
            final double[] v = values;
            Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
            double[][] s = new double[n + 1][];
            double[] sv = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                s[i] = simplex[order[i]];
                sv[i] = values[order[i]];
            }
            simplex = s;
            values = sv;
            if (values[n] - values[0] < 1e-12) {
                break;
            }
            double[] centroid = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    centroid[j] += simplex[i][j] / n;
                }
            }
            double[] reflected = step(centroid, simplex[n], -1);
            double fr = f.value(reflected);
            if (fr < values[0]) {
                double[] expanded = step(centroid, simplex[n], -2);
                double fe = f.value(expanded);
                if (fe < fr) {
                    simplex[n] = expanded;
                    values[n] = fe;
                } else {
                    simplex[n] = reflected;
                    values[n] = fr;
                }
            } else if (fr < values[n - 1]) {
                simplex[n] = reflected;
                values[n] = fr;
            } else {
                double[] contracted = step(centroid, simplex[n], 0.5);
                double fc = f.value(contracted);
                if (fc < values[n]) {
                    simplex[n] = contracted;
                    values[n] = fc;
                } else {
                    for (int i = 1; i <= n; i++) {
                        simplex[i] = step(simplex[0], simplex[i], 0.5);
                        values[i] = f.value(simplex[i]);
                    }
                }
            }
        }
        int best = 0;
        for (int i = 1; i <= n; i++) {
            if (values[i] < values[best]) {
                best = i;
            }
        }
        return simplex[best];
    }

    /** centroid + t · (point − centroid). */
    private static double[] step(double[] centroid, double[] point, double t) {
        double[] out = new double[centroid.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = centroid[j] + t * (point[j] - centroid[j]);
        }
        return out;
    }
}
