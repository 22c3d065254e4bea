package org.codesign.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.codesign.cost.gpu.GpuCalibration;
import org.codesign.cost.gpu.ModelValidation;
import org.codesign.cost.gpu.PublishedPoint;
import org.codesign.study.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code codesign validate-models}: the edge-GPU model against every published Jetson latency. */
@Command(
        name = "validate-models",
        mixinStandardHelpOptions = true,
        description = "Compare the edge-GPU model with every published Jetson measurement it was calibrated"
                + " or validated on (docs/MODEL.md): predicted/measured per point, errors per board.")
final class ValidateModelsCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print JSON instead of tables.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ModelValidation.Report report = ModelValidation.run(GpuCalibration.DEFAULT);
        if (json) {
            System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson(report)));
            return 0;
        }
        Table rows = new Table(
                "board",
                "network",
                "precision",
                "clocks (GPU/CPU/EMC MHz)",
                "measured ms",
                "predicted ms",
                "ratio",
                "launch",
                "role",
                "source");
        for (ModelValidation.Row r : report.rows()) {
            PublishedPoint p = r.point();
            rows.row(
                    p.board(),
                    p.network(),
                    p.precision().id(),
                    clocks(p),
                    fixed(p.measuredMs(), 3),
                    fixed(r.predictedMs(), 3),
                    fixed(r.ratio(), 2),
                    p.launch().id(),
                    p.role().id(),
                    p.source());
        }
        System.out.print(rows.render());
        System.out.println();
        Table summary = new Table("board", "role", "rows", "median error", "max error", "Spearman");
        for (ModelValidation.Summary s : report.summaries()) {
            summary.row(
                    s.board(),
                    s.role().id(),
                    s.rows(),
                    percent(s.medianError()),
                    percent(s.maxError()),
                    Double.isNaN(s.spearman()) ? "–" : fixed(s.spearman(), 3));
        }
        System.out.print(summary.render());
        report.orinOverXavier()
                .ifPresent(s -> System.out.println(String.format(
                        Locale.ROOT,
                        "%nOrin over Xavier, ResNet-50 INT8 at Max-N: measured %.2f×, predicted %.2f× (ratio %.2f)",
                        s.measured(),
                        s.predicted(),
                        s.ratio())));
        return 0;
    }

    private static ObjectNode toJson(ModelValidation.Report report) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode points = root.putArray("points");
        for (ModelValidation.Row r : report.rows()) {
            PublishedPoint p = r.point();
            points.addObject()
                    .put("board", p.board())
                    .put("network", p.network())
                    .put("precision", p.precision().id())
                    .put("gpuFreqMHz", p.gpuMHz())
                    .put("cpuFreqMHz", p.cpuMHz())
                    .put("emcFreqMHz", p.emcMHz())
                    .put("measuredMs", p.measuredMs())
                    .put("predictedMs", r.predictedMs())
                    .put("ratio", r.ratio())
                    .put("launch", p.launch().id())
                    .put("role", p.role().id())
                    .put("source", p.source());
        }
        ArrayNode summaries = root.putArray("summaries");
        for (ModelValidation.Summary s : report.summaries()) {
            ObjectNode o = summaries
                    .addObject()
                    .put("board", s.board())
                    .put("role", s.role().id())
                    .put("rows", s.rows())
                    .put("medianError", s.medianError())
                    .put("maxError", s.maxError());
            if (Double.isNaN(s.spearman())) {
                o.putNull("spearman");
            } else {
                o.put("spearman", s.spearman());
            }
        }
        report.orinOverXavier()
                .ifPresent(s -> root.putObject("orinOverXavierResnet50")
                        .put("measured", s.measured())
                        .put("predicted", s.predicted())
                        .put("ratio", s.ratio()));
        return root;
    }

    private static String clocks(PublishedPoint p) {
        return fixed(p.gpuMHz(), 2) + "/" + fixed(p.cpuMHz(), 1) + "/" + fixed(p.emcMHz(), 0);
    }

    private static String fixed(double x, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", x);
    }

    private static String percent(double x) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * x);
    }
}
