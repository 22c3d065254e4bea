package org.codesign.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.Evaluator;
import org.codesign.eval.Metric;
import org.codesign.eval.Objective;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.RunSpec;
import org.codesign.space.CodesignSpace;
import org.codesign.space.EdgeGpuConfig;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.Study;

/**
 * DSD 2022 (Bouzidi et al.): NSGA-II over the joint space of an OFA MobileNetV3 subnet and the
 * DVFS setting of a Jetson AGX Xavier, against NSGA-II over the network alone at the board's
 * maximum clocks, with equal evaluations. The measure: for each point of the network-only front,
 * the lowest power (and energy) among the joint points with accuracy ≥ and latency ≤ it.
 */
final class EdgeGpuDvfsExperiment {
    static final String SAMPLE = "edge-gpu-dvfs.codesign.json";
    private static final String JOINT = "joint (network + DVFS)";
    private static final String NETWORK_ONLY = "network-only at max clocks";
    private static final double PAPER_GAIN = 0.53;
    /** Evaluations per run that pay for sweeping every DVFS setting of one network. */
    private static final int EVALUATIONS_PER_SWEEP = 750;

    private static final int MAX_SWEEPS = 4;

    static final Experiment SPEC = Experiment.named(
                    "edge-gpu-dvfs",
                    "Joint network × DVFS co-optimization on a Jetson AGX Xavier vs. network-only search (DSD 2022)")
            .withDefaults(5, 5000)
            .withPopulation(40)
            .withArms(
                    Arm.nsga2(JOINT, SAMPLE, CodesignMode.JOINT),
                    Arm.nsga2(NETWORK_ONLY, SAMPLE, CodesignMode.NETWORK_ONLY))
            .withHypervolume(100, "Hypervolume over evaluations")
            .withAnalysis(EdgeGpuDvfsExperiment::report);

    private EdgeGpuDvfsExperiment() {}

    /** The reductions of one seed: per network-only front point, 1 − best joint value / its value (NaN: no match). */
    private record SeedResult(
            long seed,
            Outcome joint,
            Outcome networkOnly,
            List<EvaluatedPoint> networkFront,
            double[] powerReduction,
            double[] energyReduction) {}

    private static ReportBody report(Runs runs) {
        Study study = runs.study();
        List<Objective> objectives = study.objectives();
        List<SeedResult> results = new ArrayList<>();
        for (Map<String, Outcome> seed : runs.bySeed()) {
            Outcome joint = seed.get(JOINT);
            Outcome networkOnly = seed.get(NETWORK_ONLY);
            List<EvaluatedPoint> front = Fronts.front(networkOnly.points(), objectives);
            results.add(new SeedResult(
                    joint.seed(),
                    joint,
                    networkOnly,
                    front,
                    reductions(front, joint.points(), Metric.POWER),
                    reductions(front, joint.points(), Metric.ENERGY)));
        }
        Gains g = new Gains(
                perSeed(results, r -> Summary.of(r.powerReduction()).max()),
                perSeed(results, r -> Summary.of(r.powerReduction()).median()),
                perSeed(results, r -> Summary.of(r.energyReduction()).max()),
                perSeed(results, r -> Summary.of(r.energyReduction()).median()),
                perSeed(
                        results,
                        r -> Summary.of(r.powerReduction()).n()
                                / (double) r.networkFront().size()),
                perSeed(results, r -> Fronts.hypervolume(r.joint().points(), objectives)),
                perSeed(results, r -> Fronts.hypervolume(r.networkOnly().points(), objectives)));

        Markdown md = new Markdown();
        setup(md, study, runs.budget(), runs.population());
        results(md, results, g);
        md.image("network-only front and joint front, accuracy against latency", "fronts-latency.png");
        md.image("network-only front and joint front, accuracy against power", "fronts-power.png");
        md.image("power reduction at equal accuracy and latency", "power-gain.png");
        md.image("hypervolume over evaluations", "hypervolume.png");

        SeedResult first = results.get(0);
        dvfsOnly(md, study, dvfsSweep(study, runs.evaluator(SAMPLE), first, runs.settings(), runs.log()));
        md.h2("Comparison with the paper");
        md.p(comparison(g.maxPower(), g.medianPower(), g.maxEnergy(), g.matched()));
        md.h2("What changed with the edge-GPU model of issue 15");
        md.p(MODEL_CHANGE);
        return new ReportBody(md.toString(), plots(first, objectives), claims(g));
    }

