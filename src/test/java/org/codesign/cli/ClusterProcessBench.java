package org.codesign.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.codesign.cluster.ClusterMember;
import org.codesign.cluster.ClusterSecret;
import org.codesign.cluster.ClusterSettings;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.StandardModels;
import org.codesign.search.RunSnapshot;
import org.codesign.search.RunStatus;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.CodesignRun;
import org.codesign.search.codesign.RunSpec;
import org.codesign.study.ModelSettings;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.codesign.study.StudyRuns;

/**
 * The cluster's overhead as deployed: workers are {@code codesign worker} JVMs on 127.0.0.1, the
 * coordinator is a JVM of its own ({@link Coordinator}: a lite member, as {@code codesign run
 * --cluster} starts, kept across two runs), and the baseline is a JVM running the same runs on a
 * local pool of 2 threads. Each JVM first runs an untimed warm-up (the same NSGA-II run with the
 * mapper minimizing energy, seed 1: same code, other cache keys, so the timed run starts with cold
 * mapping caches everywhere), then the timed run (EDP, seed 2). The figure is the CPU of every
 * process (coordinator and workers, all their threads: Hazelcast's, GC, JIT) during the timed run,
 * per evaluation, from the kernel's accounting; JVM and member start-up are not in it.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.codesign.cli.ClusterProcessBench 1000 3
 * </pre>
 *
 * Arguments: evaluations per run (1000), rounds (3), samples (both). Configurations are
 * interleaved within a round.
 */
public final class ClusterProcessBench {
    private static final String[] SAMPLES = {
        "samples/accelerator-dataflow.codesign.json", "samples/nas-accelerator-joint.codesign.json"
    };
    private static final String[] CONFIGS = {"local 2 threads", "1 worker x 2 threads", "2 workers x 1 thread"};
    private static final String RESULT = "result ";

    private record Measurement(
            double cpuMs,
            double wallMs,
            double coordinatorMs,
            double workersMs,
            double jitMs,
            double gcMs,
            String load) {}

    private ClusterProcessBench() {}

    public static void main(String[] args) throws Exception {
        int evaluations = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String[] samples = args.length > 2 ? Arrays.copyOfRange(args, 2, args.length) : SAMPLES;
        Path dir = Files.createTempDirectory("cluster-process-bench");
        Path secret = Files.writeString(dir.resolve("secret"), "process-bench-secret-0123456789\n");
        Measurement[][][] all = new Measurement[samples.length][CONFIGS.length][rounds];
        // -Dconfigs=1,2 measures only those (a profile of one configuration)
        List<Integer> configs = Arrays.stream(
                        System.getProperty("configs", "0,1,2").split(","))
                .map(Integer::valueOf)
                .toList();
        int count = 0;
        for (int r = 0; r < rounds; r++) {
            for (int s = 0; s < samples.length; s++) {
                for (int c = 0; c < CONFIGS.length; c++) {
                    if (!configs.contains(c)) {
                        continue;
                    }
                    Measurement m = measure(dir, secret, samples[s], evaluations, c, count++);
                    all[s][c][r] = m;
                    System.out.printf(
                            Locale.ROOT,
                            "round %d %s %s: %.2f CPU ms/eval (coordinator %.2f, workers %.2f; JIT %.2f, GC %.2f),"
                                    + " wall %.2f ms/eval, load %s%n",
                            r,
                            Path.of(samples[s]).getFileName(),
                            CONFIGS[c],
                            m.cpuMs(),
                            m.coordinatorMs(),
                            m.workersMs(),
                            m.jitMs(),
                            m.gcMs(),
                            m.wallMs(),
                            m.load());
                }
            }
        }
        System.out.printf(
                Locale.ROOT, "%n%d evaluations per run, medians of %d rounds [the rounds]%n", evaluations, rounds);
        System.out.println("| sample | configuration | CPU ms/eval | overhead | wall ms/eval | overhead |");
        System.out.println("|---|---|---|---|---|---|");
        if (configs.size() < CONFIGS.length) {
            return;
        }
        for (int s = 0; s < samples.length; s++) {
            double cpu0 = median(all[s][0], Measurement::cpuMs);
            double wall0 = median(all[s][0], Measurement::wallMs);
            for (int c = 0; c < CONFIGS.length; c++) {
                double cpu = median(all[s][c], Measurement::cpuMs);
                double wall = median(all[s][c], Measurement::wallMs);
                System.out.printf(
                        Locale.ROOT,
                        "| %s | %s | %.2f %s | %s | %.2f %s | %s |%n",
                        Path.of(samples[s]).getFileName(),
                        CONFIGS[c],
                        cpu,
                        list(all[s][c], Measurement::cpuMs),
                        c == 0 ? "" : String.format(Locale.ROOT, "%+.1f %%", 100 * (cpu / cpu0 - 1)),
                        wall,
                        list(all[s][c], Measurement::wallMs),
                        c == 0 ? "" : String.format(Locale.ROOT, "%+.1f %%", 100 * (wall / wall0 - 1)));
            }
        }
    }

