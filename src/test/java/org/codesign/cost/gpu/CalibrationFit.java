package org.codesign.cost.gpu;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.codesign.space.EdgeGpuConfig;
import org.codesign.space.EdgeGpuDevice;

/**
 * The routine that produced {@link GpuCalibration#DEFAULT}'s fitted coefficients; run {@link #main}
 * to reproduce them. Deterministic: Nelder–Mead from a fixed start, in log space.
 *
 * <ol>
 *   <li>The five latency coefficients (dense efficiency, fill, reduction half-length, memory
 *       efficiency, Xavier per-layer overhead) minimize the sum of squared log errors over the eight
 *       torch2trt Xavier measurements at the top clocks, plus a penalty whenever two networks come
 *       out in the wrong order (or within 1 % of each other in the wrong direction).
 *   <li>The TX2 per-layer overhead is then solved (bisection) so that the NAS-Bench-201 network
 *       lands on HW-NAS-Bench's 5.81 ms at the TX2's top clocks.
 * </ol>
 */
public final class CalibrationFit {
    private CalibrationFit() {}

    private static final List<JetsonReference.Measured> XAVIER = JetsonReference.xavierTorch2trt();
    private static final EdgeGpuConfig XAVIER_TOP = JetsonReference.topClocks(EdgeGpuDevice.JETSON_AGX_XAVIER);
    private static final EdgeGpuConfig TX2_TOP = JetsonReference.topClocks(EdgeGpuDevice.JETSON_TX2);
    private static final int[] TILES = {32, 64, 128};
    private static final double ORDER_MARGIN = 0.01;
    private static final double ORDER_WEIGHT = 10;

    public static void main(String[] args) {
        GpuCalibration fitted = fit(GpuCalibration.DEFAULT);
        System.out.printf(
                Locale.ROOT,
                "denseEfficiency %.4f, fillOutputsPerSm %.1f, outputChannelTile %d,"
                        + " memoryEfficiency %.4f, xavierOverheadUs %.3f, tx2OverheadUs %.2f%n",
                fitted.denseEfficiency(),
                fitted.fillOutputsPerSm(),
                fitted.outputChannelTile(),
                fitted.memoryEfficiency(),
                fitted.xavierOverheadUs(),
                fitted.tx2OverheadUs());
        System.out.printf(
                Locale.ROOT,
                "objective %.5f (stored DEFAULT: %.5f)%n",
                objective(fitted),
                objective(GpuCalibration.DEFAULT));
    }

    /** Where the search starts: dense efficiency, fill outputs per SM, memory efficiency, Xavier overhead (µs). */
    private static final double[] START = {0.5, 3000, 0.8, 20};

    /** Fits the latency coefficients and the TX2 overhead; the assumed coefficients come from {@code start}. */
    static GpuCalibration fit(GpuCalibration start) {
        double[] x0 = new double[START.length];
        for (int i = 0; i < x0.length; i++) {
            x0[i] = Math.log(START[i]);
        }
        GpuCalibration latency = null;
        for (int tile : TILES) {
            double[] best = nelderMead(x -> objective(fromLog(start, tile, x)), x0, 4000);
            GpuCalibration candidate = fromLog(start, tile, best);
            if (latency == null || objective(candidate) < objective(latency)) {
                latency = candidate;
            }
        }
        return latency.withTx2OverheadUs(solveTx2Overhead(latency));
    }

    /** Sum of squared log errors on the Xavier points plus the order penalty. */
    static double objective(GpuCalibration cal) {
        EdgeGpuCostModel model = new EdgeGpuCostModel(cal);
        double[] predicted = new double[XAVIER.size()];
        double sum = 0;
        for (int i = 0; i < predicted.length; i++) {
            JetsonReference.Measured m = XAVIER.get(i);
            predicted[i] = model.evaluate(m.network(), XAVIER_TOP).orElseThrow().latencyMs();
            double e = Math.log(predicted[i] / m.latencyMs());
            sum += e * e;
        }
        for (int i = 1; i < predicted.length; i++) { // XAVIER is sorted by measured latency
            double gap = Math.log(predicted[i - 1] * (1 + ORDER_MARGIN) / predicted[i]);
            if (gap > 0) {
                sum += ORDER_WEIGHT * gap * gap;
            }
        }
        return sum;
    }

    private static GpuCalibration fromLog(GpuCalibration start, int tile, double[] x) {
        double dense = Math.min(Math.exp(x[0]), 1.0);
        double memory = Math.min(Math.exp(x[2]), 1.0);
        return start.withLatency(dense, Math.exp(x[1]), tile, memory, Math.exp(x[3]));
    }

    private static double solveTx2Overhead(GpuCalibration cal) {
        double lo = 1;
        double hi = 1000;
        for (int i = 0; i < 60; i++) {
            double mid = Math.sqrt(lo * hi);
            double ms = new EdgeGpuCostModel(cal.withTx2OverheadUs(mid))
                    .evaluate(JetsonReference.nasBench201(), TX2_TOP)
                    .orElseThrow()
                    .latencyMs();
            if (ms > JetsonReference.TX2_NB201_MS) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return Math.sqrt(lo * hi);
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
