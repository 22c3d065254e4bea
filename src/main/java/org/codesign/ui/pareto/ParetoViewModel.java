package org.codesign.ui.pareto;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.codesign.eval.Metric;
import org.codesign.space.CodesignSpace;
import org.codesign.space.Parameter;
import org.codesign.study.Study;
import org.codesign.study.quantity.Quantities;
import org.codesign.study.quantity.Quantity;
import org.codesign.ui.pareto.plot.OrbitCamera;
import org.codesign.ui.pareto.plot.PlotAxes;
import org.codesign.ui.points.PointEntry;
import org.codesign.ui.points.Selection;

/**
 * The Pareto views' state and rules without any node: the shared {@link PlotModel} (points,
 * axes, colouring, selection), the 3D view's tool, camera and display switches, how a brush or
 * a click changes the selection, and the hover text of a point. The views lay out, draw and
 * turn mouse gestures into calls here.
 */
public final class ParetoViewModel {
    private final PlotModel model;
    private final Supplier<Study> study;
    private final ObjectProperty<PlotTool> tool = new SimpleObjectProperty<>(this, "tool", PlotTool.ROTATE);
    private final ObjectProperty<OrbitCamera> orbit = new SimpleObjectProperty<>(this, "orbit", OrbitCamera.initial());
    private final BooleanProperty dropLines = new SimpleBooleanProperty(this, "dropLines", false);
    private final BooleanProperty fastRotation = new SimpleBooleanProperty(this, "fastRotation", true);
    private final ObjectProperty<PlotLayout> layout = new SimpleObjectProperty<>(this, "layout", PlotLayout.CUBE);
    /** Channels: x, y, z, then colour and size. */
    public static final int COLOUR = 3;

    public static final int SIZE = 4;
    /** Per channel why its log scale was refused ("" when it was not). */
    private final ReadOnlyStringWrapper[] logProblems = new ReadOnlyStringWrapper[5];

    /** Hover text is the run and index only (no study to decode genomes with). */
    public ParetoViewModel(PlotModel model) {
        this(model, null);
    }

    /** Hover text lists metrics and the configuration, decoded in the study's space. */
    public ParetoViewModel(PlotModel model, Supplier<Study> study) {
        this.model = model;
        this.study = study;
        for (int c = 0; c < logProblems.length; c++) {
            logProblems[c] = new ReadOnlyStringWrapper(this, "logProblem" + c, "");
        }
        if (study != null) {
            model.setQuantities(Quantities.of(study.get())); // the model's creator chose its axes
        }
    }

    /**
     * The study's quantities become choosable. A new study starts on its objectives; the same
     * study with edited spaces keeps every axis whose quantity it still has.
     */
    public void useStudy(Study s, boolean fresh) {
        Quantities q = Quantities.of(s);
        PlotAxes start = initialAxes(s);
        PlotAxes a = model.axes();
        PlotAxes next = fresh
                ? start
                : new PlotAxes(
                        keep(q, a.x(), start.x()),
                        keep(q, a.y(), start.y()),
                        keep(q, a.z(), start.z()),
                        a.logX(),
                        a.logY(),
                        a.logZ(),
                        a.size() == null ? null : keep(q, a.size(), null),
                        a.logSize());
        if (fresh) {
            for (ReadOnlyStringWrapper p : logProblems) {
                p.set("");
            }
        }
        model.setQuantities(q);
        model.colorQuantityProperty().set(keep(q, model.colorQuantityProperty().get(), Quantities.of(Metric.ENERGY)));
        if (next.equals(a)) {
            model.refreshAll(); // same axes, but their values may have been read from other value lists
        } else {
            model.axesProperty().set(next); // the views draw everything afresh for new axes
            model.recolor();
        }
    }

    private static Quantity keep(Quantities q, Quantity was, Quantity otherwise) {
        return q.all().stream().filter(n -> n.id().equals(was.id())).findFirst().orElse(otherwise);
    }

    /** The quantities a chooser offers (metrics only before a study is known). */
    public List<Quantity> choices() {
        Quantities q = model.quantities();
        return q == null
                ? java.util.Arrays.stream(Metric.values()).map(Quantities::of).toList()
                : q.all();
    }

    /** Why the channel's log scale was refused, "" when it was not: shown next to its log box. */
    public ReadOnlyStringProperty logProblemProperty(int channel) {
        return logProblems[channel].getReadOnlyProperty();
    }

