package org.codesign.ui.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.codesign.eval.Constraint;
import org.codesign.eval.Metric;
import org.codesign.eval.Objective;
import org.codesign.study.Studies;
import org.codesign.study.Study;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Objectives and constraints as text without a window: what is shown, committed, or refused and why. */
class ObjectivesViewModelTest {
    private StudyDocument document;
    private ObjectivesViewModel model;

    @BeforeEach
    void openTheDefaultStudy() {
        // accuracy ↑ 82…65, latency ↓ 0…60, power ↓ 0…40, no constraints
        document = new StudyDocument(Studies.defaultStudy(), null);
        model = new ObjectivesViewModel(document);
    }

    private ObjectivesViewModel.ObjectiveRow row(int i) {
        return model.objectives().get(i);
    }

    private ObjectivesViewModel.ConstraintRow constraint(Metric m) {
        return model.constraints().stream()
                .filter(c -> c.metric() == m)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theStudysObjectivesShowAsText() {
        assertEquals(Metric.ACCURACY, row(0).metricProperty().get());
        assertEquals("maximize", row(0).directionProperty().get());
        assertEquals("82", row(0).idealProperty().get());
        assertEquals("65", row(0).referenceProperty().get());
        assertEquals("minimize", row(1).directionProperty().get());
        assertEquals("60", row(1).referenceProperty().get());
        assertEquals(Metric.POWER, row(2).metricProperty().get());
        assertThat(model.constraints())
                .allSatisfy(
                        c -> assertThat(c.minProperty().get() + c.maxProperty().get())
                                .isEmpty());
        assertNull(model.problemProperty().get());
    }

    @Test
    void aValidChangeIsCommittedUndoably() {
        row(1).referenceProperty().set(" 45.5 ");
        model.commitObjectives();
        assertEquals(45.5, document.study().objectives().get(1).reference());
        assertEquals("45.5", row(1).referenceProperty().get());
        document.undo();
        assertEquals("60", row(1).referenceProperty().get());
    }

    @Test
    void choosingAMetricSetsItsDirectionAndDroppingOneLeavesTwo() {
        row(2).metricProperty().set(Metric.ENERGY);
        assertEquals("minimize", row(2).directionProperty().get());
        assertEquals(Metric.ENERGY, document.study().objectives().get(2).metric());
        assertNull(model.problemProperty().get());

        row(2).metricProperty().set(Metric.LATENCY);
        assertEquals(
                "objectives[2]: latencyMs is already an objective",
                model.problemProperty().get().message());
        assertEquals("objective-0-metric", model.problemProperty().get().field());

        row(1).metricProperty().set(null);
        assertEquals(
                List.of(Metric.ACCURACY, Metric.LATENCY),
                document.study().objectives().stream().map(Objective::metric).toList());
        assertEquals(Metric.LATENCY, row(1).metricProperty().get(), "the rows show the study's objectives in order");
        assertNull(row(2).metricProperty().get());
    }

    @Test
    void aWrongObjectiveIsRefusedWithItsField() {
        Study before = document.study();
        row(0).idealProperty().set("lots");
        model.commitObjectives();
        assertEquals(
                new ObjectivesViewModel.Problem("objective-0-ideal", "ideal: 'lots' is not a number"),
                model.problemProperty().get());

        row(0).idealProperty().set("60");
        model.commitObjectives();
        assertEquals("objective-0-reference", model.problemProperty().get().field());
        assertThat(model.problemProperty().get().message()).startsWith("accuracy reference: 65.0 must be worse");

        assertEquals(before, document.study(), "nothing invalid reaches the study");

        row(0).idealProperty().set("82");
        row(1).metricProperty().set(null); // accuracy and power are left, shown in rows 0 and 1
        row(1).metricProperty().set(null);
        assertEquals(
                "objectives: choose two or three objectives, got 1",
                model.problemProperty().get().message());
        assertEquals(
                List.of(Metric.ACCURACY, Metric.POWER),
                document.study().objectives().stream().map(Objective::metric).toList());
    }

    @Test
    void constraintsTakeAMinAMaxOrBoth() {
        constraint(Metric.LATENCY).maxProperty().set("30");
        model.commitConstraints();
        assertEquals(
                List.of(Constraint.atMost(Metric.LATENCY, 30)), document.study().constraints());

        constraint(Metric.ACCURACY).minProperty().set("70");
        constraint(Metric.ACCURACY).maxProperty().set("60");
        model.commitConstraints();
        assertEquals("constraint-max-accuracy", model.problemProperty().get().field());
        assertThat(model.problemProperty().get().message()).startsWith("accuracy max: 60.0 is below min 70.0");

        constraint(Metric.ACCURACY).maxProperty().set("");
        constraint(Metric.POWER).minProperty().set("x");
        model.commitConstraints();
        assertEquals(
                new ObjectivesViewModel.Problem("constraint-min-powerw", "min: 'x' is not a number"),
                model.problemProperty().get());

        constraint(Metric.POWER).minProperty().set("");
        constraint(Metric.LATENCY).maxProperty().set(" ");
        model.commitConstraints();
        assertEquals(
                List.of(Constraint.atLeast(Metric.ACCURACY, 70)),
                document.study().constraints());
        assertNull(model.problemProperty().get());
    }

    @Test
    void aFieldBeingEditedIsNotOverwrittenByAStudyChange() {
        model.setEditing("objective-1-reference", true);
        row(1).referenceProperty().set("5");
        document.update(s -> s.withName("renamed while typing"));
        assertEquals("5", row(1).referenceProperty().get());
        assertEquals("65", row(0).referenceProperty().get());

        model.setEditing("objective-1-reference", false);
        document.update(s -> s.withName("renamed again"));
        assertEquals("5", row(1).referenceProperty().get(), "what the user typed is never silently reverted");
        document.edit(s -> s.withObjectives(s.objectives().subList(0, 2), s.constraints()));
        assertEquals("60", row(1).referenceProperty().get(), "a change of the objectives themselves shows");
    }

    @Test
    void anInvalidDraftIsKnownToTheDocumentUntilFixed() {
        row(0).referenceProperty().set("abc");
        model.commitObjectives();
        assertEquals("reference: 'abc' is not a number", document.invalidEdits().get("objectives"));
        document.update(s -> s.withName("a run recorded points"));
        assertEquals("abc", row(0).referenceProperty().get());
        assertEquals(1, document.invalidEdits().size());
        row(0).referenceProperty().set("60");
        model.commitObjectives();
        assertEquals(0, document.invalidEdits().size());
    }
}
