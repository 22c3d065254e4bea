package org.codesign.ui.study;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.codesign.space.ValueLists;
import org.codesign.ui.kit.Ids;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Edits one of the study's spaces: the template, and each parameter's value list as text
 * ("3, 5, 7") or in a list dialog. Problems show next to the field as they are typed; the
 * space's size follows the text live. Edits are committed (undoably) on Enter or when the
 * field loses focus. The state and rules are in {@link SpaceEditorViewModel}; this lays out and binds.
 */
public final class SpaceEditor extends VBox {
    private final SpaceEditorViewModel model;
    private final ComboBox<String> template = new ComboBox<>();
    private final Label size = new Label();
    private final Label problems = new Label();
    private final GridPane grid = new GridPane();
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    private ValidationSupport validation = new ValidationSupport();

    public SpaceEditor(SpaceEditorViewModel model) {
        this.model = model;
        setId(model.side().name().toLowerCase(java.util.Locale.ROOT) + "-space-editor");
        setSpacing(6);
        setPadding(new Insets(6));
        template.getItems().addAll(model.templateNames());
        template.setId(getId() + "-template");
        template.valueProperty().bindBidirectional(model.templateProperty());
        size.getStyleClass().add("space-size");
        size.setId(getId() + "-size");
        size.textProperty().bind(model.sizeTextProperty());
        problems.getStyleClass().add("validation-problem");
        problems.setWrapText(true);
        problems.setId(getId() + "-problems");
        problems.textProperty().bind(model.problemsProperty());
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        grid.setHgap(6);
        grid.setVgap(4);
        ColumnConstraints nameColumn = new ColumnConstraints();
        ColumnConstraints fieldColumn = new ColumnConstraints();
        fieldColumn.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(nameColumn, fieldColumn, new ColumnConstraints());
        Label templateLabel = new Label("Template");
        templateLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(6, templateLabel, template);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(header, size, problems, grid);
        model.rowsProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    TextField field(String parameter) {
        return fields.get(parameter);
    }

    private void rebuild() {
        grid.getChildren().clear();
        fields.clear();
        validation = new ValidationSupport();
        int row = 0;
        for (SpaceEditorViewModel.Group group : model.groups()) {
            addBulkRow(group, row++);
        }
        if (row > 0) {
            grid.add(new Separator(), 0, row++, 3, 1);
        }
        for (SpaceEditorViewModel.Row r : model.rowsProperty().get()) {
            addRow(r, row++);
        }
        // ControlsFX decorates only after a first change; an opened study's problems must show at once.
        ValidationSupport support = validation;
        javafx.application.Platform.runLater(support::initInitialDecoration);
    }

    private void addRow(SpaceEditorViewModel.Row r, int row) {
        Label name = new Label(r.name());
        name.setMinWidth(Region.USE_PREF_SIZE);
        if (r.known()) {
            name.setTooltip(new Tooltip(r.description()));
        }
        TextField field = new TextField();
        field.textProperty().bindBidirectional(r.textProperty());
        field.setId(Ids.of("values", r.name()));
        field.setPrefColumnCount(14);
        fields.put(r.name(), field);
        ValidationSupport support = validation;
        // Registered once the field is in a scene: ControlsFX draws decorations only there.
        javafx.application.Platform.runLater(() ->
                support.registerValidator(field, false, (javafx.scene.control.Control c, String text) -> {
                    List<String> found = r.problemsOf(text);
                    return ValidationResult.fromErrorIf(c, String.join("\n", found), !found.isEmpty());
                }));
        field.setOnAction(e -> model.commit(r.name()));
        field.focusedProperty().addListener((obs, was, now) -> {
            model.setEditing(r.name(), now);
            if (!now) {
                model.commit(r.name());
            }
        });
        Button more = new Button("…");
        more.setId(Ids.of("edit", r.name()));
        more.setTooltip(new Tooltip("Add, remove and reorder values, or fill a range"));
        more.setDisable(!r.known());
        more.setOnAction(e -> ValueListDialog.edit(
                        r.spec(), r.values(), getScene().getWindow())
                .ifPresent(values -> {
                    r.textProperty().set(ValueLists.join(values));
                    model.commit(r.name());
                }));
        grid.addRow(row, name, field, more);
    }

    private void addBulkRow(SpaceEditorViewModel.Group group, int row) {
        Label name = new Label("every " + group.key());
        name.setMinWidth(Region.USE_PREF_SIZE);
        name.setTooltip(
                new Tooltip("Sets the value list of all " + group.members().size() + " parameters " + group.key()));
        TextField field = new TextField();
        field.setId(Ids.of("bulk", group.key()));
        field.setPromptText("set all " + group.members().size() + " at once, e.g. " + group.example());
        field.setOnAction(e -> {
            model.commitGroup(group, field.getText());
            field.clear();
        });
        grid.addRow(row, name, field, new Label("↵"));
    }
}
