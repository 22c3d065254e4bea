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
    private record PreviewFrame(
            int points,
            int[] markers,
            String banner,
            boolean bannerLetsMouseThrough,
            java.util.Set<String> front,
            int tableRows) {}

    /** The points flagged Pareto-optimal in the store, as run:index. */
    private static java.util.Set<String> front(PointStore store) {
        return store.entries().stream()
                .filter(e -> e.pareto())
                .map(e -> e.runId() + ":" + e.index())
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aLargeStudyPaintsAPreviewFirstAndStaysResponsive(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("large.codesign.db");
        StudyMemoryBench.generate(file, N);
        PointStore store = window.store();
        Node cover = stage.getScene().lookup("#loading-cover");
        Label banner = (Label) stage.getScene().lookup("#loading-text");
        javafx.scene.control.TableView<?> table =
                (javafx.scene.control.TableView<?>) stage.getScene().lookup("#points");
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
                            banner.getParent().isMouseTransparent(),
                            front(store),
                            table.getItems().size()));
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
        // The preview is every k-th point and the study's whole front, flagged as in the whole study.
        java.util.Set<String> wholeFront = frontOnFx(robot, store);
        assertThat(wholeFront).isNotEmpty();
        assertThat(preview.front()).isEqualTo(wholeFront);
        assertThat(preview.points())
                .isBetween(PointStore.PREVIEW_POINTS - 1, PointStore.PREVIEW_POINTS + wholeFront.size());
        assertThat(preview.tableRows()).as("the table waits for every point").isZero();
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
        int[] rows = {0};
        robot.interact(() -> rows[0] = table.getItems().size());
        assertThat(rows[0]).as("every point in the table").isEqualTo(N);
        Label note = (Label) stage.getScene().lookup("#projection-sample");
        assertThat(note.getText()).startsWith("showing ").contains(" of 600,000 points");
        for (ScatterView p : window.pareto().projections()) {
            assertThat(markers(p)).isPositive();
        }
    }

    /**
     * A second File ▸ Open while a 200,000-point store loads supersedes the first: the window ends
     * with the second study's every point in the store, the plot and the table, and the first
     * study's points never come in after it.
     */
    @Test
    void aSecondOpenWhileLoadingSupersedesTheFirst(FxRobot robot, @TempDir Path dir) throws Exception {
        Path first = dir.resolve("first.codesign.db");
        Path second = dir.resolve("second.codesign.db");
        int n1 = 200_000;
        int n2 = 150_000;
        StudyMemoryBench.generate(first, n1);
        StudyMemoryBench.generate(second, n2);
        PointStore store = window.store();
        javafx.scene.control.TableView<?> table =
                (javafx.scene.control.TableView<?>) stage.getScene().lookup("#points");
        List<Integer> sizesAfterSecond = new ArrayList<>();
        boolean[] recording = {false};
        robot.interact(() -> store.versionProperty().addListener((o, a, b) -> {
            if (recording[0]) {
                sizesAfterSecond.add(store.entries().size());
            }
        }));
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        choosers.answer(first, "Co-Design studies and stores");
        robot.clickOn("File").clickOn("Open…");
        choosers.answer(second, "Co-Design studies and stores");
        robot.clickOn("File").moveTo("Open…");
        robot.interact(() -> recording[0] = true);
        robot.clickOn("Open…");
        int[] state = new int[4];
        await("every point of the second study in the store, the plot and the table", () -> {
            robot.interact(() -> {
                state[0] = store.entries().size();
                state[1] = store.loadingProperty().get() ? 1 : 0;
                state[2] = window.pareto().model().columns().size();
                state[3] = table.getItems().size();
            });
            return state[0] == n2 && state[1] == 0 && state[2] == n2 && state[3] == n2;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            state[0] = store.entries().size();
            state[3] = table.getItems().size();
        });
        assertThat(state[0]).isEqualTo(n2);
        assertThat(state[3]).isEqualTo(n2);
        String[] title = {null};
        robot.interact(() -> title[0] = stage.getTitle());
        assertThat(title[0]).contains("second.codesign.db").doesNotContain("first");
        assertThat(sizesAfterSecond).isNotEmpty().doesNotContain(n1);
    }

    private static java.util.Set<String> frontOnFx(FxRobot robot, PointStore store) {
        java.util.List<java.util.Set<String>> out = new ArrayList<>();
        robot.interact(() -> out.add(front(store)));
        return out.get(0);
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
