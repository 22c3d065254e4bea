package org.codesign.ui.study;

import org.codesign.ui.kit.Ids;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.codesign.space.DesignSpace;
import org.codesign.space.ParamValue;
import org.codesign.space.Parameter;
import org.codesign.space.ParameterSpec;
import org.codesign.space.Sizes;
import org.codesign.space.SpaceTemplate;
import org.codesign.space.TemplateSpace;
import org.codesign.space.ValueKind;
import org.codesign.space.ValueLists;
import org.codesign.study.Study;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Edits one of the study's spaces: the template, and each parameter's value list as text
 * ("3, 5, 7") or in a list dialog. Problems show next to the field as they are typed; the
 * space's size follows the text live. Edits are committed (undoably) on Enter or when the
 * field loses focus.
 */
public final class SpaceEditor extends VBox {
    private final StudyDocument document;
    private final SpaceSide side;
    private final ComboBox<String> template = new ComboBox<>();
    private final Label size = new Label();
    private final Label problems = new Label();
    private final GridPane grid = new GridPane();
    private final Map<String, TextField> fields = new LinkedHashMap<>();
    /** The text each field last showed of the study, to tell a user's unfinished edit from an old value. */
    private final Map<String, String> shownText = new LinkedHashMap<>();
    private final ObjectProperty<BigInteger> tentativeSize = new SimpleObjectProperty<>(this, "tentativeSize");
    private ValidationSupport validation = new ValidationSupport();
    private List<String> shownNames = List.of();
    private boolean updating;

    public SpaceEditor(StudyDocument document, SpaceSide side) {
        this.document = document;
        this.side = side;
        setId(side.name().toLowerCase(java.util.Locale.ROOT) + "-space-editor");
        setSpacing(6);
        setPadding(new Insets(6));
        side.templates().forEach(t -> template.getItems().add(t.name()));
        template.setId(getId() + "-template");
        template.valueProperty().addListener((obs, old, now) -> {
            if (!updating && now != null && !now.equals(side.of(document.study()).template().name())) {
                changeTemplate(now);
            }
        });
        size.getStyleClass().add("space-size");
        size.setId(getId() + "-size");
        problems.getStyleClass().add("validation-problem");
        problems.setWrapText(true);
        problems.setId(getId() + "-problems");
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
        document.studyProperty().addListener((obs, old, now) -> refresh(now));
        refresh(document.study());
    }

    /** The size of the space as currently typed (before the edit is committed). */
    public ObjectProperty<BigInteger> tentativeSizeProperty() {
        return tentativeSize;
    }

    TextField field(String parameter) {
        return fields.get(parameter);
    }

    private void changeTemplate(String name) {
        SpaceTemplate<?> t = side.templates().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        document.edit(s -> clearFixedSide(side.with(s, TemplateSpace.defaults(t))));
    }

    /** A fixed configuration of the old template means nothing in the new one. */
    private Study clearFixedSide(Study s) {
        return side == SpaceSide.NETWORK ? s.withFixed(null, s.fixedHardware()) : s.withFixed(s.fixedNetwork(), null);
    }

    private void refresh(Study study) {
        updating = true;
        try {
            TemplateSpace<?> space = side.of(study);
            template.setValue(space.template().name());
            List<String> names = space.design().parameters().stream().map(Parameter::name).toList();
            if (!names.equals(shownNames)) {
                rebuild(space);
                shownNames = names;
            } else {
                for (Parameter p : space.design().parameters()) {
                    TextField f = fields.get(p.name());
                    String text = ValueLists.join(p.values());
                    if (!f.isFocused() || f.getText().equals(shownText.get(p.name()))) {
                        f.setText(text);
                    }
                    shownText.put(p.name(), text);
                }
            }
            List<String> all = space.validate();
            problems.setText(all.isEmpty() ? "" : "Cannot start a run until this is fixed:\n  " + String.join("\n  ", all));
            updateTentativeSize();
        } finally {
            updating = false;
        }
    }

    private void rebuild(TemplateSpace<?> space) {
        grid.getChildren().clear();
        fields.clear();
        shownText.clear();
        validation = new ValidationSupport();
        int row = 0;
        for (Map.Entry<String, List<Parameter>> group : groups(space.design()).entrySet()) {
            row = addBulkRow(space, group.getKey(), group.getValue(), row);
        }
        if (row > 0) {
            grid.add(new Separator(), 0, row++, 3, 1);
        }
        for (Parameter p : space.design().parameters()) {
            addRow(space.template().spec(p.name()), p, row++);
        }
        // ControlsFX decorates only after a first change; an opened study's problems must show at once.
        ValidationSupport support = validation;
        javafx.application.Platform.runLater(support::initInitialDecoration);
    }

