package org.codesign.ui.pareto;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.codesign.study.quantity.Quantity;
import org.codesign.ui.pareto.plot.ColorMode;
import org.codesign.ui.pareto.plot.PlotAxes;

/**
 * The choosers above the plots: a quantity (any metric, parameter or derived quantity of the
 * study) and a log box for x, y, z, colour and size, each with the reason next to it when a log
 * scale is refused. They show the model's axes and colouring and send the user's choices to the
 * {@link ParetoViewModel}, which holds the rules.
 */
final class AxisChoosers extends VBox {
    /** The size chooser's "no quantity" entry. */
    static final Quantity ONE_SIZE =
            new Quantity("none", "one size", "", 1, Quantity.Kind.DERIVED, false, List.of(), "all glyphs one size");

    private static final String[] NAMES = {"x", "y", "z", "colour", "size"};

    private final ParetoViewModel vm;
    private final PlotModel model;
    private final ComboBox<Quantity>[] choosers;
    private final CheckBox[] logs = new CheckBox[5];
    private final Label[] problems = new Label[5];
    /** Set while the controls are brought up to the model, so that doing so sends nothing back. */
    private boolean syncing;

    @SuppressWarnings("unchecked")
    AxisChoosers(ParetoViewModel vm, Node legend) {
        this.vm = vm;
        this.model = vm.model();
        choosers = new ComboBox[5];
        FlowPane axes = new FlowPane(4, 3);
        axes.setAlignment(Pos.CENTER_LEFT);
        for (int c = 0; c < 5; c++) {
            choosers[c] = chooser(c == ParetoViewModel.COLOUR ? "color-metric" : "axis-" + NAMES[c]);
            logs[c] = new CheckBox("log");
            logs[c].setId("log-" + NAMES[c]);
            logs[c].setMinWidth(Region.USE_PREF_SIZE);
            problems[c] = new Label();
            problems[c].setId("log-problem-" + NAMES[c]);
            problems[c].getStyleClass().add("validation-problem");
            problems[c].textProperty().bind(vm.logProblemProperty(c));
            problems[c].visibleProperty().bind(problems[c].textProperty().isNotEmpty());
            problems[c].managedProperty().bind(problems[c].visibleProperty());
            problems[c].setWrapText(true);
            problems[c].setMaxWidth(260);
            int channel = c;
            choosers[c].valueProperty().addListener((o, was, now) -> send(channel));
            logs[c].selectedProperty().addListener((o, was, now) -> send(channel));
        }
        for (int a = 0; a < 3; a++) {
            axes.getChildren().addAll(label(NAMES[a]), choosers[a], logs[a], problems[a], gap());
        }
        ChoiceBox<ColorMode> colorMode = new ChoiceBox<>();
        colorMode.setId("color-mode");
        colorMode.getItems().addAll(ColorMode.values());
        colorMode.setConverter(converter(ColorMode::label));
        colorMode.valueProperty().bindBidirectional(model.colorModeProperty());
        colorMode.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<Quantity> colour = choosers[ParetoViewModel.COLOUR];
        colour.visibleProperty().bind(model.colorModeProperty().isEqualTo(ColorMode.METRIC));
        colour.managedProperty().bind(colour.visibleProperty());
        logs[ParetoViewModel.COLOUR].visibleProperty().bind(colour.visibleProperty());
        logs[ParetoViewModel.COLOUR].managedProperty().bind(colour.visibleProperty());
        FlowPane colours = new FlowPane(6, 3);
        colours.setAlignment(Pos.CENTER_LEFT);
        colours.getChildren()
                .addAll(
                        label("colour by"),
                        colorMode,
                        colour,
                        logs[ParetoViewModel.COLOUR],
                        problems[ParetoViewModel.COLOUR],
                        gap(),
                        label("size"),
                        choosers[ParetoViewModel.SIZE],
                        logs[ParetoViewModel.SIZE],
                        problems[ParetoViewModel.SIZE]);
        Tooltip.install(
                choosers[ParetoViewModel.SIZE],
                new Tooltip("glyph size in every view; one size: Pareto points larger"));
        // the legend on a line of its own, as wide as the plots, where it wraps (see PlotLegend)
        getChildren().addAll(axes, colours, legend);
        setSpacing(3);
        setPadding(new Insets(4));
        model.axesProperty().addListener((o, a, b) -> sync());
        model.colorQuantityProperty().addListener((o, a, b) -> sync());
        model.colorLogProperty().addListener((o, a, b) -> sync());
        sync();
    }

    /** The user changed a control: the view model decides (and may refuse a log scale). */
    private void send(int channel) {
        if (syncing) {
            return;
        }
        Quantity q = choosers[channel].getValue();
        boolean log = logs[channel].isSelected();
        if (q == null) {
            return;
        }
        if (channel < 3) {
            vm.setAxis(channel, q, log);
        } else if (channel == ParetoViewModel.COLOUR) {
            vm.setColour(q, log);
        } else {
            vm.setSize(q == ONE_SIZE ? null : q, log);
        }
        sync(); // a refused log box unticks
    }

    /** Shows the model's choices (after a study was opened, a space edited, or a log scale refused). */
    void sync() {
        syncing = true;
        try {
            List<Quantity> choices = vm.choices();
            PlotAxes a = model.axes();
            for (int c = 0; c < 5; c++) {
                List<Quantity> items = c == ParetoViewModel.SIZE ? withNone(choices) : choices;
                if (!choosers[c].getItems().equals(items)) {
                    choosers[c].getItems().setAll(items);
                }
            }
            for (int axis = 0; axis < 3; axis++) {
                choosers[axis].setValue(a.quantity(axis));
                logs[axis].setSelected(a.log(axis));
            }
            choosers[ParetoViewModel.COLOUR].setValue(
                    model.colorQuantityProperty().get());
            logs[ParetoViewModel.COLOUR].setSelected(model.colorLogProperty().get());
            choosers[ParetoViewModel.SIZE].setValue(a.size() == null ? ONE_SIZE : a.size());
            logs[ParetoViewModel.SIZE].setSelected(a.logSize());
            logs[ParetoViewModel.SIZE].setDisable(a.size() == null);
        } finally {
            syncing = false;
        }
    }

    private static List<Quantity> withNone(List<Quantity> choices) {
        List<Quantity> all = new java.util.ArrayList<>(choices.size() + 1);
        all.add(ONE_SIZE);
        all.addAll(choices);
        return all;
    }

    private static ComboBox<Quantity> chooser(String id) {
        ComboBox<Quantity> c = new ComboBox<>();
        c.setId(id);
        c.setConverter(converter(Quantity::title));
        c.setVisibleRowCount(16);
        c.setPrefWidth(170);
        c.setMinWidth(90);
        return c;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Region gap() {
        Region r = new Region();
        r.setMinWidth(10);
        return r;
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
