package org.codesign.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.codesign.eval.CodesignMode;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.RunSpec;
import org.codesign.space.CodesignSpace;
import org.codesign.study.Study;

/**
 * Where the cluster backend's extra CPU goes (BENCHMARKS.md, "Evaluation on a cluster"): the same
 * evaluations at equal cores on the local pool (2 threads), 1 loopback worker × 2 threads and 2
 * workers × 1 thread, counting the CPU of every thread of this JVM (the members run in it: workers,
 * coordinator and Hazelcast's own partition, IO and response threads), grouped by thread. Three
 * workloads: (1) cold: random designs on fresh caches; (2) warm: the same designs again on the same
 * members; (3) a seeded NSGA-II run from fresh caches (the designs a search really sends, which
 * repeat layer shapes and architectures). Each cluster is measured only once its partitions are
 * in place (no migration in the measurement).
 *
 * <pre>
 * mvn -o -q -Pbench test-compile exec:exec -Dbench.main=org.codesign.cluster.ClusterOverheadBench \
 *     -Dbench.args="32 16 400"
 * </pre>
 */
public final class ClusterOverheadBench {
    private static final int PORT = 5971;
    private static final int REPEATS = 3;
    /** The local pool's mapper shares nothing: a fresh one is the cold local baseline. */
    private static final org.codesign.cost.mapper.MappingStore NO_STORE = null;

    private static final String[] CONFIGS = {"local 2 threads", "1 worker x 2", "2 workers x 1"};

    /** CPU ms per evaluation of one workload and configuration, and its breakdown by thread group. */
    private record Sample(
            double cpuMs, double wallMs, int evaluations, Map<String, Long> groups, SharedMappings.Traffic traffic) {}

    public static void main(String[] args) throws Exception {
        int spatialDesigns = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int systolicDesigns = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int runEvaluations = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        Path dir = Files.createTempDirectory("cluster-overhead");
        ClusterSecret secret = LoopbackClusters.secret(dir, "bench-secret-0123456789abcdef");
        System.out.printf(Locale.ROOT, "load before: %s%n", load());
        String[] samples = {"accelerator-dataflow.codesign.json", "nas-accelerator-joint.codesign.json"};
        int[] counts = {spatialDesigns, systolicDesigns};
        for (int s = 0; s < samples.length; s++) {
            Study study = LoopbackClusters.study(samples[s]);
            List<CodesignSpace.Point> designs = ClusterBench.randomDesigns(study.space(), counts[s], 1);
            String objective = study.model().mapperObjective();
            ClusterBench.local(ClusterBench.randomDesigns(study.space(), 8, 99), objective); // JIT warm-up
            RunSpec spec = RunSpec.of(Algorithm.parse("nsga2"), CodesignMode.JOINT, runEvaluations, 1)
                    .withThreads(2);
            // [workload][config][repeat], configurations alternated: the shared machine's load drifts
            Sample[][][] all = new Sample[3][CONFIGS.length][REPEATS];
            for (int r = -1; r < REPEATS; r++) { // round -1 warms the JIT up on every path, not counted
                for (int c = 0; c < CONFIGS.length; c++) {
                    Sample[] passes =
                            c == 0 ? localPasses(designs, objective) : clusterPasses(secret, designs, objective, c);
                    Sample run = c == 0 ? localRun(study, spec) : clusterRun(secret, study, spec, c);
                    if (r >= 0) {
                        all[0][c][r] = passes[0];
                        all[1][c][r] = passes[1];
                        all[2][c][r] = run;
                    }
                }
            }
            String[] workloads = {
                counts[s] + " random designs, cold",
                "the same designs, warm",
                runEvaluations + "-evaluation NSGA-II run, seed 1"
            };
            for (int w = 0; w < workloads.length; w++) {
                report(samples[s] + ": " + workloads[w], all[w]);
            }
        }
        System.out.printf(Locale.ROOT, "load after: %s%n", load());
    }

