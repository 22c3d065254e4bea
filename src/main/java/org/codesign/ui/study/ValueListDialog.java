package org.codesign.ui.study;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
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
import org.codesign.space.ValueKind;
import org.codesign.space.ValueLists;

/** Edits one parameter's value list: add, remove, reorder, and fill numeric ranges. */
public final class ValueListDialog extends Dialog<List<ParamValue>> {
    private final ObservableList<ParamValue> values;
    private final Label problem = new Label();

    ValueListDialog(ParameterSpec spec, List<ParamValue> current) {
        setTitle("Values of " + spec.name());
        setHeaderText(spec.name() + (spec.unit().isEmpty() ? "" : " (" + spec.unit() + ")") + ": " + spec.description());
        values = FXCollections.observableArrayList(current);
        ListView<ParamValue> list = new ListView<>(values);
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
        newValue.setPromptText(spec.kind() == ValueKind.OPTION ? String.join(", ", spec.options()) : "value");
        Button add = new Button("Add");
        add.setId("add-value");
        add.setDefaultButton(false);
        add.setOnAction(e -> {
            values.addAll(ValueLists.parseLenient(spec.kind(), newValue.getText()));
            newValue.clear();
            check(spec);
        });
        newValue.setOnAction(add.getOnAction());
        Button remove = new Button("Remove");
        remove.setOnAction(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                values.remove(i);
                check(spec);
            }
        });
        Button up = new Button("Up");
        up.setOnAction(e -> move(list, -1));
        Button down = new Button("Down");
        down.setOnAction(e -> move(list, +1));
        VBox buttons = new VBox(6, remove, up, down);

        VBox content = new VBox(8, new HBox(8, list, buttons), new HBox(8, newValue, add));
        HBox.setHgrow(list, Priority.ALWAYS);
        HBox.setHgrow(newValue, Priority.ALWAYS);
        if (spec.kind() != ValueKind.OPTION) {
            content.getChildren().add(rangeRow(spec));
        }
        problem.getStyleClass().add("validation-problem");
        problem.setWrapText(true);
        content.getChildren().add(problem);
        content.setPadding(new Insets(10));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(b -> b == ButtonType.OK ? List.copyOf(values) : null);
        check(spec);
    }

    private GridPane rangeRow(ParameterSpec spec) {
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
        fill.setOnAction(e -> {
            try {
                values.setAll(ValueLists.range(spec.name(), spec.kind(), Double.parseDouble(from.getText().trim()),
                        Double.parseDouble(to.getText().trim()), Double.parseDouble(step.getText().trim())));
                check(spec);
            } catch (NumberFormatException ex) {
                problem.setText(spec.name() + ": from, to and step must be numbers");
            } catch (IllegalArgumentException ex) {
                problem.setText(ex.getMessage());
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.addRow(0, new Label("from"), from, new Label("to"), to, new Label("step"), step, fill);
        return grid;
    }

    private void move(ListView<ParamValue> list, int delta) {
        int i = list.getSelectionModel().getSelectedIndex();
        int j = i + delta;
        if (i >= 0 && j >= 0 && j < values.size()) {
            ParamValue v = values.remove(i);
            values.add(j, v);
            list.getSelectionModel().select(j);
        }
    }

    private void check(ParameterSpec spec) {
        List<String> problems = spec.check(values);
        problem.setText(String.join("\n", problems));
    }

    static Optional<List<ParamValue>> edit(ParameterSpec spec, List<ParamValue> current, javafx.stage.Window owner) {
        ValueListDialog d = new ValueListDialog(spec, current);
        d.initOwner(owner);
        return d.showAndWait();
    }
}
