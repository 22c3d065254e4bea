package org.codesign.cluster;

import com.hazelcast.internal.serialization.Data;
import com.hazelcast.internal.serialization.SerializationService;
import com.hazelcast.spi.impl.SerializationServiceSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.codesign.accuracy.AccuracyModel;
import org.codesign.cost.mapper.MappingStore;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.Evaluator;
import org.codesign.eval.StandardModels;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.CodesignProblem;
import org.codesign.search.codesign.CodesignRun;
import org.codesign.search.codesign.DesignResult;
import org.codesign.search.codesign.RunSpec;
import org.codesign.space.CodesignSpace;
import org.codesign.study.ConfigJson;
import org.codesign.study.RunPoints;
import org.codesign.study.Study;
import org.codesign.study.StudyRuns;
import org.codesign.study.store.RunAppender;
import org.codesign.study.store.StudyStore;

/**
 * The cost of the cluster backend on this machine, and a projection from it (BENCHMARKS.md,
 * "Evaluation on a cluster"): (1) wall time per evaluation of the same random designs on the local
 * pool and on 1 × 2-thread and 2 × 1-thread loopback workers (equal cores, cold mapping caches
 * each time); (2) Compact serialization of a 12-design batch and its reply, and the executor round
 * trip of an empty batch; (3) the coordinator's own work per evaluation and the store's append rate.
 *
 * <pre>
 * mvn -o -q -Pbench test-compile exec:exec -Dbench.main=org.codesign.cluster.ClusterBench -Dbench.args="32 16"
 * </pre>
 */
public final class ClusterBench {
    private static final int PORT = 5961;
    private static final int REPEATS = 3;

    public static void main(String[] args) throws Exception {
        int spatialDesigns = args.length > 0 ? Integer.parseInt(args[0]) : 48;
        int systolicDesigns = args.length > 1 ? Integer.parseInt(args[1]) : 24;
        Path dir = Files.createTempDirectory("cluster-bench");
        ClusterSecret secret = LoopbackClusters.secret(dir, "bench-secret-0123456789abcdef");
        System.out.printf(Locale.ROOT, "load before: %s%n", load());
        double[] perEval = new double[2];
        String[] samples = {"accelerator-dataflow.codesign.json", "nas-accelerator-joint.codesign.json"};
        int[] counts = {spatialDesigns, systolicDesigns};
        for (int s = 0; s < 2; s++) {
            Study study = LoopbackClusters.study(samples[s]);
            List<CodesignSpace.Point> designs = randomDesigns(study.space(), counts[s], 1);
            String objective = study.model().mapperObjective();
            local(randomDesigns(study.space(), 8, 99), objective); // JIT warm-up, other designs
            // alternated, three times: the shared machine's load drifts between configurations
            double[][] ms = new double[3][REPEATS];
            double[][] cpu = new double[3][REPEATS];
            for (int r = 0; r < REPEATS; r++) {
                ms[0][r] = local(designs, objective);
                cpu[0][r] = lastCpuMs;
                ms[1][r] = cluster(secret, designs, objective, 1, 2);
                cpu[1][r] = lastCpuMs;
                ms[2][r] = cluster(secret, designs, objective, 2, 1);
                cpu[2][r] = lastCpuMs;
            }
            double localCpu = median(cpu[0], 0);
            System.out.printf(
                    Locale.ROOT,
                    "%s CPU ms/eval (all threads of the JVM: workers, coordinator, Hazelcast): local %.1f %s;"
                            + " 1x2 %.1f %s (%+.1f %%); 2x1 %.1f %s (%+.1f %%)%n",
                    samples[s],
                    localCpu,
                    Arrays.toString(round(cpu[0])),
                    median(cpu[1], 0),
                    Arrays.toString(round(cpu[1])),
                    100 * (median(cpu[1], 0) - localCpu) / localCpu,
                    median(cpu[2], 0),
                    Arrays.toString(round(cpu[2])),
                    100 * (median(cpu[2], 0) - localCpu) / localCpu);
            double local = median(ms[0], 0);
            double one = median(ms[1], 0);
            double two = median(ms[2], 0);
            perEval[s] = localCpu; // one thread's time per evaluation, without waiting for the CPU
            System.out.printf(
                    Locale.ROOT,
                    "%s, %d designs, median of %d: local 2 threads %.1f ms/eval %s; 1 worker x 2 threads %.1f"
                            + " ms/eval %s (%+.1f %%); 2 workers x 1 thread %.1f ms/eval %s (%+.1f %%)%n",
                    samples[s],
                    designs.size(),
                    REPEATS,
                    local,
                    Arrays.toString(round(ms[0])),
                    one,
                    Arrays.toString(round(ms[1])),
                    100 * (one - local) / local,
                    two,
                    Arrays.toString(round(ms[2])),
                    100 * (two - local) / local);
        }
        Study spatial = LoopbackClusters.study(samples[0]);
        double[] batch = batchCosts(secret, spatial);
        double coordinatorMs = coordinatorWork(spatial);
        double storeMs = storeAppend(dir);
        System.out.printf(
                Locale.ROOT,
                "12-design batch: task %.0f B, serialize+deserialize %.1f us; reply %.0f B, %.1f us;"
                        + " empty-batch round trip %.0f us (median)%n",
                batch[0],
                batch[1],
                batch[2],
                batch[3],
                batch[4]);
        System.out.printf(
                Locale.ROOT,
                "coordinator per evaluation: %.3f ms (JSON, decode, objectives); store append %.4f ms/point%n",
                coordinatorMs,
                storeMs);
        projection(perEval, batch[4] / 1000, coordinatorMs + storeMs);
        System.out.printf(Locale.ROOT, "load after: %s%n", load());
    }

