package org.codesign.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.Metric;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.RunSpec;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.codesign.study.store.RunAppender;
import org.codesign.study.store.StudyLoader;
import org.codesign.study.store.StudyStore;

/**
 * Issue 12, "bounded memory": how much heap a loaded study keeps per evaluated point, and how long
 * loading takes.
 *
 * <ul>
 *   <li>{@code generate OUT.codesign.db N}: the edge-GPU sample with one run of N synthetic but
 *       valid points (genes inside every value list, metrics in range, 2 % infeasible, 5 %
 *       violating), written through the store API in batches (never all in memory)
 *   <li>{@code json IN.codesign.db OUT.codesign.json}: the same study as a JSON file
 *   <li>{@code heap STUDY}: loads the study (either format), prints load time and the used-heap
 *       delta per point after full GCs
 * </ul>
 *
 * <p>Run with plain java so -Xmx applies: {@code java -Xmx1g -cp target/classes:target/test-classes:CP
 * org.codesign.bench.StudyMemoryBench heap /tmp/study-1m.codesign.db}
 */
public final class StudyMemoryBench {
    private StudyMemoryBench() {}

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "generate" -> generate(Path.of(args[1]), Integer.parseInt(args[2]));
            case "json" -> StudyFiles.save(StudyLoader.load(Path.of(args[1])), Path.of(args[2]));
            case "heap" -> heap(Path.of(args[1]));
            default -> {
                System.err.println("usage: StudyMemoryBench generate OUT.db N | json IN.db OUT.json | heap STUDY");
                System.exit(2);
            }
        }
    }

    /** Writes the study described above with {@code n} points to {@code out} (tests open it too). */
    public static void generate(Path out, int n) throws Exception {
        Study sample = StudyFiles.load(Path.of("samples/edge-gpu-dvfs.codesign.json"));
        Files.deleteIfExists(out);
        int[] sizes = sample.space().cardinalities();
        SplittableRandom random = new SplittableRandom(12);
        long t0 = System.nanoTime();
        try (StudyStore store = StudyStore.create(out, sample.withRuns(List.of()))) {
            RunSpec spec = RunSpec.of(Algorithm.parse("random"), CodesignMode.JOINT, n, 1);
            try (RunAppender run = store.beginRun("synthetic · joint · seed 1", spec, "2026-12-06T00:00:00Z")) {
                List<EvaluatedPoint> batch = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    batch.add(point(i, sizes, random));
                    if (batch.size() == 10_000) {
                        run.add(batch);
                        run.flush();
                        batch.clear();
                    }
                }
                run.finish(RunRecord.Status.FINISHED, 1000L * n / 5000, List.of(new double[] {n, 0.5}), batch);
            }
        }
        System.out.printf(
                "wrote %s: %d points, %.1f MB, %.1f s%n",
                out, n, Files.size(out) / 1e6, (System.nanoTime() - t0) / 1e9);
    }

    private static EvaluatedPoint point(int i, int[] sizes, SplittableRandom random) {
        int[] genome = new int[sizes.length];
        for (int g = 0; g < genome.length; g++) {
            genome[g] = random.nextInt(sizes[g]);
        }
        Map<Metric, Double> m = new EnumMap<>(Metric.class);
        String infeasible = random.nextInt(50) == 0 ? "out of memory: activations exceed the board's DRAM" : null;
        m.put(Metric.ACCURACY, 65 + 17 * random.nextDouble());
        m.put(Metric.MACS, Math.floor(2e8 + 4e8 * random.nextDouble()));
        m.put(Metric.PARAMS, Math.floor(3e6 + 5e6 * random.nextDouble()));
        if (infeasible == null) {
            double latency = 2 + 58 * random.nextDouble();
            double power = 5 + 35 * random.nextDouble();
            m.put(Metric.LATENCY, latency);
            m.put(Metric.POWER, power);
            m.put(Metric.ENERGY, latency * power);
            m.put(Metric.EDP, latency * latency * power);
        }
        double violation = infeasible == null && random.nextInt(20) == 0 ? random.nextDouble() : 0.0;
        return new EvaluatedPoint(i, i / 40, genome, m, violation, infeasible);
    }

    static void heap(Path file) throws Exception {
        long before = usedAfterGc();
        var threads = ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        Study study = StudyLoader.load(file);
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        long cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
        long after = usedAfterGc();
        long points = study.runs().stream().mapToLong(r -> r.points().size()).sum();
        System.out.printf(
                "%s: %d points, load %d ms (%d ms CPU), retained heap %.1f MB = %.0f bytes per point (max heap %d MB)%n",
                file.getFileName(),
                points,
                loadMs,
                cpuMs,
                (after - before) / 1e6,
                (after - before) / (double) Math.max(1, points),
                Runtime.getRuntime().maxMemory() >> 20);
        if (study.runs().isEmpty()) {
            System.out.println("(no runs)");
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
