package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.stage.Stage;
import org.codesign.study.Samples;
import org.codesign.ui.study.StudyDocument;
import org.codesign.ui.teaching.TeachingViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presentation mode styles the teaching view without a CSS warning: JavaFX logs a look-up it
 * cannot resolve ("ClassCastException: String cannot be cast to Paint" for Modena's buttons and
 * text fields) on the {@code javafx.css} logger, and the view did that by the hundred when it
 * came back from the presentation window.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationStyleFlowsTest {
    /** JavaFX's CSS logger (com.sun.javafx.util.Logging.getCSSLogger()). */
    private static final Logger CSS = Logger.getLogger("javafx.css");

    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(r.getMessage());
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = new MainWindow(stage, new StudyDocument(Samples.load(Samples.DEFAULT), null), new MemoryPreferences());
        stage.show();
    }

    @BeforeEach
    void listen() {
        CSS.addHandler(capture);
    }

    @AfterEach
    void stop(FxRobot robot) {
        CSS.removeHandler(capture);
        robot.interact(
                () -> window.generation().viewModel().presentationProperty().set(false));
    }

    @Test
    void presentingAndComingBackLogsNoCssWarning(FxRobot robot) throws Exception {
        robot.interact(() -> window.openSample("classroom-small.codesign.json"));
        robot.clickOn("Generation (teaching)");
        TeachingViewModel vm = window.generation().viewModel();
        robot.clickOn("#teach-step");
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> vm.generations() == 1 && !vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(warnings).as("before presenting").isEmpty();

        robot.clickOn("#teach-presentation");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> window.generation().presentationStage() != null
                        && window.generation().presentationStage().isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(warnings).as("presenting").isEmpty();

        robot.interact(() -> vm.presentationProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.generation().presentationStage()).isNull();
        // the controls are back in the window, styled: a step still works from them
        robot.clickOn("#teach-step");
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> vm.generations() == 2 && !vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(warnings).as("back in the window").isEmpty();
    }
}
