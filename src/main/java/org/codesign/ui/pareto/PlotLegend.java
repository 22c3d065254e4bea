package org.codesign.ui.pareto;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.codesign.ui.kit.Ids;
import org.codesign.ui.pareto.plot.ColorMode;
import org.codesign.ui.pareto.plot.Coloring;

/**
 * What the colours mean, and a switch per run: clicking a run's entry hides or shows its points
 * in every view (the entry greys out while hidden). Coloured by run, the run entries are the
 * colour swatches; otherwise they follow the colour legend after "runs:". When a quantity sets
 * the glyphs' size, a key shows the smallest and largest glyph with the values they stand for.
 * Entries wrap onto more lines rather than widen the centre: a legend as wide as its entries
 * pushed the study and the runs panes out of a narrow window.
 */
final class PlotLegend extends FlowPane {
    private static final String HIDDEN = "legend-hidden";
    private static final int NEUTRAL = 0xff6b7280;

    private final PlotModel model;
    private List<String> shownRuns = List.of();

    PlotLegend(PlotModel model) {
        super(8, 2);
        this.model = model;
        setId("plot-legend");
        setAlignment(Pos.CENTER_LEFT);
        model.coloringProperty().addListener((o, a, b) -> show());
        model.runLabelsProperty().addListener((o, a, b) -> show());
        model.axesProperty().addListener((o, a, b) -> {
            if (a == null || !java.util.Objects.equals(a.size(), b.size()) || a.logSize() != b.logSize()) {
                show();
            }
        });
        model.hiddenRuns().addListener((javafx.collections.SetChangeListener<String>) c -> show());
        // a new run's points may arrive without changing the colouring (coloured by Pareto rank)
        model.onData(change -> {
            if (!model.columns().runIds().equals(shownRuns)) {
                show();
            }
        });
        show();
    }

    /** "size: utilization (%) · 3.1 … 48 %" with the smallest and largest glyph, when a quantity sets the size. */
    private void sizeKey() {
        org.codesign.figure.ScatterFigure.SizeKey k =
                ViewFigures.sizeKey(model.axes(), model.axes().sizeScale(model.columns()));
        if (k == null) {
            return;
        }
        Circle small = new Circle(org.codesign.figure.SizeSteps.radius(0), Color.GRAY);
        Circle large =
                new Circle(org.codesign.figure.SizeSteps.radius(org.codesign.figure.SizeSteps.COUNT - 1), Color.GRAY);
        Label from = new Label(k.lo(), small);
        Label to = new Label(k.hi(), large);
        Label title = new Label("size: " + k.label());
        HBox key = new HBox(4, title, from, new Label("…"), to);
        key.setAlignment(Pos.CENTER_LEFT);
        key.setId("size-key");
        key.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().add(key);
    }

    private void show() {
        Coloring.Legend l = model.coloring().legend();
        List<String> runs = model.columns().runIds();
        shownRuns = runs;
        getChildren().clear();
        if (!l.title().isEmpty() && model.coloring().mode() != ColorMode.RUN) {
            getChildren().add(new Label(l.title() + ":"));
        }
        if (l.gradient()) {
            getChildren().add(new ColourBar(l));
        } else if (model.coloring().mode() != ColorMode.RUN) {
            for (Coloring.Legend.Item item : l.items()) {
                getChildren().add(entry(item.label(), item.argb()));
            }
        }
        sizeKey();
        if (!runs.isEmpty()) {
            getChildren().add(new Label("runs:"));
            boolean coloured = model.coloring().mode() == ColorMode.RUN;
            for (int r = 0; r < runs.size(); r++) {
                getChildren()
                        .add(runEntry(runs.get(r), coloured ? model.coloring().color(r) : NEUTRAL));
            }
        }
        getChildren().add(entry("faded: not selected", Coloring.dim(0xff1f6fd1)));
        // the values and the unit are the point of a legend: never shortened (a line wraps instead)
        getChildren().stream()
                .filter(Label.class::isInstance)
                .forEach(n -> ((Label) n).setMinWidth(Region.USE_PREF_SIZE));
    }

    private static Label entry(String text, int argb) {
        Label entry = new Label(text, new Circle(4, color(argb)));
        entry.getStyleClass().add("legend-entry");
        return entry;
    }

    private Label runEntry(String runId, int argb) {
        Label entry = entry(model.runLabel(runId), argb);
        entry.setId(Ids.of("legend-run", runId));
        entry.getStyleClass().add("legend-run");
        boolean hidden = model.hiddenRuns().contains(runId);
        if (hidden) {
            entry.getStyleClass().add(HIDDEN);
        }
        entry.setTooltip(new Tooltip((hidden ? "show " : "hide ") + "this run's points in every view"));
        entry.setOnMouseClicked(e -> model.toggleRun(runId));
        return entry;
    }

    static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
    }
}
