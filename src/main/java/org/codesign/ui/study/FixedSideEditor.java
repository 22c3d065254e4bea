package org.codesign.ui.study;

import org.codesign.ui.kit.Dialogs;
import org.codesign.ui.kit.Ids;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.codesign.space.Assignment;
import org.codesign.space.HardwareConfig;
import org.codesign.space.NetworkConfig;
import org.codesign.space.ParamValue;
import org.codesign.space.Parameter;
import org.codesign.space.TemplateSpace;
import org.codesign.study.ConfigJson;
import org.codesign.study.Study;
import org.codesign.study.StudyFormatException;

/**
 * Chooses the fixed side of the single-sided modes: the hardware that network-only (and
 * sequential) runs use, or the network that hardware-only runs use. Values come from the
 * space's lists, or a configuration file can be loaded.
 */
public final class FixedSideEditor extends VBox {
    private final StudyDocument document;
    private final SpaceSide side;
    private final GridPane grid = new GridPane();
    private final Label summary = new Label();
    private final Map<String, ComboBox<ParamValue>> combos = new LinkedHashMap<>();
    private List<String> shownNames = List.of();
    private boolean updating;

    public FixedSideEditor(StudyDocument document, SpaceSide side) {
        this.document = document;
        this.side = side;
        setId("fixed-" + side.name().toLowerCase(java.util.Locale.ROOT));
        setSpacing(6);
        setPadding(new Insets(6));
        Label help = new Label(side == SpaceSide.HARDWARE
                ? "The hardware that network-only and sequential runs use."
                : "The network that hardware-only runs use.");
        help.setWrapText(true);
        summary.setWrapText(true);
        summary.getStyleClass().add("fixed-summary");
        summary.setId(getId() + "-summary");
        Button load = new Button("Load from file…");
        load.setOnAction(e -> loadFromFile());
        grid.setHgap(6);
        grid.setVgap(3);
        getChildren().addAll(help, grid, load, summary);
        document.studyProperty().addListener((o, a, b) -> show(b));
        show(document.study());
    }

    private Object fixed(Study s) {
        return side == SpaceSide.HARDWARE ? s.fixedHardware() : s.fixedNetwork();
    }

    private Study withFixed(Study s, Object config) {
        return side == SpaceSide.HARDWARE ? s.withFixed(s.fixedNetwork(), (HardwareConfig) config)
                : s.withFixed((NetworkConfig) config, s.fixedHardware());
    }

    private void show(Study study) {
        updating = true;
        try {
            TemplateSpace<?> space = side.of(study);
            List<String> names = space.design().parameters().stream().map(Parameter::name).toList();
            if (!names.equals(shownNames)) {
                grid.getChildren().clear();
                combos.clear();
                int row = 0;
                for (Parameter p : space.design().parameters()) {
                    ComboBox<ParamValue> combo = new ComboBox<>();
                    combo.setId(Ids.of("fixed-" + side.name().toLowerCase(java.util.Locale.ROOT), p.name()));
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
                    combo.valueProperty().addListener((o, a, b) -> commit());
                    combos.put(p.name(), combo);
                    grid.addRow(row++, new Label(p.name()), combo);
                }
                shownNames = names;
            }
            Assignment current = currentAssignment(study, space);
            for (Parameter p : space.design().parameters()) {
                ComboBox<ParamValue> combo = combos.get(p.name());
                combo.getItems().setAll(p.values());
                ParamValue v = current == null ? null : current.values().get(p.name());
                int i = v == null ? -1 : p.indexOfNearest(v);
                combo.setValue(i >= 0 && p.values().get(i).label().equals(v.label()) ? p.values().get(i) : null);
            }
            Object config = fixed(study);
            summary.setText(config == null ? "None chosen yet: pick a value for every parameter."
                    : "Current: " + (config instanceof NetworkConfig n ? ConfigJson.toJson(n)
                            : ConfigJson.toJson((HardwareConfig) config)));
        } finally {
            updating = false;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Assignment currentAssignment(Study study, TemplateSpace<?> space) {
        Object config = fixed(study);
        if (config == null || !config.getClass().equals(sampleClass(space))) {
            return null;
        }
        TemplateSpace raw = space;
        try {
            return raw.template().assign(config, space.design().decode(new int[space.design().genomeLength()]));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Class<?> sampleClass(TemplateSpace<?> space) {
        try {
            return space.decode(new int[space.design().genomeLength()]).getClass();
        } catch (RuntimeException e) {
            return Void.class;
        }
    }

    private void commit() {
        if (updating || combos.values().stream().anyMatch(c -> c.getValue() == null)) {
            return;
        }
        Map<String, ParamValue> values = new LinkedHashMap<>();
        combos.forEach((name, combo) -> values.put(name, combo.getValue()));
        TemplateSpace<?> space = side.of(document.study());
        try {
            Object config = space.template().decode(new Assignment(values));
            document.edit(s -> withFixed(s, config));
        } catch (IllegalArgumentException e) {
            summary.setText(e.getMessage());
        }
    }

    private void loadFromFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(side == SpaceSide.HARDWARE ? "Load a hardware configuration" : "Load a network configuration");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        java.io.File f = chooser.showOpenDialog(getScene().getWindow());
        if (f == null) {
            return;
        }
        Path path = f.toPath();
        try {
            Object config = side == SpaceSide.HARDWARE ? ConfigJson.readHardware(path) : ConfigJson.readNetwork(path);
            document.edit(s -> withFixed(s, config));
        } catch (StudyFormatException e) {
            Dialogs.error(getScene().getWindow(), "The configuration could not be read", e.getMessage());
        }
    }
}
