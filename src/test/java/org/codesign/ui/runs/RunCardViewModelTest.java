package org.codesign.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.StandardModels;
import org.codesign.search.RunStatus;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.RunSpec;
import org.codesign.study.RunRecord;
import org.codesign.study.Samples;
import org.codesign.study.Study;
import org.codesign.study.StudyRuns;
import org.junit.jupiter.api.Test;

/** A run card's state without a window: a stored run as found, a live run following its controller. */
class RunCardViewModelTest {
    private static RunRecord stored(RunRecord.Status status) throws Exception {
        RunRecord full = Samples.load("classroom-small.codesign.json").runs().get(0);
        return new RunRecord(
                full.id(),
                "exhaustive sweep",
                "exhaustive",
                CodesignMode.JOINT,
                7,
                0,
                100,
                full.settings(),
                status,
                full.startedAt(),
                65_000,
                List.<double[]>of(new double[] {30, 0.76}),
                full.points().subList(0, 30));
    }

    @Test
    void aStoredRunShowsWhatItFoundAndNoControlWorks() throws Exception {
        RunCardViewModel card = new RunCardViewModel(stored(RunRecord.Status.FINISHED));
        assertEquals("exhaustive sweep", card.nameProperty().get());
        assertEquals(RunRecord.Status.FINISHED.label(), card.stateProperty().get());
        assertEquals(1.0, card.progressProperty().get(), "finished is complete even below the budget");
        assertEquals(
                "30 / 100 evals · Exhaustive · joint · seed 7 · 1:05",
                card.summaryProperty().get());
        assertThat(card.canPauseProperty().get()
                        || card.canStepProperty().get()
                        || card.canCancelProperty().get())
                .isFalse();
        assertEquals(1, card.hypervolume().size());
    }

    @Test
    void aRunThatWasGoingWhenSavedIsStopped() throws Exception {
        assertEquals(
                "stopped",
                new RunCardViewModel(stored(RunRecord.Status.RUNNING))
                        .stateProperty()
                        .get());
        assertEquals(
                "stopped",
                new RunCardViewModel(stored(RunRecord.Status.PAUSED))
                        .stateProperty()
                        .get());
    }

    @Test
    void aStoppedRunWithACheckpointOffersResumeAndOthersDoNot() throws Exception {
        RunCardViewModel card = new RunCardViewModel(stored(RunRecord.Status.RUNNING));
        int[] resumed = {0};
        card.onResume(() -> resumed[0]++);
        assertThat(card.canPauseProperty().get()).as("without a checkpoint").isFalse();

        card.show(stored(RunRecord.Status.RUNNING), true);
        assertEquals("stopped", card.stateProperty().get());
        assertEquals("Resume", card.pauseTextProperty().get());
        assertThat(card.canPauseProperty().get()).isTrue();
        card.togglePause();
        assertEquals(1, resumed[0], "Resume continues the stored run");

        card.show(stored(RunRecord.Status.CANCELLED), false);
        assertThat(card.canPauseProperty().get()).isFalse();
        assertEquals("Pause", card.pauseTextProperty().get());
    }

    @Test
    void aLiveRunsControlsFollowItsStatus() throws Exception {
        Study study = Samples.load("classroom-small.codesign.json");
        RunSpec request = RunSpec.of(Algorithm.NSGA2, CodesignMode.JOINT, 1_000_000, 1);
        RunController controller = new RunController(
                "run-9", StudyRuns.newRun(study, request, StandardModels.evaluator("builtin", "edp")));
        RunCardViewModel card = new RunCardViewModel(StudyRuns.record("run-9", "live", request, "now"));
        card.attach(controller);
        try {
            controller.start(true);
            assertEquals("paused", card.stateProperty().get());
            assertEquals("Resume", card.pauseTextProperty().get());
            assertThat(card.canStepProperty().get()).isTrue();

            card.togglePause();
            assertEquals(RunStatus.RUNNING, controller.statusProperty().get());
            assertEquals("Pause", card.pauseTextProperty().get());
            assertThat(card.canStepProperty().get())
                    .as("a running run does not step")
                    .isFalse();
            assertThat(card.canCancelProperty().get()).isTrue();

            card.show(StudyRuns.record("run-9", "renamed", request, "now"), false);
            assertEquals("renamed", card.nameProperty().get());
            assertEquals("running", card.stateProperty().get(), "a live run's state is its controller's");
        } finally {
            controller.run().close();
        }
    }
}
