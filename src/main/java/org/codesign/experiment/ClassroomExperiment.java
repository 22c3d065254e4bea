package org.codesign.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.Evaluator;
import org.codesign.eval.Metric;
import org.codesign.eval.Objective;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.RunSpec;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;

/**
 * The classroom sample: NSGA-II against the exact Pareto front (known from exhaustive search of
 * the 3,780 designs), with random search at the same budget for scale.
 */
final class ClassroomExperiment {
    static final String SAMPLE = "classroom-small.codesign.json";
    private static final String NSGA2 = "NSGA-II";
    private static final String RANDOM = "random search";
    private static final int[] TABLE_CHECKPOINTS = {50, 100, 200, 300, 500, 750, 1000, 1500, 2000, 3000};

    static final Experiment SPEC = Experiment.named(
                    "classroom-small",
                    "Classroom: how fast NSGA-II approaches the exact Pareto front (MobileNetV2 × Jetson AGX Xavier)")
            .withDefaults(10, 1000)
            .withPopulation(20)
            .withArms(Arm.nsga2(NSGA2, SAMPLE, CodesignMode.JOINT), Arm.random(RANDOM, SAMPLE, CodesignMode.JOINT))
            .withHypervolume(500, null)
            .withAnalysis(ClassroomExperiment::report);

    private ClassroomExperiment() {}

    private static ReportBody report(Runs runs) {
        Study study = runs.study();
        List<Objective> objectives = study.objectives();
        List<EvaluatedPoint> all = exhaustivePoints(study, runs.evaluator(SAMPLE), runs.settings(), runs.log());
        List<EvaluatedPoint> exact = Fronts.front(all, objectives);
        double exactHv = Fronts.hypervolume(exact, objectives);
        int budget = runs.budget();
        int[] fine = runs.checkpoints();
        Curves curves = curves(runs, exact, exactHv);

        Markdown md = new Markdown();
        setup(md, study, all.size(), exact.size(), exactHv, budget, runs.population());
        results(md, curves, exact.size(), budget, fine);
        md.image("hypervolume over evaluations", "hypervolume.png");
        md.image("IGD over evaluations", "igd.png");
        md.image("share of the exact front found over evaluations", "found.png");
        md.image("fronts", "fronts.png");
        Summary nsgaEnd = column(curves.hvRatio().get(NSGA2), fine.length - 1);
        Summary randomEnd = column(curves.hvRatio().get(RANDOM), fine.length - 1);
        reading(md, curves, budget, all.size(), fine);
        return new ReportBody(
                md.toString(), plots(curves, fine, exact), claims(curves, exact.size(), budget, nsgaEnd, randomEnd));
    }

    /**
     * Per method, one curve per seed at the fine checkpoints: hypervolume relative to the exact front's,
     * IGD, the share of the exact front's designs evaluated; the evaluations until all were (NaN: never); the
     * seed-1 front.
     */
    private record Curves(
            Map<String, List<double[]>> hvRatio,
            Map<String, List<double[]>> igd,
            Map<String, List<double[]>> found,
            Map<String, List<Double>> toAll,
            Map<String, List<EvaluatedPoint>> firstSeedFronts) {}

    private static Curves curves(Runs runs, List<EvaluatedPoint> exact, double exactHv) {
        List<Objective> objectives = runs.study().objectives();
        Set<String> exactGenomes = new HashSet<>();
        exact.forEach(p -> exactGenomes.add(java.util.Arrays.toString(p.genome())));
        double[][] exactVectors = Fronts.vectors(exact, objectives);
        int[] fine = runs.checkpoints();
        Map<String, List<double[]>> hvRatio = new LinkedHashMap<>();
        Map<String, List<double[]>> igd = new LinkedHashMap<>();
        Map<String, List<double[]>> found = new LinkedHashMap<>();
        Map<String, List<Double>> toAll = new LinkedHashMap<>();
        Map<String, List<EvaluatedPoint>> firstSeedFronts = new LinkedHashMap<>();
        for (String method : List.of(NSGA2, RANDOM)) {
            hvRatio.put(
                    method,
                    runs.hypervolume().get(method).stream()
                            .map(hv -> Arrays.stream(hv).map(v -> v / exactHv).toArray())
                            .toList());
            igd.put(method, new ArrayList<>());
            found.put(method, new ArrayList<>());
            toAll.put(method, new ArrayList<>());
            for (Outcome o : runs.outcomes(method)) {
                igd.get(method)
                        .add(Fronts.curve(o.points(), objectives, fine, a -> Fronts.igd(a, exactVectors, objectives)));
                double[] foundShare = foundCurve(o.points(), exactGenomes, fine);
                found.get(method).add(foundShare);
                int complete = Fronts.firstReaching(foundShare, fine, 1.0);
                toAll.get(method).add(complete < 0 ? Double.NaN : complete);
            }
            firstSeedFronts.put(
                    method + ", seed 1", Fronts.front(runs.first(method).points(), objectives));
        }
        return new Curves(hvRatio, igd, found, toAll, firstSeedFronts);
    }

