package org.codesign.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.Evaluator;
import org.codesign.eval.StandardModels;
import org.codesign.search.RunSnapshot;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.CodesignRun;
import org.codesign.search.codesign.RunSpec;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.codesign.study.StudyRuns;

/**
 * Heap retained per evaluation by a co-design run on {@code samples/edge-gpu-dvfs.codesign.json}
 * (joint mode, seed 1): used heap after the run (the run still referenced, so everything it keeps
 * is counted) minus used heap before it, after forced collections, divided by the evaluations.
 * Plain main; the JVM's options go in front of the class name:
 * <pre>
 * mvn -o -q -Pbench test-compile exec:exec -Dbench.main="-Xmx512m org.codesign.bench.MemoryBench" \
 *     -Dbench.args="1000000 random nsga2"
 * </pre>
 * Arguments: the number of evaluations, then one or more algorithms (default: random nsga2).
 */
public final class MemoryBench {
    static final Path STUDY = Path.of("samples/edge-gpu-dvfs.codesign.json");

    private MemoryBench() {}

    public static void main(String[] args) throws Exception {
        int evaluations = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        String[] algorithms =
                args.length > 1 ? java.util.Arrays.copyOfRange(args, 1, args.length) : new String[] {"random", "nsga2"};
        Study study = StudyFiles.load(STUDY);
        Evaluator evaluator = StandardModels.evaluator(
                study.model().accuracyModel(), study.model().mapperObjective());
        System.out.printf(
                Locale.ROOT,
                "java %s, %d cores, max heap %d MiB; %s, joint, %,d evaluations%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                STUDY,
                evaluations);
        for (String algorithm : algorithms) {
            measure(study, evaluator, algorithm, evaluations);
        }
    }

    private static void measure(Study study, Evaluator evaluator, String algorithm, int evaluations) {
        RunSpec request = RunSpec.of(Algorithm.parse(algorithm), CodesignMode.JOINT, evaluations, 1);
        long before = usedAfterGc();
        long start = System.nanoTime();
        try (CodesignRun run = StudyRuns.newRun(study, request, evaluator)) {
            RunSnapshot end = run.runToEnd();
            double seconds = (System.nanoTime() - start) / 1e9;
            long after = usedAfterGc();
            int done = end.evaluations();
            System.out.printf(
                    Locale.ROOT,
                    "%-7s %,9d evaluations (%s) in %.1f s: retained %,d bytes = %.1f bytes per evaluation;"
                            + " archive %d, peak heap %d MiB%n",
                    algorithm,
                    done,
                    end.status(),
                    seconds,
                    after - before,
                    (after - before) / (double) done,
                    end.archive().size(),
                    peakUsed() >> 20);
            if (run.latest() == null) { // keeps the run, and so everything it retains, reachable until here
                throw new IllegalStateException("no snapshot");
            }
        }
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    private static long peakUsed() {
        long peak = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