    private static void report(String title, Sample[][] byConfig) {
        System.out.println(title);
        double local = medianCpu(byConfig[0]);
        double localNoJit = medianNoJit(byConfig[0]);
        for (int c = 0; c < CONFIGS.length; c++) {
            Sample median = median(byConfig[c]);
            double noJit = medianNoJit(byConfig[c]);
            System.out.printf(
                    Locale.ROOT,
                    "  %-16s CPU %.2f ms/eval %s (%+.2f ms, %+.1f %%); without the JIT's threads %.2f (%+.1f %%);"
                            + " wall %.2f ms/eval%s%n",
                    CONFIGS[c],
                    median.cpuMs(),
                    Arrays.toString(Arrays.stream(byConfig[c])
                            .mapToDouble(Sample::cpuMs)
                            .map(v -> Math.round(v * 10) / 10.0)
                            .toArray()),
                    median.cpuMs() - local,
                    100 * (median.cpuMs() - local) / local,
                    noJit,
                    100 * (noJit - localNoJit) / localNoJit,
                    median.wallMs(),
                    median.traffic() == null ? "" : "; map " + median.traffic());
            median.groups().forEach((group, ns) -> {
                if (ns >= 5_000_000) {
                    System.out.printf(Locale.ROOT, "      %-40s %8.1f ms%n", group, ns / 1e6);
                }
            });
        }
    }

