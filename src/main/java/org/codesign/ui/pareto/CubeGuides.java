package org.codesign.ui.pareto;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.codesign.ui.pareto.plot.AxisGuides;
import org.codesign.ui.pareto.plot.AxisScale;
import org.codesign.ui.pareto.plot.PlotAxes;
import org.codesign.ui.pareto.plot.ViewProjection;

/**
 * The cube around the 3D cloud, drawn in 2D: its back walls and edges in a pane under the
 * (transparent) SubScene, its front edges, ticks and axis titles in a pane over it. Where
 * everything goes is {@link AxisGuides}' job; this only makes the shapes.
 */
final class CubeGuides {
    private static final Font TICK_FONT = Font.font(10);
    private static final Font TITLE_FONT = Font.font(null, FontWeight.BOLD, 11);

    private final Pane underlay;
    private final Pane overlay;

    CubeGuides(Pane underlay, Pane overlay) {
        this.underlay = underlay;
        this.overlay = overlay;
    }

    void layout(ViewProjection projection, PlotAxes axes, AxisScale[] scales) {
        String[] titles = new String[3];
        for (int a = 0; a < 3; a++) {
            titles[a] = axes.quantity(a).title() + (axes.log(a) ? " · log" : "");
        }
        AxisGuides.Layout layout = AxisGuides.layout(projection, scales, titles, 6);
        List<Node> back = new ArrayList<>();
        for (AxisGuides.Mark mark : layout.behind()) {
            back.add(line(mark, "cube-back"));
        }
        for (AxisGuides.Mark mark : layout.backEdges()) {
            back.add(line(mark, "cube-back-edge"));
        }
        underlay.getChildren().setAll(back);
        List<Node> nodes = new ArrayList<>();
        for (AxisGuides.Mark mark : layout.inFront()) {
            nodes.add(line(mark, "cube-edge"));
        }
        for (AxisGuides.Mark mark : layout.marks()) {
            nodes.add(line(mark, "axis-tick"));
        }
        for (AxisGuides.Text t : layout.ticks()) {
            nodes.add(text(t, "axis-tick-label", projection));
        }
        for (AxisGuides.Text t : layout.titles()) {
            nodes.add(text(t, "axis-title", projection));
        }
        overlay.getChildren().setAll(nodes);
    }

    private static Line line(AxisGuides.Mark mark, String style) {
        Line l = new Line(mark.x0(), mark.y0(), mark.x1(), mark.y1());
        l.getStyleClass().add(style);
        l.setStroke(Color.web(
                switch (style) {
                    case "cube-back" -> "#d4d4d4";
                    case "cube-back-edge" -> "#a8a8a8";
                    default -> "#707070";
                }));
        return l;
    }

    /**
     * A label placed outward of its anchor, kept inside the view; titles that go out sideways
     * are set vertically so long metric names do not run into the tick labels.
     */
    private static Text text(AxisGuides.Text t, String style, ViewProjection projection) {
        Text text = new Text(t.text());
        text.getStyleClass().add(style);
        text.setId(style + "-" + t.axis() + "-" + t.text());
        text.setFont(style.equals("axis-title") ? TITLE_FONT : TICK_FONT);
        boolean vertical = style.equals("axis-title") && Math.abs(t.dx()) > 2 * Math.abs(t.dy());
        double w = text.getLayoutBounds().getWidth();
        double h = text.getLayoutBounds().getHeight();
        double bw = vertical ? h : w;
        double bh = vertical ? w : h;
        // The box's centre sits outward of the anchor by half its size along the outward direction.
        double cx = t.x() + t.dx() * bw / 2;
        double cy = t.y() + t.dy() * bh / 2;
        cx = Math.max(2 + bw / 2, Math.min(projection.width() - bw / 2 - 2, cx));
        cy = Math.max(2 + bh / 2, Math.min(projection.height() - bh / 2 - 2, cy));
        text.setX(cx - w / 2);
        text.setY(cy - h / 2 - text.getLayoutBounds().getMinY());
        if (vertical) {
            text.setRotate(-90);
        }
        return text;
    }
}
