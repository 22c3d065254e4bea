package org.codesign.ui.runs;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.List;
import org.codesign.figure.FigureAxis;
import org.codesign.figure.ScatterChart;
import org.codesign.figure.ScatterFigure;
import org.codesign.ui.kit.FigureMenu;

/** A small live chart of a run's hypervolume over evaluations (ChartFX); its context menu saves it as a figure. */
public final class HypervolumeChart extends XYChart {
    /** Tick labels to 10 significant digits: enough for any tick step, none of a double's noise. */
    private static final javafx.util.StringConverter<Number> CLEAN = new javafx.util.StringConverter<>() {
        @Override
        public String toString(Number n) {
            return new java.math.BigDecimal(n.doubleValue())
                    .round(new java.math.MathContext(10))
                    .stripTrailingZeros()
                    .toPlainString();
        }

        @Override
        public Number fromString(String text) {
            return Double.valueOf(text);
        }
    };

    private DoubleDataSet data = new DoubleDataSet("hypervolume");
    private int shown;
    private List<double[]> history = List.of();

    HypervolumeChart() {
        super(new DefaultNumericAxis("evaluations", null), new DefaultNumericAxis("hypervolume", null));
        getXAxis().setAutoRanging(true);
        getYAxis().setAutoRanging(true);
        // ChartFX's own labels show a tick's double as is: "0.7000000000000001" on a small card
        ((DefaultNumericAxis) getXAxis()).setTickLabelFormatter(CLEAN);
        ((DefaultNumericAxis) getYAxis()).setTickLabelFormatter(CLEAN);
        setLegendVisible(false);
        setTitle(null);
        getDatasets().add(data);
        getStyleClass().add("hypervolume-chart"); // its size is in codesign.css (ChartFX's stylesheet beats setters)
        FigureMenu.attach(this, () -> "hypervolume", (w, h) -> ScatterChart.of(figure()));
    }

    /** The chart as a vector figure: the hypervolume after each report, as a line with its points. */
    ScatterFigure figure() {
        double[] x = history.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = history.stream().mapToDouble(p -> p[1]).toArray();
        return new ScatterFigure(
                "Hypervolume",
                FigureAxis.numeric("evaluations", "", false),
                FigureAxis.numeric("hypervolume", "", false),
                List.of(
                        new ScatterFigure.Group("hypervolume", 0xff1f77b4, ScatterFigure.Style.LINE, false, x, y),
                        new ScatterFigure.Group("report", 0xff1f77b4, ScatterFigure.Style.DOT, false, x, y)),
                null);
    }

    /** Shows the history when it has grown (a fresh data set is swapped in; see {@link ScatterView}). */
    void show(List<double[]> history) {
        if (history.size() == shown) {
            return;
        }
        DoubleDataSet next = new DoubleDataSet("hypervolume");
        for (double[] p : history) {
            next.add(p[0], p[1]);
        }
        getDatasets().setAll(next);
        data = next;
        this.history = List.copyOf(history);
        fitSinglePoint(history);
        shown = history.size();
    }

    /**
     * Auto-ranging collapses on one point (an exhaustive run reports once, at its end) and draws
     * nothing; frame it instead so that the marker and the axes show.
     */
    private void fitSinglePoint(List<double[]> history) {
        boolean single = history.size() == 1;
        getXAxis().setAutoRanging(!single);
        getYAxis().setAutoRanging(!single);
        if (single) {
            double x = history.get(0)[0];
            double y = history.get(0)[1];
            getXAxis().set(0, Math.max(1, 1.1 * x));
            double pad = Math.max(1e-3, 0.05 * Math.abs(y));
            getYAxis().set(y - pad, y + pad);
        }
    }

    public int pointCount() {
        return data.getDataCount();
    }
}