    /** Per seed, then mean ± sd over seeds: the gains, the share of the network-only front matched, hypervolumes. */
    private record Gains(
            Summary maxPower,
            Summary medianPower,
            Summary maxEnergy,
            Summary medianEnergy,
            Summary matched,
            Summary hvJoint,
            Summary hvNetwork) {}

    private static void setup(Markdown md, Study study, int budget, int population) {
        List<Objective> objectives = study.objectives();
        md.h2("Setup");
        md.p("Network space: " + study.networkSpace().template().name() + " ("
                + sizeOf(study.networkSpace().log10Size())
                + " subnets: width, resolution, per-stage depth, per-block kernel and expand ratio). Hardware "
                + "space: the DVFS levels of a Jetson AGX Xavier ("
                + Configs.size(study.hardwareSpace().size()) + " GPU × CPU × "
                + "memory frequency settings). Objectives: " + ClassroomExperiment.describe(objectives) + ". Both "
                + "methods run NSGA-II (population " + population + ", " + Searches.nsga2Operators() + ") with "
                + budget + " evaluations per seed; the network-only search keeps the board at "
                + "its maximum clocks (" + describe(study) + "), the joint search also chooses the DVFS setting.");
        md.p("**Hardware-efficiency gain, defined.** For each design *n* on the network-only Pareto front we take the "
                + "joint search's evaluated designs with accuracy ≥ accuracy(*n*) and latency ≤ latency(*n*), and the "
                + "lowest power among them, *p*; the gain at *n* is 1 − *p* / power(*n*). A front point no joint design "
                + "matches counts as unmatched (its gain is not defined, it is not counted as 0). Per seed we report "
                + "the maximum and the median gain over the matched front points, then their mean ± sd over seeds. "
                + "The same with energy per inference instead of power.");
    }

    private static void results(Markdown md, List<SeedResult> results, Gains g) {
        Summary maxPower = g.maxPower();
        Summary medianPower = g.medianPower();
        Summary maxEnergy = g.maxEnergy();
        Summary medianEnergy = g.medianEnergy();
        Summary matched = g.matched();
        Summary hvJoint = g.hvJoint();
        Summary hvNetwork = g.hvNetwork();
        md.h2("Results");
        md.table(
                List.of("measure", "mean ± sd over seeds (min–max)"),
                List.of(
                        List.of("power reduction at equal accuracy and latency, maximum", pctRange(maxPower)),
                        List.of("power reduction at equal accuracy and latency, median", pctRange(medianPower)),
                        List.of("energy reduction at equal accuracy and latency, maximum", pctRange(maxEnergy)),
                        List.of("energy reduction at equal accuracy and latency, median", pctRange(medianEnergy)),
                        List.of("network-only front points matched by a joint design", pctRange(matched)),
                        List.of(
                                "network-only front size",
                                perSeed(results, r -> r.networkFront().size()).meanSd(1)),
                        List.of("hypervolume, joint", hvJoint.meanSdRange(4)),
                        List.of("hypervolume, network-only", hvNetwork.meanSdRange(4))));
        md.p("Per seed:");
        List<List<String>> perSeedRows = new ArrayList<>();
        for (SeedResult r : results) {
            Summary p = Summary.of(r.powerReduction());
            Summary e = Summary.of(r.energyReduction());
            perSeedRows.add(List.of(
                    Long.toString(r.seed()),
                    Integer.toString(r.networkFront().size()),
                    Integer.toString(p.n()),
                    Fmt.pct(p.max(), 1),
                    Fmt.pct(p.median(), 1),
                    Fmt.pct(e.max(), 1),
                    Fmt.pct(e.median(), 1),
                    Fmt.seconds(r.joint().elapsedMs()),
                    Fmt.seconds(r.networkOnly().elapsedMs())));
        }
        md.table(
                List.of(
                        "seed",
                        "network-only front",
                        "matched",
                        "max power gain",
                        "median power gain",
                        "max energy gain",
                        "median energy gain",
                        "joint run",
                        "network-only run"),
                perSeedRows);
    }

