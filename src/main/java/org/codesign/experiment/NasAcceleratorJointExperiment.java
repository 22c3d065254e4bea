package org.codesign.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.Metric;
import org.codesign.eval.Objective;
import org.codesign.space.HardwareConfig;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.Study;

/**
 * Zhou et al. (Google, MLSys 2022): joint search of an EfficientNet/MnasNet-style network (our
 * closest template: the OFA MobileNetV3 space) and an Edge-TPU-like systolic accelerator, against
 * sequential design (network first on the baseline accelerator, then the accelerator for the
 * chosen networks) and against the network alone on the baseline accelerator; equal evaluations.
 * Measured: the best accuracy at each latency target and the lowest energy at each accuracy target.
 */
final class NasAcceleratorJointExperiment {
    static final String SAMPLE = "nas-accelerator-joint.codesign.json";
    static final String JOINT = "joint";
    static final String SEQUENTIAL = "sequential";
    static final String NETWORK_ONLY = "network-only (baseline accelerator)";
    private static final List<String> METHODS = List.of(JOINT, SEQUENTIAL, NETWORK_ONLY);
    private static final int TARGETS = 8;

    static final Experiment SPEC = Experiment.named(
                    "nas-accelerator-joint",
                    "Joint network × Edge-TPU-like accelerator search vs. sequential design (Zhou et al., MLSys 2022)")
            .withDefaults(5, 600)
            .withPopulation(30)
            .withArms(
                    Arm.nsga2(JOINT, SAMPLE, CodesignMode.JOINT),
                    Arm.nsga2(SEQUENTIAL, SAMPLE, CodesignMode.SEQUENTIAL),
                    Arm.nsga2(NETWORK_ONLY, SAMPLE, CodesignMode.NETWORK_ONLY))
            .withHypervolume(100, "Hypervolume over evaluations")
            .withAnalysis(NasAcceleratorJointExperiment::report);

    private NasAcceleratorJointExperiment() {}

    private static ReportBody report(Runs runs) {
        Study study = runs.study();
        List<Objective> objectives = study.objectives();
        List<Map<String, Outcome>> results = runs.bySeed();

        // Targets from the fronts of all methods and seeds, so that every seed and method is judged at the same ones.
        List<EvaluatedPoint> pooled = new ArrayList<>();
        results.forEach(r -> r.values().forEach(o -> pooled.addAll(Fronts.front(o.points(), objectives))));
        double[] latencies = Matching.values(pooled, Metric.LATENCY);
        double[] accuracies = Matching.values(pooled, Metric.ACCURACY);
        double[] latencyTargets =
                Figures.grid(Matching.quantile(latencies, 0.1), Matching.quantile(latencies, 0.9), TARGETS, true);
        double[] accuracyTargets =
                Figures.grid(Matching.quantile(accuracies, 0.1), Matching.quantile(accuracies, 0.9), TARGETS, false);
        Map<String, Gains> gains = new LinkedHashMap<>();
        for (String baseline : List.of(NETWORK_ONLY, SEQUENTIAL)) {
            gains.put(baseline, gains(results, baseline, latencyTargets, accuracyTargets));
        }

        Markdown md = new Markdown();
        setup(md, study, runs.budget(), runs.population());
        accuracyAtLatency(md, results, latencyTargets, gains);
        energyAtAccuracy(md, results, accuracyTargets, gains);
        summary(md, results, objectives, gains);
        acceleratorsChosen(md, results, study);
        md.image("best accuracy at each latency bound", "accuracy-at-latency.png");
        md.image("lowest energy at each accuracy bound", "energy-at-accuracy.png");
        md.image("fronts, latency against accuracy", "fronts.png");
        md.image("hypervolume over evaluations", "hypervolume.png");
        comparison(md, gains, study);
        return new ReportBody(
                md.toString(),
                plots(results, objectives, latencies, accuracies),
                claims(gains.get(NETWORK_ONLY), gains.get(SEQUENTIAL)));
    }

