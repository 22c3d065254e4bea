package org.codesign.ui.pareto;

import java.util.Locale;

/**
 * What a 2D projection of a large cloud draws: every {@link #stride}-th point (an even sample by
 * arrival, so dense regions stay dense and every generation keeps its share), plus every
 * Pareto-optimal point and, if there are not too many, every selected one. Above {@link #BUDGET}
 * points a projection would otherwise pass over all of them on every redraw, while its few
 * hundred by hundred pixels show no more than the sample does.
 *
 * @param shown the points drawn (feasible, on the axes' scales)
 * @param total the points in the plot
 * @param front the Pareto-optimal points drawn: all of them
 */
record ProjectionSample(int shown, int total, int front) {
    /** Points a projection draws before it draws a sample. */
    static final int BUDGET = 50_000;

    /** Draw every {@code stride(n)}-th point of {@code n}: 1 (all) up to {@link #BUDGET}. */
    static int stride(int n) {
        return n <= BUDGET ? 1 : (n + BUDGET - 1) / BUDGET;
    }

    /** "showing 50,000 of 1,000,000 points · all 4,312 front points". */
    String note() {
        return String.format(Locale.ROOT, "showing %,d of %,d points · all %,d front points", shown, total, front);
    }
}
