package org.codesign.search.codesign;

import java.util.EnumMap;
import java.util.Map;
import org.codesign.eval.DesignEvaluation;
import org.codesign.eval.Metric;

/**
 * What the search needs of a design's evaluation, small enough to cross a network: the metrics
 * the models gave (absent = no value) and, for a design the hardware cannot run, the reason.
 */
public record DesignResult(Map<Metric, Double> values, String infeasibleReason) {

    public DesignResult {
        values = values.isEmpty() ? Map.of() : new EnumMap<>(values);
    }

    public static DesignResult of(DesignEvaluation e) {
        return new DesignResult(e.metrics().values(), e.infeasibleReason());
    }

    public boolean feasible() {
        return infeasibleReason == null;
    }
}
