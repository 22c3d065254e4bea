package org.codesign.ui.pareto;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.codesign.eval.Metric;
import org.codesign.space.CodesignSpace;
import org.codesign.space.Parameter;
import org.codesign.study.Study;
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

    /** Hover text is the run and index only (no study to decode genomes with). */
    public ParetoViewModel(PlotModel model) {
        this(model, null);
    }

    /** Hover text lists metrics and the configuration, decoded in the study's space. */
    public ParetoViewModel(PlotModel model, Supplier<Study> study) {
        this.model = model;
        this.study = study;
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
    public void setAxis(int axis, Metric metric, boolean log) {
        PlotAxes a = model.axes();
        Metric[] m = a.metrics();
        boolean[] l = {a.logX(), a.logY(), a.logZ()};
        m[axis] = metric;
        l[axis] = log;
        model.axesProperty().set(new PlotAxes(m[0], m[1], m[2], l[0], l[1], l[2]));
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
        return study == null ? entry.runId() + " #" + entry.point().index() : describe(entry, study.get());
    }

    /** A point, its metrics and (when its genome fits the study's space) its configuration. */
    static String describe(PointEntry e, Study study) {
        StringBuilder b = new StringBuilder();
        b.append(e.runId())
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
            String f = m == Metric.MACS || m == Metric.PARAMS
                    ? String.format(Locale.ROOT, "%,.0f", v)
                    : String.format(Locale.ROOT, "%.4g", v);
            b.append(m.label()).append(' ').append(f).append(m.unit().isEmpty() ? "" : " " + m.unit());
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
