package org.codesign.ui.pareto.plot;

import java.util.BitSet;

/**
 * A brush drawn over the 3D view in screen coordinates: a box or a lasso (closed polygon).
 * A point is brushed iff its projection lies inside.
 */
public sealed interface ScreenBrush permits ScreenBrush.Box, ScreenBrush.Lasso {

    boolean contains(double x, double y);

    /** Box corners in any order. */
    record Box(double x0, double y0, double x1, double y1) implements ScreenBrush {
        @Override
        public boolean contains(double x, double y) {
            return x >= Math.min(x0, x1) && x <= Math.max(x0, x1) && y >= Math.min(y0, y1) && y <= Math.max(y0, y1);
        }
    }

    /**
     * A closed polygon given as x, y pairs (the last vertex joins the first); self-intersecting
     * lassos use the even-odd rule, as drawing programs do.
     */
    record Lasso(double[] xy) implements ScreenBrush {
        public Lasso {
            if (xy.length < 6 || xy.length % 2 != 0) {
                throw new IllegalArgumentException(
                        "lasso: expected at least 3 vertices as x, y pairs, got " + xy.length + " numbers");
            }
            xy = xy.clone();
        }

        @Override
        public double[] xy() {
            return xy.clone();
        }

        public int vertices() {
            return xy.length / 2;
        }

        @Override
        public boolean contains(double x, double y) {
            boolean inside = false;
            int n = xy.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = xy[2 * i];
                double yi = xy[2 * i + 1];
                double xj = xy[2 * j];
                double yj = xy[2 * j + 1];
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
            return inside;
        }
    }

    /**
     * The points (by index) whose screen position ({@code screen}: x, y per point) lies inside,
     * among those in {@code shown}. A bounding-box test first keeps big lassos fast.
     */
    static BitSet select(ScreenBrush brush, float[] screen, int n, BitSet shown) {
        double[] bounds = bounds(brush);
        BitSet hit = new BitSet(n);
        for (int i = shown.nextSetBit(0); i >= 0 && i < n; i = shown.nextSetBit(i + 1)) {
            float x = screen[2 * i];
            float y = screen[2 * i + 1];
            if (x >= bounds[0] && x <= bounds[2] && y >= bounds[1] && y <= bounds[3] && brush.contains(x, y)) {
                hit.set(i);
            }
        }
        return hit;
    }

    private static double[] bounds(ScreenBrush brush) {
        if (brush instanceof Box b) {
            return new double[] {
                Math.min(b.x0(), b.x1()), Math.min(b.y0(), b.y1()), Math.max(b.x0(), b.x1()), Math.max(b.y0(), b.y1())
            };
        }
        double[] xy = ((Lasso) brush).xy;
        double[] r = {
            Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY
        };
        for (int i = 0; i < xy.length; i += 2) {
            r[0] = Math.min(r[0], xy[i]);
            r[1] = Math.min(r[1], xy[i + 1]);
            r[2] = Math.max(r[2], xy[i]);
            r[3] = Math.max(r[3], xy[i + 1]);
        }
        return r;
    }
}
