package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.prefs.Preferences;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.codesign.space.ValueLists;
import org.codesign.study.Studies;
import org.codesign.ui.study.StudyDocument;
import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SpaceEditorTest {
    private StudyDocument document;

    @Start
    void start(Stage stage) throws Exception {
        var base = Studies.defaultStudy();
        // Opens with one invalid list (stage5.depth) to check that problems show at once.
        document = new StudyDocument(
                base.withSpaces(
                        base.networkSpace()
                                .withParameter(
                                        new org.codesign.space.Parameter("stage5.depth", ValueLists.ints(2, 3, 3))),
                        base.hardwareSpace()),
                null);
        Preferences prefs = Preferences.userRoot().node("codesign-test-" + System.nanoTime());
        new MainWindow(stage, document, prefs);
        stage.show();
        stage.requestFocus();
    }

    @Test
    void invalidValuesAreDecoratedAndBlockTheStudy(FxRobot robot) {
        TextField depth = robot.lookup("#values-stage2-depth").queryAs(TextField.class);
        robot.clickOn(depth);
        robot.interact(() -> depth.setText("2, 0, 9"));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        awaitDecoration(depth);
        assertThat(document.study().space().validate())
                .contains(
                        "network space: stage2.depth: 0 is not positive",
                        "network space: stage2.depth: 9 is outside 1 … 4 blocks");
        assertThat(robot.lookup("#network-space-editor-problems").queryLabeled().getText())
                .contains("stage2.depth: 0 is not positive");
        assertThat(document.isDirty()).isTrue();
        // An invalid space cannot start a run, and the form says why.
        assertThat(robot.lookup("#run-start").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#run-problem").queryLabeled().getText())
                .startsWith("Fix the spaces first:")
                .contains("stage2.depth: 0 is not positive");
    }

    /** Validation results arrive through a few FX pulses. */
    private static void awaitDecoration(TextField field) {
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> {
                var d = Decorator.getDecorations(field);
                return d != null && !d.isEmpty();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no validation decoration on " + field.getId());
        }
    }

    @Test
    void problemsOfTheFirstStudyAreDecoratedAtOnce(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TextField depth = robot.lookup("#values-stage5-depth").queryAs(TextField.class);
        awaitDecoration(depth);
        assertThat(Decorator.getDecorations(robot.lookup("#values-stage4-depth").queryAs(TextField.class)))
                .isNullOrEmpty();
    }

    @Test
    void problemsOfAnOpenedStudyAreDecoratedAtOnce(FxRobot robot) {
        robot.interact(() -> document.replace(
                document.study()
                        .withSpaces(
                                document.study()
                                        .networkSpace()
                                        .withParameter(new org.codesign.space.Parameter(
                                                "resolution", ValueLists.ints(128, 128))),
                                document.study().hardwareSpace()),
                null));
        WaitForAsyncUtils.waitForFxEvents();
        TextField resolution = robot.lookup("#values-resolution").queryAs(TextField.class);
        assertEquals("128, 128", resolution.getText());
        awaitDecoration(resolution);
    }

    @Test
    void sizeFollowsTheTextAndUndoRestores(FxRobot robot) {
        robot.interact(() -> document.replace(Studies.defaultStudy(), null));
        TextField width = robot.lookup("#values-widthmult").queryAs(TextField.class);
        String before =
                robot.lookup("#network-space-editor-size").queryLabeled().getText();
        robot.clickOn(width);
        robot.interact(() -> width.setText("1.0"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "1.5 × 10^20 configurations",
                robot.lookup("#network-space-editor-size").queryLabeled().getText());
        assertThat(before).isEqualTo("3.0 × 10^20 configurations");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                ValueLists.decimals(1.0),
                document.study().networkSpace().design().parameter("widthMult").values());
        robot.interact(document::undo);
        assertEquals(
                ValueLists.decimals(1.0, 1.2),
                document.study().networkSpace().design().parameter("widthMult").values());
        assertEquals("1.0, 1.2", width.getText());
    }
}
