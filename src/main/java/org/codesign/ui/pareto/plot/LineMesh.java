package org.codesign.ui.pareto.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Straight lines for a 3D scene as one triangle mesh (JavaFX has no line primitive): each
 * segment is two thin quads crossed along it, so it shows from every side when drawn without
 * face culling. One mesh per set of lines keeps the draw calls few, which matters on software
 * OpenGL. Faces refer to texture coordinate 0.
 */
public record LineMesh(float[] points, int[] faces) {

    /** A segment from (x0, y0, z0) to (x1, y1, z1). */
    public record Segment(double x0, double y0, double z0, double x1, double y1, double z1) {}

    public int segments() {
        return points.length / 24;
    }

    public static LineMesh of(List<Segment> segments, double halfWidth) {
        float[] p = new float[segments.size() * 8 * 3];
        int[] f = new int[segments.size() * 4 * 6];
        int k = 0;
        int m = 0;
        for (int s = 0; s < segments.size(); s++) {
            Segment seg = segments.get(s);
            double[] d = {seg.x1() - seg.x0(), seg.y1() - seg.y0(), seg.z1() - seg.z0()};
            double[] u = perpendicular(d);
            double[] v = cross(d, u);
            double vl = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
            for (double[] side : new double[][] {u, {v[0] / vl, v[1] / vl, v[2] / vl}}) {
                int base = k / 3;
                double[][] corners = {
                    {seg.x0() - side[0] * halfWidth, seg.y0() - side[1] * halfWidth, seg.z0() - side[2] * halfWidth},
                    {seg.x0() + side[0] * halfWidth, seg.y0() + side[1] * halfWidth, seg.z0() + side[2] * halfWidth},
                    {seg.x1() + side[0] * halfWidth, seg.y1() + side[1] * halfWidth, seg.z1() + side[2] * halfWidth},
                    {seg.x1() - side[0] * halfWidth, seg.y1() - side[1] * halfWidth, seg.z1() - side[2] * halfWidth},
                };
                for (double[] c : corners) {
                    p[k++] = (float) c[0];
                    p[k++] = (float) c[1];
                    p[k++] = (float) c[2];
                }
                for (int t : new int[] {0, 1, 2, 0, 2, 3}) {
                    f[m++] = base + t;
                    f[m++] = 0;
                }
            }
        }
        return new LineMesh(p, f);
    }

    /** A unit vector perpendicular to d (d must not be zero). */
    static double[] perpendicular(double[] d) {
        double[] axis = Math.abs(d[0]) <= Math.abs(d[1]) && Math.abs(d[0]) <= Math.abs(d[2])
                ? new double[] {1, 0, 0}
                : Math.abs(d[1]) <= Math.abs(d[2]) ? new double[] {0, 1, 0} : new double[] {0, 0, 1};
        double[] u = cross(d, axis);
        double l = Math.sqrt(u[0] * u[0] + u[1] * u[1] + u[2] * u[2]);
        return new double[] {u[0] / l, u[1] / l, u[2] / l};
    }

    static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    /** The twelve edges of the cube [-1, 1]³. */
    public static List<Segment> cubeEdges() {
        List<Segment> s = new ArrayList<>();
        for (int u = -1; u <= 1; u += 2) {
            for (int v = -1; v <= 1; v += 2) {
                s.add(new Segment(-1, u, v, 1, u, v));
                s.add(new Segment(u, -1, v, u, 1, v));
                s.add(new Segment(u, v, -1, u, v, 1));
            }
        }
        return s;
    }

    /**
     * Grid lines on one wall of the cube (wall = 2 × axis + (side > 0 ? 1 : 0)) at the inner
     * ticks of the two axes that span it.
     */
    public static List<Segment> wallGrid(int wall, AxisScale[] scales, int maxTicks) {
        int wallAxis = wall / 2;
        double side = wall % 2 == 0 ? -1 : 1;
        List<Segment> s = new ArrayList<>();
        for (int tickAxis = 0; tickAxis < 3; tickAxis++) {
            if (tickAxis == wallAxis) {
                continue;
            }
            int lineAxis = 3 - wallAxis - tickAxis;
            for (double t : scales[tickAxis].ticks(maxTicks)) {
                double c = scales[tickAxis].toCube(t);
                if (Math.abs(Math.abs(c) - 1) < 1e-6) {
                    continue; // on an edge already
                }
                double[] a = new double[3];
                double[] b = new double[3];
                a[wallAxis] = side;
                b[wallAxis] = side;
                a[tickAxis] = c;
                b[tickAxis] = c;
                a[lineAxis] = -1;
                b[lineAxis] = 1;
                s.add(new Segment(a[0], a[1], a[2], b[0], b[1], b[2]));
            }
        }
        return s;
    }
}
