package org.codesign.ui;

import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.codesign.space.Parameter;
import org.codesign.space.ParamValue;
import org.codesign.space.Sizes;
import org.codesign.space.TemplateSpace;

/** A read-only summary of a space: template, size and each parameter's values. */
final class SpaceSummary extends TitledPane {

    SpaceSummary(String title, TemplateSpace<?> space) {
        setText(title + ": " + space.template().name() + " (" + Sizes.format(space.size()) + ")");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(2);
        int row = 0;
        for (Parameter p : space.design().parameters()) {
            Label name = new Label(p.name());
            name.getStyleClass().add("parameter-name");
            Label values = new Label(String.join(", ", p.values().stream().map(ParamValue::label).toList()));
            values.setWrapText(true);
            grid.addRow(row++, name, values);
        }
        Label description = new Label(space.template().description());
        description.setWrapText(true);
        setContent(new VBox(6, description, grid));
    }
}
