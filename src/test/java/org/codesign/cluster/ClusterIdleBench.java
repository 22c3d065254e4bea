package org.codesign.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.codesign.eval.CodesignMode;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.DesignBatches;
import org.codesign.search.codesign.DesignResult;
import org.codesign.search.codesign.RunSpec;
import org.codesign.space.CodesignSpace;
import org.codesign.study.Study;

/**
 * How busy an NSGA-II run keeps its workers (BENCHMARKS.md, "Evaluation on a cluster"): a seeded
 * run of the spatial sample on loopback workers, its wall time split into time inside a batch and
 * time between batches (the coordinator's selection, sorting, archive and bookkeeping, while every
 * worker waits), and the workers' busy time (wall inside their tasks) against their threads × the
 * run's wall: the rest is idle, at the generation barrier or between generations.
 *
 * <pre>
 * mvn -o -q -Pbench test-compile exec:exec -Dbench.main=org.codesign.cluster.ClusterIdleBench \
 *     -Dbench.args="400 40"
 * </pre>
 */
public final class ClusterIdleBench {
    private static final int PORT = 5976;
    private static final int REPEATS = 3;

    /** The run's batches, timed: wall inside {@code evaluate}, and how many. */
    private static final class Timed implements DesignBatches {
        private final DesignBatches inner;
        long insideNanos;
        int batches;

        Timed(DesignBatches inner) {
            this.inner = inner;
        }

        @Override
        public DesignResult[] evaluate(List<CodesignSpace.Point> designs, BooleanSupplier cancelled) {
            long t0 = System.nanoTime();
            try {
                return inner.evaluate(designs, cancelled);
            } finally {
                insideNanos += System.nanoTime() - t0;
                batches++;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int evaluations = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int population = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Path dir = Files.createTempDirectory("cluster-idle");
        ClusterSecret secret = LoopbackClusters.secret(dir, "bench-secret-0123456789abcdef");
        Study study = LoopbackClusters.study("accelerator-dataflow.codesign.json");
        RunSpec spec = RunSpec.of(Algorithm.parse("nsga2"), CodesignMode.JOINT, evaluations, 1)
                .withPopulation(population);
        System.out.printf(Locale.ROOT, "load before: %s%n", load());
        for (int r = -1; r < REPEATS; r++) { // round -1 warms the JIT up, not counted
            for (int[] shape : new int[][] {{1, 2}, {2, 1}}) {
                String line = run(secret, study, spec, shape[0], shape[1]);
                if (r >= 0) {
                    System.out.println(line);
                }
            }
        }
        System.out.printf(Locale.ROOT, "load after: %s%n", load());
    }

    private static String run(ClusterSecret secret, Study study, RunSpec spec, int members, int threads) {
        String name = "idle-" + members + "x" + threads;
        List<ClusterMember> workers = new ArrayList<>();
        try {
            workers.add(ClusterMember.worker(LoopbackClusters.settings(name, secret, PORT, List.of()), threads));
            List<String> join = List.of(workers.get(0).address());
            for (int m = 1; m < members; m++) {
                workers.add(ClusterMember.worker(LoopbackClusters.settings(name, secret, PORT, join), threads));
            }
            try (ClusterMember coordinator =
                    ClusterMember.coordinator(LoopbackClusters.settings(name, secret, PORT, join))) {
                for (ClusterMember w : workers) {
                    while (!w.instance().getPartitionService().isClusterSafe()) {
                        Thread.onSpinWait();
                    }
                }
                Timed batches = new Timed(coordinator.batches(study.model().mapperObjective()));
                long t0 = System.nanoTime();
                int points = LoopbackClusters.run(study, spec, batches).size();
                long wall = System.nanoTime() - t0;
                long busy = 0;
                for (ClusterMember w : workers) {
                    busy += WorkerRuntime.of(w.instance()).busyNanos();
                }
                double slots = (double) members * threads;
                double inside = batches.insideNanos;
                return String.format(
                        Locale.ROOT,
                        "%d worker(s) x %d: %d evaluations in %d batches, %.1f evaluations/s; wall %.0f ms, of"
                                + " which between batches %.1f %%; worker threads idle %.1f %% of the run,"
                                + " %.1f %% of the time inside batches",
                        members,
                        threads,
                        points,
                        batches.batches,
                        points / (wall / 1e9),
                        wall / 1e6,
                        100 * (wall - inside) / wall,
                        100 * (1 - busy / (slots * wall)),
                        100 * (1 - busy / (slots * inside)));
            }
        } finally {
            workers.forEach(ClusterMember::close);
        }
    }

    private static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    private ClusterIdleBench() {}
}
