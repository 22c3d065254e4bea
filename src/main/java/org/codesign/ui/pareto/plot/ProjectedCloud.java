package org.codesign.ui.pareto.plot;

import java.util.BitSet;

/**
 * The cloud as the camera shows it: every point's position on screen, projected once per
 * camera or data change and only when asked for (hover, click and brushes need it; rotating
 * does not). Brushes and the nearest-point search work on these positions, with the same
 * numbers JavaFX draws with.
 */
public final class ProjectedCloud {
    private final CloudGeometry geometry;
    private ViewProjection projection;
    private float[] screen = new float[0];
    private boolean valid;

    public ProjectedCloud(CloudGeometry geometry) {
        this.geometry = geometry;
    }

    /** A new camera or viewport. */
    public void setProjection(ViewProjection projection) {
        this.projection = projection;
        valid = false;
    }

    public ViewProjection projection() {
        return projection;
    }

    /** The points moved or were added. */
    public void invalidate() {
        valid = false;
    }

    /** x, y of every slot (NaN where the slot is not drawn); valid up to the geometry's size. */
    public float[] screen() {
        int n = geometry.size();
        if (!valid || screen.length < 2 * n) {
            if (screen.length < 2 * n) {
                screen = new float[2 * n + 2048];
            }
            projection.projectAll(geometry.cube(), n, screen);
            valid = true;
        }
        return screen;
    }

    /** The shown slots whose projection lies inside the brush. */
    public BitSet brushed(ScreenBrush brush) {
        return ScreenBrush.select(brush, screen(), geometry.size(), geometry.shown());
    }

    /** The slot projected within {@code radius} of (x, y) nearest to the eye, or -1. */
    public int nearest(double x, double y, double radius) {
        float[] s = screen();
        float[] cube = geometry.cube();
        int best = -1;
        double bestDepth = Double.POSITIVE_INFINITY;
        double r2 = radius * radius;
        for (int i = 0; i < geometry.size(); i++) {
            double dx = s[2 * i] - x;
            double dy = s[2 * i + 1] - y;
            if (dx * dx + dy * dy <= r2) {
                double d = projection.depth(cube[3 * i], cube[3 * i + 1], cube[3 * i + 2]);
                if (d < bestDepth) {
                    bestDepth = d;
                    best = i;
                }
            }
        }
        return best;
    }
}
