package org.codesign.figure;

import java.util.List;

/**
 * Parallel coordinates: vertical axes side by side, one polyline per point through its place
 * on each axis, and the intervals brushed on the axes.
 *
 * @param lines drawn in order (the faded ones first)
 */
public record ParallelFigure(String title, List<Axis> axes, List<Line> lines) {

    /** A label at a place along an axis: 0 at the bottom, 1 at the top. */
    public record Tick(String label, double at) {}

    /**
     * One axis: its title with the unit, its tick labels, and its brushed intervals.
     *
     * @param intervals each {t0, t1} in 0 … 1 as drawn; empty when nothing is brushed on it
     */
    public record Axis(String title, List<Tick> ticks, List<double[]> intervals) {
        public Axis {
            ticks = List.copyOf(ticks);
            intervals = intervals.stream().map(double[]::clone).toList();
        }
    }

    /**
     * One point's line.
     *
     * @param argb its colour with its opacity
     * @param at its place on each axis, 0 … 1; NaN where it has no value (the line breaks there)
     */
    public record Line(int argb, double[] at) {
        public Line {
            at = at.clone();
        }
    }

    public ParallelFigure {
        title = title == null ? "" : title;
        axes = List.copyOf(axes);
        lines = List.copyOf(lines);
        for (Line l : lines) {
            if (l.at.length != axes.size()) {
                throw new IllegalArgumentException("lines: " + l.at.length + " places for " + axes.size() + " axes");
            }
        }
    }
}
