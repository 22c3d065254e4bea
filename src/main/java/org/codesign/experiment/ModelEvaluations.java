package org.codesign.experiment;

import java.util.List;
import java.util.Map;
import org.codesign.cost.loopnest.Analysis;
import org.codesign.cost.loopnest.ConvProblem;

/**
 * The unit of search effort of the DOSA-style comparison: one <b>model evaluation</b> is one
 * evaluation of a network's cost for one hardware configuration and one mapping of every distinct
 * layer shape (layers of equal shape share it, as in the cost model's cache and the relaxed
 * model). Random search spends one per sample; one evaluation of the relaxed model (a value or an
 * exact gradient) is one; a mapper that analyses k candidate mappings of single layer shapes
 * spends k / (distinct shapes), i.e. its layer analyses expressed in whole networks.
 */
final class ModelEvaluations {
    private ModelEvaluations() {}

    /** Layer analyses expressed in model evaluations of a network with {@code shapes} distinct shapes, rounded up. */
    static long ofLayerAnalyses(long analyses, int shapes) {
        if (shapes < 1) {
            throw new IllegalArgumentException("shapes: at least one layer shape, got " + shapes);
        }
        return (analyses + shapes - 1) / shapes;
    }

    /**
     * The network's energy-delay product in mJ·ms, the unit of {@code Metric.EDP}: latency and
     * energy summed over the layers (each shape's analysis counted as often as the shape occurs),
     * as the accelerator cost model sums them.
     */
    static double edp(Map<ConvProblem, Integer> shapes, List<Analysis> analyses, double clockHz) {
        if (shapes.size() != analyses.size()) {
            throw new IllegalArgumentException("analyses: one per layer shape");
        }
        double latencyMs = 0;
        double energyMJ = 0;
        int i = 0;
        for (int count : shapes.values()) {
            Analysis a = analyses.get(i++);
            latencyMs += count * (a.cycles() / clockHz * 1e3);
            energyMJ += count * (a.energyPJ() * 1e-9);
        }
        return energyMJ * latencyMs;
    }
}
