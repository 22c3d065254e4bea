package org.codesign.figure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;
import java.util.stream.Collectors;
import org.codesign.study.RunPoints;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;
import org.codesign.study.StudyFront;
import org.codesign.study.quantity.Quantities;
import org.codesign.study.quantity.Quantity;

/**
 * The figure {@code codesign plot} draws of a study: the feasible points of the chosen runs on
 * the requested quantities (metrics, design parameters, derived values), the Pareto front among
 * them (under the study's objectives) drawn larger with an outline, or alone with {@code pareto}.
 * Bad requests are refused with a message that starts with the request's field ("x: unknown
 * quantity 'foo' …").
 */
public final class StudyPlot {
    private final Study study;
    private final PlotRequest request;
    private final Quantities quantities;
    /** The plotted points: the run's number in the study and the row in its points. */
    private final List<int[]> points = new ArrayList<>();
    /** Which of the plotted points are on their Pareto front. */
    private final BitSet front;
    /** The colour bar of a ramp colouring, set by {@link #groups}; null for categories. */
    private ScatterFigure.ColourBar colourBar;
    /** What the dot sizes mean, set by {@link #groups} when a quantity sets them; else null. */
    private ScatterFigure.SizeKey sizeKey;

    private StudyPlot(Study study, PlotRequest request) {
        this.study = study;
        this.request = request;
        this.quantities = Quantities.of(study);
        for (RunRecord run : chosenRuns(study, request.runs())) {
            int r = study.runs().indexOf(run);
            RunPoints p = run.columns();
            for (int row = 0; row < p.size(); row++) {
                if (p.feasible(row)) {
                    points.add(new int[] {r, row});
                }
            }
        }
        if (points.isEmpty()) {
            throw new IllegalArgumentException("runs: the chosen runs have no feasible points to plot");
        }
        front = StudyFront.paretoMask(
                points.size(), i -> true, (m, i) -> rows(i).metric(m, points.get(i)[1]), study.objectives());
    }

    /** The 2D figure of the request (its {@code z} must be null). */
    public static ScatterFigure scatter(Study study, PlotRequest request, String title) {
        if (request.z() != null) {
            throw new IllegalArgumentException("z: a scatter figure has two axes");
        }
        StudyPlot plot = new StudyPlot(study, request);
        Quantity x = plot.quantity(request.x(), "x");
        Quantity y = plot.quantity(request.y(), "y");
        double[][] xy = {plot.column(x, "x"), plot.column(y, "y")};
        List<ScatterFigure.Group> groups = plot.groups(
                xy,
                (name, argb, style, inLegend, radius, c) ->
                        new ScatterFigure.Group(name, argb, style, inLegend, c[0], c[1], radius));
        return new ScatterFigure(title, plot.axis(x, "x"), plot.axis(y, "y"), groups, plot.colourBar, plot.sizeKey);
    }

    /** The 3D figure of the request, seen from the 3D view's opening angle (from above and the right). */
    public static CubeFigure cube(Study study, PlotRequest request, String title) {
        if (request.z() == null) {
            throw new IllegalArgumentException("z: a cube figure needs a third axis");
        }
        StudyPlot plot = new StudyPlot(study, request);
        String[] options = {"x", "y", "z"};
        String[] ids = {request.x(), request.y(), request.z()};
        List<FigureAxis> axes = new ArrayList<>();
        double[][] coords = new double[3][];
        double[][] ranges = new double[3][];
        for (int a = 0; a < 3; a++) {
            Quantity q = plot.quantity(ids[a], options[a]);
            axes.add(plot.axis(q, options[a]));
            coords[a] = plot.column(q, options[a]);
            ranges[a] = plot.range(coords[a], axes.get(a));
        }
        List<CubeFigure.Group> groups = plot.groups(
                coords,
                (name, argb, style, inLegend, radius, c) ->
                        new CubeFigure.Group(name, argb, style, inLegend, c[0], c[1], c[2], radius));
        return new CubeFigure(title, axes, ranges, CUBE_YAW, CUBE_PITCH, groups, plot.colourBar, plot.sizeKey);
    }

