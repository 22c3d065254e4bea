package org.codesign.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** Draws a {@link ParallelFigure} with Java2D: each line one {@code <path>} in SVG, axes and labels as text. */
public final class ParallelChart {
    private static final Color AXIS = new Color(0x555555);
    private static final Color TEXT = new Color(0x333333);
    private static final Color BRUSH_FILL = new Color(255, 127, 14, 64);
    private static final Color BRUSH_EDGE = new Color(255, 127, 14, 230);
    private static final double MARGIN_X = 80;
    /** Room per axis for its title (two rows of titles alternate) and its tick labels. */
    private static final int AXIS_SPACING = 105;

    private static final double MARGIN_TOP = 58;
    private static final double MARGIN_BOTTOM = 24;

    private ParallelChart() {}

    /** The width at which {@code axes} axes keep their titles apart. */
    public static int minWidth(int axes) {
        return (int) (2 * MARGIN_X) + AXIS_SPACING * Math.max(1, axes - 1);
    }

    public static FigureDrawing of(ParallelFigure figure) {
        return (g, area) -> draw(g, area, figure);
    }

    private static void draw(Graphics2D g, Rectangle2D area, ParallelFigure f) {
        g.setPaint(Color.WHITE);
        g.fill(area);
        double top = area.getY() + MARGIN_TOP;
        double bottom = area.getMaxY() - MARGIN_BOTTOM;
        int n = f.axes().size();
        double left = area.getX() + MARGIN_X;
        double step = n > 1 ? (area.getWidth() - 2 * MARGIN_X) / (n - 1) : 0;
        if (!f.title().isEmpty()) {
            g.setFont(ScatterChart.TITLE_FONT);
            g.setPaint(Color.BLACK);
            centred(g, f.title(), area.getCenterX(), area.getY() + 18);
        }
        g.setStroke(new BasicStroke(0.8f));
        for (ParallelFigure.Line line : f.lines()) {
            Path2D path = new Path2D.Double();
            boolean open = false;
            for (int a = 0; a < n; a++) {
                double t = line.at()[a];
                if (Double.isNaN(t)) {
                    open = false;
                    continue;
                }
                double x = left + a * step;
                double y = bottom - t * (bottom - top);
                if (open) {
                    path.lineTo(x, y);
                } else {
                    path.moveTo(x, y);
                    open = true;
                }
            }
            g.setPaint(new Color(line.argb(), true));
            g.draw(path);
        }
        for (int a = 0; a < n; a++) {
            ParallelFigure.Axis axis = f.axes().get(a);
            double x = left + a * step;
            g.setPaint(AXIS);
            g.setStroke(new BasicStroke(1f));
            g.draw(new Line2D.Double(x, top, x, bottom));
            for (double[] interval : axis.intervals()) {
                double y0 = bottom - Math.max(interval[0], interval[1]) * (bottom - top);
                double y1 = bottom - Math.min(interval[0], interval[1]) * (bottom - top);
                Rectangle2D band = new Rectangle2D.Double(x - 6, y0, 12, y1 - y0);
                g.setPaint(BRUSH_FILL);
                g.fill(band);
                g.setPaint(BRUSH_EDGE);
                g.draw(band);
            }
            g.setPaint(TEXT);
            g.setFont(ScatterChart.TICK_FONT);
            for (ParallelFigure.Tick tick : axis.ticks()) {
                g.drawString(tick.label(), (float) (x + 3), (float) (bottom - tick.at() * (bottom - top) + 4));
            }
            // Titles alternate between two rows, so that neighbours do not run into each other.
            g.setFont(ScatterChart.LABEL_FONT.deriveFont(11f));
            centred(g, axis.title(), x, top - 30 + (a % 2) * 14);
        }
    }

    private static void centred(Graphics2D g, String s, double x, double y) {
        FontMetrics m = g.getFontMetrics();
        g.drawString(s, (float) (x - m.stringWidth(s) / 2.0), (float) y);
    }
}
