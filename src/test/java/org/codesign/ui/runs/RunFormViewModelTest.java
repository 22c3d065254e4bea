package org.codesign.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.codesign.eval.CodesignMode;
import org.codesign.search.CrossoverKind;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.RunSpec;
import org.codesign.space.Parameter;
import org.codesign.space.ValueLists;
import org.codesign.study.RunRecord;
import org.codesign.study.Samples;
import org.codesign.study.Study;
import org.codesign.ui.study.StudyDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The new-run form's rules without a window: defaults, what applies, why Start is off, the request. */
class RunFormViewModelTest {
    private StudyDocument document;
    private RunFormViewModel form;
    private final List<RunSpec> started = new ArrayList<>();
    private final List<Boolean> paused = new ArrayList<>();

    @BeforeEach
    void openASmallStudy() throws Exception {
        Study study = Samples.load("classroom-small.codesign.json");
        document = new StudyDocument(study.withFixed(null, null), null);
        form = new RunFormViewModel(document, (request, stepping) -> {
            started.add(request.spec());
            paused.add(stepping);
        });
    }

    @Test
    void theDefaultsStartAJointNsga2RunAtOnce() {
        assertEquals(Algorithm.NSGA2, form.algorithmProperty().get());
        assertEquals(CodesignMode.JOINT, form.modeProperty().get());
        assertEquals(2000, form.evaluationsProperty().get());
        assertEquals("1", form.seedProperty().get());
        assertEquals(40, form.populationProperty().get());
        assertEquals(CrossoverKind.TWO_POINT, form.crossoverProperty().get());
        assertThat(form.canStartProperty().get()).isTrue();
        assertEquals("", form.problemProperty().get());
    }

    @Test
    void geneticSettingsApplyToNsga2AndWalkersToTheLocalSearches() {
        for (Algorithm algorithm : RunFormViewModel.ALGORITHMS) {
            form.algorithmProperty().set(algorithm);
            assertEquals(
                    algorithm.label().equals("nsga2"),
                    form.geneticSettingsApply().get(),
                    algorithm.label());
            assertEquals(
                    algorithm.label().equals("local")
                            || algorithm.label().equals("pareto-local")
                            || algorithm.label().equals("nlp-local"),
                    form.walkersApply().get(),
                    algorithm.label());
        }
    }

    @Test
    void anInvalidSpaceDisablesStartWithTheReasonUntilFixed() {
        document.edit(s -> s.withSpaces(
                s.networkSpace().withParameter(new Parameter("resolution", ValueLists.ints(128, 128))),
                s.hardwareSpace()));
        assertThat(form.canStartProperty().get()).isFalse();
        assertThat(form.problemProperty().get())
                .startsWith("Fix the spaces first: ")
                .contains("resolution");

        document.undo();
        assertThat(form.canStartProperty().get()).isTrue();
        assertEquals("", form.problemProperty().get());
    }

    @Test
    void singleSidedModesNeedTheFixedSideChosen() {
        form.modeProperty().set(CodesignMode.NETWORK_ONLY);
        assertEquals(
                "Choose the fixed hardware (Fixed sides) for network-only runs.",
                form.problemProperty().get());
        assertThat(form.canStartProperty().get()).isFalse();
        form.modeProperty().set(CodesignMode.HARDWARE_ONLY);
        assertEquals(
                "Choose the fixed network (Fixed sides) for hardware-only runs.",
                form.problemProperty().get());

        var design = document.study()
                .space()
                .decode(document.study().runs().get(0).points().get(0).genome());
        document.edit(s -> s.withFixed(design.network(), design.hardware()));
        assertThat(form.canStartProperty().get()).isTrue();
        form.modeProperty().set(CodesignMode.SEQUENTIAL);
        assertThat(form.canStartProperty().get()).isTrue();
    }

    @Test
    void startSendsTheFormsRequestAndMovesTheSeedOn() {
        form.algorithmProperty().set(Algorithm.PARETO_LOCAL);
        form.evaluationsProperty().set(500);
        form.startsProperty().set(3);
        form.threadsProperty().set(2);
        form.seedProperty().set(" 41 ");

        form.start(true);

        RunSpec request = started.get(0);
        assertEquals("pareto-local", request.algorithm().label());
        assertEquals(500, request.budget());
        assertEquals(41, request.seed());
        assertEquals(3, request.starts());
        assertEquals(2, request.threads());
        assertEquals(List.of(true), paused);
        assertEquals("42", form.seedProperty().get());
        assertEquals("Pareto local search · joint · seed 41", RunFormViewModel.defaultName(request));
    }

    @Test
    void aBadSettingIsExplainedAndNothingStarts() {
        form.seedProperty().set("forty");
        form.start(false);
        assertEquals(
                "seed: 'forty' is not a whole number", form.problemProperty().get());

        form.seedProperty().set("7");
        form.crossoverRateProperty().set(1.5);
        form.start(false);
        assertEquals(
                "crossoverRate: must be between 0 and 1, got 1.5",
                form.problemProperty().get());
        assertThat(started).isEmpty();
        assertEquals("7", form.seedProperty().get(), "the seed moves on only when a run starts");

        form.crossoverRateProperty().set(0.8);
        form.start(false);
        assertEquals(1, started.size());
        assertEquals("", form.problemProperty().get());
    }

    @Test
    void aDuplicateRepeatsTheRunWithAnUnusedSeed() {
        Study study = document.study();
        RunRecord run = study.runs().get(0);
        long highest = study.runs().stream().mapToLong(RunRecord::seed).max().orElseThrow();

        RunSpec again = RunFormViewModel.duplicate(study, run).spec();

        assertEquals(highest + 1, again.seed());
        assertEquals(run.algorithm(), again.algorithm().label());
        assertEquals(run.mode(), again.mode());
        assertEquals(run.budget(), again.budget());
    }

    @Test
    void algorithmsAndCrossoversHaveReadableNames() {
        assertEquals("NSGA-II", RunFormViewModel.algorithmName("nsga2"));
        assertEquals("Exhaustive", RunFormViewModel.algorithmName("exhaustive"));
        assertEquals("two-point", RunFormViewModel.crossoverName(CrossoverKind.TWO_POINT));
    }

    @Test
    void anInvalidEditNotYetCommittedBlocksStart() {
        document.invalidEdits().put("objectives", "reference: 'abc' is not a number");
        assertThat(form.canStartProperty().get()).isFalse();
        assertThat(form.problemProperty().get())
                .isEqualTo("Fix the objectives first: reference: 'abc' is not a number");
        document.invalidEdits().remove("objectives");
        assertThat(form.canStartProperty().get()).isTrue();
    }
}