    /** The 3D view's opening camera (ui.pareto.plot.OrbitCamera.initial()). */
    static final double CUBE_YAW = -35;

    static final double CUBE_PITCH = 22;

    /** The drawn values' range, widened when they are all one value. */
    private double[] range(double[] v, FigureAxis axis) {
        double[] extent = extent(v, axis::accepts);
        double lo = extent[0];
        double hi = extent[1];
        if (!Double.isFinite(lo)) {
            return axis.log() ? new double[] {1, 10} : new double[] {0, 1};
        }
        if (!(lo < hi)) {
            return axis.log() ? new double[] {lo / 2, lo * 2} : new double[] {lo - 0.5, lo + 0.5};
        }
        return new double[] {lo, hi};
    }

    /** The least and greatest drawn value that {@code accepts} takes (infinities when none). */
    private double[] extent(double[] v, DoublePredicate accepts) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < v.length; i++) {
            if (accepts.test(v[i]) && (front.get(i) || !request.pareto())) {
                lo = Math.min(lo, v[i]);
                hi = Math.max(hi, v[i]);
            }
        }
        return new double[] {lo, hi};
    }

    private RunPoints rows(int point) {
        return study.runs().get(points.get(point)[0]).columns();
    }

    private boolean log(String option) {
        return request.log().contains(option);
    }

    /** The quantity named by a request field; {@code option} names the field in the message. */
    private Quantity quantity(String id, String option) {
        try {
            return quantities.byId(id);
        } catch (IllegalArgumentException e) {
            String known = e.getMessage().substring(Math.max(0, e.getMessage().indexOf("(one of")));
            throw new IllegalArgumentException(option + ": unknown quantity '" + id + "' " + known);
        }
    }

    /** The axis of a quantity: its categories on an ordinal one. */
    private FigureAxis axis(Quantity q, String option) {
        return new FigureAxis(q.label(), q.unit(), log(option), q.categories());
    }

    /** The shown values of the plotted points; a log scale of categories or of a value ≤ 0 is refused. */
    private double[] column(Quantity q, String option) {
        double[] v = new double[points.size()];
        double smallest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < v.length; i++) {
            v[i] = quantities.value(q, points.get(i)[0], rows(i), points.get(i)[1]);
            smallest = Math.min(smallest, v[i]);
        }
        String refusal = log(option) ? q.logRefusal(smallest) : null;
        if (refusal != null) {
            throw new IllegalArgumentException(option + ": " + refusal);
        }
        return v;
    }

    /**
     * Makes one group of a figure from its name, colour, style, legend flag, dot radius (0: the
     * style's own) and its points' coordinates.
     */
    interface GroupMaker<G> {
        G make(String name, int argb, ScatterFigure.Style style, boolean inLegend, double radius, double[][] coords);
    }

    /**
     * Sorts the plotted points into groups by colour (pareto, run or a ramp bin), front
     * membership and size step: the others first, so that the front draws on top, and within them
     * the largest dots first, so that the smaller ones stay visible (as the 2D views draw them).
     */
    private <G> List<G> groups(double[][] coords, GroupMaker<G> maker) {
        String colour = request.colour();
        boolean ramp = !colour.equals(PlotRequest.PARETO) && !colour.equals(PlotRequest.RUN);
        int[] argb = new int[points.size()];
        String[] name = new String[points.size()];
        if (ramp) {
            rampColours(quantity(colour, "colour"), argb, name);
        }
        for (int i = 0; i < points.size(); i++) {
            if (colour.equals(PlotRequest.RUN)) {
                int r = points.get(i)[0];
                argb[i] = Palettes.run(r);
                name[i] = study.runs().get(r).name();
            } else if (!ramp) {
                argb[i] = front.get(i) ? Palettes.FRONT : Palettes.OTHER;
                name[i] = front.get(i) ? "Pareto front" : "other points";
            }
        }
        int[] step = sizeSteps();
        // In order: the others, then the front; sizes largest first; runs and ramp bins in the order first met.
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int s = step == null ? 0 : SizeSteps.COUNT - 1; s >= 0; s--) {
                for (int i = 0; i < points.size(); i++) {
                    boolean onFront = front.get(i);
                    if ((pass == 1) == onFront && (onFront || !request.pareto()) && (step == null || step[i] == s)) {
                        byKey.computeIfAbsent(pass + "\u0000" + s + "\u0000" + name[i], k -> new ArrayList<>())
                                .add(i);
                    }
                }
            }
        }
        List<G> groups = new ArrayList<>();
        java.util.Set<String> named = new java.util.HashSet<>();
        for (List<Integer> members : byKey.values()) {
            int first = members.get(0);
            boolean onFront = front.get(first);
            double[][] c = new double[coords.length][members.size()];
            for (int k = 0; k < members.size(); k++) {
                for (int a = 0; a < coords.length; a++) {
                    c[a][k] = coords[a][members.get(k)];
                }
            }
            ScatterFigure.Style style = onFront ? ScatterFigure.Style.FRONT : ScatterFigure.Style.DOT;
            // Runs are named once: by their other points, or by their front when that is all there is;
            // a colour split into sizes is named by its first group.
            boolean inLegend = !ramp
                    && (colour.equals(PlotRequest.PARETO) || !onFront || request.pareto())
                    && named.add(name[first]);
            double radius = step == null ? 0 : SizeSteps.radius(step[first]);
            groups.add(maker.make(name[first], argb[first], style, inLegend, radius, c));
        }
        return groups;
    }

    /**
     * The size step of each plotted point when a quantity sets the size (null when none): the
     * quarters of the plotted range of its values, linear or log10, or of its categories; -1 for a
     * point without a value, which is left out as the 2D views leave it out. Sets {@link #sizeKey}.
     */
    private int[] sizeSteps() {
        if (request.size() == null) {
            return null;
        }
        Quantity q = quantity(request.size(), "size");
        double[] v = column(q, "size");
        boolean log = log("size");
        double[] extent = extent(v, Double::isFinite);
        double lo = extent[0];
        double hi = extent[1];
        int categories = q.categories().size();
        int[] step = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            double t;
            if (!Double.isFinite(v[i])) {
                step[i] = -1;
                continue;
            } else if (q.ordinal()) {
                t = (v[i] + 0.5) / Math.max(1, categories); // each category in the middle of its share
            } else if (!(lo < hi)) {
                t = 0;
            } else {
                t = log
                        ? (Math.log10(v[i]) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))
                        : (v[i] - lo) / (hi - lo);
            }
            step[i] = SizeSteps.step(t);
        }
        if (q.ordinal()) {
            sizeKey = new ScatterFigure.SizeKey(q.label(), q.format(0), q.format(Math.max(0, categories - 1)));
        } else if (Double.isFinite(lo)) {
            sizeKey = new ScatterFigure.SizeKey(
                    q.label(), q.formatWithUnit(lo), q.formatWithUnit(hi) + (log ? " (log)" : ""));
        }
        return step;
    }

    /** Colours from viridis over the plotted range of {@code q}, and the colour bar that explains them. */
    private void rampColours(Quantity q, int[] argb, String[] name) {
        double[] v = column(q, "colour");
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < v.length; i++) {
            if (Double.isFinite(v[i]) && (front.get(i) || !request.pareto())) {
                lo = Math.min(lo, v[i]);
                hi = Math.max(hi, v[i]);
            }
        }
        if (!Double.isFinite(lo)) {
            lo = 0;
            hi = 1;
        } else if (!(lo < hi)) {
            hi = log("colour") ? lo * 10 : lo + 1;
        }
        colourBar = new ScatterFigure.ColourBar(axis(q, "colour"), lo, hi, Palettes.viridis());
        for (int i = 0; i < v.length; i++) {
            argb[i] = Double.isFinite(v[i]) ? colourBar.colour(v[i]) : Palettes.OTHER;
            name[i] = "#" + Integer.toHexString(argb[i]);
        }
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
