package org.codesign.ui.pareto.plot;

import org.codesign.eval.Metric;
import org.codesign.study.quantity.Quantities;
import org.codesign.study.quantity.Quantity;

/**
 * The quantities on the axes of the 3D view (x right, y up, z towards the viewer) and whether each
 * is log-scaled; the 2D projections show two of them. {@code size}, when not null, sets the
 * glyphs' size in the 3D view.
 */
public record PlotAxes(
        Quantity x, Quantity y, Quantity z, boolean logX, boolean logY, boolean logZ, Quantity size, boolean logSize) {

    public PlotAxes {
        if (x == null || y == null || z == null) {
            throw new IllegalArgumentException("axes: every axis needs a quantity");
        }
        logSize = logSize && size != null;
    }

    public PlotAxes(Quantity x, Quantity y, Quantity z, boolean logX, boolean logY, boolean logZ) {
        this(x, y, z, logX, logY, logZ, null, false);
    }

    public static PlotAxes linear(Quantity x, Quantity y, Quantity z) {
        return new PlotAxes(x, y, z, false, false, false);
    }

    public static PlotAxes linear(Metric x, Metric y, Metric z) {
        return linear(Quantities.of(x), Quantities.of(y), Quantities.of(z));
    }

    public Quantity[] quantities() {
        return new Quantity[] {x, y, z};
    }

    public boolean log(int axis) {
        return switch (axis) {
            case 0 -> logX;
            case 1 -> logY;
            case 2 -> logZ;
            default -> throw new IllegalArgumentException("axis: expected 0, 1 or 2, got " + axis);
        };
    }

    public Quantity quantity(int axis) {
        return quantities()[axis];
    }

    /** The same axes with one of x, y, z (0, 1, 2) on another quantity or scale. */
    public PlotAxes with(int axis, Quantity q, boolean log) {
        Quantity[] m = quantities();
        boolean[] l = {logX, logY, logZ};
        m[axis] = q;
        l[axis] = log;
        return new PlotAxes(m[0], m[1], m[2], l[0], l[1], l[2], size, logSize);
    }

    /** The same axes with glyphs sized by a quantity (null: all one size). */
    public PlotAxes withSize(Quantity q, boolean log) {
        return new PlotAxes(x, y, z, logX, logY, logZ, q, log);
    }

    /** Round scales that hold every drawable point (an ordinal quantity gets its categories). */
    public AxisScale[] fit(PointColumns columns) {
        AxisScale[] s = new AxisScale[3];
        for (int a = 0; a < 3; a++) {
            s[a] = scale(columns, quantity(a), log(a));
        }
        return s;
    }

    /** The scale of the sizes, or null when the glyphs are all one size. */
    public AxisScale sizeScale(PointColumns columns) {
        return size == null ? null : scale(columns, size, logSize);
    }

    static AxisScale scale(PointColumns columns, Quantity q, boolean log) {
        if (q.ordinal()) {
            return AxisScale.ordinal(columns.categories(q));
        }
        double[] r = columns.range(q, log);
        return AxisScale.fit(r[0], r[1], log);
    }
}
