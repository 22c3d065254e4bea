package org.codesign.ui.study;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.codesign.eval.Constraint;
import org.codesign.eval.Metric;
import org.codesign.eval.Objective;
import org.codesign.study.Study;
import org.codesign.ui.kit.Ids;

/**
 * The study's objectives (up to three metrics, each with its direction and the hypervolume's
 * ideal and reference values) and constraints (a min and/or max per metric), as text. A change is
 * committed when it makes a valid set; otherwise {@link #problemProperty()} names the field and
 * says why. Fields are named by the ids the view gives them ("objective-0-reference").
 */
public final class ObjectivesViewModel {
    public static final int ROWS = 3;
    public static final List<Metric> CONSTRAINED =
            List.of(Metric.ACCURACY, Metric.LATENCY, Metric.POWER, Metric.ENERGY, Metric.AREA);
    public static final List<String> DIRECTIONS = List.of("maximize", "minimize");

    /** One objective; no metric means the row is unused. */
    public static final class ObjectiveRow {
        private final ObjectProperty<Metric> metric = new SimpleObjectProperty<>(this, "metric");
        private final ObjectProperty<String> direction = new SimpleObjectProperty<>(this, "direction");
        private final StringProperty ideal = new SimpleStringProperty(this, "ideal", "");
        private final StringProperty reference = new SimpleStringProperty(this, "reference", "");
        private final int index;

        private ObjectiveRow(int index) {
            this.index = index;
        }

        public ObjectProperty<Metric> metricProperty() {
            return metric;
        }

        public ObjectProperty<String> directionProperty() {
            return direction;
        }

        public StringProperty idealProperty() {
            return ideal;
        }

        public StringProperty referenceProperty() {
            return reference;
        }

        public String field(String part) {
            return "objective-" + index + "-" + part;
        }
    }

    /** A metric's bounds; both empty means no constraint. */
    public static final class ConstraintRow {
        private final Metric metric;
        private final StringProperty min = new SimpleStringProperty(this, "min", "");
        private final StringProperty max = new SimpleStringProperty(this, "max", "");

        private ConstraintRow(Metric metric) {
            this.metric = metric;
        }

        public Metric metric() {
            return metric;
        }

        public StringProperty minProperty() {
            return min;
        }

        public StringProperty maxProperty() {
            return max;
        }

        public String minField() {
            return Ids.of("constraint-min", metric.key());
        }

        public String maxField() {
            return Ids.of("constraint-max", metric.key());
        }
    }

    /** What is wrong, and in which field (a view id). */
    public record Problem(String field, String message) {}

    private final StudyDocument document;
    private final List<ObjectiveRow> objectives = new ArrayList<>();
    private final List<ConstraintRow> constraints = new ArrayList<>();
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    /** The objectives and constraints the fields show; a study change that keeps them leaves the fields alone. */
    private Study shown;

    private final Set<String> editing = new HashSet<>();
    private boolean updating;

    public ObjectivesViewModel(StudyDocument document) {
        this.document = document;
        for (int i = 0; i < ROWS; i++) {
            ObjectiveRow r = new ObjectiveRow(i);
            r.metric.addListener((o, a, b) -> {
                if (!updating && b != null && a != b) {
                    r.direction.set(b.higherIsBetter() ? "maximize" : "minimize");
                }
                commitObjectives();
            });
            r.direction.addListener((o, a, b) -> commitObjectives());
            objectives.add(r);
        }
        CONSTRAINED.forEach(m -> constraints.add(new ConstraintRow(m)));
        document.studyProperty().addListener((o, a, b) -> show(b));
        document.replacementsProperty().addListener((o, a, b) -> reset());
        // the document knows of an invalid draft, so that runs cannot start on the old values
        problem.addListener((o, a, b) -> {
            if (b == null) {
                document.invalidEdits().remove(EDITOR);
            } else {
                document.invalidEdits().put(EDITOR, b.message());
            }
        });
        show(document.study());
    }

    /** The key of this editor's draft in {@link StudyDocument#invalidEdits()}. */
    static final String EDITOR = "objectives";

    /** Another study is open: nothing typed for the old one (text, problems) carries over. */
    private void reset() {
        editing.clear();
        problem.set(null);
        shown = null;
        show(document.study());
    }

    public List<ObjectiveRow> objectives() {
        return objectives;
    }

    public List<ConstraintRow> constraints() {
        return constraints;
    }

