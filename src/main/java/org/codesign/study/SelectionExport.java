package org.codesign.study;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;
import org.codesign.cost.LayerCost;
import org.codesign.eval.DesignEvaluation;
import org.codesign.eval.Evaluator;
import org.codesign.space.CodesignSpace;
import org.codesign.workload.Layer;

/**
 * The export of chosen points: each with its full configuration (in the formats
 * {@code codesign evaluate} reads), all its metrics and its per-layer breakdown, labelled
 * simulated and with the versions of the models that produced it.
 */
public final class SelectionExport {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A chosen point and the run that found it. */
    public record Chosen(String runId, EvaluatedPoint point) {}

    private SelectionExport() {}

    /**
     * @param progress receives the fraction done (the per-layer breakdown re-evaluates each point)
     */
    public static ObjectNode json(
            Study study, List<Chosen> chosen, Evaluator evaluator, String appVersion, DoubleConsumer progress) {
        ObjectNode out = NODES.objectNode();
        out.put("study", study.name());
        out.put("simulated", true);
        ObjectNode version = out.putObject("modelVersion");
        version.put("application", appVersion);
        version.put("accuracyModel", evaluator.accuracyModel().source());
        version.put("mapperObjective", study.model().mapperObjective());
        CodesignSpace space = study.space();
        ArrayNode points = out.putArray("points");
        for (int i = 0; i < chosen.size(); i++) {
            Chosen c = chosen.get(i);
            ObjectNode node = RunExport.pointJson(space, c.point());
            node.put("run", c.runId());
            CodesignSpace.Point decoded = space.decode(c.point().genome());
            DesignEvaluation e = evaluator.evaluate(decoded.network(), decoded.hardware());
            node.set("layers", layers(e));
            points.add(node);
            progress.accept((i + 1) / (double) chosen.size());
        }
        return out;
    }

    /** Each layer's shape, MACs and parameters, with its latency, energy, utilization and mapping. */
    public static ArrayNode layers(DesignEvaluation e) {
        ArrayNode layers = NODES.arrayNode();
        List<LayerCost> costs = e.metrics().layers();
        for (int i = 0; i < e.network().layers().size(); i++) {
            Layer l = e.network().layers().get(i);
            ObjectNode row = layers.addObject()
                    .put("name", l.name())
                    .put("kind", l.kind().name().toLowerCase(Locale.ROOT))
                    .put("N", l.n())
                    .put("C", l.c())
                    .put("M", l.m())
                    .put("P", l.p())
                    .put("Q", l.q())
                    .put("R", l.r())
                    .put("S", l.s())
                    .put("strideH", l.strideH())
                    .put("strideW", l.strideW())
                    .put("groups", l.groups())
                    .put("macs", l.macs())
                    .put("params", l.params());
            if (i < costs.size()) {
                LayerCost c = costs.get(i);
                row.put("latencyMs", c.latencyMs())
                        .put("energyMJ", c.energyMJ())
                        .put("utilization", c.utilization())
                        .put("mapping", c.mapping());
            }
        }
        return layers;
    }

    /** The chosen points as CSV: run, every metric, every design parameter. */
    public static String csv(Study study, List<Chosen> chosen) {
        return RunExport.pointsCsv(
                study.space(),
                chosen.stream().map(Chosen::point).toList(),
                chosen.stream().map(Chosen::runId).toList());
    }
}
