package org.codesign.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;

/**
 * Draws each point of a {@link ScatterFigure} as one filled circle (a {@code <circle>} in SVG,
 * so a figure's points can be counted and restyled), rings as open arcs and lines as segments.
 * Series {@code i} of the dataset is group {@code i} of the figure.
 */
final class MarkRenderer extends AbstractXYItemRenderer {
    private static final long serialVersionUID = 1L;
    static final double DOT_RADIUS = 2.4;
    static final double FRONT_RADIUS = 3.4;
    static final double RING_RADIUS = 6.5;
    private static final Color OUTLINE = new Color(0x222222);

    private final transient List<ScatterFigure.Group> groups;

    MarkRenderer(List<ScatterFigure.Group> groups) {
        this.groups = groups;
        for (int i = 0; i < groups.size(); i++) {
            setSeriesPaint(i, new Color(groups.get(i).argb(), true), false);
        }
    }

    @Override
    public void drawItem(
            Graphics2D g2,
            XYItemRendererState state,
            Rectangle2D dataArea,
            PlotRenderingInfo info,
            XYPlot plot,
            ValueAxis domainAxis,
            ValueAxis rangeAxis,
            XYDataset dataset,
            int series,
            int item,
            CrosshairState crosshairState,
            int pass) {
        ScatterFigure.Group group = groups.get(series);
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        double x = domainAxis.valueToJava2D(dataset.getXValue(series, item), dataArea, xEdge);
        double y = rangeAxis.valueToJava2D(dataset.getYValue(series, item), dataArea, yEdge);
        Color colour = new Color(group.argb(), true);
        switch (group.style()) {
            case LINE -> {
                if (item > 0) {
                    double x0 = domainAxis.valueToJava2D(dataset.getXValue(series, item - 1), dataArea, xEdge);
                    double y0 = rangeAxis.valueToJava2D(dataset.getYValue(series, item - 1), dataArea, yEdge);
                    g2.setPaint(colour);
                    g2.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    g2.draw(new Line2D.Double(x0, y0, x, y));
                }
            }
            case RING -> {
                g2.setPaint(colour);
                g2.setStroke(new BasicStroke(2f));
                double r = RING_RADIUS;
                g2.draw(outline(x, y, r));
            }
            case FRONT -> {
                double r = group.radius() > 0 ? group.radius() : FRONT_RADIUS;
                Ellipse2D dot = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
                g2.setPaint(colour);
                g2.fill(dot);
                g2.setPaint(OUTLINE);
                g2.setStroke(new BasicStroke(0.8f));
                g2.draw(outline(x, y, r));
            }
            case DOT, DIM -> {
                double r = group.radius() > 0 ? group.radius() : DOT_RADIUS;
                g2.setPaint(colour);
                g2.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            }
        }
    }

    /** A circle's outline as a path, so that only the filled dots are {@code <circle>}s. */
    private static Path2D outline(double x, double y, double r) {
        return new Path2D.Double(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
    }

    @Override
    public LegendItem getLegendItem(int datasetIndex, int series) {
        if (series >= groups.size() || !groups.get(series).inLegend()) {
            return null;
        }
        ScatterFigure.Group g = groups.get(series);
        LegendItem item =
                new LegendItem(g.name(), null, null, null, new Rectangle(-4, -4, 8, 8), new Color(g.argb(), true));
        item.setSeriesIndex(series);
        item.setDatasetIndex(datasetIndex);
        return item;
    }
}
