package org.codesign.experiment;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Draws a {@link Plot} to PNG with JFreeChart (plain java.awt: works headless); reports and handouts use it. */
public final class PlotWriter {
    static final int WIDTH = 900;
    static final int HEIGHT = 560;
    private static final double MIN_LOG_SPREAD = 8;

    /** Colour-blind-friendly (Okabe–Ito), in series order. */
    private static final Color[] PALETTE = {
        new Color(0x0072B2),
        new Color(0xD55E00),
        new Color(0x009E73),
        new Color(0xCC79A7),
        new Color(0xE69F00),
        new Color(0x56B4E9),
        new Color(0x000000)
    };

    private PlotWriter() {}

    public static void write(Plot plot, Path file) throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        int i = 0;
        for (Plot.Series s : plot.series()) {
            XYSeries xy = new XYSeries(s.name(), false, true);
            for (int k = 0; k < s.x().length; k++) {
                boolean drawable =
                        Double.isFinite(s.x()[k]) && Double.isFinite(s.y()[k]) && (!plot.logX() || s.x()[k] > 0);
                if (drawable) {
                    xy.add(s.x()[k], s.y()[k]);
                }
            }
            data.addSeries(xy);
            Color color = PALETTE[i % PALETTE.length];
            boolean shapes = s.style() == Plot.Style.POINTS || s.style() == Plot.Style.OUTLINE;
            renderer.setSeriesPaint(i, s.style() == Plot.Style.POINTS ? translucent(color) : color);
            renderer.setSeriesLinesVisible(i, !shapes);
            renderer.setSeriesShapesVisible(i, shapes);
            renderer.setSeriesShapesFilled(i, s.style() != Plot.Style.OUTLINE);
            renderer.setSeriesShape(
                    i,
                    s.style() == Plot.Style.OUTLINE
                            ? new Ellipse2D.Double(-5.5, -5.5, 11, 11)
                            : new Ellipse2D.Double(-3, -3, 6, 6));
            renderer.setSeriesStroke(
                    i,
                    s.style() == Plot.Style.DASHED
                            ? new BasicStroke(
                                    1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)
                            : new BasicStroke(s.style() == Plot.Style.OUTLINE ? 1.5f : 2f));
            i++;
        }
        NumberAxis y = new NumberAxis(plot.yLabel());
        y.setAutoRangeIncludesZero(false);
        XYPlot xyPlot;
        if (plot.logX() && spread(data) >= MIN_LOG_SPREAD) {
            // Ticks at 1, 2, 3, ... 10, 20, ... with plain numbers rather than powers of ten.
            LogarithmicAxis x = new LogarithmicAxis(plot.xLabel() + ", log scale");
            x.setStrictValuesFlag(false);
            x.setExpTickLabelsFlag(false);
            x.setNumberFormatOverride(new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));
            xyPlot = new XYPlot(data, x, y, renderer);
        } else {
            NumberAxis x = new NumberAxis(plot.xLabel());
            x.setAutoRangeIncludesZero(false);
            xyPlot = new XYPlot(data, x, y, renderer);
        }
        // Later series on top, so a reference drawn first stays underneath.
        xyPlot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        xyPlot.setBackgroundPaint(Color.WHITE);
        xyPlot.setDomainGridlinePaint(new Color(0xDDDDDD));
        xyPlot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, xyPlot, true);
        chart.setTitle(new TextTitle(plot.title(), new Font(Font.SANS_SERIF, Font.BOLD, 15)));
        chart.setBackgroundPaint(Color.WHITE);
        // Room on the right, so the last x tick label is not cut off at the image's edge.
        chart.setPadding(new RectangleInsets(4, 4, 4, 20));
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }

    /** Largest ÷ smallest positive x: a log axis only pays off over about a decade. */
    private static double spread(XYSeriesCollection data) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int k = 0; k < data.getItemCount(s); k++) {
                double x = data.getXValue(s, k);
                if (x > 0) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
        }
        return hi > 0 ? hi / lo : 1;
    }

    private static Color translucent(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 170);
    }
}
