package org.codesign.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.Evaluator;
import org.codesign.eval.Metric;
import org.codesign.eval.Objective;
import org.codesign.search.Individual;
import org.codesign.search.codesign.CodesignProblem;
import org.codesign.space.MbV3OfaConfig;
import org.codesign.space.NetworkConfig;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.Study;
import org.codesign.study.StudyRuns;

/**
 * TEA-DNN (ISLPED 2019): a three-objective architecture search (accuracy, latency, energy) on two
 * platforms — an edge GPU (Jetson TX2) and a small accelerator — showing that the Pareto fronts
 * differ from platform to platform. Each platform gets its own network-only NSGA-II search; the
 * networks on either front are then evaluated on both platforms and the fronts compared.
 */
final class TeaDnnExperiment {
    static final String GPU_SAMPLE = "tea-dnn.codesign.json";
    static final String ACCELERATOR_SAMPLE = "tea-dnn-accelerator.codesign.json";
    static final String GPU = "Jetson TX2";
    static final String ACCELERATOR = "small accelerator";

    static final Experiment SPEC = Experiment.named(
                    "tea-dnn",
                    "Time–energy–accuracy fronts on two platforms: Jetson TX2 vs. a small accelerator (TEA-DNN, "
                            + "ISLPED 2019)")
            .withDefaults(5, 1000)
            .withPopulation(40)
            .withArms(
                    Arm.nsga2(GPU, GPU_SAMPLE, CodesignMode.NETWORK_ONLY),
                    Arm.nsga2(ACCELERATOR, ACCELERATOR_SAMPLE, CodesignMode.NETWORK_ONLY))
            .withCheck(TeaDnnExperiment::sameNetworkSpace)
            .withHypervolume(100, "Hypervolume over evaluations (each platform's own objectives)")
            .withAnalysis(TeaDnnExperiment::report);

    private TeaDnnExperiment() {}

    private static void sameNetworkSpace(Map<String, Study> studies) {
        if (!studies.get(GPU_SAMPLE)
                .networkSpace()
                .equals(studies.get(ACCELERATOR_SAMPLE).networkSpace())) {
            throw new IllegalArgumentException("networkSpace: " + GPU_SAMPLE + " and " + ACCELERATOR_SAMPLE
                    + " must search the same network space");
        }
    }

    /** A platform: its study, its problem (to evaluate any network on it) and its search outcome per seed. */
    private record Platform(String label, Study study, CodesignProblem problem) {
        EvaluatedPoint evaluate(NetworkConfig network, long index) {
            int[] genome = study.space().encode(network, study.fixedHardware());
            return StudyRuns.point(new Individual(genome, problem.evaluate(genome), (int) index, 0));
        }

        NetworkConfig network(EvaluatedPoint p) {
            return study.space().decode(p.genome()).network();
        }
    }

    /** One seed's comparison of the two fronts over the union of their networks. */
    private record SeedResult(
            long seed,
            List<EvaluatedPoint> gpuFront,
            List<EvaluatedPoint> acceleratorFront,
            List<NetworkConfig> union,
            List<EvaluatedPoint> onGpu,
            List<EvaluatedPoint> onAccelerator,
            Set<Integer> gpuMembers,
            Set<Integer> acceleratorMembers,
            Set<Integer> foundOnGpu,
            Set<Integer> foundOnAccelerator,
            double latencyRho,
            double energyRho,
            double gpuFrontOffAccelerator,
            double acceleratorFrontOffGpu) {
        int both() {
            Set<Integer> s = new LinkedHashSet<>(gpuMembers);
            s.retainAll(acceleratorMembers);
            return s.size();
        }

        double jaccard() {
            Set<Integer> u = new LinkedHashSet<>(gpuMembers);
            u.addAll(acceleratorMembers);
            return u.isEmpty() ? Double.NaN : both() / (double) u.size();
        }
    }