    private static void dvfsOnly(Markdown md, Study study, List<String[]> sweep) {
        md.h2("Where the gain comes from: DVFS alone for the same network");
        if (sweep.isEmpty()) {
            md.p("Skipped: sweeping every DVFS setting ("
                    + Configs.size(study.hardwareSpace().size()) + " evaluations per network) "
                    + "runs only with at least " + EVALUATIONS_PER_SWEEP + " evaluations per run.");
        } else {
            md.p("For a few networks spread along the seed-1 network-only front we evaluate every DVFS setting and "
                    + "keep the lowest-power one whose latency is not above the network's latency at maximum clocks. "
                    + "This is the gain of re-clocking alone (same network, same accuracy); the joint search can "
                    + "additionally swap the network for one that is faster at equal accuracy and clock it down "
                    + "further.");
            md.table(
                    List.of(
                            "network (accuracy, latency at max clocks)",
                            "power at max clocks",
                            "best power, same " + "latency bound",
                            "DVFS-only gain",
                            "its setting (GPU / CPU / memory MHz)"),
                    sweep.stream().map(List::of).toList());
            boolean none = sweep.stream().allMatch(r -> r[3].equals(Fmt.pct(0, 1)));
            md.p(
                    none
                            ? "In this model DVFS alone saves nothing at equal latency: every lower clock makes the same "
                                    + "network slower. The joint search's gain therefore comes from pairing a different network — one "
                                    + "that is faster at full clocks with at least the same accuracy — with lower clocks."
                            : "Re-clocking alone already saves power for some networks; the joint search adds the freedom to "
                                    + "change the network.");
        }
    }

    private static List<Plot> plots(SeedResult first, List<Objective> objectives) {
        Map<String, List<EvaluatedPoint>> fronts = new LinkedHashMap<>();
        fronts.put("network-only front, seed 1", first.networkFront());
        fronts.put("joint front, seed 1", Fronts.front(first.joint().points(), objectives));
        return List.of(
                Figures.scatter(
                        "fronts-latency.png",
                        "Pareto fronts (3 objectives) projected on latency × accuracy",
                        Metric.LATENCY,
                        Metric.ACCURACY,
                        true,
                        fronts),
                Figures.scatter(
                        "fronts-power.png",
                        "Pareto fronts (3 objectives) projected on power × accuracy",
                        Metric.POWER,
                        Metric.ACCURACY,
                        false,
                        fronts),
                gainPlot(first));
    }

    private static List<ReportBody.Claim> claims(Gains g) {
        Summary maxPower = g.maxPower();
        Summary medianPower = g.medianPower();
        Summary maxEnergy = g.maxEnergy();
        String verdict = verdict(maxPower.mean());
        return List.of(
                new ReportBody.Claim(
                        "hardware-efficiency (power) gain of co-optimization at equal accuracy and "
                                + "latency, maximum over the network-only front",
                        "up to 53 %",
                        pctRange(maxPower),
                        verdict),
                new ReportBody.Claim(
                        "same, median over the network-only front", "not reported", pctRange(medianPower), "–"),
                new ReportBody.Claim(
                        "energy gain at equal accuracy and latency, maximum",
                        "up to 57 % (HADAS follow-up, DATE 2023, a different setup)",
                        pctRange(maxEnergy),
                        "context only"));
    }

    /** Per network-only front point: 1 − (best joint value with accuracy ≥ and latency ≤) / its value. */
    static double[] reductions(List<EvaluatedPoint> front, List<EvaluatedPoint> joint, Metric metric) {
        double[] r = new double[front.size()];
        for (int i = 0; i < r.length; i++) {
            EvaluatedPoint n = front.get(i);
            double best = Matching.bestMatching(n, joint, metric, List.of(Metric.ACCURACY, Metric.LATENCY));
            r[i] = Double.isNaN(best) ? Double.NaN : 1 - best / n.metric(metric);
        }
        return r;
    }

