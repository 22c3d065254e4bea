package org.codesign.ui.runs;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.StandardModels;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.RunSpec;
import org.codesign.study.RunCheckpoints;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.codesign.study.store.StudyLoader;
import org.codesign.study.store.StudyStore;
import org.codesign.ui.points.PointStore;
import org.codesign.ui.study.StudyDocument;

/**
 * Issue 12, bounded memory in the window: a run started as the Runs panel starts one (a
 * {@link RunsViewModel} on a study store, its points pumped into the {@link PointStore} and
 * recorded in the study, saved every second), ticked four times a second as the panel's timeline
 * does, without the views. Prints the heap the finished run leaves in the study and the store per
 * evaluation (used heap after full GCs, minus before the run), the part of it the point store's
 * entries take, the peak heap during the run and the times.
 *
 * <p>{@code java -Xmx1g -cp target/classes:target/test-classes:CP org.codesign.ui.runs.LiveRunMemoryBench
 * 1000000 random /tmp/live-1m.codesign.db}
 */
public final class LiveRunMemoryBench {
    private LiveRunMemoryBench() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String algorithm = args.length > 1 ? args[1] : "random";
        Path db = Path.of(args.length > 2 ? args[2] : "/tmp/live-run" + StudyStore.EXTENSION);
        Study sample =
                StudyFiles.load(Path.of("samples/edge-gpu-dvfs.codesign.json")).withRuns(List.of());
        Files.deleteIfExists(db);
        StudyStore.create(db, sample).close();

        StudyDocument document = new StudyDocument(StudyLoader.load(db), db);
        PointStore store = new PointStore();
        List<RunController> started = new ArrayList<>();
        RunsViewModel runs =
                new RunsViewModel(document, store, () -> StandardModels.evaluator("builtin", "edp"), started::add);
        long base = usedAfterGc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

        long t0 = System.nanoTime();
        RunSpec spec = RunSpec.of(Algorithm.parse(algorithm), CodesignMode.JOINT, n, 1);
        runs.start(new RunFormViewModel.Request(spec), false).ifPresent(why -> {
            throw new IllegalStateException(why);
        });
        String id = started.get(0).runId();
        while (!runs.liveRuns().isEmpty()) {
            runs.tick();
            Thread.sleep(250);
        }
        long runMs = (System.nanoTime() - t0) / 1_000_000;
        runs.stopAndSave(); // the last save written, as when the window closes
        // and the checkpoint writes under way when the run ended (a million points' take seconds)
        for (long until = System.nanoTime() + 300_000_000_000L;
                RunCheckpoints.exists(db, id) && System.nanoTime() < until; ) {
            runs.tick();
            Thread.sleep(250);
        }
        long savedMs = (System.nanoTime() - t0) / 1_000_000;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();

        RunRecord run = runs.record(id);
        long points = run.points().size();
        System.out.printf(
                "cells a row kept without 8 bytes (one value a block, counted indices): %.2f%n",
                run.columns().compactCells() / (double) points);
        String status = run.status().label();
        long onDisk = StudyLoader.load(db).runs().get(0).points().size();
        run = null;
        long withStore = usedAfterGc() - base;
        if ("early".equals(System.getProperty("bench.hold"))) {
            System.out.println("holding");
            Thread.sleep(60_000);
        }
        store.load(document.study().withRuns(List.of())); // the entries gone, the study's run kept
        long studyOnly = usedAfterGc() - base;
        // the window gone too (the study, its saved copy, the runs, the cards): what is left are caches
        started.clear();
        document = null;
        runs = null;
        store = null;
        long rest = usedAfterGc() - base;
        System.out.printf(
                "%s, %,d evaluations (%s; %,d in the store file): run %.1f s, saved %.1f s; heap retained %.1f MB;"
                        + " per evaluation %.0f bytes for the run's table in the study + %.0f for the point"
                        + " store's entries = %.0f bytes (+ %.1f MB of the models' caches and the rest);"
                        + " peak heap %d MiB of %d MiB; %s %.1f MB, checkpoint left: %b%n",
                algorithm,
                points,
                status,
                onDisk,
                runMs / 1e3,
                savedMs / 1e3,
                withStore / 1e6,
                (studyOnly - rest) / (double) points,
                (withStore - studyOnly) / (double) points,
                (withStore - rest) / (double) points,
                rest / 1e6,
                peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20,
                db.getFileName(),
                Files.size(db) / 1e6,
                RunCheckpoints.exists(db, id));
        if (Boolean.getBoolean("bench.hold")) {
            Thread.sleep(60_000); // time for jcmd GC.class_histogram
        }
        System.exit(0);
    }

    private static long usedAfterGc() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
            least = Math.min(
                    least,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