    private static ReportBody report(Runs runs) {
        Study gpuStudy = runs.study(GPU_SAMPLE);
        Study accStudy = runs.study(ACCELERATOR_SAMPLE);
        Evaluator gpuEvaluator = runs.evaluator(GPU_SAMPLE);
        Evaluator accEvaluator = runs.evaluator(ACCELERATOR_SAMPLE);
        Platform gpu = new Platform(
                GPU,
                gpuStudy,
                new CodesignProblem(gpuStudy.space(), gpuStudy.objectives(), gpuStudy.constraints(), gpuEvaluator));
        Platform acc = new Platform(
                ACCELERATOR,
                accStudy,
                new CodesignProblem(accStudy.space(), accStudy.objectives(), accStudy.constraints(), accEvaluator));
        List<SeedResult> results = new ArrayList<>();
        for (Map<String, Outcome> seed : runs.bySeed()) {
            Outcome onGpu = seed.get(GPU);
            Outcome onAcc = seed.get(ACCELERATOR);
            results.add(compare(
                    onGpu.seed(),
                    gpu,
                    acc,
                    Fronts.front(onGpu.points(), gpuStudy.objectives()),
                    Fronts.front(onAcc.points(), accStudy.objectives())));
        }

        Markdown md = new Markdown();
        setup(md, gpuStudy, accStudy, runs.budget(), runs.population());
        results(md, results);
        architectures(md, results, gpu, acc);
        md.image("the union evaluated on the TX2", "front-gpu.png");
        md.image("the union evaluated on the accelerator", "front-accelerator.png");
        md.image("latency on both platforms", "latency-platforms.png");
        md.image("hypervolume over evaluations", "hypervolume.png");
        Summary jaccard = perSeed(results, SeedResult::jaccard);
        Summary rho = perSeed(results, SeedResult::latencyRho);
        Summary off = perSeed(results, SeedResult::gpuFrontOffAccelerator);
        KernelSizeProbe kernelOnGpu = probe(gpuStudy, gpuEvaluator);
        KernelSizeProbe kernelOnAcc = probe(accStudy, accEvaluator);
        comparison(md, jaccard, rho, off, kernelOnGpu, kernelOnAcc);
        return new ReportBody(md.toString(), plots(results), claims(jaccard, rho, off));
    }

    private static void setup(Markdown md, Study gpuStudy, Study accStudy, int budget, int population) {
        md.h2("Setup");
        md.p("The same network space on both platforms: "
                + gpuStudy.networkSpace().template().name() + " ("
                + EdgeGpuDvfsExperiment.sizeOf(gpuStudy.networkSpace().log10Size()) + " subnets; TEA-DNN searched "
                + "a NASNet-style cell space, which we do not have). Platforms: **" + GPU + "** at its maximum clocks "
                + "(" + Configs.describe(gpuStudy.fixedHardware()) + ") and a **" + ACCELERATOR
                + "** standing in for TEA-DNN's Movidius "
                + "stick: an Eyeriss-like spatial accelerator (" + Configs.describe(accStudy.fixedHardware())
                + "). Objectives on each: "
                + ClassroomExperiment.describe(gpuStudy.objectives()) + ". NSGA-II (population " + population + ") "
                + "searches the network on each platform with " + budget + " evaluations per seed (TEA-DNN used "
                + "Bayesian optimization; the fronts, not the optimizer, are the point here).");
        md.p("**Measures.** The networks on either search's front are evaluated on both platforms; over this union "
                + "we recompute each platform's three-objective front and compare: how many networks are on both "
                + "fronts (and the Jaccard overlap), the share of one search's front networks that are dominated "
                + "when run on the other platform, and Spearman's rank correlation of latency (and of energy) between "
                + "the platforms.");
    }