    /** Plot axes for a study: its first three objectives as y, x and z, filled up with defaults. */
    public static PlotAxes initialAxes(Study s) {
        Metric y = s.objectives().isEmpty()
                ? Metric.ACCURACY
                : s.objectives().get(0).metric();
        Metric x = s.objectives().size() > 1 ? s.objectives().get(1).metric() : Metric.LATENCY;
        Metric z = s.objectives().size() > 2 ? s.objectives().get(2).metric() : Metric.POWER;
        return PlotAxes.linear(x, y, z);
    }

    public PlotModel model() {
        return model;
    }

    public ObjectProperty<PlotTool> toolProperty() {
        return tool;
    }

    public ObjectProperty<OrbitCamera> orbitProperty() {
        return orbit;
    }

    public BooleanProperty dropLinesProperty() {
        return dropLines;
    }

    public BooleanProperty fastRotationProperty() {
        return fastRotation;
    }

    /** Keeps the camera where it is and switches its projection. */
    public void setPerspective(boolean perspective) {
        orbit.set(orbit.get().withPerspective(perspective));
    }

    /** Puts one axis on another metric or scale; the other two stay. */
    public boolean setAxis(int axis, Metric metric, boolean log) {
        return setAxis(axis, Quantities.of(metric), log);
    }

    /**
     * Puts axis 0, 1 or 2 (x, y, z) on another quantity or scale; the others stay. A log scale the
     * values cannot take (categories, a value ≤ 0) is refused: the axis stays linear and {@link
     * #logProblemProperty} says why. Returns whether the scale is as asked.
     */
    public boolean setAxis(int axis, Quantity q, boolean log) {
        PlotAxes a = model.axes();
        boolean ok = checkLog(axis, q, log, a.quantity(axis));
        model.axesProperty().set(a.with(axis, q, log && ok));
        return ok;
    }

    /** Colours the points by a quantity (colour mode "a quantity"), linear or log, as {@link #setAxis} refuses. */
    public boolean setColour(Quantity q, boolean log) {
        boolean ok = checkLog(COLOUR, q, log, model.colorQuantityProperty().get());
        model.colorQuantityProperty().set(q);
        model.colorLogProperty().set(log && ok);
        return ok;
    }

    /** Sizes the glyphs of every view by a quantity (null: one size, Pareto points larger). */
    public boolean setSize(Quantity q, boolean log) {
        PlotAxes a = model.axes();
        boolean ok = q == null || checkLog(SIZE, q, log, a.size());
        model.axesProperty().set(a.withSize(q, log && ok && q != null));
        return ok;
    }

    /** Whether a log scale can be had; sets or clears the channel's message (kept while only the box is unticked). */
    private boolean checkLog(int channel, Quantity q, boolean log, Quantity was) {
        if (!log) {
            if (!q.equals(was)) {
                logProblems[channel].set("");
            }
            return true;
        }
        String why = q.logRefusal(model.columns().smallest(q));
        logProblems[channel].set(why == null ? "" : why);
        return why == null;
    }

    // ---- layout ----

    /** How the area arranges its views (View ▸ Layout, a double click). */
    public ObjectProperty<PlotLayout> layoutProperty() {
        return layout;
    }

    /** A double click on projection {@code p}: it becomes the one large view; on the large view, back to all views. */
    public void toggleLarge(int p) {
        layout.set(layout.get().kind() == PlotLayout.Kind.LARGE ? PlotLayout.CUBE : PlotLayout.large(p));
    }

    /** A double click on a matrix cell: its quantities go on x and y (keeping a log scale they had) and show large. */
    public void enlarge(Quantity x, Quantity y) {
        PlotAxes a = model.axes();
        model.axesProperty().set(a.with(0, x, x.equals(a.x()) && a.logX()).with(1, y, y.equals(a.y()) && a.logY()));
        layout.set(PlotLayout.large(0));
    }

    /**
     * What the scatter-plot matrix shows: the study's objectives, filled up to three with the
     * plot's x, y and z (two objectives make a matrix of two cells that says little).
     */
    public List<Quantity> matrixQuantities() {
        List<Quantity> list = new ArrayList<>();
        if (study != null) {
            study.get().objectives().stream()
                    .map(o -> Quantities.of(o.metric()))
                    .distinct()
                    .forEach(list::add);
        }
        PlotAxes a = model.axes();
        for (Quantity q : List.of(a.x(), a.y(), a.z())) {
            if (list.size() < 3 && !list.contains(q)) {
                list.add(q);
            }
        }
        return list;
    }

