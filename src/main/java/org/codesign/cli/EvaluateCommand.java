package org.codesign.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.codesign.cost.LayerCost;
import org.codesign.eval.DesignEvaluation;
import org.codesign.eval.Evaluator;
import org.codesign.eval.Metrics;
import org.codesign.space.HardwareConfig;
import org.codesign.space.LayerListConfig;
import org.codesign.space.NetworkConfig;
import org.codesign.space.TimeloopLayersConfig;
import org.codesign.study.ConfigJson;
import org.codesign.study.Json;
import org.codesign.study.SelectionExport;
import org.codesign.study.StudyFormatException;
import org.codesign.workload.Layer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code codesign evaluate}: the metrics of one network (on one hardware configuration). */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = {
            "Print the simulated metrics of one configuration: top-1, MACs, params and the per-layer table;",
            "with --hardware also latency, power, energy, EDP and area.",
            "Exit code 3 when the hardware cannot run the network (the reason is printed)."
        })
final class EvaluateCommand implements Callable<Integer> {
    static final int INFEASIBLE = 3;

    @Option(
            names = "--network",
            required = true,
            paramLabel = "FILE",
            description =
                    "Network configuration (JSON), or a layer-list network such as samples/networks/resnet50.json.")
    Path network;

    @Option(names = "--hardware", paramLabel = "FILE", description = "Hardware configuration (JSON).")
    Path hardware;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(
            names = "--accuracy-model",
            paramLabel = "FILE",
            description = "Accuracy-model coefficients (JSON) instead of the built-in ones.")
    Path accuracyModel;

    @Override
    public Integer call() throws Exception {
        NetworkConfig n = readNetwork(network);
        HardwareConfig h = hardware == null ? null : ConfigJson.readHardware(hardware);
        // a problem folder is relative to its configuration's folder, as to a study's
        Evaluator evaluator = n instanceof TimeloopLayersConfig
                ? Models.evaluator(accuracyModel, network.toAbsolutePath().getParent())
                : Models.evaluator(accuracyModel);
        DesignEvaluation e = evaluator.evaluate(n, h);
        if (json) {
            System.out.println(Json.mapper().writeValueAsString(toJson(e, evaluator)));
        } else {
            System.out.print(table(e));
        }
        return e.feasible() ? 0 : INFEASIBLE;
    }

    /**
     * A template configuration, or a layer-list file (an object with "layers" and no
     * "template"), which stands for the {@code layers} template with that one file.
     */
    static NetworkConfig readNetwork(Path file) throws StudyFormatException {
        if (isLayerList(file)) {
            try {
                return new LayerListConfig(file.toString());
            } catch (IllegalArgumentException e) {
                String message = String.valueOf(e.getMessage());
                throw new UserError(message.startsWith("file: ") ? message.substring("file: ".length()) : message);
            }
        }
        return ConfigJson.readNetwork(file);
    }

    private static boolean isLayerList(Path file) {
        try {
            JsonNode root = Json.mapper().readTree(Files.readString(file));
            return root != null && root.isObject() && root.has("layers") && !root.has("template");
        } catch (IOException | RuntimeException e) {
            return false; // the configuration reader explains what is wrong with the file
        }
    }

