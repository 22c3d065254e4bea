package org.codesign.ui.detail;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.DataPointTooltip;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.List;
import javafx.scene.layout.VBox;

/** Per-layer latency, energy and utilization of one design, as three bar charts (ChartFX). */
public final class LayerCharts extends VBox {
    private final XYChart latency = chart("latency (ms)");
    private final XYChart energy = chart("energy (mJ)");
    private final XYChart utilization = chart("utilization");

    LayerCharts() {
        setSpacing(2);
        getChildren().addAll(latency, energy, utilization);
        getStyleClass().add("layer-charts");
    }

    private static XYChart chart(String yName) {
        DefaultNumericAxis x = new DefaultNumericAxis("layer", null);
        DefaultNumericAxis y = new DefaultNumericAxis(yName, null);
        y.setForceZeroInRange(true);
        XYChart chart = new XYChart(x, y);
        ErrorDataSetRenderer renderer = new ErrorDataSetRenderer();
        renderer.setPolyLineStyle(LineStyle.HISTOGRAM_FILLED);
        renderer.setErrorStyle(ErrorStyle.NONE);
        renderer.setDrawMarker(false);
        renderer.setAssumeSortedData(true);
        renderer.getAxes().addAll(chart.getAxes());
        chart.getRenderers().setAll(renderer);
        DataPointTooltip tooltip = new DataPointTooltip();
        chart.getPlugins().add(tooltip);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        return chart; // sized in codesign.css (.layer-charts .chart): ChartFX's stylesheet beats setters
    }

    void show(List<DetailViewModel.LayerSeries> series) {
        fill(latency, series.get(0));
        fill(energy, series.get(1));
        fill(utilization, series.get(2));
    }

    private static void fill(XYChart chart, DetailViewModel.LayerSeries series) {
        DoubleDataSet data = new DoubleDataSet(series.axis());
        double[] values = series.values();
        for (int i = 0; i < values.length; i++) {
            data.add(i + 1, values[i], series.layers().get(i));
        }
        chart.getYAxis().setAutoRanging(false);
        chart.getYAxis().set(0, series.top());
        ((ErrorDataSetRenderer) chart.getRenderers().get(0)).getDatasets().setAll(data);
    }

    public double latencyAxisMin() {
        return latency.getYAxis().getMin();
    }

    public int layerCount() {
        ErrorDataSetRenderer r = (ErrorDataSetRenderer) latency.getRenderers().get(0);
        return r.getDatasets().isEmpty() ? 0 : r.getDatasets().get(0).getDataCount();
    }
}
