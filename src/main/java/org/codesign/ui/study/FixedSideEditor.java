package org.codesign.ui.study;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.codesign.space.ParamValue;
import org.codesign.ui.kit.Dialogs;
import org.codesign.ui.kit.Ids;

/**
 * Chooses the fixed side of the single-sided modes: the hardware that network-only (and
 * sequential) runs use, or the network that hardware-only runs use. Values come from the
 * space's lists, or a configuration file can be loaded. The state and rules are in
 * {@link FixedSideViewModel}; this lays out and binds.
 */
public final class FixedSideEditor extends VBox {
    private final FixedSideViewModel model;
    private final GridPane grid = new GridPane();

    public FixedSideEditor(StudyDocument document, SpaceSide side) {
        this.model = new FixedSideViewModel(document, side);
        setId("fixed-" + side.name().toLowerCase(java.util.Locale.ROOT));
        setSpacing(6);
        setPadding(new Insets(6));
        Label help = new Label(
                side == SpaceSide.HARDWARE
                        ? "The hardware that network-only and sequential runs use."
                        : "The network that hardware-only runs use.");
        help.setWrapText(true);
        Label summary = new Label();
        summary.setWrapText(true);
        summary.getStyleClass().add("fixed-summary");
        summary.setId(getId() + "-summary");
        summary.textProperty().bind(model.summaryProperty());
        Button load = new Button("Load from file…");
        load.setOnAction(e -> loadFromFile());
        grid.setHgap(6);
        grid.setVgap(3);
        getChildren().addAll(help, grid, load, summary);
        model.rowsProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        grid.getChildren().clear();
        int row = 0;
        for (FixedSideViewModel.Row r : model.rowsProperty().get()) {
            ComboBox<ParamValue> combo = new ComboBox<>(r.choices());
            combo.setId(Ids.of(getId(), r.name()));
            combo.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(ParamValue v) {
                    return v == null ? "" : v.label();
                }

                @Override
                public ParamValue fromString(String s) {
                    return null;
                }
            });
            combo.valueProperty().bindBidirectional(r.valueProperty());
            grid.addRow(row++, new Label(r.name()), combo);
        }
    }

    private void loadFromFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(
                model.side() == SpaceSide.HARDWARE ? "Load a hardware configuration" : "Load a network configuration");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        java.io.File f = chooser.showOpenDialog(getScene().getWindow());
        if (f != null) {
            model.load(f.toPath())
                    .ifPresent(problem ->
                            Dialogs.error(getScene().getWindow(), "The configuration could not be read", problem));
        }
    }
}
