package org.codesign.figure;

import java.util.List;

/**
 * Points in the plot cube of three axes, seen from a camera: the 3D view's export and {@code
 * codesign plot --z}. The camera turns by {@code yaw} about the vertical axis, then by {@code
 * pitch} about the screen's horizontal axis (degrees, as the 3D view's orbit camera), and projects
 * orthographically.
 *
 * @param ranges per axis x, y, z: {lo, hi} of the cube's edges
 * @param colourBar the scale of a colour ramp, or null when the colours are categories
 * @param sizeKey what the dot sizes mean when a quantity sets them (as in the 2D figures), else null
 */
public record CubeFigure(
        String title,
        List<FigureAxis> axes,
        double[][] ranges,
        double yaw,
        double pitch,
        List<Group> groups,
        ScatterFigure.ColourBar colourBar,
        ScatterFigure.SizeKey sizeKey) {

    /** A figure whose dots are all of their style's size. */
    public CubeFigure(
            String title,
            List<FigureAxis> axes,
            double[][] ranges,
            double yaw,
            double pitch,
            List<Group> groups,
            ScatterFigure.ColourBar colourBar) {
        this(title, axes, ranges, yaw, pitch, groups, colourBar, null);
    }

    /**
     * Points of one colour and style, with their x, y and z values.
     *
     * @param radius the dots' radius, or 0 for their style's own (a size channel's {@link SizeSteps})
     */
    public record Group(
            String name,
            int argb,
            ScatterFigure.Style style,
            boolean inLegend,
            double[] x,
            double[] y,
            double[] z,
            double radius) {
        /** Dots of their style's own size. */
        public Group(
                String name,
                int argb,
                ScatterFigure.Style style,
                boolean inLegend,
                double[] x,
                double[] y,
                double[] z) {
            this(name, argb, style, inLegend, x, y, z, 0);
        }

        public Group {
            if (x.length != y.length || x.length != z.length) {
                throw new IllegalArgumentException(name + ": x, y and z need as many values each");
            }
            if (!(radius >= 0)) {
                throw new IllegalArgumentException(name + ": dot radius must be 0 or more, got " + radius);
            }
        }

        public int size() {
            return x.length;
        }
    }

    public CubeFigure {
        title = title == null ? "" : title;
        axes = List.copyOf(axes);
        groups = List.copyOf(groups);
        if (axes.size() != 3 || ranges.length != 3) {
            throw new IllegalArgumentException("axes: a cube has three axes");
        }
        for (int a = 0; a < 3; a++) {
            if (!(ranges[a][0] < ranges[a][1]) || (axes.get(a).log() && !(ranges[a][0] > 0))) {
                throw new IllegalArgumentException(
                        axes.get(a).label() + ": range needs 0 < lo < hi on a log axis, lo < hi otherwise");
            }
        }
    }

    /** A value's place along axis {@code a}: lo → -1, hi → +1 (log10 on a log axis). */
    public double toCube(int a, double v) {
        double lo = ranges[a][0];
        double hi = ranges[a][1];
        return axes.get(a).log()
                ? -1 + 2 * (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))
                : -1 + 2 * (v - lo) / (hi - lo);
    }

    /** Cube coordinates turned by the camera: {screen x (right), screen y (up), depth (towards the viewer)}. */
    public double[] view(double cx, double cy, double cz) {
        double yawR = Math.toRadians(yaw);
        double pitchR = Math.toRadians(pitch);
        double x1 = cx * Math.cos(yawR) + cz * Math.sin(yawR);
        double z1 = -cx * Math.sin(yawR) + cz * Math.cos(yawR);
        double y2 = cy * Math.cos(pitchR) - z1 * Math.sin(pitchR);
        double z2 = cy * Math.sin(pitchR) + z1 * Math.cos(pitchR);
        return new double[] {x1, y2, z2};
    }

    /** How many points the figure marks with a dot (rings not counted). */
    public int dots() {
        return groups.stream()
                .filter(g -> g.style() != ScatterFigure.Style.RING)
                .mapToInt(Group::size)
                .sum();
    }
}
