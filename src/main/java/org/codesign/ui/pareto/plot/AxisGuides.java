package org.codesign.ui.pareto.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the tick labels and titles of the three axes go on the screen for a view: each axis is
 * labelled along one of the four cube edges parallel to it (x and z along the bottom edges
 * nearest the bottom of the screen, y along the leftmost vertical edge), with labels pushed
 * outwards, away from the cube's centre. An axis seen end-on (its edge shorter than
 * {@link #MIN_EDGE_PIXELS}) gets no labels.
 */
public final class AxisGuides {
    public static final double MIN_EDGE_PIXELS = 24;
    private static final double TICK = 6;

    /**
     * A text anchored at (x, y); its box should sit on the side given by the unit vector (dx, dy)
     * (e.g. dx = -1, dy = 0: the text's right edge at the anchor).
     */
    public record Text(int axis, String text, double x, double y, double dx, double dy) {}

    /** A short tick mark from (x0, y0) to (x1, y1). */
    public record Mark(double x0, double y0, double x1, double y1) {}

    /**
     * Where the labels go, and the cube drawn in 2D: {@code behind} (grid lines on the walls the
     * viewer looks at from inside) and {@code backEdges} (edges between two such walls) lie
     * behind every point, {@code inFront} (the other edges) in front of every point, since all
     * points are inside the cube. Lines of a box stay straight in perspective, so 2D lines are exact.
     */
    public record Layout(
            List<Text> ticks,
            List<Text> titles,
            List<Mark> marks,
            int[][] labelledEdges,
            List<Mark> behind,
            List<Mark> backEdges,
            List<Mark> inFront) {}

    private AxisGuides() {}

    public static Layout layout(ViewProjection p, AxisScale[] scales, String[] titles, int maxTicks) {
        List<Text> ticks = new ArrayList<>();
        List<Text> heads = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        int[][] edges = new int[3][];
        double[] centre = p.project(0, 0, 0);
        for (int axis = 0; axis < 3; axis++) {
            int[] edge = chooseEdge(p, axis);
            edges[axis] = edge;
            double[] a = p.project(point(axis, -1, edge)[0], point(axis, -1, edge)[1], point(axis, -1, edge)[2]);
            double[] b = p.project(point(axis, 1, edge)[0], point(axis, 1, edge)[1], point(axis, 1, edge)[2]);
            double ex = b[0] - a[0];
            double ey = b[1] - a[1];
            double len = Math.hypot(ex, ey);
            if (len < MIN_EDGE_PIXELS) {
                continue;
            }
            // Outward normal: perpendicular to the edge, away from the cube's centre.
            double nx = -ey / len;
            double ny = ex / len;
            double mx = (a[0] + b[0]) / 2 - centre[0];
            double my = (a[1] + b[1]) / 2 - centre[1];
            if (nx * mx + ny * my < 0) {
                nx = -nx;
                ny = -ny;
            }
            AxisScale s = scales[axis];
            List<Double> values = s.ticks(maxTicks);
            double step = values.size() > 1 ? Math.abs(values.get(1) - values.get(0)) : (s.hi() - s.lo());
            for (double v : values) {
                double[] q = point(axis, s.toCube(v), edge);
                double[] sp = p.project(q[0], q[1], q[2]);
                marks.add(new Mark(sp[0], sp[1], sp[0] + nx * TICK, sp[1] + ny * TICK));
                String label = s.label(v, step);
                ticks.add(new Text(axis, label, sp[0] + nx * (TICK + 3), sp[1] + ny * (TICK + 3), nx, ny));
            }
            double[] mid = p.project(point(axis, 0, edge)[0], point(axis, 0, edge)[1], point(axis, 0, edge)[2]);
            double gap = TICK + 22;
            heads.add(new Text(axis, titles[axis], mid[0] + nx * gap, mid[1] + ny * gap, nx, ny));
        }
        List<Mark> behind = new ArrayList<>();
        List<Mark> backEdges = new ArrayList<>();
        List<Mark> inFront = new ArrayList<>();
        frame(p, scales, maxTicks + 1, behind, backEdges, inFront);
        return new Layout(ticks, heads, marks, edges, behind, backEdges, inFront);
    }

    private static void frame(
            ViewProjection p,
            AxisScale[] scales,
            int gridTicks,
            List<Mark> behind,
            List<Mark> backEdges,
            List<Mark> inFront) {
        for (int wallAxis = 0; wallAxis < 3; wallAxis++) {
            for (int side = -1; side <= 1; side += 2) {
                if (p.facesViewer(wallAxis, side)) {
                    continue;
                }
                for (int tickAxis = 0; tickAxis < 3; tickAxis++) {
                    if (tickAxis == wallAxis) {
                        continue;
                    }
                    int lineAxis = 3 - wallAxis - tickAxis;
                    for (double t : scales[tickAxis].ticks(gridTicks)) {
                        double c = scales[tickAxis].toCube(t);
                        if (Math.abs(Math.abs(c) - 1) < 1e-6) {
                            continue; // an edge
                        }
                        double[] a = new double[3];
                        a[wallAxis] = side;
                        a[tickAxis] = c;
                        a[lineAxis] = -1;
                        double[] b = a.clone();
                        b[lineAxis] = 1;
                        behind.add(mark(p, a, b));
                    }
                }
            }
        }
        for (int axis = 0; axis < 3; axis++) {
            int[] others = axis == 0 ? new int[] {1, 2} : axis == 1 ? new int[] {0, 2} : new int[] {0, 1};
            for (int u = -1; u <= 1; u += 2) {
                for (int v = -1; v <= 1; v += 2) {
                    double[] a = point(axis, -1, new int[] {u, v});
                    double[] b = point(axis, 1, new int[] {u, v});
                    boolean front = p.facesViewer(others[0], u) || p.facesViewer(others[1], v);
                    (front ? inFront : backEdges).add(mark(p, a, b));
                }
            }
        }
    }

    private static Mark mark(ViewProjection p, double[] a, double[] b) {
        double[] sa = p.project(a[0], a[1], a[2]);
        double[] sb = p.project(b[0], b[1], b[2]);
        return new Mark(sa[0], sa[1], sb[0], sb[1]);
    }

    /**
     * The labelled edge of an axis, as the fixed cube coordinates of the other two axes in
     * increasing axis order (e.g. for the x axis: {y, z}).
     */
    static int[] chooseEdge(ViewProjection p, int axis) {
        int[] best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int u = -1; u <= 1; u += 2) {
            for (int v = -1; v <= 1; v += 2) {
                int[] edge = {u, v};
                double[] mid3 = point(axis, 0, edge);
                if (axis != 1 && mid3[1] != -1) {
                    continue; // x and z are labelled on the floor of the cube
                }
                double[] mid = p.project(mid3[0], mid3[1], mid3[2]);
                double depth = p.depth(mid3[0], mid3[1], mid3[2]);
                // Bottom-most floor edge for x and z, leftmost for y; nearer wins ties.
                double score = (axis == 1 ? -mid[0] : mid[1]) - depth * 1e-3;
                if (score > bestScore + 1e-6) {
                    bestScore = score;
                    best = edge;
                }
            }
        }
        return best;
    }

    /** The cube point at coordinate {@code t} along {@code axis} on the given edge. */
    static double[] point(int axis, double t, int[] edge) {
        return switch (axis) {
            case 0 -> new double[] {t, edge[0], edge[1]};
            case 1 -> new double[] {edge[0], t, edge[1]};
            default -> new double[] {edge[0], edge[1], t};
        };
    }
}