    private static List<String[]> dvfsSweep(
            Study study, Evaluator evaluator, SeedResult first, ExperimentSettings settings, Consumer<String> log) {
        int count = Math.min(MAX_SWEEPS, settings.evaluations() / EVALUATIONS_PER_SWEEP);
        List<EvaluatedPoint> front = first.networkFront().stream()
                .sorted(Comparator.comparingDouble(p -> p.metric(Metric.ACCURACY)))
                .toList();
        List<String[]> rows = new ArrayList<>();
        if (count == 0 || front.isEmpty()) {
            return rows;
        }
        CodesignSpace space = study.space();
        int hardwareSize = study.hardwareSpace().size().intValueExact();
        java.util.Set<Integer> picks = new java.util.TreeSet<>();
        for (int i = 0; i < count; i++) {
            picks.add((int) Math.round((i + 0.5) * front.size() / count - 0.5));
        }
        for (int i : picks) {
            EvaluatedPoint n = front.get(i);
            Study fixed = study.withFixed(space.decode(n.genome()).network(), study.fixedHardware());
            RunSpec request = RunSpec.of(Algorithm.EXHAUSTIVE, CodesignMode.HARDWARE_ONLY, hardwareSize, 1)
                    .withThreads(settings.threads());
            Outcome sweep = Searches.run(fixed, request, evaluator, "DVFS sweep");
            EvaluatedPoint best = null;
            for (EvaluatedPoint p : sweep.points()) {
                if (p.feasible()
                        && p.metric(Metric.LATENCY) <= n.metric(Metric.LATENCY)
                        && (best == null || p.metric(Metric.POWER) < best.metric(Metric.POWER))) {
                    best = p;
                }
            }
            if (best == null) {
                continue;
            }
            EdgeGpuConfig h = (EdgeGpuConfig) space.decode(best.genome()).hardware();
            rows.add(new String[] {
                Fmt.f(n.metric(Metric.ACCURACY), 2) + " %, " + Fmt.f(n.metric(Metric.LATENCY), 2) + " ms",
                Fmt.f(n.metric(Metric.POWER), 2) + " W",
                Fmt.f(best.metric(Metric.POWER), 2) + " W",
                Fmt.pct(1 - best.metric(Metric.POWER) / n.metric(Metric.POWER), 1),
                Fmt.f(h.gpuFreqMHz(), 0) + " / " + Fmt.f(h.cpuFreqMHz(), 0) + " / " + Fmt.f(h.emcFreqMHz(), 0)
            });
            log.accept("DVFS sweep of network " + rows.size() + " of " + picks.size() + ": " + sweep.evaluations()
                    + " settings");
        }
        return rows;
    }

    private static Plot gainPlot(SeedResult r) {
        List<Double> x = new ArrayList<>();
        List<Double> yPower = new ArrayList<>();
        List<Double> yEnergy = new ArrayList<>();
        for (int i = 0; i < r.networkFront().size(); i++) {
            if (!Double.isNaN(r.powerReduction()[i])) {
                x.add(r.networkFront().get(i).metric(Metric.ACCURACY));
                yPower.add(100 * r.powerReduction()[i]);
                yEnergy.add(100 * r.energyReduction()[i]);
            }
        }
        double[] xs = x.stream().mapToDouble(Double::doubleValue).toArray();
        return new Plot(
                "power-gain.png",
                "Gain of the joint search at equal accuracy and latency (seed 1)",
                "accuracy of the network-only front point (%)",
                "reduction (%)",
                false,
                List.of(
                        new Plot.Series(
                                "power",
                                Plot.Style.POINTS,
                                xs,
                                yPower.stream().mapToDouble(Double::doubleValue).toArray()),
                        new Plot.Series(
                                "energy",
                                Plot.Style.POINTS,
                                xs,
                                yEnergy.stream()
                                        .mapToDouble(Double::doubleValue)
                                        .toArray()),
                        Plot.Series.horizontal(
                                "paper: up to 53 %",
                                100 * PAPER_GAIN,
                                xs.length == 0 ? 0 : Summary.of(xs).min(),
                                xs.length == 0 ? 1 : Summary.of(xs).max())));
    }

