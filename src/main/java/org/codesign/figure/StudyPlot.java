package org.codesign.figure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.codesign.study.RunPoints;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;
import org.codesign.study.StudyFront;

/**
 * The figure {@code codesign plot} draws of a study: the feasible points of the chosen runs on
 * the requested quantities, the Pareto front among them (under the study's objectives) drawn
 * larger with an outline, or alone with {@code pareto}. Bad requests are refused with a message
 * that starts with the request's field ("x: unknown quantity 'foo' …").
 */
public final class StudyPlot {
    private final Study study;
    private final PlotRequest request;
    private final List<RunRecord> runs;
    /** The plotted points: run number and row, and whether they are on the front. */
    private final List<int[]> points = new ArrayList<>();

    private final BitSet front;

    private StudyPlot(Study study, PlotRequest request) {
        this.study = study;
        this.request = request;
        this.runs = chosenRuns(study, request.runs());
        for (int r = 0; r < runs.size(); r++) {
            RunPoints p = runs.get(r).columns();
            for (int row = 0; row < p.size(); row++) {
                if (p.feasible(row)) {
                    points.add(new int[] {r, row});
                }
            }
        }
        front = StudyFront.paretoMask(
                points.size(),
                i -> true,
                (m, i) -> runs.get(points.get(i)[0]).columns().metric(m, points.get(i)[1]),
                study.objectives());
    }

    /** The 2D figure of the request (its {@code z} must be null). */
    public static ScatterFigure scatter(Study study, PlotRequest request, String title) {
        if (request.z() != null) {
            throw new IllegalArgumentException("z: a scatter figure has two axes");
        }
        StudyPlot plot = new StudyPlot(study, request);
        StudyQuantity x = StudyQuantity.byId(request.x(), "x");
        StudyQuantity y = StudyQuantity.byId(request.y(), "y");
        double[][] xy = {plot.column(x, "x"), plot.column(y, "y")};
        List<ScatterFigure.Group> groups = plot.groups(
                xy,
                (name, argb, style, inLegend, c) -> new ScatterFigure.Group(name, argb, style, inLegend, c[0], c[1]));
        return new ScatterFigure(title, x.axis(plot.log("x")), y.axis(plot.log("y")), groups, plot.colourBar);
    }

    private boolean log(String axis) {
        return request.log().contains(axis);
    }

    /** The values of the plotted points; NaN or, on a log axis, a value ≤ 0 is refused. */
    private double[] column(StudyQuantity q, String option) {
        double[] v = new double[points.size()];
        for (int i = 0; i < v.length; i++) {
            int[] p = points.get(i);
            v[i] = q.value(p[0], runs.get(p[0]).columns(), p[1]);
            if (log(option) && !(v[i] > 0)) {
                throw new IllegalArgumentException(option + ": log scale: " + q.label() + " has a value ≤ 0 (" + v[i]
                        + "), which a log scale cannot show");
            }
        }
        return v;
    }

    /** Makes one group of a figure from its name, colour, style, legend flag and the groups' coordinates. */
    interface GroupMaker<G> {
        G make(String name, int argb, ScatterFigure.Style style, boolean inLegend, double[][] coords);
    }

    /** The colour bar of a ramp colouring, set by {@link #groups}; null for categories. */
    private ScatterFigure.ColourBar colourBar;

    /**
     * Sorts the plotted points into groups by colour (pareto, run or a ramp bin) and front
     * membership: the others first, so that the front draws on top.
     */
    private <G> List<G> groups(double[][] coords, GroupMaker<G> maker) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("runs: the chosen runs have no feasible points to plot");
        }
        String colour = request.colour();
        int[] argb = new int[points.size()];
        String[] name = new String[points.size()];
        boolean ramp = !colour.equals(PlotRequest.PARETO) && !colour.equals(PlotRequest.RUN);
        if (ramp) {
            StudyQuantity q = StudyQuantity.byId(colour, "colour");
            double[] v = column(q, "colour");
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < v.length; i++) {
                if (Double.isFinite(v[i]) && (request.pareto() ? front.get(i) : true)) {
                    lo = Math.min(lo, v[i]);
                    hi = Math.max(hi, v[i]);
                }
            }
            if (!(lo < hi)) {
                hi = Double.isFinite(lo) ? lo + Math.max(1, Math.abs(lo)) : 1;
                lo = Double.isFinite(lo) ? lo : 0;
            }
            colourBar = new ScatterFigure.ColourBar(q.axis(log("colour")), lo, hi, Palettes.viridis());
            for (int i = 0; i < v.length; i++) {
                argb[i] = Double.isFinite(v[i]) ? colourBar.colour(v[i]) : Palettes.OTHER;
                name[i] = "#" + Integer.toHexString(argb[i]);
            }
        }
        for (int i = 0; i < points.size(); i++) {
            if (colour.equals(PlotRequest.RUN)) {
                int r = points.get(i)[0];
                argb[i] = Palettes.run(r);
                name[i] = runs.get(r).name();
            } else if (!ramp) {
                argb[i] = front.get(i) ? Palettes.FRONT : Palettes.OTHER;
                name[i] = front.get(i) ? "Pareto front" : "other points";
            }
        }
        // Key: front flag, then the colour's name; insertion order keeps runs and bins in order.
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < points.size(); i++) {
                boolean onFront = front.get(i);
                if ((pass == 1) != onFront || (request.pareto() && !onFront)) {
                    continue;
                }
                byKey.computeIfAbsent(pass + "\u0000" + name[i], k -> new ArrayList<>())
                        .add(i);
            }
        }
        List<G> groups = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : byKey.entrySet()) {
            List<Integer> members = e.getValue();
            int first = members.get(0);
            boolean onFront = front.get(first);
            double[][] c = new double[coords.length][members.size()];
            for (int k = 0; k < members.size(); k++) {
                for (int a = 0; a < coords.length; a++) {
                    c[a][k] = coords[a][members.get(k)];
                }
            }
            ScatterFigure.Style style = onFront ? ScatterFigure.Style.FRONT : ScatterFigure.Style.DOT;
            boolean inLegend = !ramp && (colour.equals(PlotRequest.PARETO) || !onFront || request.pareto());
            groups.add(maker.make(name[first], argb[first], style, inLegend, c));
        }
        return groups;
    }

    /** The runs named (by id or name), in the study's order; all runs when none are named. */
    static List<RunRecord> chosenRuns(Study study, List<String> wanted) {
        if (wanted.isEmpty()) {
            if (study.runs().isEmpty()) {
                throw new IllegalArgumentException("runs: the study has no runs to plot");
            }
            return study.runs();
        }
        List<RunRecord> chosen = new ArrayList<>();
        for (String w : wanted) {
            RunRecord match = study.runs().stream()
                    .filter(r -> r.id().equals(w) || w.equals(r.name()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("runs: no run '" + w + "' in the study (its runs: "
                            + study.runs().stream()
                                    .map(r -> r.id() + " \"" + r.name() + "\"")
                                    .collect(Collectors.joining(", "))
                            + ")"));
            if (!chosen.contains(match)) {
                chosen.add(match);
            }
        }
        chosen.sort(java.util.Comparator.comparingInt(study.runs()::indexOf));
        return chosen;
    }
}
