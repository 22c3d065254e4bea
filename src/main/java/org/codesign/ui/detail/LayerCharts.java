package org.codesign.ui.detail;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.AxisLabelOverlapPolicy;
import io.fair_acc.chartfx.axes.spi.CategoryAxis;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.DataPointTooltip;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import java.util.List;
import javafx.scene.layout.VBox;
import org.codesign.figure.FigureAxis;
import org.codesign.figure.LayerChart;
import org.codesign.figure.LayerFigure;
import org.codesign.ui.kit.FigureMenu;

/**
 * Per-layer latency, energy and utilization of one design, as three bar charts (ChartFX) over
 * the layers' names, each value axis with its unit; the context menu saves them as a figure.
 */
public final class LayerCharts extends VBox {
    private final XYChart latency = chart(false);
    private final XYChart energy = chart(false);
    /** Taller than the others (codesign.css): it carries the layer names under its plot. */
    private final XYChart utilization = chart(true);

    private List<DetailViewModel.LayerSeries> shown = List.of();

    LayerCharts() {
        setSpacing(2);
        getChildren().addAll(latency, energy, utilization);
        getStyleClass().add("layer-charts");
        setId("layer-charts");
        FigureMenu.attach(this, () -> "layers", (w, h) -> LayerChart.of(figure(shown)));
    }

    /** The layer names label the bottom chart's axis only: the three charts share their layers. */
    private static XYChart chart(boolean names) {
        CategoryAxis x = new CategoryAxis("layer");
        x.setUnit(null);
        x.getTickLabelStyle().setRotate(90);
        x.setTickLabelGap(8);
        // Too many names for the width: show every other one (the tooltip names each bar), in one row.
        x.setOverlapPolicy(AxisLabelOverlapPolicy.SKIP_ALT);
        x.getTickLabelStyle().setVisible(names);
        x.getAxisLabel().setVisible(names);
        DefaultNumericAxis y = new DefaultNumericAxis();
        y.setForceZeroInRange(true);
        XYChart chart = new XYChart(x, y);
        if (names) {
            chart.getStyleClass().add("layer-names");
        }
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
        shown = List.copyOf(series);
        fill(latency, series.get(0));
        fill(energy, series.get(1));
        fill(utilization, series.get(2));
    }

    private static void fill(XYChart chart, DetailViewModel.LayerSeries series) {
        DoubleDataSet data = new DoubleDataSet(series.label());
        double[] values = series.values();
        for (int i = 0; i < values.length; i++) {
            data.add(i, values[i], series.layers().get(i));
        }
        ((CategoryAxis) chart.getXAxis()).setCategories(series.layers());
        DefaultNumericAxis y = (DefaultNumericAxis) chart.getYAxis();
        // the unit in parentheses, as on every other axis: ChartFX's own unit field draws "[ms]"
        y.setName(series.unit().isEmpty() ? series.label() : series.label() + " (" + series.unit() + ")");
        y.setUnit(null);
        y.setAutoRanging(false);
        y.set(0, series.top());
        ((ErrorDataSetRenderer) chart.getRenderers().get(0)).getDatasets().setAll(data);
    }

    /** The charts as a vector figure: the same series, one panel each. */
    static LayerFigure figure(List<DetailViewModel.LayerSeries> series) {
        List<LayerFigure.Panel> panels = series.stream()
                .map(s -> new LayerFigure.Panel(FigureAxis.numeric(s.label(), s.unit(), false), s.values()))
                .toList();
        return new LayerFigure("", series.isEmpty() ? List.of() : series.get(0).layers(), panels);
    }

    public double latencyAxisMin() {
        return latency.getYAxis().getMin();
    }

    public int layerCount() {
        ErrorDataSetRenderer r = (ErrorDataSetRenderer) latency.getRenderers().get(0);
        return r.getDatasets().isEmpty() ? 0 : r.getDatasets().get(0).getDataCount();
    }

    /** The names under the bottom chart's axis, in order. */
    public List<String> layerNames() {
        return List.copyOf(((CategoryAxis) utilization.getXAxis()).getCategories());
    }

    /** The value axes' titles as drawn (name and unit), top to bottom. */
    public List<String> valueAxes() {
        return java.util.stream.Stream.of(latency, energy, utilization)
                .map(c -> {
                    String unit = c.getYAxis().getUnit();
                    return c.getYAxis().getName() + (unit == null ? "" : " [" + unit + "]");
                })
                .toList();
    }
}
