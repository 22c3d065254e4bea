package org.codesign.ui.study;

import org.codesign.ui.kit.Ids;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.codesign.eval.Constraint;
import org.codesign.eval.Metric;
import org.codesign.eval.Objective;
import org.codesign.study.Study;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Objectives (two or three metrics with their direction and the hypervolume bounds: the ideal
 * value and the reference point) and constraints (a min and/or max per metric). A change is
 * committed when it makes a valid set; otherwise the reason shows next to the field.
 */
public final class ObjectivesEditor extends VBox {
    private static final List<Metric> CONSTRAINED = List.of(Metric.ACCURACY, Metric.LATENCY, Metric.POWER,
            Metric.ENERGY, Metric.AREA);
    private static final Metric NONE = null;

    private final StudyDocument document;
    private final List<ObjectiveRow> rows = new ArrayList<>();
    private final List<TextField[]> bounds = new ArrayList<>();
    private final Label problem = new Label();
    private final ValidationSupport validation = new ValidationSupport();
    private final java.util.Map<javafx.scene.control.Control, String> fieldProblems = new java.util.HashMap<>();
    private boolean updating;

    private final class ObjectiveRow {
        final ComboBox<Metric> metric = new ComboBox<>();
        final ComboBox<String> direction = new ComboBox<>();
        final TextField ideal = new TextField();
        final TextField reference = new TextField();
    }

    public ObjectivesEditor(StudyDocument document) {
        this.document = document;
        setId("objectives-editor");
        setSpacing(8);
        setPadding(new Insets(6));
        GridPane objectives = new GridPane();
        objectives.setHgap(6);
        objectives.setVgap(4);
        objectives.addRow(0, new Label("Objective"), new Label("Direction"), withTip(new Label("Ideal"),
                "The best value you expect: maps to 0 when the hypervolume is computed"),
                withTip(new Label("Reference"), "The hypervolume's reference point: the worst value that still counts"));
        for (int i = 0; i < 3; i++) {
            ObjectiveRow r = new ObjectiveRow();
            r.metric.getItems().add(NONE);
            r.metric.getItems().addAll(Metric.values());
            r.metric.setConverter(metricNames());
            r.direction.getItems().addAll("maximize", "minimize");
            r.metric.setId("objective-" + i + "-metric");
            r.direction.setId("objective-" + i + "-direction");
            r.ideal.setId("objective-" + i + "-ideal");
            r.reference.setId("objective-" + i + "-reference");
            r.ideal.setPrefColumnCount(6);
            r.reference.setPrefColumnCount(6);
            r.metric.valueProperty().addListener((o, a, b) -> {
                if (!updating && b != null && a != b) {
                    r.direction.setValue(b.higherIsBetter() ? "maximize" : "minimize");
                }
                commitObjectives();
            });
            r.direction.valueProperty().addListener((o, a, b) -> commitObjectives());
            r.ideal.setOnAction(e -> commitObjectives());
            r.reference.setOnAction(e -> commitObjectives());
            r.ideal.focusedProperty().addListener((o, a, b) -> { if (!b) commitObjectives(); });
            r.reference.focusedProperty().addListener((o, a, b) -> { if (!b) commitObjectives(); });
            rows.add(r);
            objectives.addRow(i + 1, r.metric, r.direction, r.ideal, r.reference);
        }
        GridPane constraints = new GridPane();
        constraints.setHgap(6);
        constraints.setVgap(4);
        constraints.addRow(0, new Label("Constraint"), new Label("min"), new Label("max"));
        int row = 1;
        for (Metric m : CONSTRAINED) {
            TextField min = new TextField();
            TextField max = new TextField();
            min.setId(Ids.of("constraint-min", m.key()));
            max.setId(Ids.of("constraint-max", m.key()));
            min.setPromptText("none");
            max.setPromptText("none");
            min.setPrefColumnCount(6);
            max.setPrefColumnCount(6);
            for (TextField f : List.of(min, max)) {
                f.setOnAction(e -> commitConstraints());
                f.focusedProperty().addListener((o, a, b) -> { if (!b) commitConstraints(); });
            }
            bounds.add(new TextField[] {min, max});
            constraints.addRow(row++, new Label(m.labelWithUnit()), min, max);
        }
        problem.setId("objectives-problem");
        problem.getStyleClass().add("validation-problem");
        problem.setWrapText(true);
        getChildren().addAll(objectives, problem, constraints);
        for (ObjectiveRow r : rows) {
            List.of(r.metric, r.ideal, r.reference).forEach(this::registerField);
        }
        bounds.forEach(pair -> List.of(pair).forEach(this::registerField));
        document.studyProperty().addListener((o, a, b) -> show(b));
        show(document.study());
    }

