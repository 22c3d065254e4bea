package org.codesign.figure;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** Something that draws itself into a rectangle of any Graphics2D: a PNG, an SVG or a PDF page. */
@FunctionalInterface
public interface FigureDrawing {
    void draw(Graphics2D g, Rectangle2D area);
}
