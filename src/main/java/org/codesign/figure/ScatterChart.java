package org.codesign.figure;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** A {@link ScatterFigure} as a JFreeChart chart: axes, ticks, legend and colour bar come from JFreeChart. */
public final class ScatterChart {
    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    static final Color GRID = new Color(0xDDDDDD);

    static {
        // Rotated labels (the y axis title) as text rather than glyph outlines, so that SVG and PDF
        // keep them as text a reader can search and an editor can change.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ScatterChart() {}

    public static FigureDrawing of(ScatterFigure figure) {
        JFreeChart chart = chart(figure);
        return (g, area) -> chart.draw(g, area);
    }

    static JFreeChart chart(ScatterFigure figure) {
        XYSeriesCollection data = new XYSeriesCollection();
        int index = 0;
        for (ScatterFigure.Group group : figure.groups()) {
            // Series keys must be unique; the legend takes its text from the group, not the key.
            XYSeries s = new XYSeries(index++ + ":" + group.name(), false, true);
            for (int i = 0; i < group.size(); i++) {
                if (figure.x().accepts(group.x(i)) && figure.y().accepts(group.y(i))) {
                    s.add(group.x(i), group.y(i), false);
                }
            }
            data.addSeries(s);
        }
        XYPlot plot = new XYPlot(data, axis(figure.x()), axis(figure.y()), new MarkRenderer(figure.groups()));
        // Groups draw in order: dimmed points first, the selection's rings last.
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlinePaint(Color.GRAY);
        JFreeChart chart = new JFreeChart(null, TITLE_FONT, plot, false);
        if (!figure.title().isEmpty()) {
            chart.setTitle(new TextTitle(figure.title(), TITLE_FONT));
        }
        if (figure.groups().stream().anyMatch(ScatterFigure.Group::inLegend) || figure.sizeKey() != null) {
            LegendTitle legend = new LegendTitle(plot);
            if (figure.sizeKey() != null) {
                legend.setSources(new LegendItemSource[] {plot, sizeKey(figure.sizeKey())});
            }
            legend.setItemFont(LABEL_FONT);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
            chart.addSubtitle(legend);
        }
        if (figure.colourBar() != null) {
            chart.addSubtitle(colourBar(figure.colourBar()));
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 16));
        return chart;
    }

    /** The size key after the colours: the smallest dot with the low value, the largest with the high one. */
    static LegendItemSource sizeKey(ScatterFigure.SizeKey key) {
        return () -> {
            LegendItemCollection items = new LegendItemCollection();
            items.add(sizeItem("size: " + key.label() + " " + key.lo(), SizeSteps.radius(0)));
            items.add(sizeItem("… " + key.hi(), SizeSteps.radius(SizeSteps.COUNT - 1)));
            return items;
        };
    }

    private static LegendItem sizeItem(String text, double r) {
        return new LegendItem(text, null, null, null, new Ellipse2D.Double(-r, -r, 2 * r, 2 * r), Color.GRAY);
    }

    static ValueAxis axis(FigureAxis a) {
        ValueAxis axis;
        if (!a.categories().isEmpty()) {
            axis = new SymbolAxis(a.title(), a.categories().toArray(String[]::new));
        } else if (a.log()) {
            // Ticks at 1, 2, 3 … 10, 20 … with plain numbers rather than at fractional powers of ten.
            LogarithmicAxis log = new LogarithmicAxis(a.title());
            log.setStrictValuesFlag(false);
            log.setExpTickLabelsFlag(false);
            log.setNumberFormatOverride(new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.ROOT)));
            axis = log;
        } else {
            NumberAxis n = new NumberAxis(a.title());
            n.setAutoRangeIncludesZero(false);
            axis = n;
        }
        axis.setLabelFont(LABEL_FONT);
        axis.setTickLabelFont(TICK_FONT);
        return axis;
    }

    static PaintScaleLegend colourBar(ScatterFigure.ColourBar bar) {
        ValueAxis axis = axis(bar.quantity());
        axis.setRange(bar.lo(), bar.hi());
        PaintScaleLegend legend = new PaintScaleLegend(new RampScale(bar), axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setSubdivisionCount(128);
        legend.setStripWidth(12);
        legend.setAxisOffset(4);
        legend.setMargin(new RectangleInsets(8, 8, 8, 4));
        return legend;
    }

    /** The colour bar's paints: the figure's own ramp, so bar and points agree. */
    private record RampScale(ScatterFigure.ColourBar bar) implements PaintScale {
        @Override
        public double getLowerBound() {
            return bar.lo();
        }

        @Override
        public double getUpperBound() {
            return bar.hi();
        }

        @Override
        public Paint getPaint(double value) {
            return new Color(bar.colour(value), true);
        }
    }
}
