package org.codesign.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.codesign.eval.Metric;
import org.codesign.study.Study;

/** The centre of the window: the Pareto view with its axis choosers (a 2D scatter for now). */
final class ParetoArea extends BorderPane {
    private final ScatterView scatter;
    private final ChoiceBox<Metric> x = metricChoice("pareto-x");
    private final ChoiceBox<Metric> y = metricChoice("pareto-y");

    ParetoArea(StudyDocument document, PointStore store, Selection selection) {
        setId("pareto-area");
        Study s = document.study();
        Metric mx = s.objectives().size() > 1 ? s.objectives().get(1).metric() : Metric.LATENCY;
        Metric my = s.objectives().get(0).metric();
        scatter = new ScatterView(store, selection, mx, my);
        x.setValue(mx);
        y.setValue(my);
        x.valueProperty().addListener((o, a, b) -> scatter.setAxes(b, y.getValue()));
        y.valueProperty().addListener((o, a, b) -> scatter.setAxes(x.getValue(), b));
        Label hint = new Label("drag: brush · Shift: add · Ctrl: subtract · Shift+Ctrl: intersect · click: details");
        hint.getStyleClass().add("hint");
        HBox bar = new HBox(8, new Label("x"), x, new Label("y"), y, legend("Pareto front", "#1f6fd1"),
                legend("selected", "#ff7f0e"), legend("other points", "#b0b0b0"), hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4));
        setTop(bar);
        setCenter(scatter);
    }

    ScatterView scatter() {
        return scatter;
    }

    private static Label legend(String text, String color) {
        javafx.scene.shape.Circle dot = new javafx.scene.shape.Circle(4, javafx.scene.paint.Color.web(color));
        Label l = new Label(text, dot);
        l.getStyleClass().add("legend-entry");
        return l;
    }

    private static ChoiceBox<Metric> metricChoice(String id) {
        ChoiceBox<Metric> c = new ChoiceBox<>();
        c.getItems().addAll(Metric.values());
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(Metric m) {
                return m == null ? "" : m.labelWithUnit();
            }

            @Override
            public Metric fromString(String s) {
                return null;
            }
        });
        c.setId(id);
        return c;
    }
}