    private void addRow(ParameterSpec spec, Parameter p, int row) {
        Label name = new Label(p.name());
        name.setMinWidth(Region.USE_PREF_SIZE);
        if (spec != null) {
            name.setTooltip(new Tooltip(spec.description() + (spec.unit().isEmpty() ? "" : " (" + spec.unit() + ")")));
        }
        TextField field = new TextField(ValueLists.join(p.values()));
        shownText.put(p.name(), field.getText());
        field.setId(Ids.of("values", p.name()));
        field.setPrefColumnCount(14);
        fields.put(p.name(), field);
        ValueKind kind = spec == null ? ValueKind.OPTION : spec.kind();
        ValidationSupport support = validation;
        // Registered once the field is in a scene: ControlsFX draws decorations only there.
        javafx.application.Platform.runLater(() -> support.registerValidator(field, false,
                (javafx.scene.control.Control c, String text) -> {
                    List<String> found = spec == null ? List.of(p.name() + ": unknown parameter for this template")
                            : spec.check(ValueLists.parseLenient(kind, text == null ? "" : text));
                    return ValidationResult.fromErrorIf(c, String.join("\n", found), !found.isEmpty());
                }));
        field.textProperty().addListener((obs, old, now) -> {
            if (!updating) {
                updateTentativeSize();
            }
        });
        field.setOnAction(e -> commit(p.name(), kind, field.getText()));
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit(p.name(), kind, field.getText());
            }
        });
        Button more = new Button("…");
        more.setId(Ids.of("edit", p.name()));
        more.setTooltip(new Tooltip("Add, remove and reorder values, or fill a range"));
        more.setDisable(spec == null);
        more.setOnAction(e -> ValueListDialog.edit(spec, ValueLists.parseLenient(kind, field.getText()), getScene().getWindow())
                .ifPresent(values -> {
                    field.setText(ValueLists.join(values));
                    commit(p.name(), kind, field.getText());
                }));
        grid.addRow(row, name, field, more);
    }

    /** Parameters that differ only in their stage/block numbers can be set all at once. */
    private static Map<String, List<Parameter>> groups(DesignSpace design) {
        Map<String, List<Parameter>> groups = new LinkedHashMap<>();
        for (Parameter p : design.parameters()) {
            String key = p.name().replaceAll("\\d+", "*");
            if (!key.equals(p.name())) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
        }
        groups.values().removeIf(list -> list.size() < 3);
        return groups;
    }

    private int addBulkRow(TemplateSpace<?> space, String key, List<Parameter> members, int row) {
        ParameterSpec spec = space.template().spec(members.get(0).name());
        ValueKind kind = spec == null ? ValueKind.OPTION : spec.kind();
        Label name = new Label("every " + key);
        name.setMinWidth(Region.USE_PREF_SIZE);
        name.setTooltip(new Tooltip("Sets the value list of all " + members.size() + " parameters " + key));
        TextField field = new TextField();
        field.setId(Ids.of("bulk", key));
        field.setPromptText("set all " + members.size() + " at once, e.g. " + ValueLists.join(members.get(0).values()));
        field.setOnAction(e -> {
            List<ParamValue> values = ValueLists.parseLenient(kind, field.getText());
            document.edit(s -> {
                TemplateSpace<?> current = side.of(s);
                for (Parameter m : members) {
                    current = current.withParameter(new Parameter(m.name(), values));
                }
                return side.with(s, current);
            });
            field.clear();
        });
        grid.addRow(row, name, field, new Label("↵"));
        return row + 1;
    }

    private void commit(String parameter, ValueKind kind, String text) {
        if (updating) {
            return;
        }
        List<ParamValue> values = ValueLists.parseLenient(kind, text);
        document.edit(s -> {
            TemplateSpace<?> current = side.of(s);
            if (current.design().indexOf(parameter) < 0
                    || current.design().parameter(parameter).values().equals(values)) {
                return s;
            }
            return side.with(s, current.withParameter(new Parameter(parameter, values)));
        });
    }

    private void updateTentativeSize() {
        TemplateSpace<?> space = side.of(document.study());
        for (Map.Entry<String, TextField> e : fields.entrySet()) {
            ParameterSpec spec = space.template().spec(e.getKey());
            ValueKind kind = spec == null ? ValueKind.OPTION : spec.kind();
            space = space.withParameter(new Parameter(e.getKey(), ValueLists.parseLenient(kind, e.getValue().getText())));
        }
        BigInteger n = space.size();
        tentativeSize.set(n);
        size.setText(Sizes.format(n) + " configurations");
    }
}
