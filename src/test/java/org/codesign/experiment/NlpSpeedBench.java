package org.codesign.experiment;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.codesign.cost.mapper.Mapper;
import org.codesign.eval.CodesignMode;
import org.codesign.space.SpatialAcceleratorConfig;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.Study;

/**
 * Why an nlp-local evaluation costs more wall time than an NSGA-II one on the accelerator-dataflow
 * sample: per arm and seed, wall and process CPU time, thread utilization (CPU ÷ wall × threads),
 * the mapper's cache misses and hits, the layer mappings its searches analysed, the size of the
 * hardware evaluated, the batch sizes of the steps and nlp-local's time to NSGA-II's final
 * hypervolume. Every arm runs once untimed first, each timed run gets an empty mapping cache
 * (as in the experiment). {@code mvn -o -q -Pbench test-compile exec:exec
 * -Dbench.main=org.codesign.experiment.NlpSpeedBench -Dbench.args="SEEDS EVALUATIONS THREADS"}.
 */
public final class NlpSpeedBench {
    private NlpSpeedBench() {}

    public static void main(String[] args) throws Exception {
        int seeds = Integer.parseInt(args[0]);
        int budget = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        Study study = SampleSource.bundled().load(AcceleratorDataflowExperiment.SAMPLE);
        List<Arm> arms = List.of(
                Arm.nlpLocal("nlp-local", AcceleratorDataflowExperiment.SAMPLE, CodesignMode.HARDWARE_ONLY, 4),
                Arm.nsga2("NSGA-II", AcceleratorDataflowExperiment.SAMPLE, CodesignMode.HARDWARE_ONLY));
        for (Arm arm : arms) {
            arm.run(study, Evaluators.cold(study.model()), 20, 0, threads, 20);
        }
        System.out.println("| seed | arm | evals | wall s | CPU s | util | wall ms/eval | misses | hits | hit % "
                + "| analysed/miss | CPU ms/miss | mean PEs | mean GLB KiB | mean batch | reach GA HV: evals, s |");
        List<String> curves = new ArrayList<>();
        List<String> cpuLines = new ArrayList<>();
        Map<String, Outcome> outcomesOfLastSeed = Map.of();
        for (long seed = 1; seed <= seeds; seed++) {
            Map<String, Outcome> outcomes = new LinkedHashMap<>();
            List<String> lines = new ArrayList<>();
            for (Arm arm : arms) {
                Mapper mapper = new Mapper();
                double cpu0 = cpuSeconds();
                long t0 = System.nanoTime();
                List<double[]> cpuAt = java.util.Collections.synchronizedList(new ArrayList<>());
                Outcome o = run(
                        study,
                        arm.spec(budget, seed, threads, 20),
                        Evaluators.cold(study.model(), mapper),
                        cpuAt,
                        cpu0);
                cpuLines.add(arm.label() + " seed " + seed + " CPU s at evaluations:"
                        + cpuAt.stream()
                                .filter(c -> c[0] <= 130)
                                .map(c -> String.format(Locale.ROOT, " %.0f:%.2f", c[0], c[1]))
                                .distinct()
                                .reduce("", String::concat));
                double wall = (System.nanoTime() - t0) / 1e9;
                double cpu = cpuSeconds() - cpu0;
                outcomes.put(arm.label(), o);
                long miss = mapper.cacheMisses();
                long hit = mapper.cacheHits();
                lines.add(String.format(
                        Locale.ROOT,
                        "| %d | %s | %d | %.1f | %.1f | %.0f %% | %.0f | %d | %d | %.0f %% | %.0f | %.1f | %.0f | %.0f | %.1f |",
                        seed,
                        arm.label(),
                        o.evaluations(),
                        wall,
                        cpu,
                        100 * cpu / (wall * threads),
                        1000 * wall / o.evaluations(),
                        miss,
                        hit,
                        100.0 * hit / Math.max(1, hit + miss),
                        mapper.analysedMappings() / (double) Math.max(1, miss),
                        1000 * cpu / Math.max(1, miss),
                        mean(study, o.points(), true),
                        mean(study, o.points(), false),
                        meanBatch(o)));
            }
            outcomesOfLastSeed = outcomes;
            Outcome nlp = outcomes.get("nlp-local");
            Outcome ga = outcomes.get("NSGA-II");
            double target = Fronts.hypervolume(ga.points(), study.objectives());
            int[] every = Fronts.checkpoints(budget, budget);
            int at = Fronts.firstReaching(
                    Fronts.hypervolumeCurve(nlp.points(), study.objectives(), every), every, target - 1e-12);
            String reach = at > 0
                    ? String.format(
                            Locale.ROOT,
                            " %d (%.0f %%), %.1f s (%.0f %%; solve %.1f s) |",
                            at,
                            100.0 * at / ga.evaluations(),
                            nlp.msAt(at) / 1000,
                            100 * nlp.msAt(at) / ga.elapsedMs(),
                            NlpComparison.solveMs(nlp) / 1000)
                    : " not reached |";
            System.out.println(lines.get(0) + reach);
            System.out.println(lines.get(1) + " |");
            curves.add(curve(study, "nlp-local", seed, nlp, target));
            curves.add(curve(study, "NSGA-II", seed, ga, target));
        }
        curves.forEach(System.out::println);
        if (args.length > 3) {
            profile(study, outcomesOfLastSeed);
        }
        cpuLines.forEach(System.out::println);
    }

