package org.codesign.ui.pareto.plot;

import org.codesign.eval.Metric;

/** The three metrics on the axes of the 3D view (x right, y up, z towards the viewer) and whether each is log-scaled. */
public record PlotAxes(Metric x, Metric y, Metric z, boolean logX, boolean logY, boolean logZ) {

    public PlotAxes {
        if (x == null || y == null || z == null) {
            throw new IllegalArgumentException("axes: every axis needs a metric");
        }
    }

    public static PlotAxes linear(Metric x, Metric y, Metric z) {
        return new PlotAxes(x, y, z, false, false, false);
    }

    public Metric[] metrics() {
        return new Metric[] {x, y, z};
    }

    public boolean log(int axis) {
        return switch (axis) {
            case 0 -> logX;
            case 1 -> logY;
            case 2 -> logZ;
            default -> throw new IllegalArgumentException("axis: expected 0, 1 or 2, got " + axis);
        };
    }

    public Metric metric(int axis) {
        return metrics()[axis];
    }

    /** Round scales that hold every drawable point. */
    public AxisScale[] fit(PointColumns columns) {
        AxisScale[] s = new AxisScale[3];
        for (int a = 0; a < 3; a++) {
            double[] r = columns.range(metric(a), log(a));
            s[a] = AxisScale.fit(r[0], r[1], log(a));
        }
        return s;
    }
}
