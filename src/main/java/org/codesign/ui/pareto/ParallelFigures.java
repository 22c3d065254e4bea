package org.codesign.ui.pareto;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.codesign.figure.ParallelFigure;
import org.codesign.ui.pareto.plot.AxisIntervals;
import org.codesign.ui.pareto.plot.AxisScale;
import org.codesign.ui.pareto.plot.Coloring;
import org.codesign.ui.pareto.plot.LinePlaces;
import org.codesign.ui.pareto.plot.ParallelAxis;
import org.codesign.ui.pareto.plot.PointColumns;

/**
 * The parallel coordinates as a vector figure, the way the view shows them: axes in their order
 * and directions with their tick labels and intervals, the sampled lines faded and vivid.
 */
final class ParallelFigures {
    private ParallelFigures() {}

    static ParallelFigure of(ParallelData data, PlotModel model, BitSet selected) {
        PointColumns c = model.columns();
        ParallelData.Lines lines = ParallelData.lines(c, selected);
        LinePlaces places = data.places(lines.drawingOrder());
        Coloring coloring = model.coloring();
        boolean faded = lines.anySelected();
        List<ParallelFigure.Line> figureLines = new ArrayList<>();
        for (int k = 0; k < places.lines(); k++) {
            int argb = coloring.color(coloring.index(c, places.slots()[k]));
            boolean rest = k < lines.rest().length;
            double alpha = rest ? (faded ? 0.25 : 0.18) : 0.45;
            int rgb = rest && faded ? Coloring.dim(argb) : argb;
            double[] at = new double[places.axes()];
            for (int a = 0; a < at.length; a++) {
                at[a] = places.at(a, k);
            }
            figureLines.add(new ParallelFigure.Line((rgb & 0xffffff) | ((int) Math.round(alpha * 255) << 24), at));
        }
        List<ParallelFigure.Axis> figureAxes = new ArrayList<>();
        int[] shown = data.shown();
        for (int p = 0; p < shown.length; p++) {
            ParallelAxis axis = data.axes().get(shown[p]);
            String key = data.arrangement().keyAt(p);
            boolean inverted = data.arrangement().inverted(key);
            List<double[]> intervals = new ArrayList<>();
            for (AxisIntervals.Interval iv : data.intervals().of(key)) {
                intervals.add(new double[] {
                    data.arrangement().shown(key, iv.lo()), data.arrangement().shown(key, iv.hi())
                });
            }
            figureAxes.add(new ParallelFigure.Axis(
                    inverted ? axis.name() + ", inverted" : axis.name(), ticks(axis, inverted), intervals));
        }
        return new ParallelFigure("", figureAxes, figureLines);
    }

    /** An axis's tick labels at their places as drawn: category names, or the range's ends. */
    static List<ParallelFigure.Tick> ticks(ParallelAxis axis, boolean inverted) {
        List<ParallelFigure.Tick> ticks = new ArrayList<>();
        if (axis.categorical()) {
            int every = Math.max(1, (int) Math.ceil(axis.categories().size() / 6.0));
            for (int k = 0; k < axis.categories().size(); k += every) {
                ticks.add(tick(axis.categories().get(k), axis.position(k), inverted));
            }
        } else {
            ticks.add(tick(label(axis, axis.lo()), 0, inverted));
            ticks.add(tick(label(axis, axis.hi()), 1, inverted));
        }
        return ticks;
    }

    private static ParallelFigure.Tick tick(String label, double t, boolean inverted) {
        return new ParallelFigure.Tick(label, inverted ? 1 - t : t);
    }

    private static String label(ParallelAxis axis, double v) {
        return AxisScale.format(v, axis.log() ? v / 10 : AxisScale.niceStep((axis.hi() - axis.lo()) / 100));
    }
}
