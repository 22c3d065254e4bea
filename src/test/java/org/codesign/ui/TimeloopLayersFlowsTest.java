package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.codesign.ui.FxWait.await;

import java.nio.file.Path;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.codesign.cost.timeloop.TimeloopCases;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.Metric;
import org.codesign.space.TimeloopLayersConfig;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;
import org.codesign.study.store.StudyLoader;
import org.codesign.ui.study.StudyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 17, item 5 in the window: a study whose fixed network is a {@code layer_shapes/} folder of
 * Timeloop problems opens with the folder in the network-space editor; the user picks
 * hardware-only and starts a run; every point runs the problems' layers on an accelerator.
 */
@ExtendWith(ApplicationExtension.class)
class TimeloopLayersFlowsTest {
    @TempDir
    static Path dir;

    private StudyDocument document;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path file = TimeloopCases.layerShapesStudy(dir);
        document = new StudyDocument(StudyLoader.load(file), file);
        window = new MainWindow(stage, document, new MemoryPreferences(), new AnsweringChoosers());
        stage.show();
        stage.requestFocus();
    }

    @Test
    void aHardwareOnlyRunFromTheFormSearchesTheAcceleratorForTheProblemFolder(FxRobot robot) {
        assertThat(robot.lookup("#values-folder").queryAs(TextField.class).getText())
                .isEqualTo("layer_shapes");
        @SuppressWarnings("unchecked")
        ChoiceBox<CodesignMode> mode = robot.lookup("#run-mode").queryAs(ChoiceBox.class);
        robot.clickOn(mode).clickOn(CodesignMode.HARDWARE_ONLY.label());
        assertThat(mode.getValue()).isEqualTo(CodesignMode.HARDWARE_ONLY);
        @SuppressWarnings("unchecked")
        Spinner<Integer> evals = robot.lookup("#run-evaluations").queryAs(Spinner.class);
        robot.interact(() -> evals.getValueFactory().setValue(10));
        robot.clickOn("#run-start");

        await(
                "the run to finish",
                () -> window.runs().liveRuns().isEmpty()
                        && document.study().runs().size() == 1
                        && document.study().runs().get(0).status() == RunRecord.Status.FINISHED);
        Study s = document.study();
        assertThat(s.runs().get(0).points()).hasSize(10);
        for (EvaluatedPoint p : s.runs().get(0).points()) {
            assertThat(p.feasible())
                    .as("point %d: %s", p.index(), p.infeasibleReason())
                    .isTrue();
            assertThat(s.space().decode(p.genome()).network()).isEqualTo(new TimeloopLayersConfig("layer_shapes"));
            assertThat(p.metric(Metric.MACS)).isEqualTo((double) TimeloopCases.LAYER_SHAPES_MACS);
            assertThat(p.metric(Metric.LATENCY)).isPositive();
        }
        assertThat(window.store().entries()).hasSize(10);
    }
}