    // ---- the current point ----

    /**
     * Moves the current point (the one in the detail pane) {@code step} places along the Pareto
     * front, ordered by {@code along} (the view's horizontal quantity): it is selected and shown in
     * detail as if clicked. Returns the new slot, -1 when no front point is shown.
     */
    public int walkFront(int step, Quantity along) {
        PointEntry current = model.selection().focusedProperty().get();
        int from = current == null ? -1 : current.position();
        int next = FrontWalk.next(model.columns(), along, from, step);
        if (next >= 0 && next != from) {
            click(next, Selection.Combine.REPLACE);
        }
        return next;
    }

    // ---- brushing ----

    /** The brushed slots combined with the selection as the modifier keys say. */
    public void brush(BitSet hit, Selection.Combine how) {
        model.selection().apply(hit, how);
    }

    /**
     * A click on a slot (or on nothing, slot &lt; 0): the point joins the selection as the
     * modifiers say and is shown in detail; a plain click on nothing clears the selection.
     */
    public void click(int slot, Selection.Combine how) {
        click(model, slot, how);
    }

    /** {@link #click(int, Selection.Combine)} on a model's selection (the parallel coordinates' lines). */
    static void click(PlotModel model, int slot, Selection.Combine how) {
        PointEntry entry = model.entry(slot);
        if (entry == null) {
            if (how == Selection.Combine.REPLACE) {
                model.selection().clear();
            }
            return;
        }
        BitSet one = new BitSet();
        one.set(slot);
        model.selection().apply(one, how);
        model.selection().focusedProperty().set(entry);
    }

    /**
     * What a range brush (sliders, parallel axes) selects: its hits combined with the selection
     * as it was when the brush began, so dragging the brush back and forth never accumulates.
     */
    public static BitSet combine(BitSet base, BitSet brushed, Selection.Combine how) {
        BitSet next = (BitSet) base.clone();
        switch (how) {
            case REPLACE -> next = (BitSet) brushed.clone();
            case ADD -> next.or(brushed);
            case SUBTRACT -> next.andNot(brushed);
            case INTERSECT -> next.and(brushed);
        }
        return next;
    }

    // ---- hover ----

    /** The hover text of a slot, or null when there is no point there. */
    public String hoverText(int slot) {
        PointEntry entry = model.entry(slot);
        if (entry == null) {
            return null;
        }
        String run = model.runLabel(entry.runId());
        return study == null ? run + " #" + entry.point().index() : describe(entry, run, study.get());
    }

    /** A point (of the run called {@code run}), its metrics and (when its genome fits the study's space) its configuration. */
    static String describe(PointEntry e, String run, Study study) {
        StringBuilder b = new StringBuilder();
        b.append(run)
                .append(" · point ")
                .append(e.point().index())
                .append(" · generation ")
                .append(e.point().generation())
                .append(e.pareto() ? " · Pareto-optimal" : "")
                .append('\n');
        int col = 0;
        for (Metric m : Metric.values()) {
            double v = e.metric(m);
            if (Double.isNaN(v)) {
                continue;
            }
            Quantity q = Quantities.of(m);
            b.append(q.label()).append(' ').append(q.formatWithUnit(q.display(v)));
            b.append(++col % 3 == 0 ? "\n" : "   ");
        }
        if (col % 3 != 0) {
            b.append('\n');
        }
        CodesignSpace space = study.space();
        int[] genome = e.point().genome();
        if (genome.length == space.genomeLength()) {
            List<Parameter> params = new ArrayList<>(space.network().design().parameters());
            params.addAll(space.hardware().design().parameters());
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < genome.length; i++) {
                Parameter p = params.get(i);
                if (p.cardinality() < 2) {
                    continue;
                }
                String item = p.name() + "="
                        + (genome[i] < p.cardinality()
                                ? p.values().get(genome[i]).label()
                                : "?");
                if (line.length() + item.length() > 78) {
                    b.append(line).append('\n');
                    line.setLength(0);
                }
                line.append(line.length() == 0 ? "" : "  ").append(item);
            }
            b.append(line);
        }
        return b.toString().strip();
    }
}
