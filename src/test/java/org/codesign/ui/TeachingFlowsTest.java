package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.codesign.study.Samples;
import org.codesign.ui.study.StudyDocument;
import org.codesign.ui.teaching.GenerationView;
import org.codesign.ui.teaching.TeachingViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14 item 7 in the real window: a class opens classroom-small, steps NSGA-II in the teaching
 * view, steps back, plays and pauses, clicks a point for its rank and crowding distance, reads the
 * true front and the gap chart, and switches to presentation mode.
 */
@ExtendWith(ApplicationExtension.class)
class TeachingFlowsTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        window = new MainWindow(stage, new StudyDocument(Samples.load(Samples.DEFAULT), null), new MemoryPreferences());
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            window.generation().viewModel().presentationProperty().set(false);
            window.generation().viewModel().pause();
            stage.show();
        });
    }

    /** Waits for a condition read on the FX thread, where the view-model changes. */
    private static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(
                    60,
                    TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aClassStepsPlaysPicksAndPresents(FxRobot robot) throws Exception {
        robot.interact(() -> window.openSample("classroom-small.codesign.json"));
        TabPane tabs = robot.lookup("#lower-tabs").queryAs(TabPane.class);
        robot.clickOn("Generation (teaching)");
        GenerationView view = window.generation();
        TeachingViewModel vm = view.viewModel();

        robot.clickOn("#teach-step");
        await("generation 1", () -> vm.generations() == 1 && !vm.busyProperty().get());
        assertThat(text(robot, "#teach-caption")).startsWith("Generation 1: 20 random designs were evaluated");
        for (int g = 2; g <= 3; g++) {
            robot.clickOn("#teach-step");
            int wanted = g;
            await(
                    "generation " + g,
                    () -> vm.generations() == wanted && !vm.busyProperty().get());
        }
        assertThat(text(robot, "#teach-caption")).startsWith("Generation 3: ").contains(" tournaments picked ");
        robot.clickOn("#teach-back");
        assertThat(text(robot, "#teach-caption")).startsWith("Generation 2: ");
        assertThat(text(robot, "#teach-status")).startsWith("Generation 2 of 3");

        robot.clickOn("#teach-play");
        await("playing to generation 5", () -> vm.generations() >= 5);
        robot.clickOn("#teach-play");
        assertThat(vm.playingProperty().get()).isFalse();
        await("the last generation computed", () -> !vm.busyProperty().get());
        int paused = vm.generations();
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        assertThat(vm.generations()).as("paused: no more generations").isEqualTo(paused);

        var classroom = Samples.load("classroom-small.codesign.json");
        int exact = org.codesign.teaching.TrueFront.of(
                        classroom, classroom.model().evaluator(null))
                .members()
                .size();
        await("the true front", () -> view.trueFrontPointsDrawn() == exact);
        assertThat(text(robot, "#teach-true-front"))
                .startsWith("True front (black line): " + exact + " of 3,780 designs");
        assertThat(view.gapPointsDrawn()).hasSize(paused);
        assertThat(view.gapPointsDrawn()).allSatisfy(p -> assertThat(p.y()).isBetween(0.0, 1.0));

        TeachingViewModel.Row row = vm.rows().get(0);
        var at = view.screenPosition(new TeachingViewModel.XY(row.metrics()[1], row.metrics()[0]));
        robot.clickOn(at);
        // the point under the click: row 0's, or another front design drawn on the same spot
        TeachingViewModel.Row picked = vm.pickedProperty().get();
        assertThat(view.screenPosition(new TeachingViewModel.XY(picked.metrics()[1], picked.metrics()[0]))
                        .distance(at))
                .isLessThan(4.0);
        assertThat(text(robot, "#teach-explanation"))
                .startsWith("#" + picked.index() + " · rank 1, crowding ")
                .contains("Front 1: no design in the population dominates it");

        Label caption = robot.lookup("#teach-caption").queryAs(Label.class);
        double normal = caption.getFont().getSize();
        robot.clickOn("#teach-presentation");
        await(
                "the presentation window",
                () -> view.presentationStage() != null
                        && view.presentationStage().isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(caption.getFont().getSize()).as("large fonts").isGreaterThanOrEqualTo(normal * 1.5);
        assertThat(view.presentationStage().isFullScreen()).isTrue();
        assertThat(caption.getScene()).isSameAs(view.presentationStage().getScene());
        robot.interact(() -> vm.presentationProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.presentationStage()).isNull();
        assertThat(caption.getScene()).isSameAs(stage.getScene());
        assertThat(caption.getFont().getSize()).isEqualTo(normal);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Generation (teaching)");

        // a new lesson's first generation: the gap chart counts whole generations (not 0.95, 1.05)
        robot.clickOn("#teach-restart");
        robot.clickOn("#teach-step");
        await(
                "generation 1 again",
                () -> vm.generations() == 1 && !vm.busyProperty().get());
        await("its gap", () -> view.gapPointsDrawn().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(view::gapGenerationTicks).get())
                .as("generations are whole numbers on the gap chart")
                .isNotEmpty()
                .allMatch(t -> t == Math.rint(t));
    }
}
