package org.codesign.ui.pareto.plot;

import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;
import org.codesign.eval.Metric;

/** Per-metric intervals (the range sliders): a point passes iff it is shown (feasible, run not hidden) and inside every interval. */
public final class RangeFilter {
    private final Map<Metric, double[]> ranges = new EnumMap<>(Metric.class);

    /** Restricts a metric to [lo, hi] (inclusive). */
    public RangeFilter with(Metric m, double lo, double hi) {
        if (!(lo <= hi)) {
            throw new IllegalArgumentException(m.key() + ": expected lo ≤ hi, got " + lo + " … " + hi);
        }
        ranges.put(m, new double[] {lo, hi});
        return this;
    }

    public RangeFilter without(Metric m) {
        ranges.remove(m);
        return this;
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean restricts(Metric m) {
        return ranges.containsKey(m);
    }

    public BitSet select(PointColumns columns) {
        int n = columns.size();
        BitSet hit = new BitSet(n);
        for (int i = 0; i < n; i++) {
            if (columns.shown(i)) {
                hit.set(i);
            }
        }
        for (Map.Entry<Metric, double[]> r : ranges.entrySet()) {
            double[] v = columns.column(r.getKey());
            double lo = r.getValue()[0];
            double hi = r.getValue()[1];
            for (int i = hit.nextSetBit(0); i >= 0; i = hit.nextSetBit(i + 1)) {
                if (!(v[i] >= lo && v[i] <= hi)) {
                    hit.clear(i);
                }
            }
        }
        return hit;
    }
}
