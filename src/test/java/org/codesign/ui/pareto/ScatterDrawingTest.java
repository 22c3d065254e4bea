package org.codesign.ui.pareto;

import static org.assertj.core.api.Assertions.assertThat;

import io.fair_acc.dataset.DataSet;
import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;
import org.codesign.eval.Metric;
import org.codesign.ui.pareto.plot.ColorMode;
import org.codesign.ui.pareto.plot.Coloring;
import org.codesign.ui.pareto.plot.PlotAxes;
import org.codesign.ui.pareto.plot.PointColumns;
import org.junit.jupiter.api.Test;

/** The 2D projections' grouping without a chart: layers, one marker per pixel and group, and appending. */
class ScatterDrawingTest {
    private static final PlotAxes AXES = PlotAxes.linear(Metric.LATENCY, Metric.ACCURACY, Metric.POWER);
    private final PointColumns columns = new PointColumns();

    private void add(double latency, double accuracy, boolean feasible, boolean pareto) {
        double[] v = new double[Metric.values().length];
        java.util.Arrays.fill(v, 1);
        v[Metric.LATENCY.ordinal()] = latency;
        v[Metric.ACCURACY.ordinal()] = accuracy;
        columns.add("run-1", 1, feasible, pareto, v);
    }

    private ScatterDrawing draw(BitSet selected, ScatterDrawing previous) {
        Coloring coloring = Coloring.of(ColorMode.PARETO, Metric.ENERGY, columns);
        return ScatterDrawing.of(columns, coloring, AXES, 0, 1, selected, 200, 100, previous);
    }

    private static Map<String, Integer> counts(ScatterDrawing d) {
        Map<String, Integer> m = new TreeMap<>();
        for (DataSet s : d.dataSets()) {
            m.put(s.getName(), s.getDataCount());
        }
        return m;
    }

    @Test
    void pointsOnOnePixelOfOneGroupBecomeOneMarkerButAllCount() {
        add(1, 70, true, false);
        add(1, 70, true, false);
        add(9, 80, true, true);
        add(5, 75, false, false); // infeasible: not drawn
        ScatterDrawing d = draw(new BitSet(), null);
        assertThat(d.drawnCounts()).containsExactly(0, 3);
        assertThat(counts(d).values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(2);
        assertThat(d.markers()).isEqualTo(2);
        assertThat(counts(d).keySet()).allMatch(name -> name.startsWith("layer1-") || name.startsWith("layer2-"));
    }

    @Test
    void pointsOutsideASelectionAreDimmedUnderneath() {
        add(1, 70, true, false);
        add(5, 75, true, false);
        add(9, 80, true, true);
        BitSet selected = new BitSet();
        selected.set(2);
        ScatterDrawing d = draw(selected, null);
        assertThat(d.drawnCounts()).containsExactly(2, 1);
        assertThat(counts(d).keySet())
                .anyMatch(n -> n.startsWith("layer0-"))
                .anyMatch(n -> n.startsWith("layer2-"))
                .noneMatch(n -> n.startsWith("layer1-"));
    }

    @Test
    void appendedPointsJoinTheDrawingAsARedrawWouldGroupThem() {
        for (int i = 0; i < 20; i++) {
            add(1 + i, 60 + i, true, i % 5 == 0);
        }
        ScatterDrawing d = draw(new BitSet(), null);
        for (int i = 0; i < 19; i++) {
            add(1.5 + i, 60.5 + i, true, false);
        }
        // Inside the data range drawn: the pixel cells still fit.
        Coloring same = Coloring.of(ColorMode.PARETO, Metric.ENERGY, columns);
        assertThat(d.extend(new PlotModel.DataChange(20, false, new int[0]), columns, same, AXES, 200, 100))
                .isTrue();
        ScatterDrawing fresh = draw(new BitSet(), null);
        assertThat(counts(d)).isEqualTo(counts(fresh));
        assertThat(d.drawnCounts()).isEqualTo(fresh.drawnCounts());
    }

    @Test
    void aDrawingDoesNotExtendOverOtherAxesASizeChangeOrAWiderRange() {
        add(1, 70, true, false);
        add(9, 80, true, true);
        ScatterDrawing d = draw(new BitSet(), null);
        Coloring coloring = Coloring.of(ColorMode.PARETO, Metric.ENERGY, columns);
        PlotModel.DataChange none = new PlotModel.DataChange(2, false, new int[0]);
        PlotAxes other = PlotAxes.linear(Metric.POWER, Metric.ACCURACY, Metric.LATENCY);
        assertThat(d.extend(none, columns, coloring, other, 200, 100)).isFalse();
        assertThat(d.extend(none, columns, coloring, AXES, 300, 100)).isFalse();
        add(50, 90, true, true);
        assertThat(d.extend(none, columns, coloring, AXES, 200, 100)).isFalse();
    }
}