    /**
     * The report's record of the model change: the previous model's figures come from this report as
     * committed before issue 15 (5 seeds, 5000 evaluations, the same command).
     */
    static final String MODEL_CHANGE = "This report was regenerated when the edge-GPU model was rebuilt from"
            + " per-layer costs to fused TensorRT-style kernels (docs/MODEL.md): kernel classes with their own"
            + " efficiencies, an L2 roofline, a CPU launch cost per kernel and a per-inference constant, residual"
            + " additions, pooling and squeeze-and-excite gates as kernels, and a refit on the calibration sources."
            + " The previous model (per-layer overhead of 28.2 µs at the top clocks) gave, with the same command:"
            + " maximum power gain 28.5 ± 3.5 %, median 11.7 ± 2.9 %, maximum energy gain 41.5 ± 1.1 %, network-only"
            + " front size 2260 ± 132, hypervolumes 0.7608 (joint) and 0.6251 (network-only). The launch cost per"
            + " kernel is 17 µs at the top CPU clock. Against those, the maximum power gain above is about 6 points"
            + " higher, the median gain stays within its seed-to-seed spread, the network-only fronts are smaller,"
            + " and DVFS alone still saves nothing at equal latency; the verdict is unchanged.";

    private static String comparison(Summary maxPower, Summary medianPower, Summary maxEnergy, Summary matched) {
        return "The paper reports up to 53 % better hardware efficiency at the same accuracy and inference time; "
                + "with our definition the maximum power gain is " + pctRange(maxPower) + " and the median "
                + pctRange(medianPower) + " (" + matched.percent(0) + " of the network-only front matched); with "
                + "energy per inference as the efficiency measure the maximum gain is " + pctRange(maxEnergy) + ". "
                + "Verdict: " + verdict(maxPower.mean()) + ". Why the numbers can differ: our Xavier is a simulated "
                + "DVFS model (latency per fused kernel = max(compute at the GPU clock, traffic at the memory and L2 "
                + "clocks) + a launch cost that shrinks with the CPU clock; power = idle + dynamic GPU power ∝ f·V(f)² "
                + "+ memory and CPU power), calibrated on published Jetson figures rather than measured on the board. In it every "
                + "lower clock costs some latency (see the DVFS-only table), whereas a real board can have clocks "
                + "off the critical path that are free to lower; the paper does not pin down \"hardware "
                + "efficiency\" (power, energy or throughput per watt), and our accuracy is a surrogate, not a trained "
                + "subnet. Both \"up to\" figures are maxima over a front, so they depend on how far the fronts reach "
                + "into slow, low-power designs; the median is the steadier number.";
    }

    private static String verdict(double meanMaxGain) {
        if (Double.isNaN(meanMaxGain)) {
            return "not measurable: no network-only front point was matched";
        }
        if (Math.abs(meanMaxGain - PAPER_GAIN) <= 0.10) {
            return "agrees: the maximum gain is within 10 points of the paper's 53 %";
        }
        return meanMaxGain < PAPER_GAIN
                ? "a smaller gain than the paper's 53 %"
                : "a larger gain than the paper's 53 %";
    }

    private static String describe(Study study) {
        return Configs.describe(study.fixedHardware());
    }

    static String sizeOf(double log10) {
        return log10 < 6 ? Fmt.f(Math.pow(10, log10), 0) : "about 10^" + Fmt.f(log10, 1);
    }

    static String pctRange(Summary s) {
        if (s.n() < 2) {
            return s.percent(1);
        }
        return s.percent(1) + " (" + Fmt.pct(s.min(), 1) + "–" + Fmt.pct(s.max(), 1) + ")";
    }

    static <T> Summary perSeed(List<T> results, java.util.function.ToDoubleFunction<T> f) {
        return Summary.of(results.stream().mapToDouble(f).toArray());
    }
}
