package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.codesign.eval.Metric;
import org.codesign.study.Samples;
import org.codesign.study.Study;
import org.codesign.ui.study.StudyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walks through the real window the way a user does (menus, clicks, typing) and checks that what
 * it shows is true: issue 13's defects, each reproduced here first.
 */
@ExtendWith(ApplicationExtension.class)
class UserFlowsTest {
    private StudyDocument document;
    private MainWindow window;
    private Stage stage;
    /** In memory: the user's own window placement and recent files are never touched. */
    private Preferences preferences;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        preferences = new MemoryPreferences();
        document = new StudyDocument(Samples.load(Samples.DEFAULT), null);
        window = new MainWindow(stage, document, preferences);
        stage.show();
        stage.requestFocus();
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what);
        }
    }

    private void runToTheEnd(FxRobot robot, int evaluations) {
        @SuppressWarnings("unchecked")
        Spinner<Integer> evals = robot.lookup("#run-evaluations").queryAs(Spinner.class);
        robot.interact(() -> evals.getValueFactory().setValue(evaluations));
        robot.clickOn("#run-start");
        await(
                "the run to finish",
                () -> window.runs().liveRuns().isEmpty()
                        && window.store().entries().size() == evaluations);
    }

    @SuppressWarnings("unchecked")
    private static ChoiceBox<Metric> axisX(FxRobot robot) {
        return robot.lookup("#axis-x").queryAs(ChoiceBox.class);
    }

    /** Opens an editor's pane and waits out its animation, so clicks land on the fields' final places. */
    static void expand(FxRobot robot, String title) {
        robot.clickOn(title);
        WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Selects the field's text and types over it, then Enter, as a user corrects a value. */
    static void typeInto(FxRobot robot, String field, String text) {
        Node node = robot.lookup(field).query();
        // keys go to the focused window: after other suites' windows, make it this one
        robot.interact(() -> node.getScene().getWindow().requestFocus());
        robot.doubleClickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text a label really shows (its skin's text node): "…" when it is cut short. */
    private static String shown(Node label) {
        Text text = (Text) label.lookup(".text");
        return text == null ? ((Labeled) label).getText() : text.getText();
    }

    @Test
    void openingAnotherStudyShowsOnlyItsPoints(FxRobot robot) {
        runToTheEnd(robot, 120);
        robot.interact(() -> axisX(robot).setValue(Metric.ENERGY));
        expand(robot, "Objectives and constraints");
        typeInto(robot, "#objective-0-reference", "not a number");
        assertThat(robot.lookup("#objectives-problem").queryLabeled().getText()).isNotEmpty();
        // along the submenu's first item, so the pointer does not cross the File menu's other items
        robot.clickOn("File").clickOn("Open Sample").moveTo("default").clickOn("classroom-small");
        robot.clickOn("Don't Save");
        WaitForAsyncUtils.waitForFxEvents();
        Study classroom = document.study();
        assertThat(classroom.name()).startsWith("Classroom");
        int points = classroom.runs().get(0).points().size();
        assertThat(window.store().entries())
                .as("the store holds the classroom study's points, not the default study's")
                .hasSize(points)
                .allMatch(e -> classroom.runs().get(0).points().contains(e.point()));
        assertThat(window.table().table().getItems().size()).isLessThanOrEqualTo(points);
        long feasible =
                window.store().entries().stream().filter(e -> e.feasible()).count();
        await("the plot to draw the classroom study's feasible points, drew " + drawn(), () -> drawn() == feasible);
        assertThat(axisX(robot).getValue())
                .as("the plot's axes are the classroom study's objectives")
                .isEqualTo(Metric.LATENCY);
        assertThat(robot.lookup("#objectives-problem").queryLabeled().getText())
                .as("the old study's validation message is gone")
                .isEmpty();
        assertThat(robot.lookup("#objective-0-reference")
                        .queryTextInputControl()
                        .getText())
                .isEqualTo("44");
    }

    private int drawn() {
        int[] counts = window.pareto().projections().get(0).drawnCounts();
        return counts[0] + counts[1];
    }

    @Test
    void theColourBarShowsItsValuesAndUnit(FxRobot robot) {
        runToTheEnd(robot, 80);
        robot.clickOn("#color-mode").clickOn("a fourth metric");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = robot.lookup("#plot-legend .label").queryAll().stream()
                .map(UserFlowsTest::shown)
                .toList();
        assertThat(texts).as("legend labels as drawn").noneMatch(t -> t.contains("…") || t.contains("..."));
        assertThat(String.join(" ", texts)).containsPattern("\\(.+\\)");
    }

    @Test
    void theValueListDialogRefusesADuplicate(FxRobot robot) {
        TextField depth = robot.lookup("#values-stage2-depth").queryAs(TextField.class);
        String before = depth.getText();
        String first = before.split(",")[0].trim();
        robot.clickOn("#edit-stage2-depth");
        robot.clickOn("#new-value").write(first).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#new-value-problem").queryLabeled().getText())
                .as("the dialog says why next to the field")
                .isEqualTo(first + " is already in the list");
        assertThat(robot.lookup("#new-value").queryTextInputControl().getText())
                .as("what was typed stays to be corrected")
                .isEqualTo(first);
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(depth.getText()).as("no duplicate committed").isEqualTo(before);
    }

    @Test
    void objectiveDirectionsShowWithoutAClick(FxRobot robot) {
        expand(robot, "Objectives and constraints");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownDirection(robot, 0))
                .as("the first objective's direction as shown")
                .isEqualTo("maximize");
        assertThat(shownDirection(robot, 1)).isEqualTo("minimize");
    }

    /** What the direction box displays (its button cell), not just its value. */
    private static String shownDirection(FxRobot robot, int row) {
        ComboBox<?> box = robot.lookup("#objective-" + row + "-direction").queryAs(ComboBox.class);
        Node shown = ((ComboBoxListViewSkin<?>) box.getSkin()).getDisplayNode();
        return ((Labeled) shown).getText();
    }

    @Test
    void aProblemShownNextToAFieldStylesTheWindowWithoutCssWarnings(FxRobot robot) {
        List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Logger css = java.util.logging.Logger.getLogger("javafx.css");
        java.util.logging.Handler counter = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                warnings.add(r.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        css.addHandler(counter);
        try {
            expand(robot, "Objectives and constraints");
            typeInto(robot, "#objective-0-reference", "x");
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            css.removeHandler(counter);
        }
        assertThat(warnings)
                .as("CSS warnings while the first decoration appears")
                .isEmpty();
    }

    @Test
    void theWindowOpensLargeAndWhereItWasLeft(FxRobot robot) throws Exception {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(stage.getWidth()).isGreaterThanOrEqualTo(Math.min(1280, screen.getWidth()));
        assertThat(stage.getHeight()).isGreaterThanOrEqualTo(Math.min(800, screen.getHeight()));
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1300);
            stage.setHeight(820);
        });
        robot.interact(stage::hide);
        Stage again = WaitForAsyncUtils.asyncFx(() -> {
                    Stage s = new Stage();
                    new MainWindow(s, new StudyDocument(Samples.load(Samples.DEFAULT), null), preferences);
                    s.show();
                    return s;
                })
                .get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(List.of(again.getX(), again.getY(), again.getWidth(), again.getHeight()))
                .as("the next start opens where the window was left")
                .containsExactly(40.0, 30.0, 1300.0, 820.0);
        robot.interact(() -> again.setMaximized(true));
        robot.interact(again::hide);
        Stage third = WaitForAsyncUtils.asyncFx(() -> {
                    Stage s = new Stage();
                    new MainWindow(s, new StudyDocument(Samples.load(Samples.DEFAULT), null), preferences);
                    return s;
                })
                .get();
        assertThat(third.isMaximized()).as("and maximized if it was").isTrue();
        robot.interact(() -> {
            stage.show(); // the primary stage again, for the tests that follow
            stage.requestFocus();
        });
    }

    @Test
    void anInvalidObjectiveStaysInViewSaysWhyAndBlocksStart(FxRobot robot) {
        @SuppressWarnings("unchecked")
        Spinner<Integer> evals = robot.lookup("#run-evaluations").queryAs(Spinner.class);
        robot.interact(() -> evals.getValueFactory().setValue(1_000_000));
        robot.clickOn("#run-start");
        await("the run", () -> window.store().entries().size() > 0);
        expand(robot, "Objectives and constraints");
        // the constraints' grid within the editor (scene positions would include scrolling)
        Node constraints = robot.lookup("#constraint-min-accuracy").query().getParent();
        double before = constraints.getBoundsInParent().getMinY();
        typeInto(robot, "#objective-0-reference", "abc");
        robot.clickOn("#constraint-min-accuracy"); // leaves the field, as a user moves on
        assertThat(constraints.getBoundsInParent().getMinY())
                .as("the fields below do not jump when the reason appears")
                .isEqualTo(before);
        // the run records its points in the study every two seconds: the study changes meanwhile
        WaitForAsyncUtils.sleep(2500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#objective-0-reference")
                        .queryTextInputControl()
                        .getText())
                .as("the invalid value stays in view")
                .isEqualTo("abc");
        assertThat(robot.lookup("#objectives-problem").queryLabeled().getText()).contains("'abc' is not a number");
        assertThat(robot.lookup("#run-start").queryButton().isDisabled())
                .as("Start is blocked by the invalid objective")
                .isTrue();
        assertThat(robot.lookup("#run-problem").queryLabeled().getText()).contains("'abc' is not a number");
        typeInto(robot, "#objective-0-reference", "60");
        assertThat(robot.lookup("#run-start").queryButton().isDisabled()).isFalse();
        assertThat(document.study().objectives().get(0).reference()).isEqualTo(60.0);
        robot.clickOn("#run-cancel-run-1");
    }

    @Test
    void anotherBoardBringsItsOwnLevelsNotTwentyFiveMessages(FxRobot robot) {
        expand(robot, "Hardware space");
        typeInto(robot, "#values-device", "jetson-tx2");
        assertThat(robot.lookup("#hardware-space-editor-problems")
                        .queryLabeled()
                        .getText())
                .as("problems after choosing another board")
                .isEmpty();
        assertThat(document.study().space().validate()).isEmpty();
        assertThat(robot.lookup("#values-gpufreqmhz").queryTextInputControl().getText())
                .as("the TX2's GPU levels")
                .contains("726.75");
        assertThat(robot.lookup("#run-start").queryButton().isDisabled()).isFalse();
        robot.clickOn("Edit").clickOn("Undo");
        assertThat(robot.lookup("#values-device").queryTextInputControl().getText())
                .as("one undo takes the board and its levels back")
                .isEqualTo("jetson-agx-xavier");
    }
}