    private static void setup(Markdown md, Study study, int budget, int population) {
        List<Objective> objectives = study.objectives();
        md.h2("Setup");
        md.p("Network space: " + study.networkSpace().template().name() + " (the closest template to the paper's "
                + "EfficientNet/MnasNet space: per-block kernel and expand ratio, per-stage depth, width, resolution; "
                + "no fused inverted bottlenecks). Hardware space: "
                + Configs.size(study.hardwareSpace().size()) + " Edge-TPU-like "
                + "systolic arrays (array x × y, SIMD lanes, on-chip memory, I/O bandwidth, clock). Objectives: "
                + ClassroomExperiment.describe(objectives) + "; constraint: "
                + String.join(
                        ", ",
                        study.constraints().stream().map(c -> c.describe()).toList())
                + " (the silicon budget of the baseline accelerator, " + describe(study.fixedHardware()) + "). NSGA-II "
                + "(population " + population + ") with " + budget + " evaluations per seed for every method:");
        md.bullets(List.of(
                "**" + JOINT + "**: network and accelerator genes evolve together;",
                "**" + SEQUENTIAL + "**: half the budget searches the network on the baseline accelerator, the other "
                        + "half searches the accelerator for up to six networks spread along that front "
                        + "(`--mode sequential`);",
                "**" + NETWORK_ONLY + "**: the whole budget on the network, the accelerator fixed at the baseline — "
                        + "the situation of the paper's headline comparison (EfficientNet on the baseline Edge TPU)."));
        md.p("**Measures.** Accuracy at equal latency: for latency targets *T* (" + TARGETS + " values spaced "
                + "geometrically between the 10th and 90th percentile of the latencies on all methods' fronts, pooled "
                + "over seeds) the best accuracy among a method's feasible designs with latency ≤ *T*; the gain is "
                + "joint minus baseline, in accuracy points. Energy at equal accuracy: for accuracy targets *A* "
                + "(likewise, evenly spaced) the lowest energy with accuracy ≥ *A*; the gain is energy(baseline) / "
                + "energy(joint). Each cell is the mean ± sd over seeds.");
    }

    private static void accuracyAtLatency(
            Markdown md, List<Map<String, Outcome>> results, double[] latencyTargets, Map<String, Gains> gains) {
        md.h2("Accuracy at equal latency");
        List<List<String>> rows = new ArrayList<>();
        for (int t = 0; t < TARGETS; t++) {
            double target = latencyTargets[t];
            List<String> row = new ArrayList<>();
            row.add(Fmt.f(target, 2));
            for (String m : METHODS) {
                row.add(perSeed(
                                results,
                                r -> Matching.bestWithin(r.get(m).points(), Metric.ACCURACY, Metric.LATENCY, target))
                        .meanSd(2));
            }
            for (Gains g : gains.values()) {
                row.add(column(g.accuracy(), t).meanSd(2));
            }
            rows.add(row);
        }
        md.table(
                List.of(
                        "latency target (ms)",
                        "best accuracy, joint (%)",
                        "sequential (%)",
                        "network-only (%)",
                        "joint − network-only (points)",
                        "joint − sequential (points)"),
                rows);
    }

    private static void energyAtAccuracy(
            Markdown md, List<Map<String, Outcome>> results, double[] accuracyTargets, Map<String, Gains> gains) {
        md.h2("Energy at equal accuracy");
        List<List<String>> rows = new ArrayList<>();
        for (int t = 0; t < TARGETS; t++) {
            double target = accuracyTargets[t];
            List<String> row = new ArrayList<>();
            row.add(Fmt.f(target, 2));
            for (String m : METHODS) {
                row.add(perSeed(
                                results,
                                r -> Matching.bestWithin(r.get(m).points(), Metric.ENERGY, Metric.ACCURACY, target))
                        .meanSd(3));
            }
            for (Gains g : gains.values()) {
                row.add(column(g.energy(), t).meanSd(2) + "×");
            }
            rows.add(row);
        }
        md.table(
                List.of(
                        "accuracy target (%)",
                        "lowest energy, joint (mJ)",
                        "sequential (mJ)",
                        "network-only (mJ)",
                        "network-only ÷ joint",
                        "sequential ÷ joint"),
                rows);
    }

    private static void summary(
            Markdown md, List<Map<String, Outcome>> results, List<Objective> objectives, Map<String, Gains> gains) {
        md.h2("Summary over seeds");
        List<List<String>> summary = new ArrayList<>();
        for (Map.Entry<String, Gains> e : gains.entrySet()) {
            Gains g = e.getValue();
            String vs = "joint vs. " + e.getKey();
            summary.add(List.of(
                    vs + ": accuracy gain at equal latency, mean over targets (points)",
                    g.meanAccuracy().meanSdRange(2)));
            summary.add(List.of(
                    vs + ": same, smallest over targets (points)",
                    g.minAccuracy().meanSdRange(2)));
            summary.add(List.of(
                    vs + ": energy gain at equal accuracy, largest over targets",
                    g.maxEnergy().meanSdRange(2) + "×"));
            summary.add(
                    List.of(vs + ": same, median over targets", g.medianEnergy().meanSdRange(2) + "×"));
        }
        for (String m : METHODS) {
            summary.add(List.of(
                    "hypervolume, " + m,
                    perSeed(results, r -> Fronts.hypervolume(r.get(m).points(), objectives))
                            .meanSdRange(4)));
        }
        md.table(List.of("measure", "mean ± sd over seeds (min–max)"), summary);
    }