    /** Why the last change was not committed; null when it was. */
    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** While a field is being edited, a study change (a run adding points) leaves its text alone. */
    public void setEditing(String field, boolean now) {
        if (now) {
            editing.add(field);
        } else {
            editing.remove(field);
        }
    }

    /**
     * Shows the study's objectives and constraints when they changed (undo, another study). A
     * change elsewhere (a run adding points) keeps what the fields show, so an invalid value the
     * user typed stays in view with its reason instead of silently reverting.
     */
    private void show(Study study) {
        if (shown != null
                && shown.objectives().equals(study.objectives())
                && shown.constraints().equals(study.constraints())) {
            return;
        }
        shown = study;
        problem.set(null);
        updating = true;
        try {
            for (ObjectiveRow r : objectives) {
                Objective o =
                        r.index < study.objectives().size() ? study.objectives().get(r.index) : null;
                r.metric.set(o == null ? null : o.metric());
                r.direction.set(o == null ? null : o.direction());
                setUnlessEditing(r.ideal, r.field("ideal"), o == null ? "" : format(o.ideal()));
                setUnlessEditing(r.reference, r.field("reference"), o == null ? "" : format(o.reference()));
            }
            for (ConstraintRow r : constraints) {
                Constraint c = study.constraints().stream()
                        .filter(x -> x.metric() == r.metric)
                        .findFirst()
                        .orElse(null);
                setUnlessEditing(r.min, r.minField(), c == null || Double.isNaN(c.min()) ? "" : format(c.min()));
                setUnlessEditing(r.max, r.maxField(), c == null || Double.isNaN(c.max()) ? "" : format(c.max()));
            }
        } finally {
            updating = false;
        }
    }

    private void setUnlessEditing(StringProperty text, String field, String value) {
        if (!editing.contains(field)) {
            text.set(value);
        }
    }

    static String format(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? String.format(Locale.ROOT, "%.0f", x) : Double.toString(x);
    }

    /** Stores the objectives as shown, if they make a valid set. */
    public void commitObjectives() {
        if (updating) {
            return;
        }
        problem.set(null);
        List<Objective> chosen = new ArrayList<>();
        try {
            for (ObjectiveRow r : objectives) {
                if (r.metric.get() == null) {
                    continue;
                }
                double ideal = number(r.ideal.get(), r.field("ideal"), "ideal");
                double reference = number(r.reference.get(), r.field("reference"), "reference");
                try {
                    chosen.add(new Objective(r.metric.get(), "maximize".equals(r.direction.get()), ideal, reference));
                } catch (IllegalArgumentException e) {
                    throw new FieldProblem(r.field("reference"), r.metric.get().key() + " " + e.getMessage());
                }
            }
            try {
                Study.checkObjectives(chosen);
                document.edit(s -> s.withObjectives(chosen, s.constraints()));
            } catch (IllegalArgumentException e) {
                throw new FieldProblem(objectives.get(0).field("metric"), e.getMessage());
            }
        } catch (FieldProblem e) {
            problem.set(e.problem);
        }
    }

    /** Stores the constraints as shown, if every bound is a number and min ≤ max. */
    public void commitConstraints() {
        if (updating) {
            return;
        }
        problem.set(null);
        List<Constraint> chosen = new ArrayList<>();
        try {
            for (ConstraintRow r : constraints) {
                if (r.min.get().isBlank() && r.max.get().isBlank()) {
                    continue;
                }
                double lo = r.min.get().isBlank() ? Double.NaN : number(r.min.get(), r.minField(), "min");
                double hi = r.max.get().isBlank() ? Double.NaN : number(r.max.get(), r.maxField(), "max");
                try {
                    chosen.add(new Constraint(r.metric, lo, hi));
                } catch (IllegalArgumentException e) {
                    throw new FieldProblem(r.maxField(), r.metric.key() + " " + e.getMessage());
                }
            }
            document.edit(s -> s.withObjectives(s.objectives(), chosen));
        } catch (FieldProblem e) {
            problem.set(e.problem);
        }
    }

    private static double number(String text, String field, String what) {
        String t = text.trim();
        try {
            double x = Double.parseDouble(t);
            if (Double.isFinite(x)) {
                return x;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new FieldProblem(field, what + ": '" + t + "' is not a number");
    }

    /** Leaves the commit at the first wrong field. */
    private static final class FieldProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Problem problem;

        FieldProblem(String field, String message) {
            super(message, null, false, false);
            this.problem = new Problem(field, message);
        }
    }
}
