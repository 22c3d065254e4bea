package org.codesign.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.codesign.eval.Metric;
import org.codesign.study.EvaluatedPoint;

/** The plots the reports share. */
final class Figures {
    private Figures() {}

    /** Scatter of each method's points in two metrics (e.g. a front projected on latency × accuracy). */
    static Plot scatter(
            String file, String title, Metric x, Metric y, boolean logX, Map<String, List<EvaluatedPoint>> byMethod) {
        return scatter(file, title, x, y, logX, Map.of(), byMethod);
    }

    /** As {@link #scatter(String, String, Metric, Metric, boolean, Map)} with reference sets drawn first as open circles. */
    static Plot scatter(
            String file,
            String title,
            Metric x,
            Metric y,
            boolean logX,
            Map<String, List<EvaluatedPoint>> references,
            Map<String, List<EvaluatedPoint>> byMethod) {
        List<Plot.Series> series = new ArrayList<>();
        references.forEach((name, points) -> series.add(new Plot.Series(
                name + " (" + points.size() + ")",
                Plot.Style.OUTLINE,
                Matching.values(points, x),
                Matching.values(points, y))));
        byMethod.forEach((name, points) -> series.add(new Plot.Series(
                name + " (" + points.size() + ")",
                Plot.Style.POINTS,
                Matching.values(points, x),
                Matching.values(points, y))));
        return new Plot(file, title, x.labelWithUnit(), y.labelWithUnit(), logX, series);
    }

    /** Mean curve over seeds of each method (e.g. hypervolume against evaluations), optional reference lines. */
    static Plot curves(
            String file,
            String title,
            String yLabel,
            int[] checkpoints,
            Map<String, List<double[]>> perMethodPerSeed,
            Map<String, Double> references) {
        List<Plot.Series> series = new ArrayList<>();
        double[] x = new double[checkpoints.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = checkpoints[i];
        }
        perMethodPerSeed.forEach((name, curves) -> {
            double[] mean = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                double[] column = new double[curves.size()];
                for (int s = 0; s < curves.size(); s++) {
                    column[s] = curves.get(s)[i];
                }
                mean[i] = Summary.of(column).mean();
            }
            series.add(new Plot.Series(
                    name + (curves.size() > 1 ? " (mean of " + curves.size() + " seeds)" : ""),
                    Plot.Style.LINE,
                    x,
                    mean));
        });
        references.forEach((name, v) -> series.add(Plot.Series.horizontal(name, v, 0, x[x.length - 1])));
        return new Plot(file, title, "evaluations", yLabel, false, series);
    }

    /**
     * The best value of {@code y} reachable within a bound on {@code x}, as a staircase over a grid of
     * bounds, for each method (e.g. the best accuracy at each latency target).
     */
    static Plot attainment(
            String file,
            String title,
            Metric x,
            Metric y,
            double[] grid,
            boolean logX,
            Map<String, List<EvaluatedPoint>> byMethod) {
        Map<String, double[]> lines = new LinkedHashMap<>();
        byMethod.forEach((name, points) -> {
            double[] best = new double[grid.length];
            for (int i = 0; i < grid.length; i++) {
                best[i] = Matching.bestWithin(points, y, x, grid[i]);
            }
            lines.put(name, best);
        });
        List<Plot.Series> series = new ArrayList<>();
        lines.forEach((name, best) -> series.add(new Plot.Series(name, Plot.Style.LINE, grid, best)));
        return new Plot(file, title, x.labelWithUnit() + " bound", "best " + y.labelWithUnit(), logX, series);
    }

    /** {@code n} values from {@code lo} to {@code hi}, geometrically spaced when {@code geometric}. */
    static double[] grid(double lo, double hi, int n, boolean geometric) {
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            double t = n == 1 ? 0 : i / (double) (n - 1);
            g[i] = geometric ? lo * Math.pow(hi / lo, t) : lo + t * (hi - lo);
        }
        return g;
    }
}
