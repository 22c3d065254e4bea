package org.codesign.experiment;

import java.util.List;

/**
 * A 2D chart for a report, independent of the library that draws it.
 *
 * @param file the PNG's file name in the report folder
 * @param logX a logarithmic x axis
 */
public record Plot(String file, String title, String xLabel, String yLabel, boolean logX, List<Series> series) {

    /** Filled dots, a line, a dashed line, or large open circles (a reference drawn under other points). */
    public enum Style {
        POINTS,
        LINE,
        DASHED,
        OUTLINE
    }

    /** One named set of (x, y) points. */
    public record Series(String name, Style style, double[] x, double[] y) {
        public Series {
            if (x.length != y.length) {
                throw new IllegalArgumentException("y: " + y.length + " values for " + x.length + " x values");
            }
            x = x.clone();
            y = y.clone();
        }

        /** A horizontal line at {@code y} from {@code x0} to {@code x1}. */
        public static Series horizontal(String name, double y, double x0, double x1) {
            return new Series(name, Style.DASHED, new double[] {x0, x1}, new double[] {y, y});
        }
    }

    public Plot {
        if (!file.endsWith(".png")) {
            throw new IllegalArgumentException("file: a plot is written as PNG, got '" + file + "'");
        }
        series = List.copyOf(series);
    }
}