    private static void results(Markdown md, List<SeedResult> results) {
        md.h2("Results");
        md.table(
                List.of("measure", "mean ± sd over seeds (min–max)"),
                List.of(
                        List.of(
                                "networks compared (union of both fronts)",
                                perSeed(results, r -> r.union().size()).meanSd(1)),
                        List.of(
                                "on the " + GPU + " front (within the union)",
                                perSeed(results, r -> r.gpuMembers().size()).meanSd(1)),
                        List.of(
                                "on the " + ACCELERATOR + " front (within the union)",
                                perSeed(results, r -> r.acceleratorMembers().size())
                                        .meanSd(1)),
                        List.of(
                                "on both fronts",
                                perSeed(results, r -> r.both()).meanSd(1)),
                        List.of(
                                "Jaccard overlap of the two fronts",
                                perSeed(results, SeedResult::jaccard).meanSdRange(2)),
                        List.of(
                                GPU + "-front networks dominated on the " + ACCELERATOR,
                                perSeed(results, SeedResult::gpuFrontOffAccelerator)
                                        .percent(0)),
                        List.of(
                                ACCELERATOR + "-front networks dominated on the " + GPU,
                                perSeed(results, SeedResult::acceleratorFrontOffGpu)
                                        .percent(0)),
                        List.of(
                                "Spearman ρ of latency between platforms",
                                perSeed(results, SeedResult::latencyRho).meanSdRange(2)),
                        List.of(
                                "Spearman ρ of energy between platforms",
                                perSeed(results, SeedResult::energyRho).meanSdRange(2))));
    }

    private static void architectures(Markdown md, List<SeedResult> results, Platform gpu, Platform acc) {
        md.h2("Which networks are on each front");
        md.p("Architecture statistics of each search's own front (all seeds pooled): what each platform rewards.");
        List<List<String>> arch = new ArrayList<>();
        List<String> gpuRow = architectureRow(
                GPU,
                results.stream()
                        .flatMap(r -> r.gpuFront().stream())
                        .map(gpu::network)
                        .toList(),
                results.stream().flatMap(r -> r.gpuFront().stream()).toList());
        List<String> accRow = architectureRow(
                ACCELERATOR,
                results.stream()
                        .flatMap(r -> r.acceleratorFront().stream())
                        .map(acc::network)
                        .toList(),
                results.stream().flatMap(r -> r.acceleratorFront().stream()).toList());
        arch.add(gpuRow);
        arch.add(accRow);
        md.table(
                List.of(
                        "front",
                        "networks",
                        "median MMACs",
                        "median params (M)",
                        "median resolution",
                        "mean blocks",
                        "mean kernel",
                        "mean expand",
                        "width 1.2"),
                arch);
        md.p("On average a TX2-front network has " + gpuRow.get(5) + " blocks at " + gpuRow.get(4) + " px, an "
                + "accelerator-front network " + accRow.get(5) + " blocks at " + accRow.get(4) + " px.");
    }

    /** The kernel-size probe of a platform on its study's fixed network (the same network on both). */
    private static KernelSizeProbe probe(Study study, Evaluator evaluator) {
        if (!(study.fixedNetwork() instanceof MbV3OfaConfig network)) {
            throw new IllegalArgumentException("fixedNetwork: the tea-dnn samples need an mbv3-ofa fixed network");
        }
        return KernelSizeProbe.of(network, evaluator, study.fixedHardware());
    }