    private static void acceleratorsChosen(Markdown md, List<Map<String, Outcome>> results, Study study) {
        List<Objective> objectives = study.objectives();
        md.h2("Accelerators the joint search chose");
        md.p("The most frequent accelerators on the joint fronts (all seeds), against the baseline "
                + describe(study.fixedHardware()) + ":");
        Map<String, Long> chosen = results.stream()
                .flatMap(r -> Fronts.front(r.get(JOINT).points(), objectives).stream())
                .map(p -> describe(study.space().decode(p.genome()).hardware()))
                .collect(Collectors.groupingBy(s -> s, LinkedHashMap::new, Collectors.counting()));
        long total = chosen.values().stream().mapToLong(Long::longValue).sum();
        md.table(
                List.of("accelerator", "share of joint front designs"),
                chosen.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .limit(5)
                        .map(e -> List.of(e.getKey(), Fmt.pct(e.getValue() / (double) Math.max(1, total), 0)))
                        .toList());
    }

    private static void comparison(Markdown md, Map<String, Gains> gains, Study study) {
        Gains vsBaseline = gains.get(NETWORK_ONLY);
        Gains vsSequential = gains.get(SEQUENTIAL);
        md.h2("Comparison with the paper");
        md.p("The paper reports about 1 % better ImageNet top-1 than EfficientNet (on the baseline Edge TPU) at every "
                + "latency target and up to 2× less energy at equal accuracy, and finds that joint search beats "
                + "searching the network and the accelerator separately. Here the joint search is "
                + vsBaseline.meanAccuracy().meanSd(2) + " accuracy points better than the network searched for the "
                + "baseline accelerator on average over the latency targets (smallest per-target gain "
                + vsBaseline.minAccuracy().meanSd(2) + ") and "
                + vsSequential.meanAccuracy().meanSd(2) + " points "
                + "better than the sequential design (smallest "
                + vsSequential.minAccuracy().meanSd(2) + "); at "
                + "equal accuracy it needs up to " + vsBaseline.maxEnergy().meanSd(2) + "× less energy than the "
                + "baseline-accelerator network and up to "
                + vsSequential.maxEnergy().meanSd(2) + "× less than the "
                + "sequential design. Differences to expect: our accuracy is a surrogate calibrated on published "
                + "ImageNet tables (its spread between subnets of similar latency bounds the accuracy gain); in our "
                + "accelerator model the energy per inference of a network changes little from one array shape to "
                + "another (MAC and memory-access energies dominate and the area budget caps the on-chip memory), so "
                + "energy gains must come from the network; the accelerator is an analytical loop-nest model rather "
                + "than their cycle-accurate simulator; our space has no fused blocks and fewer hardware knobs; the "
                + "joint space (" + EdgeGpuDvfsExperiment.sizeOf(study.space().log10Size()) + " designs) is searched "
                + "with hundreds of evaluations, where the paper used "
                + "thousands of samples; and our baseline is a searched network, not EfficientNet itself.");
    }

    private static List<Plot> plots(
            List<Map<String, Outcome>> results, List<Objective> objectives, double[] latencies, double[] accuracies) {
        Map<String, List<EvaluatedPoint>> first = new LinkedHashMap<>();
        for (String m : METHODS) {
            first.put(m, results.get(0).get(m).points());
        }
        Map<String, List<EvaluatedPoint>> fronts = new LinkedHashMap<>();
        for (String m : METHODS) {
            fronts.put(m + ", seed 1", Fronts.front(results.get(0).get(m).points(), objectives));
        }
        double[] latGrid = Figures.grid(
                Math.max(1e-3, Matching.quantile(latencies, 0.0)), Matching.quantile(latencies, 1.0), 60, true);
        double[] accGrid =
                Figures.grid(Matching.quantile(accuracies, 0.0), Matching.quantile(accuracies, 1.0), 60, false);
        return List.of(
                Figures.attainment(
                        "accuracy-at-latency.png",
                        "Best accuracy within a latency bound, seed 1",
                        Metric.LATENCY,
                        Metric.ACCURACY,
                        latGrid,
                        true,
                        first),
                Figures.attainment(
                        "energy-at-accuracy.png",
                        "Lowest energy at an accuracy bound, seed 1",
                        Metric.ACCURACY,
                        Metric.ENERGY,
                        accGrid,
                        false,
                        first),
                Figures.scatter(
                        "fronts.png",
                        "Fronts (3 objectives) projected on latency × accuracy, seed 1",
                        Metric.LATENCY,
                        Metric.ACCURACY,
                        true,
                        fronts));
    }

