package org.codesign.ui;

import java.nio.file.Path;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.codesign.study.Samples;
import org.codesign.study.StudyFormatException;
import org.codesign.ui.pareto.ScatterView;
import org.codesign.ui.study.StudyDocument;

/**
 * Time from File ▸ Open of a study in the running app to the first frame that shows its points
 * (issue 12.2, "opens in the app with first paint ≤ 2 s"). The app starts on the default sample
 * and is left to settle; then, {@code repeats} times, the file is opened as the Open action does
 * once its dialog returns ({@link MainWindow#openFile}), and the bench prints:
 * <ul>
 * <li>{@code open returned}: when the Open action handed the FX thread back (the file is read in
 *     the background);</li>
 * <li>{@code study read}: when the study was read (its replacing the open one starts);</li>
 * <li>{@code study replaced}: when the FX thread had taken the read study in;</li>
 * <li>{@code preview paint}: the first pulse whose layout has the store's preview of a large study
 *     (its whole front and every k-th point, labelled) in the plot's columns and the three 2D
 *     projections drawing it: the <b>first paint</b> of issue 12.2's target;</li>
 * <li>{@code first paint}: the first pulse whose layout has every point in the store and in the
 *     plot's columns and the three 2D projections drawing them (the frame rendered from that pulse
 *     is the first that shows the study's points);</li>
 * <li>{@code FX stall}: the longest time between two frames from the action to the first paint;</li>
 * <li>{@code idle}: when the FX thread last stayed busy for more than 50 ms afterwards.</li>
 * </ul>
 * Each line has wall time and process CPU (all threads) since the action, and the FX thread's own
 * CPU (what a free core cannot hide). Between repeats the default sample is opened again. Run under Xvfb (BENCHMARKS.md, "Study memory
 * and open time"). Arguments: {@code FILE [repeats]}.
 */
public final class OpenTimingBench {
    private OpenTimingBench() {}

    public static void main(String[] args) throws StudyFormatException {
        Path file = Path.of(args[0]);
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        StudyDocument document = new StudyDocument(Samples.load(Samples.DEFAULT), null);
        Platform.startup(() -> {
            Stage stage = new Stage();
            MainWindow window = new MainWindow(stage, document, new MemoryPreferences());
            stage.setWidth(1500);
            stage.setHeight(950);
            stage.show();
            Runnable[] next = new Runnable[1];
            int[] left = {repeats};
            next[0] = () -> {
                if (left[0]-- == 0) {
                    Platform.exit();
                    System.exit(0);
                }
                later(
                        3,
                        () -> open(
                                window,
                                file,
                                () -> later(2, () -> {
                                    window.openSample(Samples.DEFAULT);
                                    System.gc();
                                    next[0].run();
                                })));
            };
            next[0].run();
        });
    }

    private static void later(double seconds, Runnable r) {
        PauseTransition p = new PauseTransition(Duration.seconds(seconds));
        p.setOnFinished(e -> r.run());
        p.play();
    }