    /**
     * Every design of each arm evaluated again on this thread with an empty mapping cache: thread CPU
     * ms per design, split by feasible and infeasible, and the slowest designs.
     */
    private static void profile(Study study, Map<String, Outcome> outcomes) {
        var bean = ManagementFactory.getThreadMXBean();
        for (Outcome o : outcomes.values()) {
            org.codesign.eval.Evaluator ev = Evaluators.cold(study.model());
            double[] sum = new double[2];
            int[] count = new int[2];
            List<String> slow = new ArrayList<>();
            List<double[]> ms = new ArrayList<>();
            for (EvaluatedPoint p : o.points()) {
                var point = study.space().decode(p.genome());
                long t0 = bean.getCurrentThreadCpuTime();
                ev.evaluate(point.network(), point.hardware());
                double t = (bean.getCurrentThreadCpuTime() - t0) / 1e6;
                int k = p.infeasibleReason() == null && p.violation() == 0 ? 0 : 1;
                sum[k] += t;
                count[k]++;
                ms.add(new double[] {t, slow.size()});
                slow.add(
                        String.format(Locale.ROOT, "%.0f ms %s %s", t, k == 0 ? "ok" : "INFEASIBLE", point.hardware()));
            }
            ms.sort((a, b) -> Double.compare(b[0], a[0]));
            System.out.printf(
                    Locale.ROOT,
                    "%s: feasible %d at %.1f ms, infeasible %d at %.1f ms CPU each%n",
                    o.method(),
                    count[0],
                    sum[0] / Math.max(1, count[0]),
                    count[1],
                    sum[1] / Math.max(1, count[1]));
            ms.subList(0, 8).forEach(m -> System.out.println("  " + slow.get((int) m[1])));
        }
    }

    /** As {@link Searches#run}, also noting the process CPU seconds (since {@code cpu0}) at every snapshot. */
    private static Outcome run(
            Study study,
            org.codesign.search.codesign.RunSpec spec,
            org.codesign.eval.Evaluator evaluator,
            List<double[]> cpuAt,
            double cpu0) {
        try (org.codesign.search.codesign.CodesignRun run =
                org.codesign.study.StudyRuns.newRun(study, spec, evaluator)) {
            List<double[]> timeline = java.util.Collections.synchronizedList(new ArrayList<>());
            run.addListener(s -> {
                timeline.add(new double[] {s.evaluations(), s.elapsed().toMillis()});
                cpuAt.add(new double[] {s.evaluations(), cpuSeconds() - cpu0});
            });
            org.codesign.search.RunSnapshot end = run.runToEnd();
            return new Outcome(
                    spec.algorithm().name(),
                    spec.seed(),
                    org.codesign.study.StudyRuns.points(run.evaluatedPoints()),
                    end.elapsed().toMillis(),
                    List.copyOf(timeline));
        }
    }

    /** Hypervolume and wall time after 25, 50, 75 ... evaluations, and the first steps' sizes. */
    private static String curve(Study study, String arm, long seed, Outcome o, double target) {
        StringBuilder b =
                new StringBuilder(arm + " seed " + seed + String.format(Locale.ROOT, " (GA final HV %.4f):", target));
        for (int n = 25; n <= o.evaluations(); n += 25) {
            b.append(String.format(
                    Locale.ROOT,
                    " %d: %.4f @ %.1f s;",
                    n,
                    Fronts.hypervolume(o.points().subList(0, n), study.objectives()),
                    o.msAt(n) / 1000));
        }
        b.append(" steps:");
        double last = 0;
        for (double[] t : o.timeline()) {
            if (t[0] > last && t[0] <= 120) {
                b.append(String.format(Locale.ROOT, " +%.0f@%.2fs", t[0] - last, t[1] / 1000));
                last = t[0];
            }
        }
        return b.toString();
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
    }

    /** The mean PE count (or global buffer) of the evaluated designs. */
    private static double mean(Study study, List<EvaluatedPoint> points, boolean pes) {
        double sum = 0;
        for (EvaluatedPoint p : points) {
            SpatialAcceleratorConfig h =
                    (SpatialAcceleratorConfig) study.space().decode(p.genome()).hardware();
            sum += pes ? h.peRows() * h.peCols() : h.globalBufferKiB();
        }
        return sum / Math.max(1, points.size());
    }

    /** Mean evaluations per step that evaluated any (from the run's snapshots). */
    private static double meanBatch(Outcome o) {
        int steps = 0;
        double last = 0;
        for (double[] t : o.timeline()) {
            if (t[0] > last) {
                steps++;
                last = t[0];
            }
        }
        return o.evaluations() / (double) Math.max(1, steps);
    }
}