    private static List<ReportBody.Claim> claims(Gains vsBaseline, Gains vsSequential) {
        return List.of(
                new ReportBody.Claim(
                        "top-1 gain of joint search at equal latency vs. the network searched for the "
                                + "fixed baseline accelerator (mean over latency targets)",
                        "≈ 1 % at every latency target (vs. EfficientNet on the baseline Edge TPU)",
                        vsBaseline.meanAccuracy().meanSd(2) + " points (smallest per-target gain "
                                + vsBaseline.minAccuracy().meanSd(2) + ")",
                        accuracyVerdict(
                                vsBaseline.meanAccuracy().mean(),
                                vsBaseline.minAccuracy().mean())),
                new ReportBody.Claim(
                        "same vs. sequential design (network, then accelerator)",
                        "joint beats separate search (no single number)",
                        vsSequential.meanAccuracy().meanSd(2) + " points (smallest per-target gain "
                                + vsSequential.minAccuracy().meanSd(2) + ")",
                        accuracyVerdict(
                                vsSequential.meanAccuracy().mean(),
                                vsSequential.minAccuracy().mean())),
                new ReportBody.Claim(
                        "energy at equal accuracy vs. the baseline-accelerator network (largest gain "
                                + "over accuracy targets)",
                        "up to 2× less",
                        vsBaseline.maxEnergy().meanSd(2) + "× (median "
                                + vsBaseline.medianEnergy().meanSd(2) + "×)",
                        energyVerdict(vsBaseline.maxEnergy().mean())),
                new ReportBody.Claim(
                        "same vs. sequential design",
                        "–",
                        vsSequential.maxEnergy().meanSd(2) + "× (median "
                                + vsSequential.medianEnergy().meanSd(2) + "×)",
                        energyVerdict(vsSequential.maxEnergy().mean())));
    }

    /** Per seed and target: accuracy gain (points) and energy gain (baseline ÷ joint) of the joint search. */
    private record Gains(double[][] accuracy, double[][] energy) {
        Summary meanAccuracy() {
            return Summary.of(java.util.Arrays.stream(accuracy)
                    .mapToDouble(g -> Summary.of(g).mean())
                    .toArray());
        }

        Summary minAccuracy() {
            return Summary.of(java.util.Arrays.stream(accuracy)
                    .mapToDouble(g -> Summary.of(g).min())
                    .toArray());
        }

        Summary maxEnergy() {
            return Summary.of(java.util.Arrays.stream(energy)
                    .mapToDouble(g -> Summary.of(g).max())
                    .toArray());
        }

        Summary medianEnergy() {
            return Summary.of(java.util.Arrays.stream(energy)
                    .mapToDouble(g -> Summary.of(g).median())
                    .toArray());
        }
    }

    private static Gains gains(
            List<Map<String, Outcome>> results, String baseline, double[] latencyTargets, double[] accuracyTargets) {
        double[][] accuracy = new double[results.size()][latencyTargets.length];
        double[][] energy = new double[results.size()][accuracyTargets.length];
        for (int s = 0; s < results.size(); s++) {
            List<EvaluatedPoint> joint = results.get(s).get(JOINT).points();
            List<EvaluatedPoint> base = results.get(s).get(baseline).points();
            for (int t = 0; t < latencyTargets.length; t++) {
                accuracy[s][t] = Matching.bestWithin(joint, Metric.ACCURACY, Metric.LATENCY, latencyTargets[t])
                        - Matching.bestWithin(base, Metric.ACCURACY, Metric.LATENCY, latencyTargets[t]);
            }
            for (int t = 0; t < accuracyTargets.length; t++) {
                energy[s][t] = Matching.bestWithin(base, Metric.ENERGY, Metric.ACCURACY, accuracyTargets[t])
                        / Matching.bestWithin(joint, Metric.ENERGY, Metric.ACCURACY, accuracyTargets[t]);
            }
        }
        return new Gains(accuracy, energy);
    }

    private static Summary column(double[][] perSeed, int t) {
        return Summary.of(
                java.util.Arrays.stream(perSeed).mapToDouble(row -> row[t]).toArray());
    }

    private static String accuracyVerdict(double mean, double min) {
        if (Double.isNaN(mean)) {
            return "not measurable";
        }
        String everywhere = min > 0
                ? ", positive at every target"
                : "; not at every target (no gain where every method reaches the space's accuracy ceiling)";
        if (mean >= 0.8) {
            return "agrees on average (about 1 point or more)" + everywhere;
        }
        if (mean > 0) {
            return "same direction, smaller gain" + everywhere;
        }
        return "disagrees: no accuracy gain at equal latency";
    }

    private static String energyVerdict(double max) {
        if (Double.isNaN(max)) {
            return "not measurable";
        }
        if (max >= 1.8) {
            return "agrees (about 2× or more)";
        }
        return max > 1.05 ? "same direction, smaller gain" : "disagrees: no energy gain";
    }

    static String describe(HardwareConfig h) {
        return Configs.describe(h);
    }

    private static Summary perSeed(
            List<Map<String, Outcome>> results, java.util.function.ToDoubleFunction<Map<String, Outcome>> f) {
        return Summary.of(results.stream().mapToDouble(f).toArray());
    }
}
