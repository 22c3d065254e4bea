package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.codesign.bench.StudyMemoryBench;
import org.codesign.study.Samples;
import org.codesign.ui.study.StudyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The heap a large study keeps in the window, per point (issue 12.2: a 1M-point study opens in
 * {@code -Xmx1g}). Two synthetic edge-GPU stores are opened one after the other through File ▸
 * Open with the Ranges tab showing; the retained heap after full GCs grows by the points'
 * share only: (heap with the larger open − heap with the smaller open) ÷ (the difference in
 * points). Taking the difference leaves out what does not grow with the points: the window, and
 * the samples the views draw (the 3D cloud's mesh and the projections' markers have fixed
 * budgets, reached by both stores).
 *
 * <p>The bound, {@value #BYTES_PER_POINT} bytes a point: in {@code -Xmx1g} a million points must
 * fit beside the window (~90 MB used after a full GC on the default sample) with a fifth of the
 * heap left for what an open allocates in passing (the read study's columns before the point
 * store's build, the views' scratch arrays), so 1,024 MiB × 0.8 − 90 MB ≈ 750 MB, 750 bytes a
 * point. What the window keeps now (BENCHMARKS.md, "Study memory and open time"): the study's
 * columns ~142 B (51 genes a byte each on this sample), the point store's entry and position
 * ~40 B, the points table's sorted list ~28 B, the plot's twelve metric columns 96 B, the 3D
 * geometry of every point ~90 B; measured 386 bytes a point. Before, with the range sliders
 * reading every quantity (51 design parameters on this sample) into a column of doubles kept for
 * good, it measured 1,492 bytes a point, and the 1M-point store ran -Xmx1g out of heap.
 */
@ExtendWith({ApplicationExtension.class, GuiToolkitCondition.class})
class LargeStudyMemoryFlowsTest {
    static final int BYTES_PER_POINT = 750;
    private static final int SMALL = 220_000;
    private static final int LARGE = 440_000;

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

    @Test
    void aLargeStudyKeepsABoundedHeapPerPointInTheWindow(FxRobot robot, @TempDir Path dir) throws Exception {
        Path small = dir.resolve("small.codesign.db");
        Path large = dir.resolve("large.codesign.db");
        StudyMemoryBench.generate(small, SMALL);
        StudyMemoryBench.generate(large, LARGE);
        robot.clickOn("Ranges");

        open(robot, small, SMALL);
        long withSmall = usedAfterGc();
        open(robot, large, LARGE);
        long withLarge = usedAfterGc();

        double perPoint = (withLarge - withSmall) / (double) (LARGE - SMALL);
        System.out.printf(
                Locale.ROOT,
                "heap after GC: %.1f MB with %,d points, %.1f MB with %,d: %.0f bytes a point%n",
                withSmall / 1e6,
                SMALL,
                withLarge / 1e6,
                LARGE,
                perPoint);
        assertThat(perPoint).as("retained heap per point of the window").isLessThan(BYTES_PER_POINT);
        // The sliders follow every quantity of the large study: each design parameter spans its values.
        assertThat(window.pareto().ranges().readout("resolution")).isEqualTo("128 … 224 px");
        assertThat(window.pareto().ranges().readout("stage3.depth")).isEqualTo("2.00 … 4.00 blocks");
    }

    private void open(FxRobot robot, Path file, int n) {
        choosers.answer(file, "Co-Design studies and stores");
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        robot.clickOn("File").clickOn("Open…");
        await(
                n + " points in the views",
                () -> window.store().entries().size() == n
                        && !window.store().loadingProperty().get()
                        && window.pareto().model().columns().size() == n);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what);
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