    private static void comparison(
            Markdown md, Summary jaccard, Summary rho, Summary off, KernelSizeProbe onGpu, KernelSizeProbe onAcc) {
        md.h2("Comparison with the paper");
        md.p("TEA-DNN's finding is qualitative: the time–energy–accuracy fronts found on the Jetson TX2 and on the "
                + "Movidius stick differ, so a network chosen for one device is not the right choice for another. "
                + "Here the two fronts share " + jaccard.meanSd(2) + " of their networks (Jaccard), "
                + off.percent(0) + " of the TX2 front's networks are dominated when run on the accelerator, and the "
                + "latency rank correlation between platforms is " + rho.meanSd(2) + ". The mechanism in our models: "
                + "depth, width, expansion and resolution are priced much alike on both platforms, which is why the "
                + "latency ranks agree, but depthwise kernel size is not. On the GPU the dense 1×1 convolutions run "
                + "compute-bound on the CUDA cores and set the latency, while the depthwise convolutions are bound by "
                + "memory or by the per-kernel launch cost, so a larger depthwise kernel is almost free; on the "
                + "accelerator every multiply-accumulate costs time and data movement. Setting every kernel of the "
                + "fixed network from " + KernelSizeProbe.SMALL + " to " + KernelSizeProbe.LARGE + " adds "
                + Fmt.pct(onGpu.increase(), 0) + " latency on the " + GPU + " (" + Fmt.f(onGpu.smallMs(), 2) + " → "
                + Fmt.f(onGpu.largeMs(), 2) + " ms) and " + Fmt.pct(onAcc.increase(), 0) + " on the " + ACCELERATOR
                + " (" + Fmt.f(onAcc.smallMs(), 2) + " → " + Fmt.f(onAcc.largeMs(), 2) + " ms), so the TX2's front "
                + "keeps larger kernels (see the mean kernel above). TEA-DNN measured "
                + "real devices on a NASNet-style space; our numbers come from simulated models and an OFA "
                + "MobileNetV3 space, so only the qualitative claim can be compared.");
        md.h2("What changed with the edge-GPU model of issue 15");
        md.p(MODEL_CHANGE);
    }

    /**
     * The report's record of the edge-GPU model change: the previous figures come from this report as committed
     * before issue 15 (5 seeds, 1000 evaluations, the same command).
     */
    static final String MODEL_CHANGE = "This report was regenerated when the edge-GPU model was rebuilt from"
            + " per-layer costs to fused TensorRT-style kernels (issue 15, docs/MODEL.md). With the previous model"
            + " (a fixed launch overhead per layer that dominated small networks) the same command gave a Jaccard"
            + " overlap of 0.10 ± 0.03, 68 ± 10 % of the TX2 front dominated on the accelerator and a latency rank"
            + " correlation of only 0.68 ± 0.06: then latency on the TX2 followed the number of layers more than"
            + " the MACs. The new TX2 model is compute-bound on its CUDA cores (its efficiency is fitted on"
            + " HW-NAS-Bench's TX2 points), so latency ranks now agree closely; the fronts still differ, through"
            + " kernel size, and the verdict is unchanged. Regenerated again when dense kernels on CUDA cores got"
            + " 32-channel tiles instead of 64 (CUTLASS's SIMT tile shapes; the Pascal efficiency refitted from"
            + " 0.0824 to 0.0558 on the same two points), which also picked up the accuracy surrogate of issue 16:"
            + " before both, 0.12 ± 0.03, 64 ± 16 % and 0.97 ± 0.01, and the verdict did not change.";

    private static List<Plot> plots(List<SeedResult> results) {
        SeedResult first = results.get(0);
        return List.of(
                membershipPlot(
                        "front-gpu.png",
                        "Union of both fronts, on the " + GPU + " (seed 1)",
                        first,
                        first.onGpu(),
                        Metric.LATENCY,
                        Metric.ACCURACY),
                membershipPlot(
                        "front-accelerator.png",
                        "Union of both fronts, on the " + ACCELERATOR + " (seed 1)",
                        first,
                        first.onAccelerator(),
                        Metric.LATENCY,
                        Metric.ACCURACY),
                latencyPlot(first));
    }

    private static List<ReportBody.Claim> claims(Summary jaccard, Summary rho, Summary off) {
        return List.of(new ReportBody.Claim(
                "3-objective Pareto fronts differ between platforms",
                "yes (TX2 vs. Movidius; qualitative)",
                "Jaccard overlap " + jaccard.meanSd(2) + "; " + off.percent(0) + " of TX2-front networks dominated "
                        + "on the accelerator; latency ρ " + rho.meanSd(2),
                Double.isNaN(jaccard.mean())
                        ? "not measurable"
                        : jaccard.mean() < 0.7 ? "agrees: the fronts differ" : "weak: the fronts largely coincide"));
    }

