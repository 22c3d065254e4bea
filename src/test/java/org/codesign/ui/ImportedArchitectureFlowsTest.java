package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.codesign.ui.FxWait.await;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.codesign.cost.timeloop.TimeloopCases;
import org.codesign.eval.CodesignMode;
import org.codesign.space.ParamValue;
import org.codesign.space.TimeloopHardwareConfig;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17, item 5 in the window: a study whose hardware space is an imported Timeloop
 * architecture opens with a row per attribute in the hardware-space editor; the user types a
 * new value list for the PE array's width, picks hardware-only and starts a run; its points are
 * evaluated on the architecture with the widths typed.
 */
@ExtendWith(ApplicationExtension.class)
class ImportedArchitectureFlowsTest {
    @TempDir
    static Path dir;

    private StudyDocument document;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path file = TimeloopCases.importedArchitectureStudy(dir);
        document = new StudyDocument(StudyLoader.load(file), file);
        window = new MainWindow(stage, document, new MemoryPreferences(), new AnsweringChoosers());
        stage.show();
        stage.requestFocus();
    }

    @Test
    void anAttributeTypedInTheEditorIsSearchedByARunFromTheForm(FxRobot robot) {
        TextField meshX = robot.lookup("#values-pe-meshx").queryAs(TextField.class);
        assertThat(meshX.getText()).isEqualTo("8.0, 16.0");
        assertThat(robot.lookup("#values-shared-glb-depth")
                        .queryAs(TextField.class)
                        .getText())
                .isEqualTo("4096.0, 16384.0");
        robot.clickOn("Hardware space"); // the editor's collapsed pane
        // The pane expands with an animation: click again until the field has moved into place
        // and taken the focus, as a user would.
        for (int i = 0; i < 20 && !meshX.isFocused(); i++) {
            robot.sleep(150);
            robot.clickOn(meshX);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(meshX.isFocused()).as("the PE.meshX field took the focus").isTrue();
        robot.interact(() -> meshX.setText("4, 12"));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Study edited = document.study();
        assertThat(edited.hardwareSpace().design().parameters().stream()
                        .filter(p -> p.name().equals("PE.meshX"))
                        .findFirst()
                        .orElseThrow()
                        .values())
                .extracting(ParamValue::label)
                .containsExactly("4.0", "12.0");
        // the fixed hardware's 16 is no longer in the list: a hardware-only run does not use it
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
        Set<Double> widths = new HashSet<>();
        for (EvaluatedPoint p : s.runs().get(0).points()) {
            assertThat(p.feasible())
                    .as("point %d: %s", p.index(), p.infeasibleReason())
                    .isTrue();
            TimeloopHardwareConfig hw =
                    (TimeloopHardwareConfig) s.space().decode(p.genome()).hardware();
            widths.add(hw.attributes().get("PE.meshX"));
        }
        assertThat(s.runs().get(0).points()).hasSize(10);
        assertThat(widths).isSubsetOf(4.0, 12.0).isNotEmpty();
        assertThat(window.store().entries()).hasSize(10);
    }
}
