package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.codesign.bench.StudyMemoryBench;
import org.codesign.study.Samples;
import org.codesign.ui.pareto.ScatterView;
import org.codesign.ui.points.PointStore;
import org.codesign.ui.study.StudyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A large study's first paint is progressive (issue 12.2, first paint ≤ 2 s): File ▸ Open of a
 * 600,000-point store shows a preview of every k-th point in the plot and the three projections,
 * labelled as one, while the rest is built in the background; the window answers meanwhile (the
 * Edit menu opens while the study is read and built); then every point replaces the preview.
 */
@ExtendWith({ApplicationExtension.class, GuiToolkitCondition.class})
class LargeStudyOpenFlowsTest {
    private static final int N = 600_000;

    private Stage stage;
    private MainWindow window;
    private AnsweringChoosers choosers;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        choosers = new AnsweringChoosers();
        window = new MainWindow(
                stage, new StudyDocument(Samples.load(Samples.DEFAULT), null), new MemoryPreferences(), choosers);
        stage.show();
        stage.requestFocus();
    }

    /** What a frame laid out while the preview was in the store showed. */
    private record PreviewFrame(int points, int[] markers, String banner, boolean bannerLetsMouseThrough) {}

    @Test
    void aLargeStudyPaintsAPreviewFirstAndStaysResponsive(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("large.codesign.db");
        StudyMemoryBench.generate(file, N);
        PointStore store = window.store();
        Node cover = stage.getScene().lookup("#loading-cover");
        Label banner = (Label) stage.getScene().lookup("#loading-text");
        List<PreviewFrame> frames = new ArrayList<>();
        boolean[] menuShownWhileLoading = {false, false};
        robot.interact(() -> {
            // After each layout pulse: what the frame about to be drawn shows, while the preview is in.
            stage.getScene().addPostLayoutPulseListener(() -> {
                if (store.previewPointsProperty().get() > 0
                        && window.pareto().model().columns().size()
                                == store.entries().size()) {
                    frames.add(new PreviewFrame(
                            store.entries().size(),
                            window.pareto().projections().stream()
                                    .mapToInt(LargeStudyOpenFlowsTest::markers)
                                    .toArray(),
                            banner.getText(),
                            banner.getParent().isMouseTransparent()));
                }
            });
            Menu edit = ((MenuBar) stage.getScene().lookup(".menu-bar"))
                    .getMenus().stream()
                            .filter(m -> m.getText().equals("Edit"))
                            .findFirst()
                            .orElseThrow();
            edit.setOnShown(e -> {
                menuShownWhileLoading[0] = true;
                menuShownWhileLoading[1] = store.entries().size() < N;
            });
        });

        choosers.answer(file, "Co-Design studies and stores");
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        robot.clickOn("File").clickOn("Open…");
        // Right away, while the study is read and built in the background, the menus answer.
        robot.clickOn("Edit");
        await("the Edit menu", () -> menuShownWhileLoading[0]);
        robot.type(KeyCode.ESCAPE);
        await(
                "a preview drawn by the projections",
                () -> !frames.isEmpty()
                        && java.util.Arrays.stream(frames.get(frames.size() - 1).markers())
                                .allMatch(m -> m > 0));
        await(
                "every point in the views",
                () -> store.entries().size() == N
                        && !store.loadingProperty().get()
                        && window.pareto().model().columns().size() == N);
        WaitForAsyncUtils.waitForFxEvents();

        PreviewFrame preview = frames.get(frames.size() - 1);
        assertThat(preview.points()).isBetween(PointStore.PREVIEW_POINTS - 1, PointStore.PREVIEW_POINTS);
        assertThat(preview.markers()).hasSize(3).doesNotContain(0);
        assertThat(preview.banner())
                .isEqualTo(String.format(
                        Locale.ROOT, "Preview: %,d of %,d points · loading the rest…", preview.points(), N));
        assertThat(preview.bannerLetsMouseThrough())
                .as("the banner lets the mouse through")
                .isTrue();
        assertThat(menuShownWhileLoading[1])
                .as("the Edit menu opened before the study's points were all in")
                .isTrue();
        // At the end: every point, no banner, and the projections sample the whole study.
        assertThat(cover.isVisible()).isFalse();
        assertThat(store.previewPointsProperty().get()).isZero();
        Label note = (Label) stage.getScene().lookup("#projection-sample");
        assertThat(note.getText()).startsWith("showing ").contains(" of 600,000 points");
        for (ScatterView p : window.pareto().projections()) {
            assertThat(markers(p)).isPositive();
        }
    }

    private static int markers(ScatterView v) {
        return v.markersByGroup().values().stream().mapToInt(Integer::intValue).sum();
    }

    private static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what);
        }
    }
}
