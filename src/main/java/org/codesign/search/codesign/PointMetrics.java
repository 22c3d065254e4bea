package org.codesign.search.codesign;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.codesign.eval.Metric;

/**
 * The metrics of one evaluated point, without the per-layer breakdown (which is recomputed on
 * demand for the few points a user inspects, so that a run of 100,000 points stays small). Held as
 * one double per metric and a bit per metric that has a value (about 100 bytes, against 260 for a
 * map of boxed values), since a run keeps one for every point of its Pareto archive.
 */
public final class PointMetrics {
    private static final Metric[] METRICS = Metric.values();

    /** Per metric ordinal its value, 0 when absent. */
    private final double[] values;
    /** Bit {@code ordinal} set: the metric has a value. */
    private final int present;

    public PointMetrics(Map<Metric, Double> values) {
        double[] v = new double[METRICS.length];
        int bits = 0;
        for (Map.Entry<Metric, Double> e : values.entrySet()) {
            if (e.getValue() != null) { // a null value reads as absent, as it did from a map
                v[e.getKey().ordinal()] = e.getValue();
                bits |= 1 << e.getKey().ordinal();
            }
        }
        this.values = v;
        this.present = bits;
    }

    /** The metrics that have a value, in metric order (a new unmodifiable map). */
    /** How a point log keeps these metrics: one double per metric instead of a map per point. */
    public static org.codesign.search.PayloadColumns columns() {
        return MetricColumns.INSTANCE;
    }

    public Map<Metric, Double> values() {
        EnumMap<Metric, Double> map = new EnumMap<>(Metric.class);
        for (Metric m : METRICS) {
            if (has(m)) {
                map.put(m, values[m.ordinal()]);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** The value, or NaN when the model gives none (area of a GPU board, latency of an infeasible design). */
    public double get(Metric metric) {
        return has(metric) ? values[metric.ordinal()] : Double.NaN;
    }

    boolean has(Metric metric) {
        return (present & (1 << metric.ordinal())) != 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PointMetrics m && present == m.present && Arrays.equals(values, m.values);
    }

    @Override
    public int hashCode() {
        return 31 * present + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "PointMetrics[values=" + values() + "]";
    }
}