    private static <T extends javafx.scene.control.Control> T withTip(T control, String tip) {
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

    private void show(Study study) {
        updating = true;
        try {
            for (int i = 0; i < rows.size(); i++) {
                ObjectiveRow r = rows.get(i);
                if (i < study.objectives().size()) {
                    Objective o = study.objectives().get(i);
                    r.metric.setValue(o.metric());
                    r.direction.setValue(o.direction());
                    setIfUnfocused(r.ideal, format(o.ideal()));
                    setIfUnfocused(r.reference, format(o.reference()));
                } else {
                    r.metric.setValue(NONE);
                    r.direction.setValue(null);
                    setIfUnfocused(r.ideal, "");
                    setIfUnfocused(r.reference, "");
                }
            }
            for (int i = 0; i < CONSTRAINED.size(); i++) {
                Metric m = CONSTRAINED.get(i);
                Constraint c = study.constraints().stream().filter(x -> x.metric() == m).findFirst().orElse(null);
                setIfUnfocused(bounds.get(i)[0], c == null || Double.isNaN(c.min()) ? "" : format(c.min()));
                setIfUnfocused(bounds.get(i)[1], c == null || Double.isNaN(c.max()) ? "" : format(c.max()));
            }
        } finally {
            updating = false;
        }
    }

    private static void setIfUnfocused(TextField f, String text) {
        if (!f.isFocused()) {
            f.setText(text);
        }
    }

    private static String format(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? String.format(Locale.ROOT, "%.0f", x) : Double.toString(x);
    }

    private void commitObjectives() {
        if (updating) {
            return;
        }
        List<Objective> objectives = new ArrayList<>();
        clearDecorations();
        try {
            for (ObjectiveRow r : rows) {
                if (r.metric.getValue() == null) {
                    continue;
                }
                double ideal = number(r.ideal, "ideal");
                double reference = number(r.reference, "reference");
                try {
                    objectives.add(new Objective(r.metric.getValue(), "maximize".equals(r.direction.getValue()),
                            ideal, reference));
                } catch (IllegalArgumentException e) {
                    throw new FieldProblem(r.reference, r.metric.getValue().key() + " " + e.getMessage());
                }
            }
            List<Objective> chosen = objectives;
            Study.checkObjectives(chosen);
            document.edit(s -> s.withObjectives(chosen, s.constraints()));
            problem.setText("");
        } catch (FieldProblem e) {
            decorate(e.field, e.getMessage());
        } catch (IllegalArgumentException e) {
            decorate(rows.get(0).metric, e.getMessage());
        }
    }

    private void commitConstraints() {
        if (updating) {
            return;
        }
        clearDecorations();
        List<Constraint> constraints = new ArrayList<>();
        try {
            for (int i = 0; i < CONSTRAINED.size(); i++) {
                TextField min = bounds.get(i)[0];
                TextField max = bounds.get(i)[1];
                if (min.getText().isBlank() && max.getText().isBlank()) {
                    continue;
                }
                double lo = min.getText().isBlank() ? Double.NaN : number(min, "min");
                double hi = max.getText().isBlank() ? Double.NaN : number(max, "max");
                try {
                    constraints.add(new Constraint(CONSTRAINED.get(i), lo, hi));
                } catch (IllegalArgumentException e) {
                    throw new FieldProblem(max, CONSTRAINED.get(i).key() + " " + e.getMessage());
                }
            }
            document.edit(s -> s.withObjectives(s.objectives(), constraints));
            problem.setText("");
        } catch (FieldProblem e) {
            decorate(e.field, e.getMessage());
        }
    }

    private static double number(TextField f, String what) {
        String t = f.getText().trim();
        try {
            double x = Double.parseDouble(t);
            if (Double.isFinite(x)) {
                return x;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new FieldProblem(f, what + ": '" + t + "' is not a number");
    }

    private void registerField(javafx.scene.control.Control field) {
        validation.registerValidator(field, false, (javafx.scene.control.Control c, Object value) -> {
            String message = fieldProblems.get(c);
            return ValidationResult.fromErrorIf(c, message == null ? "" : message, message != null);
        });
    }

    private void decorate(javafx.scene.control.Control field, String message) {
        problem.setText(message);
        fieldProblems.put(field, message);
        validation.revalidate(field);
    }

    private void clearDecorations() {
        List<javafx.scene.control.Control> shown = List.copyOf(fieldProblems.keySet());
        fieldProblems.clear();
        shown.forEach(validation::revalidate);
    }

    /** A field whose content is wrong, with the sentence to show beside it. */
    private static final class FieldProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient javafx.scene.control.Control field;

        FieldProblem(javafx.scene.control.Control field, String message) {
            super(message);
            this.field = field;
        }
    }
}
