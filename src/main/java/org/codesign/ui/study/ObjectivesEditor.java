package org.codesign.ui.study;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.codesign.eval.Metric;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Objectives (two or three metrics with their direction and the hypervolume bounds: the ideal
 * value and the reference point) and constraints (a min and/or max per metric). A change is
 * committed when it makes a valid set; otherwise the reason shows next to the field. The state
 * and rules are in {@link ObjectivesViewModel}; this lays out, binds and decorates.
 */
public final class ObjectivesEditor extends VBox {
    private static final double PROBLEM_HEIGHT = 32;

    private final ObjectivesViewModel model;
    private final Label problem = new Label();
    private final ValidationSupport validation = new ValidationSupport();
    /** The checked controls by the view-model's field names (their ids). */
    private final Map<String, Control> fields = new HashMap<>();

    private final Map<Control, String> fieldProblems = new HashMap<>();

    public ObjectivesEditor(StudyDocument document) {
        model = new ObjectivesViewModel(document);
        setId("objectives-editor");
        setSpacing(8);
        setPadding(new Insets(6));
        GridPane objectives = new GridPane();
        objectives.setHgap(6);
        objectives.setVgap(4);
        objectives.addRow(
                0,
                new Label("Objective"),
                new Label("Direction"),
                withTip(new Label("Ideal"), "The best value you expect: maps to 0 when the hypervolume is computed"),
                withTip(
                        new Label("Reference"),
                        "The hypervolume's reference point: the worst value that still counts"));
        int row = 1;
        for (ObjectivesViewModel.ObjectiveRow r : model.objectives()) {
            ComboBox<Metric> metric = new ComboBox<>();
            metric.getItems().add(null);
            metric.getItems().addAll(Metric.values());
            metric.setConverter(metricNames());
            ComboBox<String> direction = new ComboBox<>();
            direction.getItems().addAll(ObjectivesViewModel.DIRECTIONS);
            checked(metric, r.field("metric"));
            direction.setId(r.field("direction"));
            TextField ideal = textField(r.idealProperty(), r.field("ideal"), model::commitObjectives);
            TextField reference = textField(r.referenceProperty(), r.field("reference"), model::commitObjectives);
            metric.valueProperty().bindBidirectional(r.metricProperty());
            direction.valueProperty().bindBidirectional(r.directionProperty());
            objectives.addRow(row++, metric, direction, ideal, reference);
        }
        GridPane constraints = new GridPane();
        constraints.setHgap(6);
        constraints.setVgap(4);
        constraints.addRow(0, new Label("Constraint"), new Label("min"), new Label("max"));
        row = 1;
        for (ObjectivesViewModel.ConstraintRow r : model.constraints()) {
            TextField min = textField(r.minProperty(), r.minField(), model::commitConstraints);
            TextField max = textField(r.maxProperty(), r.maxField(), model::commitConstraints);
            min.setPromptText("none");
            max.setPromptText("none");
            constraints.addRow(row++, new Label(r.metric().labelWithUnit()), min, max);
        }
        problem.setId("objectives-problem");
        problem.getStyleClass().add("validation-problem");
        problem.setWrapText(true);
        // two lines are kept for the reason, shown or not, so the fields below never jump
        problem.setMinHeight(PROBLEM_HEIGHT);
        problem.setPrefHeight(PROBLEM_HEIGHT);
        problem.setMaxHeight(PROBLEM_HEIGHT);
        problem.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        getChildren().addAll(objectives, problem, constraints);
        model.problemProperty().addListener((o, old, now) -> decorate(old, now));
    }

    /** A text field bound to the view-model's text, committing on Enter and when it loses focus. */
    private TextField textField(StringProperty text, String id, Runnable commit) {
        TextField f = new TextField();
        f.textProperty().bindBidirectional(text);
        f.setPrefColumnCount(6);
        checked(f, id);
        f.setOnAction(e -> commit.run());
        f.focusedProperty().addListener((o, was, now) -> {
            model.setEditing(id, now);
            if (!now) {
                commit.run();
            }
        });
        return f;
    }

    /** Gives the control its id and shows the view-model's problem beside it when it is this field's. */
    private void checked(Control field, String id) {
        field.setId(id);
        fields.put(id, field);
        validation.registerValidator(field, false, (Control c, Object value) -> {
            String message = fieldProblems.get(c);
            return ValidationResult.fromErrorIf(c, message == null ? "" : message, message != null);
        });
    }

    private void decorate(ObjectivesViewModel.Problem old, ObjectivesViewModel.Problem now) {
        problem.setText(now == null ? "" : now.message());
        problem.setTooltip(now == null ? null : new Tooltip(now.message()));
        fieldProblems.clear();
        if (now != null && fields.containsKey(now.field())) {
            fieldProblems.put(fields.get(now.field()), now.message());
            validation.revalidate(fields.get(now.field()));
        }
        if (old != null && fields.containsKey(old.field())) {
            validation.revalidate(fields.get(old.field()));
        }
    }

    private static <T extends Control> T withTip(T control, String tip) {
        control.setTooltip(new Tooltip(tip));
        return control;
    }

    private static StringConverter<Metric> metricNames() {
        return new StringConverter<>() {
            @Override
            public String toString(Metric m) {
                return m == null ? "(none)" : m.labelWithUnit();
            }

            @Override
            public Metric fromString(String s) {
                return null;
            }
        };
    }
}
