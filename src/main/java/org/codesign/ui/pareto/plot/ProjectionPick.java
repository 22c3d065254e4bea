package org.codesign.ui.pareto.plot;

import java.util.BitSet;
import java.util.function.DoubleUnaryOperator;

/**
 * What a 2D projection's mouse hits, without the chart: the points inside a rectangle of values
 * (a brush) and the point drawn nearest to a place on the canvas (a click or a hover). A point
 * counts when it is shown (feasible, its run not hidden) and both its values can be drawn on the axes' scales. One pass over
 * two columns; the chart lends its value-to-pixel mapping.
 */
public final class ProjectionPick {
    private final PointColumns columns;
    private final double[] xs;
    private final double[] ys;
    private final boolean logX;
    private final boolean logY;

    /** The projection of {@code columns} on quantities {@code x} and {@code y}, each linear or log. */
    public ProjectionPick(
            PointColumns columns,
            org.codesign.study.quantity.Quantity x,
            boolean logX,
            org.codesign.study.quantity.Quantity y,
            boolean logY) {
        this.columns = columns;
        this.xs = columns.column(x);
        this.ys = columns.column(y);
        this.logX = logX;
        this.logY = logY;
    }

    private boolean drawable(int i) {
        return columns.shown(i) && AxisScale.drawable(xs[i], logX) && AxisScale.drawable(ys[i], logY);
    }

    /** The points whose values lie in [xLo, xHi] × [yLo, yHi]. */
    public BitSet inside(double xLo, double xHi, double yLo, double yHi) {
        int n = columns.size();
        BitSet hit = new BitSet(n);
        for (int i = 0; i < n; i++) {
            double x = xs[i];
            double y = ys[i];
            if (x >= xLo && x <= xHi && y >= yLo && y <= yHi && drawable(i)) {
                hit.set(i);
            }
        }
        return hit;
    }

    /**
     * The point drawn nearest to canvas place (cx, cy) within {@code radius} pixels, or -1;
     * {@code toX} and {@code toY} map a value to its canvas coordinate as the chart draws it.
     */
    public int nearest(double cx, double cy, double radius, DoubleUnaryOperator toX, DoubleUnaryOperator toY) {
        int nearest = -1;
        double best = radius * radius;
        int n = columns.size();
        for (int i = 0; i < n; i++) {
            if (!drawable(i)) {
                continue;
            }
            double dx = toX.applyAsDouble(xs[i]) - cx;
            double dy = toY.applyAsDouble(ys[i]) - cy;
            double d = dx * dx + dy * dy;
            if (d < best) {
                best = d;
                nearest = i;
            }
        }
        return nearest;
    }
}
