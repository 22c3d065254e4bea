package org.codesign.cost.arch;

import org.hipparchus.CalculusFieldElement;

/**
 * Piecewise power-law interpolation through anchor points: linear in log x → log y between
 * anchors, and the nearest segment's power law beyond them. Passing exactly through the
 * anchors keeps the reference figures exact.
 */
final class LogLog {
    private final double[] lx;
    private final double[] ly;

    LogLog(double[] x, double[] y) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("anchors: need at least two (x, y) pairs");
        }
        lx = new double[x.length];
        ly = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] > 0) || !(y[i] > 0) || (i > 0 && x[i] <= x[i - 1])) {
                throw new IllegalArgumentException("anchors: x must increase and x, y be positive");
            }
            lx[i] = Math.log(x[i]);
            ly[i] = Math.log(y[i]);
        }
    }

    double at(double x) {
        double l = Math.log(x);
        int i = 0;
        while (i < lx.length - 2 && l > lx[i + 1]) {
            i++;
        }
        double slope = (ly[i + 1] - ly[i]) / (lx[i + 1] - lx[i]);
        return Math.exp(ly[i] + slope * (l - lx[i]));
    }

    /** The same curve for a differentiable argument (segment chosen by its value, exact derivative inside it). */
    <T extends CalculusFieldElement<T>> T at(T x) {
        double l = Math.log(x.getReal());
        int i = 0;
        while (i < lx.length - 2 && l > lx[i + 1]) {
            i++;
        }
        double slope = (ly[i + 1] - ly[i]) / (lx[i + 1] - lx[i]);
        return x.log().subtract(lx[i]).multiply(slope).add(ly[i]).exp();
    }
}
