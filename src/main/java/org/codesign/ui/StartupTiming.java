package org.codesign.ui;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.codesign.ui.points.PointStore;

/**
 * With {@code -Dcodesign.timing=true}, prints how long the app took from the JVM's start to each
 * step of opening (wall and the process's CPU time): study loaded, window built, shown, the first
 * pulse that laid it out (the 3D view's points are in it), and "idle": when the FX thread last
 * stayed busy for more than 50 ms, i.e. every view, including redraws queued by the first layout,
 * has painted. A screenshot's settle delay comes after and is not counted.
 */
final class StartupTiming {
    static final boolean ON = Boolean.getBoolean("codesign.timing");
    private static final long START = ManagementFactory.getRuntimeMXBean().getStartTime();

    private StartupTiming() {}

    static void mark(String step) {
        if (ON) {
            long cpu =
                    ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                            ? os.getProcessCpuTime() / 1_000_000
                            : -1;
            System.out.printf(
                    Locale.ROOT,
                    "timing: %-12s %6d ms wall %6d ms cpu%n",
                    step,
                    System.currentTimeMillis() - START,
                    cpu);
        }
    }

    /**
     * Marks the first pulse after {@code scene} is shown, the first pulse that lays out the
     * study's points (a large study's are built in the background, see {@link PointStore}), then
     * when the FX thread falls idle.
     */
    static void followFirstPaint(Scene scene, PointStore store, boolean hasPoints) {
        if (!ON) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            mark("first pulse");
        };
        scene.addPostLayoutPulseListener(once[0]);
        Runnable[] points = new Runnable[1];
        points[0] = () -> {
            if (!store.loadingProperty().get() && !store.entries().isEmpty()) {
                scene.removePostLayoutPulseListener(points[0]);
                mark("points shown");
            } else {
                Platform.requestNextPulse();
            }
        };
        if (hasPoints) {
            scene.addPostLayoutPulseListener(points[0]);
        }
        Thread probe = new Thread(StartupTiming::waitForIdle, "startup-timing");
        probe.setDaemon(true);
        probe.start();
    }

    /** Posts a task every 20 ms; once tasks have run within 50 ms for a whole second, the thread was idle. */
    private static void waitForIdle() {
        long busyUntil = System.currentTimeMillis();
        try {
            while (System.currentTimeMillis() - busyUntil < 1000) {
                long posted = System.currentTimeMillis();
                java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
                Platform.runLater(ran::countDown);
                ran.await();
                long now = System.currentTimeMillis();
                if (now - posted > 50) {
                    busyUntil = now;
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        long at = busyUntil;
        Platform.runLater(() -> System.out.printf(
                Locale.ROOT, "timing: %-12s %6d ms wall (FX thread idle since)%n", "idle", at - START));
    }
}