    private static SeedResult compare(
            long seed, Platform gpu, Platform acc, List<EvaluatedPoint> gpuFront, List<EvaluatedPoint> accFront) {
        Map<NetworkConfig, Integer> index = new LinkedHashMap<>();
        List<NetworkConfig> union = new ArrayList<>();
        for (EvaluatedPoint p : gpuFront) {
            add(index, union, gpu.network(p));
        }
        for (EvaluatedPoint p : accFront) {
            add(index, union, acc.network(p));
        }
        List<EvaluatedPoint> onGpu = new ArrayList<>();
        List<EvaluatedPoint> onAcc = new ArrayList<>();
        for (int i = 0; i < union.size(); i++) {
            onGpu.add(gpu.evaluate(union.get(i), i));
            onAcc.add(acc.evaluate(union.get(i), i));
        }
        Set<Integer> gpuMembers = members(onGpu, gpu.study().objectives());
        Set<Integer> accMembers = members(onAcc, acc.study().objectives());
        Set<Integer> gpuSearch = new LinkedHashSet<>();
        gpuFront.forEach(p -> gpuSearch.add(index.get(gpu.network(p))));
        Set<Integer> accSearch = new LinkedHashSet<>();
        accFront.forEach(p -> accSearch.add(index.get(acc.network(p))));
        List<EvaluatedPoint> bothFeasible = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < union.size(); i++) {
            if (onGpu.get(i).feasible() && onAcc.get(i).feasible()) {
                bothFeasible.add(onGpu.get(i));
                ids.add(i);
            }
        }
        double[] latGpu = ids.stream()
                .mapToDouble(i -> onGpu.get(i).metric(Metric.LATENCY))
                .toArray();
        double[] latAcc = ids.stream()
                .mapToDouble(i -> onAcc.get(i).metric(Metric.LATENCY))
                .toArray();
        double[] enGpu = ids.stream()
                .mapToDouble(i -> onGpu.get(i).metric(Metric.ENERGY))
                .toArray();
        double[] enAcc = ids.stream()
                .mapToDouble(i -> onAcc.get(i).metric(Metric.ENERGY))
                .toArray();
        return new SeedResult(
                seed,
                gpuFront,
                accFront,
                union,
                onGpu,
                onAcc,
                gpuMembers,
                accMembers,
                gpuSearch,
                accSearch,
                Correlation.spearman(latGpu, latAcc),
                Correlation.spearman(enGpu, enAcc),
                offShare(gpuSearch, accMembers),
                offShare(accSearch, gpuMembers));
    }

    private static void add(Map<NetworkConfig, Integer> index, List<NetworkConfig> union, NetworkConfig n) {
        if (!index.containsKey(n)) {
            index.put(n, union.size());
            union.add(n);
        }
    }

    private static Set<Integer> members(List<EvaluatedPoint> points, List<Objective> objectives) {
        Set<Integer> s = new LinkedHashSet<>();
        org.codesign.study.StudyFront.paretoMask(points, objectives).stream().forEach(s::add);
        return s;
    }

    /** The share of {@code networks} that are not members of {@code front}. */
    private static double offShare(Set<Integer> networks, Set<Integer> front) {
        if (networks.isEmpty()) {
            return Double.NaN;
        }
        return networks.stream().filter(i -> !front.contains(i)).count() / (double) networks.size();
    }

    private static List<String> architectureRow(
            String label, List<NetworkConfig> networks, List<EvaluatedPoint> points) {
        double[] macs =
                points.stream().mapToDouble(p -> p.metric(Metric.MACS) / 1e6).toArray();
        double[] params =
                points.stream().mapToDouble(p -> p.metric(Metric.PARAMS) / 1e6).toArray();
        List<Double> res = new ArrayList<>();
        List<Double> blocks = new ArrayList<>();
        List<Double> kernels = new ArrayList<>();
        List<Double> expands = new ArrayList<>();
        int wide = 0;
        for (NetworkConfig n : networks) {
            if (n instanceof MbV3OfaConfig m) {
                res.add((double) m.resolution());
                blocks.add(
                        (double) m.depths().stream().mapToInt(Integer::intValue).sum());
                kernels.add(m.kernels().stream()
                        .flatMap(List::stream)
                        .mapToInt(Integer::intValue)
                        .average()
                        .orElse(Double.NaN));
                expands.add(m.expandRatios().stream()
                        .flatMap(List::stream)
                        .mapToInt(Integer::intValue)
                        .average()
                        .orElse(Double.NaN));
                wide += m.widthMult() > 1.0 ? 1 : 0;
            }
        }
        return List.of(
                label,
                Integer.toString(networks.size()),
                Fmt.f(Summary.of(macs).median(), 0),
                Fmt.f(Summary.of(params).median(), 2),
                Fmt.f(Summary.of(res).median(), 0),
                Fmt.f(Summary.of(blocks).mean(), 1),
                Fmt.f(Summary.of(kernels).mean(), 2),
                Fmt.f(Summary.of(expands).mean(), 2),
                networks.isEmpty() ? "–" : Fmt.pct(wide / (double) networks.size(), 0));
    }

    /** The union on one platform, split by front membership. */
    private static Plot membershipPlot(
            String file, String title, SeedResult r, List<EvaluatedPoint> on, Metric x, Metric y) {
        Map<String, List<EvaluatedPoint>> groups = new LinkedHashMap<>();
        groups.put("on both fronts", new ArrayList<>());
        groups.put("on the TX2 front only", new ArrayList<>());
        groups.put("on the accelerator front only", new ArrayList<>());
        groups.put("on neither (within the union)", new ArrayList<>());
        for (int i = 0; i < on.size(); i++) {
            boolean g = r.gpuMembers().contains(i);
            boolean a = r.acceleratorMembers().contains(i);
            String key = g && a
                    ? "on both fronts"
                    : g
                            ? "on the TX2 front only"
                            : a ? "on the accelerator front only" : "on neither (within the union)";
            if (on.get(i).feasible()) {
                groups.get(key).add(on.get(i));
            }
        }
        return Figures.scatter(file, title, x, y, true, groups);
    }

    /** Latency of the union on both platforms, split by the search whose front the network came from. */
    private static Plot latencyPlot(SeedResult r) {
        Map<String, List<double[]>> groups = new LinkedHashMap<>();
        groups.put("from the TX2 search's front", new ArrayList<>());
        groups.put("from the accelerator search's front", new ArrayList<>());
        groups.put("from both", new ArrayList<>());
        for (int i = 0; i < r.union().size(); i++) {
            if (r.onGpu().get(i).feasible() && r.onAccelerator().get(i).feasible()) {
                boolean g = r.foundOnGpu().contains(i);
                boolean a = r.foundOnAccelerator().contains(i);
                String key = g && a
                        ? "from both"
                        : g ? "from the TX2 search's front" : "from the accelerator search's front";
                groups.get(key).add(new double[] {
                    r.onGpu().get(i).metric(Metric.LATENCY),
                    r.onAccelerator().get(i).metric(Metric.LATENCY)
                });
            }
        }
        List<Plot.Series> series = new ArrayList<>();
        groups.forEach((name, xy) -> series.add(new Plot.Series(
                name + " (" + xy.size() + ")",
                Plot.Style.POINTS,
                xy.stream().mapToDouble(p -> p[0]).toArray(),
                xy.stream().mapToDouble(p -> p[1]).toArray())));
        return new Plot(
                "latency-platforms.png",
                String.format(
                        Locale.ROOT,
                        "Latency of the same networks on both platforms (seed 1, Spearman ρ = %.2f)",
                        r.latencyRho()),
                "latency on the " + GPU + " (ms)",
                "latency on the " + ACCELERATOR + " (ms)",
                true,
                series);
    }

    private static <T> Summary perSeed(List<T> results, java.util.function.ToDoubleFunction<T> f) {
        return EdgeGpuDvfsExperiment.perSeed(results, f);
    }
}