    private static void open(MainWindow window, Path file, Runnable then) {
        cpuAtOpen = processCpuMs();
        fxCpuAtOpen = fxCpuMs();
        if (Boolean.getBoolean("bench.threads")) {
            threadsAtOpen = threadsCpuNow();
        }
        System.out.printf(Locale.ROOT, "  open at %s (for a profile's timeline)%n", java.time.LocalTime.now());
        long t0 = System.nanoTime();
        javafx.beans.value.ChangeListener<Boolean> built = (o, was, now) -> {
            if (!now) {
                print("points built", t0);
            }
        };
        Runnable[] probe = new Runnable[1];
        boolean[] previewed = {false};
        probe[0] = () -> {
            if (!previewed[0] && previewPainted(window)) {
                previewed[0] = true;
                print("preview paint", t0);
                previewMs = (System.nanoTime() - t0) / 1_000_000;
                if (Boolean.getBoolean("bench.threads")) {
                    threadsCpu();
                }
                String png = System.getProperty("bench.previewPng"); // a picture of the preview, to look at
                if (png != null) {
                    Platform.runLater(() -> {
                        try {
                            Screenshots.write(window.scene(), Path.of(png));
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                }
            }
            if (painted(window)) {
                window.scene().removePostLayoutPulseListener(probe[0]);
                window.store().loadingProperty().removeListener(built);
                print("first paint", t0);
                long allMs = (System.nanoTime() - t0) / 1_000_000;
                long firstMs = previewed[0] ? previewMs : allMs;
                System.out.printf(
                        Locale.ROOT,
                        "RESULT first paint %d ms wall (%s; target <= 2000 ms: %s), every point painted %d ms,"
                                + " load average %s%n",
                        firstMs,
                        previewed[0] ? "preview: whole front + every k-th point" : "every point",
                        firstMs <= 2000 ? "met" : "NOT met",
                        allMs,
                        loadAverage());
                stalls.stop();
                System.out.printf(
                        Locale.ROOT,
                        "  %-14s %6d ms (longest time between two frames)%n",
                        "FX stall",
                        stalls.longest());
                waitIdle(t0, then);
            } else {
                Platform.requestNextPulse();
            }
        };
        window.store().loadingProperty().addListener(built);
        javafx.concurrent.Task<?> reading = window.openFile(file);
        reading.setOnFailed(e -> {
            throw new IllegalStateException("could not open " + file, reading.getException());
        });
        reading.stateProperty().addListener((o, was, now) -> {
            if (now == javafx.concurrent.Worker.State.SUCCEEDED) {
                print("study read", t0);
                Platform.runLater(() -> print("study replaced", t0)); // after the FX thread took it in
            }
        });
        print("open returned", t0);
        stalls.start();
        window.scene().addPostLayoutPulseListener(probe[0]);
        Platform.requestNextPulse();
    }

    /** Every point is in the store and the plot, and each projection draws markers. */
    private static boolean painted(MainWindow window) {
        int n = window.store().entries().size();
        return n > 1000
                && !window.store().loadingProperty().get()
                && window.pareto().model().columns().size() == n
                && window.pareto().projections().stream().allMatch(OpenTimingBench::drawing);
    }

    /** The store shows its preview, in the plot's columns and drawn by each projection. */
    private static boolean previewPainted(MainWindow window) {
        int n = window.store().entries().size();
        return window.store().previewPointsProperty().get() > 0
                && window.pareto().model().columns().size() == n
                && window.pareto().projections().stream().allMatch(OpenTimingBench::drawing);
    }

    private static boolean drawing(ScatterView v) {
        return v.markersByGroup().values().stream().mapToInt(Integer::intValue).sum() > 0 && v.getWidth() > 0;
    }

    private static void waitIdle(long t0, Runnable then) {
        long[] busyUntil = {System.nanoTime()};
        long[] posted = {System.nanoTime()};
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            long now = System.nanoTime();
            if (now - posted[0] > 50_000_000L) {
                busyUntil[0] = now;
            }
            if (now - busyUntil[0] > 1_000_000_000L) {
                System.out.printf(Locale.ROOT, "  %-14s %6d ms wall%n", "idle", (busyUntil[0] - t0) / 1_000_000);
                then.run();
                return;
            }
            later(0.02, () -> {
                posted[0] = System.nanoTime();
                Platform.runLater(tick[0]);
            });
        };
        posted[0] = System.nanoTime();
        Platform.runLater(tick[0]);
    }

    /**
     * Each thread's CPU time since the Open action (Linux, /proc: JIT compiler and GC threads too,
     * by name), the largest first: where the process's CPU went before the preview paint.
     */
    private static void threadsCpu() {
        java.util.Map<String, Long> byName = threadsCpuNow();
        long ended = processCpuMs() - cpuAtOpen;
        for (var e : byName.entrySet()) {
            e.setValue(e.getValue() - threadsAtOpen.getOrDefault(e.getKey(), 0L));
            ended -= e.getValue();
        }
        byName.put("(threads ended)", ended);
        byName.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(10)
                .forEach(e -> System.out.printf(Locale.ROOT, "    %-18s %6d ms cpu%n", e.getKey(), e.getValue()));
    }

    private static java.util.Map<String, Long> threadsAtOpen = java.util.Map.of();

    private static java.util.Map<String, Long> threadsCpuNow() {
        java.util.Map<String, Long> byName = new java.util.TreeMap<>();
        try (var tasks = java.nio.file.Files.list(Path.of("/proc/self/task"))) {
            for (Path t : tasks.toList()) {
                String stat = java.nio.file.Files.readString(t.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
                        .replaceAll("[0-9]+$", "#");
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime + stime
                byName.merge(name, ticks * 10, Long::sum); // 100 ticks a second
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux, or a thread ended while read: no breakdown of it
        }
        return byName;
    }

    private static long cpuAtOpen;
    private static long previewMs;

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static long fxCpuAtOpen;

    /** CPU time of the FX thread (the caller): the critical path once the machine has a core free. */
    private static long fxCpuMs() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
    }

    /** The longest gap between two frames while it runs: how long the FX thread was held at once. */
    private static final class Stalls extends javafx.animation.AnimationTimer {
        private long last;
        private long longest;

        @Override
        public void start() {
            last = System.nanoTime();
            longest = 0;
            super.start();
        }

        @Override
        public void handle(long now) {
            longest = Math.max(longest, System.nanoTime() - last);
            last = System.nanoTime();
        }

        long longest() {
            return longest / 1_000_000;
        }
    }

    private static final Stalls stalls = new Stalls();

    private static long processCpuMs() {
        return ((com.sun.management.OperatingSystemMXBean)
                                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1_000_000;
    }

    /** Wall time since the Open action, and the process's CPU time since then (GC and JIT threads included). */
    private static void print(String what, long t0) {
        System.out.printf(
                Locale.ROOT,
                "  %-14s %6d ms wall %6d ms cpu %6d ms FX-thread cpu%n",
                what,
                (System.nanoTime() - t0) / 1_000_000,
                processCpuMs() - cpuAtOpen,
                fxCpuMs() - fxCpuAtOpen);
    }
}
