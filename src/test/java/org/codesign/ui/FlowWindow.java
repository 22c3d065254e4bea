package org.codesign.ui;

import static org.codesign.ui.FxWait.await;

import javafx.stage.Stage;
import org.codesign.study.Samples;
import org.codesign.ui.study.StudyDocument;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window the view flow tests start from: the default study, in-memory preferences (the
 * user's own are never touched) and file dialogs the test answers.
 */
record FlowWindow(MainWindow window, AnsweringChoosers choosers) {
    /** Shown at the window's own default size, focused. */
    static FlowWindow show(Stage stage) throws Exception {
        FlowWindow f = make(stage);
        stage.show();
        stage.requestFocus();
        return f;
    }

    /** Shown at {@code width}×{@code height}, focused. */
    static FlowWindow show(Stage stage, double width, double height) throws Exception {
        FlowWindow f = make(stage);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        stage.requestFocus();
        return f;
    }

    private static FlowWindow make(Stage stage) throws Exception {
        AnsweringChoosers choosers = new AnsweringChoosers();
        MainWindow window = new MainWindow(
                stage, new StudyDocument(Samples.load(Samples.DEFAULT), null), new MemoryPreferences(), choosers);
        return new FlowWindow(window, choosers);
    }

    /**
     * File ▸ Open Sample ▸ classroom-small, then waits until the x–y projection draws every
     * feasible point; their number.
     */
    static long openClassroom(FxRobot robot, MainWindow window) {
        robot.clickOn("File").clickOn("Open Sample").moveTo("default").clickOn("classroom-small");
        WaitForAsyncUtils.waitForFxEvents();
        long feasible =
                window.store().entries().stream().filter(e -> e.feasible()).count();
        await("the projection to draw the sample", () -> {
            int[] drawn = window.pareto().projections().get(0).drawnCounts();
            return drawn[0] + drawn[1] == feasible;
        });
        return feasible;
    }
}
