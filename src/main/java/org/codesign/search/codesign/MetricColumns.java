package org.codesign.search.codesign;

import java.util.EnumMap;
import java.util.Map;
import org.codesign.eval.Metric;
import org.codesign.search.PayloadColumns;

/**
 * {@link PointMetrics} as one double per metric in a run's point log. A metric the model gives no
 * value for is a NaN with a payload of its own, so it reads back absent, not as a value; metrics
 * holding that very bit pattern (never produced by arithmetic) are left to the log to keep as objects.
 */
final class MetricColumns implements PayloadColumns {
    static final MetricColumns INSTANCE = new MetricColumns();

    private static final Metric[] METRICS = Metric.values();
    private static final long ABSENT = 0x7ff8_0000_dead_beefL;

    private MetricColumns() {}

    @Override
    public int width() {
        return METRICS.length;
    }

    @Override
    public boolean write(Object payload, double[] row, int offset) {
        if (!(payload instanceof PointMetrics m)) {
            return false;
        }
        for (Metric metric : METRICS) {
            double v = m.get(metric);
            if (m.has(metric) && Double.doubleToRawLongBits(v) == ABSENT) {
                return false;
            }
            row[offset + metric.ordinal()] = m.has(metric) ? v : Double.longBitsToDouble(ABSENT);
        }
        return true;
    }

    @Override
    public Object read(double[] row, int offset) {
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        for (Metric metric : METRICS) {
            double v = row[offset + metric.ordinal()];
            if (Double.doubleToRawLongBits(v) != ABSENT) {
                values.put(metric, v);
            }
        }
        return new PointMetrics(values);
    }
}
