package org.codesign.search.codesign;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.codesign.eval.Metric;

/**
 * The metrics of one evaluated point, without the per-layer breakdown (which is recomputed on
 * demand for the few points a user inspects, so that a run of 100,000 points stays small).
 */
public record PointMetrics(Map<Metric, Double> values) {

    public PointMetrics {
        EnumMap<Metric, Double> copy = new EnumMap<>(Metric.class);
        copy.putAll(values);
        values = Collections.unmodifiableMap(copy);
    }

    /** The value, or NaN when the model gives none (area of a GPU board, latency of an infeasible design). */
    public double get(Metric metric) {
        Double v = values.get(metric);
        return v == null ? Double.NaN : v;
    }
}
