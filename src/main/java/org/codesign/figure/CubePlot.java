package org.codesign.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Draws a {@link CubeFigure} as a JFreeChart plot, so that title, legend and colour bar come
 * from JFreeChart as in the 2D figures: the cube's edges, each axis's title and end values
 * along one edge, and the points back to front, each one {@code <circle>} in SVG.
 */
public final class CubePlot extends Plot {
    private static final long serialVersionUID = 1L;
    private static final Color EDGE = new Color(0xBBBBBB);
    private static final Color AXIS = new Color(0x444444);
    /** Which cube edge carries each axis's labels: from corner (-1,-1,-1) along x, y and z. */
    private static final double[][] CORNER = {{-1, -1, 1}, {-1, -1, 1}, {1, -1, -1}};

    private final transient CubeFigure figure;

    private CubePlot(CubeFigure figure) {
        this.figure = figure;
        setBackgroundPaint(Color.WHITE);
        setOutlineVisible(false);
    }

    public static FigureDrawing of(CubeFigure figure) {
        CubePlot plot = new CubePlot(figure);
        JFreeChart chart = new JFreeChart(null, ScatterChart.TITLE_FONT, plot, false);
        if (!figure.title().isEmpty()) {
            chart.setTitle(new TextTitle(figure.title(), ScatterChart.TITLE_FONT));
        }
        if (figure.groups().stream().anyMatch(CubeFigure.Group::inLegend) || figure.sizeKey() != null) {
            LegendTitle legend = new LegendTitle(plot);
            if (figure.sizeKey() != null) {
                legend.setSources(new LegendItemSource[] {plot, ScatterChart.sizeKey(figure.sizeKey())});
            }
            legend.setItemFont(ScatterChart.LABEL_FONT);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
            chart.addSubtitle(legend);
        }
        if (figure.colourBar() != null) {
            chart.addSubtitle(ScatterChart.colourBar(figure.colourBar()));
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 16));
        return (g, area) -> chart.draw(g, area);
    }

    @Override
    public String getPlotType() {
        return "Cube";
    }

    @Override
    public LegendItemCollection getLegendItems() {
        LegendItemCollection items = new LegendItemCollection();
        for (CubeFigure.Group g : figure.groups()) {
            if (g.inLegend()) {
                items.add(new LegendItem(
                        g.name(), null, null, null, new Rectangle(-4, -4, 8, 8), new Color(g.argb(), true)));
            }
        }
        return items;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        getInsets().trim(area);
        drawBackground(g2, area);
        // The cube's corners fit the area less a margin for the labels, the same scale on both screen axes.
        double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < 8; c++) {
            double[] v = figure.view((c & 1) == 0 ? -1 : 1, (c & 2) == 0 ? -1 : 1, (c & 4) == 0 ? -1 : 1);
            minX = Math.min(minX, v[0]);
            maxX = Math.max(maxX, v[0]);
            minY = Math.min(minY, v[1]);
            maxY = Math.max(maxY, v[1]);
        }
        double margin = 70;
        double scale = Math.min(
                (area.getWidth() - 2 * margin) / (maxX - minX), (area.getHeight() - 2 * margin) / (maxY - minY));
        double cx = area.getCenterX() - scale * (minX + maxX) / 2;
        double cy = area.getCenterY() + scale * (minY + maxY) / 2;
        Screen screen = (x, y, z) -> {
            double[] v = figure.view(x, y, z);
            return new double[] {cx + scale * v[0], cy - scale * v[1], v[2]};
        };
        drawEdges(g2, screen);
        drawPoints(g2, screen);
        drawAxisLabels(g2, screen);
    }

    private interface Screen {
        double[] at(double x, double y, double z);
    }

    private static void drawEdges(Graphics2D g2, Screen screen) {
        g2.setPaint(EDGE);
        g2.setStroke(new BasicStroke(0.8f));
        for (int a = 0; a < 3; a++) {
            for (int s = 0; s < 4; s++) {
                double[] p = new double[3];
                double[] q = new double[3];
                int k = 0;
                for (int b = 0; b < 3; b++) {
                    if (b == a) {
                        p[b] = -1;
                        q[b] = 1;
                    } else {
                        p[b] = q[b] = ((s >> k++) & 1) == 0 ? -1 : 1;
                    }
                }
                double[] sp = screen.at(p[0], p[1], p[2]);
                double[] sq = screen.at(q[0], q[1], q[2]);
                g2.draw(new Line2D.Double(sp[0], sp[1], sq[0], sq[1]));
            }
        }
    }

    private void drawPoints(Graphics2D g2, Screen screen) {
        List<double[]> marks = new ArrayList<>();
        for (int gi = 0; gi < figure.groups().size(); gi++) {
            CubeFigure.Group g = figure.groups().get(gi);
            for (int i = 0; i < g.size(); i++) {
                if (!figure.axes().get(0).accepts(g.x()[i])
                        || !figure.axes().get(1).accepts(g.y()[i])
                        || !figure.axes().get(2).accepts(g.z()[i])) {
                    continue;
                }
                double[] s =
                        screen.at(figure.toCube(0, g.x()[i]), figure.toCube(1, g.y()[i]), figure.toCube(2, g.z()[i]));
                marks.add(new double[] {s[0], s[1], s[2], gi});
            }
        }
        // Far points first; at equal depth, groups in their order (dimmed first, rings last).
        marks.sort(Comparator.<double[]>comparingDouble(
                        m -> figure.groups().get((int) m[3]).style() == ScatterFigure.Style.RING ? 1 : 0)
                .thenComparingDouble(m -> m[2])
                .thenComparingDouble(m -> m[3]));
        for (double[] m : marks) {
            CubeFigure.Group g = figure.groups().get((int) m[3]);
            Color colour = new Color(g.argb(), true);
            switch (g.style()) {
                case RING -> {
                    g2.setPaint(colour);
                    g2.setStroke(new BasicStroke(2f));
                    double r = MarkRenderer.RING_RADIUS;
                    g2.draw(new Path2D.Double(new Ellipse2D.Double(m[0] - r, m[1] - r, 2 * r, 2 * r)));
                }
                case FRONT -> {
                    double r = g.radius() > 0 ? g.radius() : MarkRenderer.FRONT_RADIUS;
                    g2.setPaint(colour);
                    g2.fill(new Ellipse2D.Double(m[0] - r, m[1] - r, 2 * r, 2 * r));
                    g2.setPaint(AXIS);
                    g2.setStroke(new BasicStroke(0.8f));
                    g2.draw(new Path2D.Double(new Ellipse2D.Double(m[0] - r, m[1] - r, 2 * r, 2 * r)));
                }
                default -> {
                    double r = g.radius() > 0 ? g.radius() : MarkRenderer.DOT_RADIUS;
                    g2.setPaint(colour);
                    g2.fill(new Ellipse2D.Double(m[0] - r, m[1] - r, 2 * r, 2 * r));
                }
            }
        }
    }

    /**
     * Each axis's title beside the middle of its edge and its range's ends a little inside the
     * edge's ends, all pushed outwards from the cube's centre so that they clear the points and
     * the labels of the axes that share a corner.
     */
    private void drawAxisLabels(Graphics2D g2, Screen screen) {
        double[] centre = screen.at(0, 0, 0);
        for (int a = 0; a < 3; a++) {
            FigureAxis axis = figure.axes().get(a);
            double[] from = CORNER[a].clone();
            double[] to = CORNER[a].clone();
            from[a] = -1;
            to[a] = 1;
            double[] p = screen.at(from[0], from[1], from[2]);
            double[] q = screen.at(to[0], to[1], to[2]);
            g2.setPaint(AXIS);
            g2.setStroke(new BasicStroke(1.5f));
            g2.draw(new Line2D.Double(p[0], p[1], q[0], q[1]));
            g2.setFont(ScatterChart.TICK_FONT);
            label(g2, end(axis, figure.ranges()[a][0]), along(p, q, 0.1), centre, 14);
            label(g2, end(axis, figure.ranges()[a][1]), along(p, q, 0.9), centre, 14);
            g2.setFont(ScatterChart.LABEL_FONT);
            label(g2, axis.title(), along(p, q, 0.5), centre, 34);
        }
    }

    private static double[] along(double[] p, double[] q, double t) {
        return new double[] {p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])};
    }

    /** Text centred {@code away} points from {@code at}, on the side away from the cube's centre. */
    private static void label(Graphics2D g2, String s, double[] at, double[] centre, double away) {
        double dx = at[0] - centre[0];
        double dy = at[1] - centre[1];
        double n = Math.max(1e-9, Math.hypot(dx, dy));
        FontMetrics m = g2.getFontMetrics();
        double x = at[0] + away * dx / n;
        double y = at[1] + away * dy / n;
        g2.drawString(s, (float) (x - m.stringWidth(s) / 2.0), (float) (y + m.getAscent() / 2.0));
    }

    private static String end(FigureAxis axis, double v) {
        if (!axis.categories().isEmpty()) {
            long i = Math.round(v);
            return i >= 0 && i < axis.categories().size() ? axis.categories().get((int) i) : "";
        }
        return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
