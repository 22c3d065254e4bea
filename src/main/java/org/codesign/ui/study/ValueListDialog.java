package org.codesign.ui.study;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.codesign.space.ParamValue;
import org.codesign.space.ParameterSpec;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Edits one parameter's value list: add, remove, reorder, and fill numeric ranges. The list and
 * its rules are in {@link ValueListViewModel}; this lays out and binds.
 */
public final class ValueListDialog extends Dialog<List<ParamValue>> {
    private final ValueListViewModel model;

    ValueListDialog(ParameterSpec spec, List<ParamValue> current) {
        model = new ValueListViewModel(spec, current);
        setTitle("Values of " + spec.name());
        setHeaderText(model.header());
        ListView<ParamValue> list = new ListView<>(model.values());
        list.setId("value-list");
        list.setPrefHeight(220);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ParamValue item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });

        TextField newValue = new TextField();
        newValue.setId("new-value");
        newValue.setPromptText(model.prompt());
        Button add = new Button("Add");
        add.setId("add-value");
        add.setDefaultButton(false);
        add.setOnAction(e -> {
            if (model.add(newValue.getText())) {
                newValue.clear();
            }
        });
        Label addProblem = new Label();
        addProblem.setId("new-value-problem");
        addProblem.getStyleClass().add("validation-problem");
        addProblem.textProperty().bind(model.addProblemProperty());
        ValidationSupport support = new ValidationSupport();
        javafx.application.Platform.runLater(() -> support.registerValidator(
                newValue,
                false,
                (Control c, String t) -> ValidationResult.fromErrorIf(
                        c,
                        model.addProblemProperty().get(),
                        !model.addProblemProperty().get().isEmpty())));
        model.addProblemProperty().addListener((o, a, b) -> support.revalidate(newValue));
        newValue.setOnAction(add.getOnAction());
        Button remove = new Button("Remove");
        remove.setOnAction(e -> model.remove(list.getSelectionModel().getSelectedIndex()));
        Button up = new Button("Up");
        up.setOnAction(e -> move(list, -1));
        Button down = new Button("Down");
        down.setOnAction(e -> move(list, +1));
        VBox buttons = new VBox(6, remove, up, down);

        HBox adding = new HBox(8, newValue, add, addProblem);
        adding.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox content = new VBox(8, new HBox(8, list, buttons), adding);
        HBox.setHgrow(list, Priority.ALWAYS);
        HBox.setHgrow(newValue, Priority.ALWAYS);
        if (model.takesRanges()) {
            content.getChildren().add(rangeRow());
        }
        Label problem = new Label();
        problem.getStyleClass().add("validation-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        content.getChildren().add(problem);
        content.setPadding(new Insets(10));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(b -> b == ButtonType.OK ? model.result() : null);
    }

    private GridPane rangeRow() {
        TextField from = new TextField();
        TextField to = new TextField();
        TextField step = new TextField();
        from.setId("range-from");
        to.setId("range-to");
        step.setId("range-step");
        for (TextField f : List.of(from, to, step)) {
            f.setPrefColumnCount(6);
        }
        Button fill = new Button("Replace with range");
        fill.setId("range-fill");
        fill.setOnAction(e -> model.fillRange(from.getText(), to.getText(), step.getText()));
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.addRow(0, new Label("from"), from, new Label("to"), to, new Label("step"), step, fill);
        return grid;
    }

    private void move(ListView<ParamValue> list, int delta) {
        int i = list.getSelectionModel().getSelectedIndex();
        int j = model.move(i, delta);
        if (j != i) {
            list.getSelectionModel().select(j);
        }
    }

    static Optional<List<ParamValue>> edit(ParameterSpec spec, List<ParamValue> current, javafx.stage.Window owner) {
        ValueListDialog d = new ValueListDialog(spec, current);
        d.initOwner(owner);
        return d.showAndWait();
    }
}
