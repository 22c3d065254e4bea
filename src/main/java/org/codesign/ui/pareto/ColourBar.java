package org.codesign.ui.pareto;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.codesign.ui.pareto.plot.Coloring;

/**
 * A colour ramp with its values: the gradient, a tick and a label at each of the legend's tick
 * values (the unit is in the legend's title, next to it).
 */
final class ColourBar extends Pane {
    static final double WIDTH = 180;
    private static final double BAR_HEIGHT = 10;

    ColourBar(Coloring.Legend legend) {
        setId("colour-bar");
        List<Coloring.Legend.Item> items = legend.items();
        Rectangle bar = new Rectangle(WIDTH, BAR_HEIGHT);
        bar.setFill(new LinearGradient(
                0,
                0,
                1,
                0,
                true,
                CycleMethod.NO_CYCLE,
                new Stop(0, PlotLegend.color(items.get(0).argb())),
                new Stop(0.5, PlotLegend.color(items.get(1).argb())),
                new Stop(1, PlotLegend.color(items.get(2).argb()))));
        bar.setLayoutX(labelRoom());
        getChildren().add(bar);
        for (Coloring.Legend.Tick t : legend.ticks()) {
            double x = labelRoom() + t.at() * WIDTH;
            Line tick = new Line(x, BAR_HEIGHT, x, BAR_HEIGHT + 3);
            Label label = new Label(t.label());
            label.getStyleClass().add("colour-bar-tick");
            label.setStyle("-fx-font-size: 10px;");
            label.setMinWidth(USE_PREF_SIZE);
            // centred under its tick once its width is known
            label.widthProperty().addListener((o, a, w) -> label.setLayoutX(x - w.doubleValue() / 2));
            label.setLayoutX(x - label.prefWidth(-1) / 2);
            label.setLayoutY(BAR_HEIGHT + 2);
            getChildren().addAll(tick, label);
        }
        setMinSize(WIDTH + 2 * labelRoom(), 28);
        setPrefSize(WIDTH + 2 * labelRoom(), 28);
    }

    /** Room either side for the end labels, which sit centred on the bar's ends. */
    private static double labelRoom() {
        return 18;
    }
}
