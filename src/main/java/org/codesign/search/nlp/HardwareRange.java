package org.codesign.search.nlp;

import org.codesign.cost.relax.HardwareVars;

/**
 * Lower and upper bounds of the continuous hardware variables (natural logs), from the smallest
 * and largest value the hardware space lists for each.
 */
public record HardwareRange(double[] low, double[] high) {

    public HardwareRange {
        if (low.length != HardwareVars.COUNT || high.length != HardwareVars.COUNT) {
            throw new IllegalArgumentException("low, high: one bound per hardware variable");
        }
        for (int i = 0; i < low.length; i++) {
            if (!(low[i] <= high[i])) {
                throw new IllegalArgumentException(HardwareVars.name(i) + ": lower bound above upper bound");
            }
        }
        low = low.clone();
        high = high.clone();
    }

    /** From the sizes themselves (not logs). */
    public static HardwareRange ofSizes(double[] min, double[] max) {
        double[] lo = new double[min.length];
        double[] hi = new double[max.length];
        for (int i = 0; i < min.length; i++) {
            lo[i] = Math.log(min[i]);
            hi[i] = Math.log(max[i]);
        }
        return new HardwareRange(lo, hi);
    }

    public double low(int i) {
        return low[i];
    }

    public double high(int i) {
        return high[i];
    }
}
