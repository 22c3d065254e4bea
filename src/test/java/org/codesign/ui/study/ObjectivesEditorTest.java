package org.codesign.ui.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.codesign.eval.Constraint;
import org.codesign.eval.Metric;
import org.codesign.study.Studies;
import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The objectives editor binds its view-model: a refused value is decorated, a valid one committed. */
@ExtendWith(ApplicationExtension.class)
class ObjectivesEditorTest {
    private StudyDocument document;

    @Start
    void start(Stage stage) {
        document = new StudyDocument(Studies.defaultStudy(), null);
        stage.setScene(new Scene(new ObjectivesEditor(document), 520, 420));
        stage.show();
    }

    private static boolean decorated(TextField field) {
        var d = Decorator.getDecorations(field);
        return d != null && !d.isEmpty();
    }

    @Test
    void aRefusedValueIsDecoratedAndAFixedOneCommitted(FxRobot robot) throws Exception {
        TextField max = robot.lookup("#constraint-max-latencyms").queryAs(TextField.class);
        robot.clickOn(max).write("soon").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> decorated(max));
        assertEquals(
                "max: 'soon' is not a number",
                robot.lookup("#objectives-problem").queryLabeled().getText());
        assertThat(document.study().constraints()).isEmpty();

        robot.interact(() -> max.setText("30"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !decorated(max));
        assertEquals("", robot.lookup("#objectives-problem").queryLabeled().getText());
        assertEquals(
                java.util.List.of(Constraint.atMost(Metric.LATENCY, 30)),
                document.study().constraints());
        assertEquals(
                "60",
                robot.lookup("#objective-1-reference").queryAs(TextField.class).getText());
    }
}
