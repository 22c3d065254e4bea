package org.codesign.ui.points;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.Metric;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.RunSpec;
import org.codesign.study.RunPoints;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;
import org.codesign.study.store.RunAppender;
import org.codesign.study.store.StudyLoader;
import org.codesign.study.store.StudyStore;

/**
 * Opening a large study right after the app starts took 4.0 s to first paint where a later open
 * took 1.5 s (issue 12.2): the first read loads and extracts SQLite's native library, loads the
 * reading and building classes and runs them interpreted. So once the window is up, a background
 * thread of low priority writes a small study store of {@value #POINTS} made-up points into a
 * temporary folder, reads it back as File ▸ Open does and builds the point store's entries from
 * it, then deletes it: the real open then finds that code loaded and compiled. Nothing it makes
 * reaches the window; if it fails, the first open is just slower.
 */
public final class StoreWarmUp {
    /** Enough rows for the JIT to compile the reading and building loops (they run per row). */
    static final int POINTS = 30_000;

    private StoreWarmUp() {}

    /**
     * Starts the warm-up once the window is first shown (the window's own start is not slowed),
     * unless {@code -Dcodesign.warmUp=false} (the window tests, which open no large study).
     */
    public static void startWhenShown(javafx.stage.Window window, java.util.function.Supplier<Study> definition) {
        if (!Boolean.parseBoolean(System.getProperty("codesign.warmUp", "true"))) {
            return;
        }
        javafx.event.EventHandler<javafx.stage.WindowEvent> once = new javafx.event.EventHandler<>() {
            @Override
            public void handle(javafx.stage.WindowEvent e) {
                window.removeEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, this);
                start(definition.get());
            }
        };
        window.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, once);
    }

    /** Starts the warm-up on a daemon thread of low priority. */
    public static Thread start(Study definition) {
        Thread t = new Thread(() -> run(definition), "store-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return t;
    }

    /** Writes, reads and builds a made-up run of the study's space; true when every step worked. */
    static boolean run(Study definition) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("codesign-warm-up");
            Path file = dir.resolve("warm-up" + StudyStore.EXTENSION);
            Study empty = definition.withRuns(List.of()).withSelection(List.of());
            try (StudyStore store = StudyStore.create(file, empty)) {
                RunSpec spec = RunSpec.of(Algorithm.parse("random"), CodesignMode.JOINT, POINTS, 1);
                try (RunAppender run = store.beginRun("warm-up", spec, "2026-01-01T00:00:00Z")) {
                    run.finish(RunRecord.Status.FINISHED, 1, List.of(), madeUp(empty, POINTS));
                }
            }
            for (int i = 0; i < 2; i++) {
                Study read = StudyLoader.load(file);
                List<StoreBuild.Source> sources = read.runs().stream()
                        .map(r -> new StoreBuild.Source(r.id(), r.columns(), 0, false))
                        .toList();
                // as a large open does: the front, the preview, then every entry
                java.util.BitSet front = StoreBuild.front(sources, read.objectives());
                StoreBuild.preview(sources, read.objectives(), POINTS / 10, front);
                StoreBuild.build(sources, read.objectives(), StoreBuild.Progress.NONE, front);
            }
            return true;
        } catch (Exception | LinkageError e) {
            return false; // only the first open's speed depends on it
        } finally {
            deleteQuietly(dir);
        }
    }

    /** Points with genes inside every value list and plausible metrics, none evaluated. */
    static RunPoints madeUp(Study study, int n) {
        int[] sizes = study.space().cardinalities();
        SplittableRandom random = new SplittableRandom(7);
        RunPoints.Builder b = RunPoints.builder();
        int[] genome = new int[sizes.length];
        double[] metrics = new double[Metric.values().length];
        for (int i = 0; i < n; i++) {
            for (int g = 0; g < genome.length; g++) {
                genome[g] = random.nextInt(sizes[g]);
            }
            Arrays.fill(metrics, Double.NaN);
            for (Metric m : Metric.values()) {
                metrics[m.ordinal()] = 1 + 99 * random.nextDouble();
            }
            b.add(i, i / 40, genome, genome.length, metrics, 0.0, null);
        }
        return b.build();
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (java.io.IOException | RuntimeException e) {
            // a temporary folder left behind; the system cleans it
        }
    }
}
