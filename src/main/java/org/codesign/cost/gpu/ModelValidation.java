package org.codesign.cost.gpu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.codesign.cost.CostResult;
import org.codesign.cost.NetworkCost;
import org.codesign.space.EdgeGpuConfig;
import org.codesign.space.EdgeGpuDevice;

/**
 * The edge-GPU model against every published point ({@link PublishedPoint#all()}): the predicted
 * latency, the ratio predicted/measured, and per board and role the median and largest error and
 * the rank correlation. {@code codesign validate-models} prints it; the tests assert on it.
 */
public final class ModelValidation {
    private ModelValidation() {}

    /** One point and what the model predicts for it. */
    public record Row(PublishedPoint point, double predictedMs) {
        public double ratio() {
            return predictedMs / point.measuredMs();
        }

        /** |predicted/measured − 1|. */
        public double error() {
            return Math.abs(ratio() - 1);
        }
    }

    /**
     * Errors of one board's rows of one role.
     *
     * @param medianError median of |ratio − 1|
     * @param maxError largest |ratio − 1|
     * @param spearman rank correlation of predicted and measured latency (NaN below three rows)
     */
    public record Summary(
            String board, PublishedPoint.Role role, int rows, double medianError, double maxError, double spearman) {}

    /**
     * Everything {@code validate-models} reports.
     *
     * @param orinOverXavier the model's and MLPerf's ResNet-50 INT8 speed-up of the Orin over the
     *     Xavier at Max-N (the two MLPerf Max-N validation rows), if both rows are present
     */
    public record Report(List<Row> rows, List<Summary> summaries, Optional<SpeedUp> orinOverXavier) {}

    /** A speed-up as measured and as predicted. */
    public record SpeedUp(double measured, double predicted) {
        public double ratio() {
            return predicted / measured;
        }
    }

    public static Report run(GpuCalibration calibration) {
        return run(calibration, PublishedPoint.all());
    }

    public static Report run(GpuCalibration calibration, List<PublishedPoint> points) {
        Map<KernelLaunch, EdgeGpuCostModel> models = new java.util.EnumMap<>(KernelLaunch.class);
        for (KernelLaunch launch : KernelLaunch.values()) {
            models.put(launch, new EdgeGpuCostModel(calibration, launch));
        }
        List<Row> rows = new ArrayList<>();
        for (PublishedPoint p : points) {
            rows.add(new Row(p, predict(models.get(p.launch()), p)));
        }
        return new Report(List.copyOf(rows), summaries(rows), orinOverXavier(rows));
    }

    /** The model's latency for a point's network, board, clocks and precision (the model's launch mode). */
    public static double predict(EdgeGpuCostModel model, PublishedPoint p) {
        EdgeGpuConfig config = new EdgeGpuConfig(p.board(), p.gpuMHz(), p.cpuMHz(), p.emcMHz(), p.precision());
        CostResult result = model.evaluate(PublishedNetworks.byName(p.network()), config);
        if (result instanceof NetworkCost cost) {
            return cost.latencyMs();
        }
        throw new IllegalStateException(p.board() + " " + p.network() + ": the model cannot run it: " + result);
    }

    private static List<Summary> summaries(List<Row> rows) {
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (PublishedPoint.Role role : PublishedPoint.Role.values()) {
            for (EdgeGpuDevice d : EdgeGpuDevice.values()) {
                groups.put(role + " " + d.id(), new ArrayList<>());
            }
        }
        for (Row r : rows) {
            groups.get(r.point().role() + " " + r.point().board()).add(r);
        }
        List<Summary> out = new ArrayList<>();
        for (List<Row> group : groups.values()) {
            if (!group.isEmpty()) {
                out.add(summary(group));
            }
        }
        return List.copyOf(out);
    }

    /** The errors of a group of rows (all of one board and role, or any set the caller picks). */
    public static Summary summary(List<Row> group) {
        double[] errors = group.stream().mapToDouble(Row::error).sorted().toArray();
        int n = errors.length;
        double median = n % 2 == 1 ? errors[n / 2] : (errors[n / 2 - 1] + errors[n / 2]) / 2;
        double[] measured =
                group.stream().mapToDouble(r -> r.point().measuredMs()).toArray();
        double[] predicted = group.stream().mapToDouble(Row::predictedMs).toArray();
        PublishedPoint first = group.get(0).point();
        return new Summary(
                first.board(),
                first.role(),
                n,
                median,
                errors[n - 1],
                n < 3 ? Double.NaN : spearman(measured, predicted));
    }

    /** Spearman's rank correlation (average ranks for ties). */
    public static double spearman(double[] a, double[] b) {
        double[] ra = ranks(a);
        double[] rb = ranks(b);
        double ma = Arrays.stream(ra).average().orElse(0);
        double mb = Arrays.stream(rb).average().orElse(0);
        double num = 0;
        double da = 0;
        double db = 0;
        for (int i = 0; i < ra.length; i++) {
            num += (ra[i] - ma) * (rb[i] - mb);
            da += (ra[i] - ma) * (ra[i] - ma);
            db += (rb[i] - mb) * (rb[i] - mb);
        }
        return num / Math.sqrt(da * db);
    }

    private static double[] ranks(double[] x) {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(x[i], x[j]));
        double[] ranks = new double[x.length];
        for (int i = 0; i < order.length; ) {
            int j = i;
            while (j + 1 < order.length && x[order[j + 1]] == x[order[i]]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = (i + j) / 2.0 + 1;
            }
            i = j + 1;
        }
        return ranks;
    }

    private static Optional<SpeedUp> orinOverXavier(List<Row> rows) {
        Optional<Row> orin = mlperfMaxN(rows, EdgeGpuDevice.JETSON_AGX_ORIN);
        Optional<Row> xavier = mlperfMaxN(rows, EdgeGpuDevice.JETSON_AGX_XAVIER);
        if (orin.isEmpty() || xavier.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SpeedUp(
                xavier.get().point().measuredMs() / orin.get().point().measuredMs(),
                xavier.get().predictedMs() / orin.get().predictedMs()));
    }

    private static Optional<Row> mlperfMaxN(List<Row> rows, EdgeGpuDevice board) {
        return rows.stream()
                .filter(r -> r.point().board().equals(board.id())
                        && r.point().network().equals("resnet50")
                        && r.point().source().startsWith("mlperf")
                        && r.point().source().endsWith("maxn"))
                .findFirst();
    }
}