    private static Sample[] localPasses(List<CodesignSpace.Point> designs, String objective) throws Exception {
        var evaluator = org.codesign.eval.StandardModels.evaluator(
                org.codesign.accuracy.AccuracyModel.defaultModel(), objective, NO_STORE);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            Sample[] out = new Sample[2];
            for (int pass = 0; pass < 2; pass++) {
                settle();
                ThreadCpu cpu = ThreadCpu.start();
                long t0 = System.nanoTime();
                List<java.util.concurrent.Future<?>> done = new ArrayList<>();
                for (CodesignSpace.Point p : designs) {
                    done.add(pool.submit(() -> evaluator.evaluate(p.network(), p.hardware())));
                }
                for (var f : done) {
                    f.get();
                }
                out[pass] = sample(cpu, t0, designs.size(), null);
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    private static Sample[] clusterPasses(
            ClusterSecret secret, List<CodesignSpace.Point> designs, String objective, int config) {
        try (Cluster cluster = Cluster.start(secret, config)) {
            Sample[] out = new Sample[2];
            ClusterEvaluator batches = cluster.coordinator().batches(objective);
            for (int pass = 0; pass < 2; pass++) {
                SharedMappings.Traffic before = cluster.traffic();
                settle();
                ThreadCpu cpu = ThreadCpu.start();
                long t0 = System.nanoTime();
                batches.evaluate(designs, () -> false);
                out[pass] = sample(cpu, t0, designs.size(), cluster.traffic().minus(before));
            }
            return out;
        }
    }

    /** The run on its own threads, with a mapper of its own (cold, as a fresh worker's). */
    private static Sample localRun(Study study, RunSpec spec) {
        var evaluator = org.codesign.eval.StandardModels.evaluator(
                org.codesign.accuracy.AccuracyModel.defaultModel(),
                study.model().mapperObjective(),
                NO_STORE);
        settle();
        ThreadCpu cpu = ThreadCpu.start();
        long t0 = System.nanoTime();
        try (var run = org.codesign.study.StudyRuns.newRun(study, spec, evaluator)) {
            run.runToEnd();
            return sample(cpu, t0, run.evaluatedPoints().size(), null);
        }
    }

    private static Sample clusterRun(ClusterSecret secret, Study study, RunSpec spec, int config) {
        try (Cluster cluster = Cluster.start(secret, config)) {
            settle();
            ThreadCpu cpu = ThreadCpu.start();
            long t0 = System.nanoTime();
            int n = LoopbackClusters.run(
                            study,
                            spec,
                            cluster.coordinator().batches(study.model().mapperObjective()))
                    .size();
            return sample(cpu, t0, n, cluster.traffic());
        }
    }

    /**
     * Collects the garbage of earlier measurements (stopped members above all), and waits for the
     * JIT to drain what starting the members queued (up to 20 s), so neither is counted here: a
     * worker starts once and evaluates for hours. Measured without this wait, the compiler threads
     * took 150 ms of a 1-worker cold pass against 10 ms of the local pool's.
     */
    private static void settle() {
        System.gc();
        var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        long deadline = System.nanoTime() + 20_000_000_000L;
        try {
            long before = jit.getTotalCompilationTime();
            do {
                Thread.sleep(300);
                long now = jit.getTotalCompilationTime();
                if (now - before <= 1) {
                    return;
                }
                before = now;
            } while (System.nanoTime() < deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Sample sample(ThreadCpu cpu, long t0, int evaluations, SharedMappings.Traffic traffic) {
        double wall = (System.nanoTime() - t0) / 1e6 / evaluations;
        Map<String, Long> groups = new TreeMap<>(cpu.byGroup());
        return new Sample(cpu.process() / 1e6 / evaluations, wall, evaluations, groups, traffic);
    }

    /** Loopback workers (config 1: one of 2 threads; 2: two of 1 thread) and a coordinator, partitions settled. */
    private record Cluster(List<ClusterMember> workers, ClusterMember coordinator) implements AutoCloseable {
        static Cluster start(ClusterSecret secret, int config) {
            String name = "overhead-" + config;
            int members = config == 1 ? 1 : 2;
            int threads = config == 1 ? 2 : 1;
            List<ClusterMember> workers = new ArrayList<>();
            workers.add(ClusterMember.worker(LoopbackClusters.settings(name, secret, PORT, List.of()), threads));
            List<String> join = List.of(workers.get(0).address());
            for (int m = 1; m < members; m++) {
                workers.add(ClusterMember.worker(LoopbackClusters.settings(name, secret, PORT, join), threads));
            }
            ClusterMember coordinator = ClusterMember.coordinator(LoopbackClusters.settings(name, secret, PORT, join));
            for (ClusterMember w : workers) {
                while (!w.instance().getPartitionService().isClusterSafe()) {
                    Thread.onSpinWait();
                }
            }
            workers.get(0).instance().getMap(SharedMappings.MAP).size(); // the map's proxies exist everywhere
            return new Cluster(workers, coordinator);
        }

        SharedMappings.Traffic traffic() {
            SharedMappings.Traffic sum = new SharedMappings.Traffic(0, 0, 0);
            for (ClusterMember w : workers) {
                sum = sum.plus(WorkerRuntime.of(w.instance()).mappingTraffic());
            }
            return sum;
        }

        @Override
        public void close() {
            coordinator.close();
            workers.forEach(ClusterMember::close);
        }
    }

    private static double medianCpu(Sample[] samples) {
        return median(samples).cpuMs();
    }

    /**
     * The median CPU ms/eval without the compiler threads: in this JVM, which alternates six
     * workloads, the JIT never settles (about 1,200 compilations in a third 400-evaluation local
     * run), and a worker that evaluates for hours compiles its code once.
     */
    private static double medianNoJit(Sample[] samples) {
        double[] v = Arrays.stream(samples)
                .mapToDouble(x -> x.cpuMs() - x.groups().getOrDefault("jvm JIT", 0L) / 1e6 / x.evaluations())
                .sorted()
                .toArray();
        return v[v.length / 2];
    }

    private static Sample median(Sample[] samples) {
        Sample[] sorted = samples.clone();
        Arrays.sort(sorted, (a, b) -> Double.compare(a.cpuMs(), b.cpuMs()));
        return sorted[sorted.length / 2];
    }

    private static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    private ClusterOverheadBench() {}
}
