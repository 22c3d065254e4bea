package org.codesign.ui.pareto.plot;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.codesign.eval.Metric;
import org.codesign.study.quantity.Quantities;
import org.codesign.study.quantity.Quantity;

/**
 * Intervals on quantities (the range sliders: metrics, design parameters, derived quantities) in
 * their shown values: a point passes iff it is shown (feasible, run not hidden) and inside every
 * interval. A point without a value on a restricted quantity does not pass.
 */
public final class RangeFilter {
    private final Map<Quantity, double[]> ranges = new LinkedHashMap<>();

    /** Restricts a metric to [lo, hi] (inclusive, shown values: MACs in MMACs). */
    public RangeFilter with(Metric m, double lo, double hi) {
        return with(Quantities.of(m), lo, hi);
    }

    /** Restricts a quantity to [lo, hi] (inclusive, shown values; an ordinal one's category indices). */
    public RangeFilter with(Quantity q, double lo, double hi) {
        if (!(lo <= hi)) {
            throw new IllegalArgumentException(q.id() + ": expected lo ≤ hi, got " + lo + " … " + hi);
        }
        ranges.put(q, new double[] {lo, hi});
        return this;
    }

    public RangeFilter without(Metric m) {
        ranges.remove(Quantities.of(m));
        return this;
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean restricts(Metric m) {
        return ranges.containsKey(Quantities.of(m));
    }

    public BitSet select(PointColumns columns) {
        int n = columns.size();
        BitSet hit = new BitSet(n);
        for (int i = 0; i < n; i++) {
            if (columns.shown(i)) {
                hit.set(i);
            }
        }
        for (Map.Entry<Quantity, double[]> r : ranges.entrySet()) {
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