    /** One configuration: its workers started, the coordinator's JVM run to its end, the workers killed. */
    private static Measurement measure(Path dir, Path secret, String sample, int evaluations, int config, int count)
            throws Exception {
        String load = loadAverage();
        int workers = config == 0 ? 0 : config == 1 ? 1 : 2;
        int threads = config == 1 ? 2 : 1;
        String name = "procbench" + count;
        int workerPort = 6301 + (count % 20) * 10;
        List<CodesignProcess> started = new ArrayList<>();
        try {
            List<String> pids = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                Path log = dir.resolve(name + "-worker" + w + ".log");
                CodesignProcess p = CodesignProcess.start(
                        log,
                        List.of(
                                "worker",
                                "--cluster",
                                name,
                                "--secret-file",
                                secret.toString(),
                                "--members",
                                "127.0.0.1:" + workerPort,
                                "--port",
                                "" + workerPort,
                                "--threads",
                                "" + threads));
                started.add(p);
                pids.add(Long.toString(p.pid()));
                CodesignProcess.awaitLine(log, "worker of cluster " + name);
            }
            List<String> args = new ArrayList<>(List.of(
                    sample,
                    "" + evaluations,
                    workers == 0 ? "-" : name,
                    secret.toString(),
                    "" + (workerPort + 5),
                    "" + workerPort));
            args.addAll(pids);
            Path log = dir.resolve(name + "-coordinator.log");
            CodesignProcess coordinator = CodesignProcess.start(log, Coordinator.class.getName(), args);
            started.add(coordinator);
            int exit = coordinator.waitFor(1800);
            String result = coordinator
                    .log()
                    .lines()
                    .filter(l -> l.startsWith(RESULT))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "the coordinator (exit " + exit + ") gave no result:\n" + coordinator.log()));
            String[] f = result.substring(RESULT.length()).trim().split(" ");
            double n = Double.parseDouble(f[0]);
            double wall = Double.parseDouble(f[1]);
            double coordinatorCpu = Double.parseDouble(f[2]);
            double workersCpu = Double.parseDouble(f[3]);
            return new Measurement(
                    (coordinatorCpu + workersCpu) / n,
                    wall / n,
                    coordinatorCpu / n,
                    workersCpu / n,
                    Double.parseDouble(f[4]) / n,
                    Double.parseDouble(f[5]) / n,
                    load + " -> " + loadAverage());
        } finally {
            for (CodesignProcess p : started) {
                stop(p);
                p.log().lines().filter(l -> l.startsWith("worker stopping")).forEach(l -> System.out.println("  " + l));
            }
        }
    }

    /** SIGTERM first, so that a worker's flight recording (JDK_JAVA_OPTIONS) is written; then -9. */
    private static void stop(CodesignProcess p) throws Exception {
        p.terminate();
        for (int i = 0; i < 100 && p.isAlive(); i++) {
            Thread.sleep(100);
        }
        p.kill();
    }

    /**
     * The coordinator's (or the local baseline's) JVM: the warm-up run, a pause until every
     * process is idle, then the timed run; prints "result N wallMs coordinatorCpuMs workersCpuMs".
     * Arguments: sample, evaluations, cluster name or "-" (local pool of 2 threads), secret file,
     * this member's port, a worker's port, the workers' process ids.
     */
    public static final class Coordinator {
        private Coordinator() {}

        public static void main(String[] args) throws Exception {
            Study study = StudyFiles.load(Path.of(args[0]));
            int evaluations = Integer.parseInt(args[1]);
            long[] workers =
                    Arrays.stream(args).skip(6).mapToLong(Long::parseLong).toArray();
            ModelSettings m = study.model();
            // the same run on other cache keys: warms every JVM's code up, leaves the caches cold
            Study warm = study.withModel(new ModelSettings(m.accuracyModel(), "energy", m.extrapolation()));
            RunSpec spec = RunSpec.of(Algorithm.parse("nsga2"), CodesignMode.JOINT, evaluations, 1)
                    .withThreads(2);
            ClusterMember member = args[2].equals("-")
                    ? null
                    : ClusterMember.coordinator(ClusterSettings.local(args[2], ClusterSecret.read(Path.of(args[3])))
                            .withPort(Integer.parseInt(args[4]))
                            .withMembers(List.of("127.0.0.1:" + args[5])));
            try {
                // -Dwarmups=N: N untimed runs, minimizing energy and delay in turn
                int warmups = Integer.getInteger("warmups", 1);
                for (int w = 0; w < warmups; w++) {
                    run(
                            w % 2 == 0
                                    ? warm
                                    : warm.withModel(new ModelSettings(m.accuracyModel(), "delay", m.extrapolation())),
                            spec.withSeed(1 + w / 2),
                            member);
                }
                settle(workers);
                long[] all = java.util.stream.LongStream.concat(
                                java.util.stream.LongStream.of(
                                        ProcessHandle.current().pid()),
                                Arrays.stream(workers))
                        .toArray();
                long[] groups0 = threadGroups(all);
                long self0 = cpuNanos(ProcessHandle.current().pid());
                long workers0 = cpuNanos(workers);
                long t0 = System.nanoTime();
                int n = run(study, spec.withSeed(2), member);
                long wall = System.nanoTime() - t0;
                long self = cpuNanos(ProcessHandle.current().pid()) - self0;
                long others = cpuNanos(workers) - workers0;
                long[] groups = threadGroups(all);
                System.out.printf(
                        Locale.ROOT,
                        "%s%d %.1f %.1f %.1f %d %d%n",
                        RESULT,
                        n,
                        wall / 1e6,
                        self / 1e6,
                        others / 1e6,
                        (groups[0] - groups0[0]) * 10,
                        (groups[1] - groups0[1]) * 10);
            } finally {
                if (member != null) {
                    member.close();
                }
            }
            System.exit(0);
        }

        private static int run(Study study, RunSpec spec, ClusterMember member) {
            String objective = study.model().mapperObjective();
            try (CodesignRun run = StudyRuns.newRun(study, spec, StandardModels.evaluator("builtin", objective))) {
                if (member != null) {
                    run.evaluateOn(member.batches(objective));
                }
                RunSnapshot end = run.runToEnd();
                if (end.status() != RunStatus.FINISHED) {
                    throw new IllegalStateException("the run ended " + end.status() + ": " + end.message());
                }
                return run.evaluatedPoints().size();
            }
        }

        /**
         * Waits (up to 30 s) until this JVM and the workers use under 5 % of a core over half a
         * second: the JIT's and GC's work queued by the warm-up is not counted in the timed run.
         */
        private static void settle(long[] workers) throws InterruptedException {
            System.gc();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            long before = cpuNanos(ProcessHandle.current().pid()) + cpuNanos(workers);
            while (System.nanoTime() < deadline) {
                Thread.sleep(500);
                long now = cpuNanos(ProcessHandle.current().pid()) + cpuNanos(workers);
                if (now - before < 25_000_000L) {
                    return;
                }
                before = now;
            }
        }
    }

    /**
     * Clock ticks (10 ms) of the processes' JIT compiler threads and GC threads, from
     * /proc/PID/task/TID/stat (threads that ended in between are missed).
     */
    static long[] threadGroups(long... pids) throws IOException {
        long[] ticks = new long[2];
        for (long pid : pids) {
            java.io.File[] tasks = new java.io.File("/proc/" + pid + "/task").listFiles();
            for (java.io.File t : tasks == null ? new java.io.File[0] : tasks) {
                String stat;
                try {
                    stat = Files.readString(t.toPath().resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread ended
                }
                String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long used = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
                    ticks[0] += used;
                } else if (comm.startsWith("GC Thread") || comm.startsWith("G1 ")) {
                    ticks[1] += used;
                }
            }
        }
        return ticks;
    }

    /** User + system CPU of the processes, all their threads, from /proc (10 ms ticks). */
    static long cpuNanos(long... pids) {
        long sum = 0;
        for (long pid : pids) {
            sum += ProcessHandle.of(pid)
                    .flatMap(h -> h.info().totalCpuDuration())
                    .map(Duration::toNanos)
                    .orElseThrow(() -> new IllegalStateException("no CPU time for process " + pid));
        }
        return sum;
    }

    private static double median(Measurement[] ms, java.util.function.ToDoubleFunction<Measurement> f) {
        double[] v = Arrays.stream(ms).mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String list(Measurement[] ms, java.util.function.ToDoubleFunction<Measurement> f) {
        StringBuilder b = new StringBuilder("[");
        for (Measurement m : ms) {
            b.append(b.length() > 1 ? ", " : "").append(String.format(Locale.ROOT, "%.2f", f.applyAsDouble(m)));
        }
        return b.append(']').toString();
    }

    private static String loadAverage() throws IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return f[0] + " " + f[1] + " " + f[2];
    }
}