    static ObjectNode toJson(DesignEvaluation e, Evaluator evaluator) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Metrics m = e.metrics();
        if (Double.isNaN(m.accuracy())) {
            out.putNull("accuracy"); // a layer-list network that declares no top1
        } else {
            out.put("accuracy", m.accuracy());
            if (!Double.isNaN(m.accuracyLow())) { // a declared accuracy has no interval
                out.put("accuracyLow", m.accuracyLow());
                out.put("accuracyHigh", m.accuracyHigh());
                out.put("extrapolated", m.extrapolated() == 1);
            }
        }
        out.put("macs", m.macs());
        out.put("params", m.params());
        if (e.hardware() != null) {
            out.put("feasible", e.feasible());
            if (!e.feasible()) {
                out.put("infeasibleReason", e.infeasibleReason());
            } else {
                out.put("latencyMs", m.latencyMs());
                out.put("powerW", m.powerW());
                out.put("energyMJ", m.energyMJ());
                out.put("edp", m.edp());
                if (Double.isNaN(m.areaMm2())) {
                    out.putNull("areaMm2");
                } else {
                    out.put("areaMm2", m.areaMm2());
                }
            }
        }
        out.set("layers", SelectionExport.layers(e));
        out.put("simulated", true);
        out.put("accuracyModel", evaluator.accuracyModel().source());
        return out;
    }

    private static String extrapolation(DesignEvaluation e) {
        return e.metrics().extrapolated() == 1 ? "   (extrapolated: outside the accuracy model's data)" : "";
    }

    private static String table(DesignEvaluation e) {
        Metrics m = e.metrics();
        StringBuilder sb = new StringBuilder();
        sb.append("network   ").append(ConfigJson.toJson(e.networkConfig())).append('\n');
        if (e.hardware() != null) {
            sb.append("hardware  ").append(ConfigJson.toJson(e.hardware())).append('\n');
        }
        sb.append("(all metrics are simulated)\n\n");
        sb.append(
                Double.isNaN(m.accuracy())
                        ? "top-1 accuracy        n/a (the layer list declares no top1)\n"
                        : String.format(Locale.ROOT, "top-1 accuracy   %8.2f %%%s%n", m.accuracy(), extrapolation(e)));
        sb.append(String.format(Locale.ROOT, "MACs             %8.1f M%n", m.macs() / 1e6));
        sb.append(String.format(Locale.ROOT, "params           %8.3f M%n", m.params() / 1e6));
        if (e.hardware() != null && !e.feasible()) {
            sb.append("INFEASIBLE       ").append(e.infeasibleReason()).append('\n');
        } else if (e.hardware() != null) {
            sb.append(String.format(Locale.ROOT, "latency          %8.3f ms%n", m.latencyMs()));
            sb.append(String.format(Locale.ROOT, "power            %8.3f W%n", m.powerW()));
            sb.append(String.format(Locale.ROOT, "energy           %8.3f mJ%n", m.energyMJ()));
            sb.append(String.format(Locale.ROOT, "EDP              %8.4g mJ·ms%n", m.edp()));
            if (!Double.isNaN(m.areaMm2())) {
                sb.append(String.format(Locale.ROOT, "area             %8.3f mm²%n", m.areaMm2()));
            }
        }
        sb.append('\n');
        boolean costs = !m.layers().isEmpty();
        Table t = costs
                ? new Table(
                        "#",
                        "layer",
                        "kind",
                        "C",
                        "M",
                        "P×Q",
                        "R×S",
                        "stride",
                        "groups",
                        "MACs",
                        "params",
                        "latency ms",
                        "energy mJ",
                        "util",
                        "mapping")
                : new Table("#", "layer", "kind", "C", "M", "P×Q", "R×S", "stride", "groups", "MACs", "params");
        for (int i = 0; i < e.network().layers().size(); i++) {
            Layer l = e.network().layers().get(i);
            Object[] base = {
                i + 1,
                l.name(),
                l.kind().name().toLowerCase(Locale.ROOT),
                l.c(),
                l.m(),
                l.p() + "×" + l.q(),
                l.r() + "×" + l.s(),
                l.strideH(),
                l.groups(),
                String.format(Locale.ROOT, "%,d", l.macs()),
                String.format(Locale.ROOT, "%,d", l.params())
            };
            if (costs) {
                LayerCost c = m.layers().get(i);
                Object[] all = java.util.Arrays.copyOf(base, base.length + 4);
                all[base.length] = String.format(Locale.ROOT, "%.4f", c.latencyMs());
                all[base.length + 1] = String.format(Locale.ROOT, "%.5f", c.energyMJ());
                all[base.length + 2] = String.format(Locale.ROOT, "%.2f", c.utilization());
                all[base.length + 3] = c.mapping();
                t.row(all);
            } else {
                t.row(base);
            }
        }
        sb.append(t.render());
        return sb.toString();
    }
}
