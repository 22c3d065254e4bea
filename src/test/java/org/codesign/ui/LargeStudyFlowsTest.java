package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.codesign.bench.StudyMemoryBench;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.Samples;
import org.codesign.ui.pareto.ScatterView;
import org.codesign.ui.pareto.plot.Coloring;
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
 * Large studies in the window (issue 12.2): the front drawn over the cloud in the 2D projections,
 * and a study too large to load on the FX thread opened through File ▸ Open: it loads in the
 * background behind a cover, never shows in part, and its projections draw a sample with every
 * front point and say so.
 */
@ExtendWith({ApplicationExtension.class, GuiToolkitCondition.class})
class LargeStudyFlowsTest {
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

    private static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what);
        }
    }

    private ScatterView projection(String id) {
        return window.pareto().projections().stream()
                .filter(p -> p.getId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Ten front points, each with twenty dominated points a hair worse on top of it (less than a
     * pixel away) and a dominated cloud around: in the latency–accuracy projection the pixel at
     * each front point must show the front's colour, which it does only if the front's markers
     * are drawn last. (ChartFX draws a renderer's data sets last to first; with the front's data
     * sets emitted last, as before, these pixels were the cloud's grey.)
     */
    @Test
    void theFrontIsDrawnOverTheCloud(FxRobot robot) throws Exception {
        List<EvaluatedPoint> points = new ArrayList<>();
        long index = 0;
        for (int k = 0; k < 10; k++) {
            points.add(SyntheticPoints.point(index++, 1, genome(), 70 + k, 10 + 4 * k, 15));
            for (int j = 1; j <= 20; j++) {
                points.add(SyntheticPoints.point(
                        index++, 1, genome(), 70 + k - 0.01 * j, 10 + 4 * k + 0.01 * j, 15 + 0.01 * j));
            }
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int i = 0; i < 2000; i++) {
            points.add(SyntheticPoints.point(
                    index++, 1, genome(), 60 + 9 * random.nextDouble(), 20 + 40 * random.nextDouble(), 16));
        }
        robot.interact(() -> window.store().append("run-1", points));
        WaitForAsyncUtils.waitForFxEvents();
        ScatterView xy = projection("projection-xy");
        await("the projection to lay out", () -> xy.getCanvas().getWidth() > 100);
        WaitForAsyncUtils.waitForFxEvents();

        Coloring.Legend legend = window.pareto().model().coloring().legend();
        int frontColour = legend.items().get(0).argb();
        int cloudColour = legend.items().get(1).argb();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> xy.getCanvas().snapshot(null, null))
                .get();
        List<PointEntry> front =
                window.store().entries().stream().filter(PointEntry::pareto).toList();
        assertThat(front).hasSize(10);
        for (PointEntry e : front) {
            Point2D at = WaitForAsyncUtils.asyncFx(() -> xy.canvasPosition(e.position()))
                    .get();
            int argb = image.getPixelReader().getArgb((int) Math.round(at.getX()), (int) Math.round(at.getY()));
            assertThat(distance(argb, frontColour))
                    .as("pixel at front point %d (%s): #%06x", e.position(), at, argb & 0xffffff)
                    .isLessThan(distance(argb, cloudColour));
        }
    }

    private static int[] genome() {
        return new int[SyntheticPoints.study().space().genomeLength()];
    }

    private static int distance(int a, int b) {
        int d = 0;
        for (int shift = 0; shift < 24; shift += 8) {
            d += Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff));
        }
        return d;
    }

    /**
     * File ▸ Open of a 120,000-point store: the old study's points leave at once, a cover says
     * what is loading, every change the views see holds no points, a labelled preview, or all of them, and
     * then each projection draws a sample with every front point, and says so.
     */
    @Test
    void aLargeStudyOpensInTheBackgroundAndItsProjectionsSayTheyAreASample(FxRobot robot, @TempDir Path dir)
            throws Exception {
        int n = 120_000;
        Path file = dir.resolve("large.codesign.db");
        StudyMemoryBench.generate(file, n);
        Node cover = stage.getScene().lookup("#loading-cover");
        List<String> seen = new ArrayList<>();
        robot.interact(() -> window.store()
                .versionProperty()
                .addListener((o, a, b) -> seen.add(window.store().entries().size()
                        + (window.store().loadingProperty().get() ? " loading" : "")
                        + (window.store().previewPointsProperty().get() > 0 ? " preview" : "")
                        + (cover.isVisible() ? " covered" : ""))));

        choosers.answer(file, "Co-Design studies and stores");
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        robot.clickOn("File").clickOn("Open…");
        await("the study's points", () -> window.store().entries().size() == n);
        WaitForAsyncUtils.waitForFxEvents();

        // A preview of every third point (120,000 / 50,000 rounded up) and the whole front comes
        // between, labelled as one.
        long frontOffSample = window.store().entries().stream()
                .filter(e -> e.pareto() && e.position() % 3 != 0)
                .count();
        String preview = (40_000 + frontOffSample) + " loading preview covered";
        assertThat(seen)
                .contains("0 loading covered", preview)
                .allMatch(s -> s.startsWith("0 ") || s.equals(preview) || s.equals(n + ""));
        assertThat(cover.isVisible()).isFalse();
        long front = window.store().entries().stream()
                .filter(e -> e.pareto() && e.feasible())
                .count();
        assertThat(front).isPositive();
        Label note = (Label) stage.getScene().lookup("#projection-sample");
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText())
                .matches("showing [0-9,]+ of 120,000 points · all [0-9,]+ front points")
                .endsWith(String.format(java.util.Locale.ROOT, "all %,d front points", front));
        int shown = Integer.parseInt(note.getText().split(" ")[1].replace(",", ""));
        assertThat(shown).isBetween(35_000, 50_000 + (int) front);
        for (ScatterView p : window.pareto().projections()) {
            assertThat(p.sampleNoteProperty().get()).isEqualTo(note.getText());
        }
    }
}
