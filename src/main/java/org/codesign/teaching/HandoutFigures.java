package org.codesign.teaching;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.codesign.eval.Metric;
import org.codesign.eval.Objective;
import org.codesign.experiment.Plot;
import org.codesign.experiment.PlotWriter;
import org.codesign.search.RankedIndividual;
import org.codesign.search.codesign.PointMetrics;

/** The handout's PNGs, drawn as the experiment reports draw theirs: one front per generation and the gap chart. */
final class HandoutFigures {
    private HandoutFigures() {}

    /** The file of generation {@code g}'s figure. */
    static String frontFile(int g) {
        return String.format(Locale.ROOT, "front-gen-%02d.png", g);
    }

    static final String GAP_FILE = "hypervolume-gap.png";

    /**
     * The population of the step in the first two objectives (y: the first, x: the second, as the
     * teaching view draws it), by front, with its offspring ringed, over the true front.
     */
    static void front(LessonStep step, List<Objective> objectives, TrueFront truth, Path dir) throws IOException {
        Metric y = objectives.get(0).metric();
        Metric x = objectives.get(1).metric();
        List<Plot.Series> series = new ArrayList<>();
        if (truth != null) {
            series.add(sortedLine("true front (exhaustive)", truth.values(x), truth.values(y)));
        }
        String[] names = {"front 1", "front 2", "fronts 3+"};
        for (int f = 0; f < names.length; f++) {
            int front = f;
            List<RankedIndividual> members = step.trace().population().stream()
                    .filter(m -> Math.min(m.rank(), 2) == front)
                    .toList();
            series.add(points(names[f], Plot.Style.POINTS, members, x, y));
        }
        List<Integer> born =
                step.trace().offspring().stream().map(o -> o.index()).toList();
        series.add(points(
                "offspring of this generation",
                Plot.Style.OUTLINE,
                step.trace().population().stream()
                        .filter(m -> born.contains(m.individual().index()))
                        .toList(),
                x,
                y));
        String title = String.format(
                Locale.ROOT,
                "Generation %d: %d evaluations, %d on the first front%s",
                step.generation(),
                step.evaluations(),
                step.trace().frontSizes().get(0),
                truth == null ? "" : String.format(Locale.ROOT, ", gap %.4f", truth.gap(step.hypervolume())));
        PlotWriter.write(
                new Plot(frontFile(step.generation()), title, x.labelWithUnit(), y.labelWithUnit(), false, series),
                dir.resolve(frontFile(step.generation())));
    }

    /** Hypervolume gap to the true front per generation. */
    static void gap(List<LessonStep> steps, TrueFront truth, Path dir) throws IOException {
        double[] g = new double[steps.size()];
        double[] gap = new double[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            g[i] = steps.get(i).generation();
            gap[i] = truth.gap(steps.get(i).hypervolume());
        }
        PlotWriter.write(
                new Plot(
                        GAP_FILE,
                        "Hypervolume gap to the true front, per generation",
                        "generation",
                        "hypervolume gap (normalized)",
                        false,
                        List.of(new Plot.Series("NSGA-II", Plot.Style.LINE, g, gap))),
                dir.resolve(GAP_FILE));
    }

    private static Plot.Series points(
            String name, Plot.Style style, List<RankedIndividual> members, Metric x, Metric y) {
        double[] xs = new double[members.size()];
        double[] ys = new double[members.size()];
        for (int i = 0; i < xs.length; i++) {
            Object payload = members.get(i).individual().evaluation().payload();
            PointMetrics m = payload instanceof PointMetrics pm ? pm : null;
            xs[i] = m == null ? Double.NaN : m.get(x);
            ys[i] = m == null ? Double.NaN : m.get(y);
        }
        return new Plot.Series(name, style, xs, ys);
    }

    private static Plot.Series sortedLine(String name, double[] x, double[] y) {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
        double[] xs = new double[x.length];
        double[] ys = new double[y.length];
        for (int i = 0; i < order.length; i++) {
            xs[i] = x[order[i]];
            ys[i] = y[order[i]];
        }
        return new Plot.Series(name, Plot.Style.LINE, xs, ys);
    }
}
