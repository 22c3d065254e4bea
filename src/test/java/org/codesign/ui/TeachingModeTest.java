package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.codesign.eval.Metric;
import org.codesign.study.Samples;
import org.codesign.ui.study.StudyDocument;
import org.codesign.ui.teaching.GenerationView;
import org.codesign.ui.teaching.TeachingViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Teaching mode on classroom-small: NSGA-II one generation at a time over the exact front. */
@ExtendWith(ApplicationExtension.class)
class TeachingModeTest {
    private StudyDocument document;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        document = new StudyDocument(Samples.load("classroom-small.codesign.json"), null);
        window = new MainWindow(stage, document, Preferences.userRoot().node("codesign-test-" + System.nanoTime()));
        stage.show();
        stage.requestFocus();
    }

    @Test
    void steppingShowsRanksCrowdingAndTheTrueFront(FxRobot robot) throws Exception {
        assertThat(GenerationView.trueFront(document.study(), Metric.LATENCY, Metric.ACCURACY)
                        .getDataCount())
                .as("the sample ships its exhaustive run")
                .isGreaterThan(10);
        @SuppressWarnings("unchecked")
        Spinner<Integer> population = robot.lookup("#run-population").queryAs(Spinner.class);
        robot.interact(() -> population.getValueFactory().setValue(20));
        robot.clickOn("#run-start-paused");
        robot.clickOn("#generation-step");
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> window.generation().shownIndividuals() == 20);
        var table = robot.lookup("#generation-table").queryTableView();
        assertThat(table.getItems()).hasSize(20);
        assertThat(((TeachingViewModel.Row) table.getItems().get(0)).rank()).isZero();
        robot.clickOn("#generation-step");
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> table.getItems().stream().anyMatch(r -> ((TeachingViewModel.Row) r).offspring()));
        assertEquals(20, table.getItems().size());
        assertThat(robot.lookup("#generation-view .label").queryAll().stream()
                        .map(n -> ((javafx.scene.control.Label) n).getText())
                        .anyMatch(t -> t.contains("true front")))
                .isTrue();
        window.runs().cancelAll();
    }
}
