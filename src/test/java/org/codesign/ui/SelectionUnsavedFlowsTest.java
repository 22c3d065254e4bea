package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.codesign.study.PointRef;
import org.codesign.study.Samples;
import org.codesign.study.StudyFiles;
import org.codesign.ui.pareto.ScatterView;
import org.codesign.ui.points.PointEntry;
import org.codesign.ui.study.StudyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A brushed selection is an unsaved change (issue 12: never silently lost): open a study, brush,
 * and the title says unsaved; New and closing the window ask first; Save clears it, and the
 * study opened again has the same points selected.
 */
@ExtendWith({ApplicationExtension.class, GuiToolkitCondition.class})
class SelectionUnsavedFlowsTest {
    @TempDir
    Path dir;

    private Stage stage;
    private MainWindow window;
    private StudyDocument document;
    private AnsweringChoosers choosers;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        choosers = new AnsweringChoosers();
        document = new StudyDocument(Samples.load(Samples.DEFAULT), null);
        window = new MainWindow(stage, document, new MemoryPreferences(), choosers);
        stage.show();
        stage.requestFocus();
    }

    @Test
    void aBrushAsksToBeSavedBeforeNewOrCloseAndComesBackOnceSaved(FxRobot robot) throws Exception {
        Path file = dir.resolve("classroom.codesign.json");
        StudyFiles.save(Samples.load("classroom-small.codesign.json"), file);
        open(robot, file);
        assertThat(document.isDirty()).as("a study just opened").isFalse();
        assertThat(stage.getTitle()).doesNotContain("•");

        List<PointRef> brushed = brush(robot);
        assertThat(document.isDirty())
                .as("brushed: the selection is not saved yet")
                .isTrue();
        assertThat(stage.getTitle()).contains("•");

        // File ▸ New asks; Cancel keeps the study and its selection
        fileMenu(robot, "New");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Don't Save").tryQuery())
                .as("the unsaved-changes prompt")
                .isPresent();
        promptButton(robot, "Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document.file()).isEqualTo(file);
        assertThat(selectedPoints()).containsExactlyInAnyOrderElementsOf(brushed);

        // closing the window asks too; Cancel keeps it open
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Don't Save").tryQuery())
                .as("the prompt on close")
                .isPresent();
        promptButton(robot, "Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();

        robot.interact(stage::toFront); // the prompts took the front
        fileMenu(robot, "Save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document.isDirty()).as("saved").isFalse();
        assertThat(stage.getTitle()).doesNotContain("•");
        assertThat(StudyFiles.load(file).selection()).containsExactlyInAnyOrderElementsOf(brushed);

        // nothing unsaved: New asks nothing, and the study opened again has the same selection
        robot.interact(stage::toFront);
        fileMenu(robot, "New");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Don't Save").tryQuery()).isEmpty();
        assertThat(document.file()).isNull();
        open(robot, file);
        assertThat(selectedPoints()).containsExactlyInAnyOrderElementsOf(brushed);
        assertThat(document.isDirty()).as("the restored selection is no change").isFalse();
    }

    private void open(FxRobot robot, Path file) {
        choosers.answer(file, "Co-Design studies and stores");
        robot.interact(stage::toFront);
        fileMenu(robot, "Open…");
        FxWait.await(
                "the study to open",
                () -> file.equals(document.file()) && window.store().entries().size() == 3780);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Drags a rectangle over the middle of the latency–accuracy projection. */
    private List<PointRef> brush(FxRobot robot) {
        ScatterView xy = window.pareto().projections().stream()
                .filter(p -> p.getId().equals("projection-xy"))
                .findFirst()
                .orElseThrow();
        FxWait.await("the projection to lay out", () -> xy.getCanvas().getWidth() > 100);
        double w = xy.getCanvas().getWidth();
        double h = xy.getCanvas().getHeight();
        robot.moveTo(xy.getCanvas().localToScreen(w * 0.3, h * 0.3)).press(MouseButton.PRIMARY);
        robot.moveTo(xy.getCanvas().localToScreen(w * 0.5, h * 0.5));
        robot.moveTo(xy.getCanvas().localToScreen(w * 0.7, h * 0.7)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        List<PointRef> selected = selectedPoints();
        assertThat(selected).as("the brush selected points").hasSizeGreaterThan(10);
        return selected;
    }

    private List<PointRef> selectedPoints() {
        List<PointRef> list = new ArrayList<>();
        BitSet bits = window.selection().positions();
        bits.stream().forEach(i -> {
            PointEntry e = window.store().entries().get(i);
            list.add(new PointRef(e.runId(), e.index()));
        });
        return list;
    }

    /** File ▸ ITEM, once the menu bar is back after a prompt closed (slow under a loaded machine). */
    private static void fileMenu(FxRobot robot, String item) {
        try {
            WaitForAsyncUtils.waitFor(
                    10, TimeUnit.SECONDS, () -> robot.lookup("File").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the File menu did not come back", e);
        }
        robot.clickOn("File").clickOn(item);
    }

    /**
     * A button of the unsaved-changes prompt: a plain "Cancel" query can hit another Cancel in the
     * window (a run card's), leaving the prompt open for the next click.
     */
    private static void promptButton(FxRobot robot, String text) {
        robot.clickOn(
                robot.from(robot.lookup(".dialog-pane").queryAll()).lookup(text).queryButton());
    }
}