    private static void setup(
            Markdown md, Study study, int designs, int exactSize, double exactHv, int budget, int population) {
        List<Objective> objectives = study.objectives();
        md.h2("Setup");
        md.p("The space has " + Configs.size(java.math.BigInteger.valueOf(designs)) + " designs, small enough to "
                + "evaluate them all: the exhaustive run gives the exact Pareto front, " + exactSize
                + " designs, hypervolume " + Fmt.f(exactHv, 4) + " (objectives: "
                + describe(objectives) + "; constraint: "
                + String.join(
                        ", ",
                        study.constraints().stream().map(c -> c.describe()).toList())
                + "). NSGA-II (population " + population + ", " + Searches.nsga2Operators() + ") "
                + "and random search each get " + budget + " evaluations per seed. The HV gap is the share of the "
                + "exact front's hypervolume (HV) a run's front misses (0 is perfect; HV is measured in the box "
                + "between the objectives' ideal and reference values, so even a rough front covers most of it); IGD is the mean distance from each exact front point to the "
                + "nearest found point in objectives normalized by the study's ideal and reference values (0 is "
                + "perfect); \"exact designs found\" is the share of the exact front's designs the run evaluated.");
    }

    private static void results(Markdown md, Curves curves, int exactSize, int budget, int[] fine) {
        int[] table = tableCheckpoints(budget);
        Map<String, List<double[]>> hvRatio = curves.hvRatio();
        Map<String, List<double[]>> igd = curves.igd();
        Map<String, List<double[]>> found = curves.found();
        Map<String, List<Double>> toAll = curves.toAll();
        md.h2("Results");
        List<List<String>> rows = new ArrayList<>();
        for (int c : table) {
            int i = indexOf(fine, c);
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(c));
            for (String method : hvRatio.keySet()) {
                List<double[]> gaps = hvRatio.get(method).stream()
                        .map(ClassroomExperiment::gap)
                        .toList();
                row.add(column(gaps, i).percent(2));
            }
            for (String method : igd.keySet()) {
                row.add(column(igd.get(method), i).meanSd(4));
            }
            for (String method : found.keySet()) {
                row.add(column(found.get(method), i).percent(0));
            }
            rows.add(row);
        }
        md.table(
                List.of(
                        "evaluations",
                        "HV gap NSGA-II",
                        "HV gap random",
                        "IGD NSGA-II",
                        "IGD random",
                        "exact designs found, NSGA-II",
                        "exact designs found, random"),
                rows);
        List<String> reachLines = new ArrayList<>();
        for (String method : toAll.keySet()) {
            List<Double> v = toAll.get(method);
            long reached = v.stream().filter(d -> !d.isNaN()).count();
            reachLines.add(method + ": " + reached + " of " + v.size() + " seeds evaluate all " + exactSize
                    + " designs of the exact front within " + budget + " evaluations"
                    + (reached > 0 ? ", after " + Summary.of(v).meanSdRange(0) + " evaluations (seeds that do)" : ""));
        }
        md.bullets(reachLines);
    }

    private static void reading(Markdown md, Curves curves, int budget, int designs, int[] fine) {
        Map<String, List<double[]>> igd = curves.igd();
        Map<String, List<Double>> toAll = curves.toAll();
        List<Double> nsgaAll = toAll.get(NSGA2);
        List<Double> randomAll = toAll.get(RANDOM);
        long nsgaComplete = nsgaAll.stream().filter(d -> !d.isNaN()).count();
        long randomComplete = randomAll.stream().filter(d -> !d.isNaN()).count();
        Summary nsgaIgd = column(igd.get(NSGA2), fine.length - 1);
        Summary randomIgd = column(igd.get(RANDOM), fine.length - 1);
        md.h2("Reading the result");
        md.p("There is no paper claim for this sample: it is the teaching case of the NSGA-II paper's idea (Deb et al. "
                + "2002) that an elitist, crowding-preserving population converges to and spreads along the Pareto "
                + "front. Within " + budget + " evaluations (" + Fmt.pct(budget / (double) designs, 0) + " of the "
                + "space) NSGA-II evaluates the whole exact front in " + nsgaComplete + " of " + nsgaAll.size()
                + " seeds"
                + (nsgaComplete > 0 ? ", after " + Summary.of(nsgaAll).meanSd(0) + " evaluations" : "")
                + "; random search in " + randomComplete + " of " + randomAll.size() + ". Final IGD: NSGA-II "
                + nsgaIgd.meanSd(4) + ", random search " + randomIgd.meanSd(4) + ". The curves show what a student "
                + "sees stepping generations in the GUI: a fast rise while the population finds the front's region, "
                + "then a slower fill-in of its ends.");
    }

    private static List<Plot> plots(Curves curves, int[] fine, List<EvaluatedPoint> exact) {
        Map<String, List<double[]>> hvRatio = curves.hvRatio();
        Map<String, List<double[]>> igd = curves.igd();
        Map<String, List<double[]>> found = curves.found();
        return List.of(
                Figures.curves(
                        "hypervolume.png",
                        "Hypervolume relative to the exact front",
                        "HV / exact HV",
                        fine,
                        hvRatio,
                        Map.of("exact front", 1.0)),
                Figures.curves("igd.png", "IGD to the exact front (normalized objectives)", "IGD", fine, igd, Map.of()),
                Figures.curves(
                        "found.png", "Share of the exact front's designs evaluated", "share", fine, found, Map.of()),
                Figures.scatter(
                        "fronts.png",
                        "Exact front (open circles) and the fronts found with seed 1",
                        Metric.LATENCY,
                        Metric.ACCURACY,
                        false,
                        Map.of("exact front (exhaustive)", exact),
                        curves.firstSeedFronts()));
    }

    private static List<ReportBody.Claim> claims(
            Curves curves, int exactSize, int budget, Summary nsgaEnd, Summary randomEnd) {
        List<Double> nsgaAll = curves.toAll().get(NSGA2);
        List<Double> randomAll = curves.toAll().get(RANDOM);
        long nsgaComplete = nsgaAll.stream().filter(d -> !d.isNaN()).count();
        long randomComplete = randomAll.stream().filter(d -> !d.isNaN()).count();
        return List.of(
                new ReportBody.Claim(
                        "NSGA-II finds the whole exact front (" + exactSize + " designs) within " + budget
                                + " evaluations",
                        "no published number (teaching sample; exact front by exhaustive " + "search)",
                        nsgaComplete + " of " + nsgaAll.size() + " seeds"
                                + (nsgaComplete > 0
                                        ? ", after " + Summary.of(nsgaAll).meanSd(0) + " evaluations"
                                        : "") + " (random search: " + randomComplete
                                + " of " + randomAll.size() + ")",
                        nsgaComplete > randomComplete
                                ? "as expected: NSGA-II converges, random search lags"
                                : "NSGA-II does not beat random search here"),
                new ReportBody.Claim(
                        "hypervolume gap to the exact front after " + budget + " evaluations",
                        "–",
                        Summary.of(1 - nsgaEnd.mean()).percent(2) + " (random search: "
                                + Summary.of(1 - randomEnd.mean()).percent(2) + ")",
                        "–"));
    }

    /** The stored exhaustive run's points, or a fresh exhaustive run when the sample has none. */
    private static List<EvaluatedPoint> exhaustivePoints(
            Study study, Evaluator evaluator, ExperimentSettings settings, Consumer<String> log) {
        long size = study.space().size().longValueExact();
        for (RunRecord r : study.runs()) {
            if (r.algorithm().equals(Algorithm.EXHAUSTIVE.label()) && r.points().size() == size) {
                return r.points();
            }
        }
        log.accept("the sample has no complete exhaustive run: evaluating all " + size + " designs");
        return Searches.run(
                        study,
                        RunSpec.of(Algorithm.EXHAUSTIVE, CodesignMode.JOINT, (int) size, 1)
                                .withThreads(settings.threads()),
                        evaluator,
                        "exhaustive")
                .points();
    }

    private static double[] foundCurve(List<EvaluatedPoint> ordered, Set<String> exactGenomes, int[] checkpoints) {
        double[] v = new double[checkpoints.length];
        Set<String> seen = new HashSet<>();
        int next = 0;
        for (int c = 0; c < checkpoints.length; c++) {
            while (next < Math.min(checkpoints[c], ordered.size())) {
                String key = java.util.Arrays.toString(ordered.get(next++).genome());
                if (exactGenomes.contains(key)) {
                    seen.add(key);
                }
            }
            v[c] = seen.size() / (double) exactGenomes.size();
        }
        return v;
    }

    private static int[] tableCheckpoints(int budget) {
        List<Integer> list = new ArrayList<>();
        for (int c : TABLE_CHECKPOINTS) {
            if (c < budget) {
                list.add(c);
            }
        }
        list.add(budget);
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The index of the first checkpoint at or after {@code c}. */
    static int indexOf(int[] checkpoints, int c) {
        for (int i = 0; i < checkpoints.length; i++) {
            if (checkpoints[i] >= c) {
                return i;
            }
        }
        return checkpoints.length - 1;
    }

    /** 1 − ratio, per checkpoint. */
    private static double[] gap(double[] ratio) {
        double[] g = new double[ratio.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = 1 - ratio[i];
        }
        return g;
    }

    static Summary column(List<double[]> curves, int i) {
        double[] v = new double[curves.size()];
        for (int s = 0; s < v.length; s++) {
            v[s] = curves.get(s)[i];
        }
        return Summary.of(v);
    }

    static String describe(List<Objective> objectives) {
        return String.join(
                ", ",
                objectives.stream()
                        .map(o -> o.direction() + " " + o.metric().labelWithUnit())
                        .toList());
    }
}