    static List<CodesignSpace.Point> randomDesigns(CodesignSpace space, int n, long seed) {
        Random random = new Random(seed);
        int[] card = space.cardinalities();
        List<CodesignSpace.Point> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[] g = new int[card.length];
            for (int k = 0; k < g.length; k++) {
                g[k] = random.nextInt(card[k]);
            }
            out.add(space.decode(g));
        }
        return out;
    }

    /** Process CPU ms per evaluation of the last {@link #local} or {@link #cluster} call. */
    private static double lastCpuMs;

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** ms per evaluation on two threads of this JVM, a fresh (cold) mapping cache. */
    static double local(List<CodesignSpace.Point> designs, String objective) throws Exception {
        Evaluator evaluator = StandardModels.evaluator(AccuracyModel.defaultModel(), objective, new MemoryStore());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        long t0 = System.nanoTime();
        long c0 = cpuNanos();
        List<Future<DesignResult>> results = new ArrayList<>();
        for (CodesignSpace.Point p : designs) {
            results.add(pool.submit(() -> DesignResult.of(evaluator.evaluate(p.network(), p.hardware()))));
        }
        for (Future<DesignResult> f : results) {
            f.get();
        }
        double ms = (System.nanoTime() - t0) / 1e6 / designs.size();
        lastCpuMs = (cpuNanos() - c0) / 1e6 / designs.size();
        pool.shutdown();
        return ms;
    }

    /** ms per evaluation on {@code members} loopback workers of {@code threads} threads (fresh caches). */
    static double cluster(
            ClusterSecret secret, List<CodesignSpace.Point> designs, String objective, int members, int threads) {
        String name = "bench-" + members + "x" + threads;
        List<ClusterMember> started = new ArrayList<>();
        try {
            started.add(ClusterMember.worker(LoopbackClusters.settings(name, secret, PORT, List.of()), threads));
            List<String> join = List.of(started.get(0).address());
            for (int m = 1; m < members; m++) {
                started.add(ClusterMember.worker(LoopbackClusters.settings(name, secret, PORT, join), threads));
            }
            ClusterMember coordinator = ClusterMember.coordinator(LoopbackClusters.settings(name, secret, PORT, join));
            started.add(coordinator);
            long t0 = System.nanoTime();
            long c0 = cpuNanos();
            coordinator.batches(objective).evaluate(designs, () -> false);
            lastCpuMs = (cpuNanos() - c0) / 1e6 / designs.size();
            return (System.nanoTime() - t0) / 1e6 / designs.size();
        } finally {
            started.forEach(ClusterMember::close);
        }
    }

    /** {task bytes, task µs, reply bytes, reply µs, empty round trip µs}. */
    static double[] batchCosts(ClusterSecret secret, Study study) throws Exception {
        List<CodesignSpace.Point> designs = randomDesigns(study.space(), 12, 2);
        String[] nets = designs.stream()
                .map(p -> ConfigJson.toJson(p.network()).toString())
                .toArray(String[]::new);
        String[] hws = designs.stream()
                .map(p -> ConfigJson.toJson(p.hardware()).toString())
                .toArray(String[]::new);
        Evaluator evaluator = StandardModels.evaluator("builtin", "edp");
        DesignResult[] results = designs.stream()
                .map(p -> DesignResult.of(evaluator.evaluate(p.network(), p.hardware())))
                .toArray(DesignResult[]::new);
        try (ClusterMember worker =
                        ClusterMember.worker(LoopbackClusters.settings("bench-rt", secret, PORT, List.of()), 1);
                ClusterMember coordinator = ClusterMember.coordinator(
                        LoopbackClusters.settings("bench-rt", secret, PORT, List.of(worker.address())))) {
            SerializationService ss = ((SerializationServiceSupport) coordinator.instance()).getSerializationService();
            DesignTask task = new DesignTask("edp", nets, hws);
            BatchReply reply = BatchReply.of(results, "bench");
            double[] taskCost = roundTrip(ss, task);
            double[] replyCost = roundTrip(ss, reply);
            var executor = coordinator.instance().getExecutorService(MemberConfigs.EXECUTOR);
            DesignTask empty = new DesignTask("edp", new String[0], new String[0]);
            double[] rtt = new double[300];
            for (int i = 0; i < rtt.length; i++) {
                long t0 = System.nanoTime();
                executor.submit(empty, ClusterMember::isWorker).get(30, TimeUnit.SECONDS);
                rtt[i] = (System.nanoTime() - t0) / 1e3;
            }
            return new double[] {taskCost[0], taskCost[1], replyCost[0], replyCost[1], median(rtt, 100)};
        }
    }

    private static double[] roundTrip(SerializationService ss, Object value) {
        double[] us = new double[2000];
        int bytes = 0;
        for (int i = 0; i < us.length; i++) {
            long t0 = System.nanoTime();
            Data d = ss.toData(value);
            ss.toObject(d);
            us[i] = (System.nanoTime() - t0) / 1e3;
            bytes = d.totalSize();
        }
        return new double[] {bytes, median(us, 500)};
    }

    /** The coordinator's CPU per evaluation: designs to JSON, the reply to results, results to evaluations. */
    static double coordinatorWork(Study study) {
        List<CodesignSpace.Point> designs = randomDesigns(study.space(), 48, 3);
        Evaluator evaluator = StandardModels.evaluator("builtin", "edp");
        DesignResult[] results = designs.stream()
                .map(p -> DesignResult.of(evaluator.evaluate(p.network(), p.hardware())))
                .toArray(DesignResult[]::new);
        CodesignProblem problem = new CodesignProblem(
                study.space(),
                study.objectives(),
                study.constraints(),
                evaluator,
                study.model().extrapolation());
        BatchReply reply = BatchReply.of(results, "bench");
        double[] ms = new double[200];
        for (int r = 0; r < ms.length; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < designs.size(); i++) {
                ConfigJson.toJson(designs.get(i).network()).toString();
                ConfigJson.toJson(designs.get(i).hardware()).toString();
                problem.evaluation(reply.result(i));
            }
            ms[r] = (System.nanoTime() - t0) / 1e6 / designs.size();
        }
        return median(ms, 50);
    }

    /** ms per point appended to a store, from a real run's points (fast edge-GPU sample, 4,000 points). */
    static double storeAppend(Path dir) throws Exception {
        Study study = LoopbackClusters.study("default.codesign.json");
        RunSpec spec = RunSpec.of(Algorithm.parse("random"), CodesignMode.JOINT, 4000, 1);
        RunPoints points;
        try (CodesignRun run = StudyRuns.newRun(study, spec, StandardModels.evaluator("builtin", "edp"))) {
            run.runToEnd();
            points = StudyRuns.columns(run.evaluatedPoints());
        }
        try (StudyStore store = StudyStore.create(dir.resolve("bench.codesign.db"), study);
                RunAppender appender = store.beginRun("bench", spec, "2026-12-07T00:00:00Z")) {
            long t0 = System.nanoTime();
            appender.add(points);
            appender.flush();
            return (System.nanoTime() - t0) / 1e6 / points.size();
        }
    }

    /**
     * Throughput at M members (2 cores each) = the least of: the workers (2M / t_eval), the
     * generation barrier (a population of 40 fills at most 40 slots, then waits for its slowest),
     * and the coordinator (1 / (its work + the store append)).
     */
    static void projection(double[] tEvalMs, double rttMs, double coordinatorMs) {
        String[] names = {"spatial (ResNet, dataflow sample)", "systolic (MBv3, nas-accelerator sample)"};
        int population = RunSpec.DEFAULT_POPULATION;
        System.out.printf(
                Locale.ROOT,
                "projection (t_eval per thread, cold cache; round trip %.2f ms; coordinator %.3f ms/eval):%n",
                rttMs,
                coordinatorMs);
        for (int s = 0; s < 2; s++) {
            StringBuilder row =
                    new StringBuilder(String.format(Locale.ROOT, "  %s, t_eval %.0f ms:", names[s], tEvalMs[s]));
            for (int m : new int[] {1, 2, 8, 32, 128}) {
                int slots = 2 * m;
                double workers = slots * 1000 / tEvalMs[s];
                int rounds = (population + slots - 1) / slots;
                double barrier = population * 1000 / (rounds * tEvalMs[s] + rttMs);
                double coordinator = 1000 / coordinatorMs;
                double rate = Math.min(workers, Math.min(barrier, coordinator));
                String limit = rate >= workers * 0.999 ? "workers" : rate == barrier ? "barrier" : "coordinator";
                row.append(String.format(Locale.ROOT, "  M=%d %.0f/s (%s)", m, rate, limit));
            }
            System.out.println(row);
        }
    }

    private static long[] round(double[] v) {
        return Arrays.stream(v).mapToLong(Math::round).toArray();
    }

    private static double median(double[] values, int skipWarmup) {
        double[] v = Arrays.copyOfRange(values, Math.min(skipWarmup, values.length - 1), values.length);
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    /** A mapping store in memory: the local pool's cache, fresh like a new worker's. */
    static final class MemoryStore implements MappingStore {
        private final ConcurrentHashMap<java.util.UUID, String> map = new ConcurrentHashMap<>();

        @Override
        public String get(java.util.UUID key) {
            return map.get(key);
        }

        @Override
        public void putIfAbsent(java.util.UUID key, String text) {
            map.putIfAbsent(key, text);
        }
    }

    private ClusterBench() {}
}
