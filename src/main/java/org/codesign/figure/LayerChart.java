package org.codesign.figure;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

/** A {@link LayerFigure} as JFreeChart bar charts sharing one axis of layer names, written vertically. */
public final class LayerChart {
    private static final Color BAR = new Color(0x4e79a7);

    private LayerChart() {}

    public static FigureDrawing of(LayerFigure figure) {
        JFreeChart chart = chart(figure);
        return (g, area) -> chart.draw(g, area);
    }

    static JFreeChart chart(LayerFigure figure) {
        CategoryAxis layers = new CategoryAxis("layer");
        layers.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        // Whole names, however long: "stage4.block3.expand" must not become "stage4.bl…".
        layers.setMaximumCategoryLabelWidthRatio(1f);
        layers.setLabelFont(ScatterChart.LABEL_FONT);
        layers.setTickLabelFont(ScatterChart.TICK_FONT);
        layers.setCategoryMargin(0.15);
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(layers);
        plot.setGap(8);
        for (LayerFigure.Panel panel : figure.panels()) {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            double[] values = panel.values();
            for (int i = 0; i < values.length; i++) {
                // Layer names are unique in a network; the index keeps two equal names apart anyway.
                data.addValue(
                        values[i],
                        panel.value().label(),
                        new LayerKey(i, figure.layers().get(i)));
            }
            NumberAxis value = new NumberAxis(panel.value().title());
            value.setAutoRangeIncludesZero(true);
            value.setLabelFont(ScatterChart.LABEL_FONT);
            value.setTickLabelFont(ScatterChart.TICK_FONT);
            BarRenderer bars = new BarRenderer();
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setSeriesPaint(0, BAR);
            CategoryPlot sub = new CategoryPlot(data, null, value, bars);
            sub.setBackgroundPaint(Color.WHITE);
            sub.setRangeGridlinePaint(ScatterChart.GRID);
            plot.add(sub, 1);
        }
        JFreeChart chart = new JFreeChart(null, ScatterChart.TITLE_FONT, plot, false);
        if (!figure.title().isEmpty()) {
            chart.setTitle(new TextTitle(figure.title(), ScatterChart.TITLE_FONT));
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 12));
        return chart;
    }

    /** A category: the layer's place and its name, shown as the name. */
    private record LayerKey(int index, String name) implements Comparable<LayerKey> {
        @Override
        public int compareTo(LayerKey o) {
            return Integer.compare(index, o.index);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
