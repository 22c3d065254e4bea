package org.codesign.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.DoubleSupplier;
import org.codesign.search.Evaluation;
import org.codesign.search.HypervolumeIndicator;
import org.codesign.search.Individual;
import org.codesign.search.MutationSettings;
import org.codesign.search.Nsga2Config;
import org.codesign.search.ParetoArchive;
import org.codesign.search.Problem;
import org.codesign.search.RankedIndividual;
import org.codesign.search.RunSettings;
import org.codesign.search.SearchRun;
import org.moeaframework.algorithm.NSGAII;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.Solution;
import org.moeaframework.core.variable.RealVariable;
import org.moeaframework.problem.DTLZ.DTLZ2;
import org.uma.jmetal.operator.crossover.impl.SBXCrossover;
import org.uma.jmetal.operator.mutation.impl.PolynomialMutation;
import org.uma.jmetal.operator.selection.impl.BinaryTournamentSelection;
import org.uma.jmetal.solution.doublesolution.DoubleSolution;
import org.uma.jmetal.util.comparator.RankingAndCrowdingDistanceComparator;
import org.uma.jmetal.util.evaluator.impl.SequentialSolutionListEvaluator;
import org.uma.jmetal.util.pseudorandom.JMetalRandom;

/**
 * Our NSGA-II against MOEA Framework 5.0's and jMetal 6.6's on DTLZ2 (3 objectives, 12 variables),
 * and our 3D hypervolume against theirs. Plain main (not JMH): each measurement is a whole run.
 *
 * <pre>
 * mvn -o -q -Pbench test-compile exec:exec -Dbench.main=org.codesign.bench.SearchEngineBench -Dbench.args="all"
 * </pre>
 * Parts: {@code generation} (time per generation without evaluation), {@code quality} (final
 * hypervolume, 10 seeds), {@code hypervolume} (indicator time), or {@code all}.
 *
 * <p>Time per generation excluding evaluation: every engine evaluates through a wrapper that sums
 * the time spent inside the problem's evaluate; that sum is subtracted from the wall time of each
 * generation. Single-threaded everywhere.
 */
public final class SearchEngineBench {

    static final int VARIABLES = 12;
    static final int OBJECTIVES = 3;
    static final int LEVELS = 65_537;
    /** Exact hypervolume of the DTLZ2 front in [0, 1]^3 with reference 1.1: 1.1^3 - pi/6. */
    static final double TRUE_HV = 1.331 - Math.PI / 6;

    static final HypervolumeIndicator HV = HypervolumeIndicator.of(new double[3], new double[] {1, 1, 1}, 1.1);

    private SearchEngineBench() {}

    public static void main(String[] args) {
        String part = args.length > 0 ? args[0] : "all";
        System.out.printf(
                Locale.ROOT,
                "java %s, %d cores%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        if (part.equals("all") || part.equals("generation")) {
            generationTimes(args.length > 1 ? Integer.parseInt(args[1]) : 5000);
        }
        if (part.equals("all") || part.equals("quality")) {
            quality(10);
        }
        if (part.equals("all") || part.equals("hypervolume")) {
            hypervolumeTimes();
        }
    }

    // ---------------------------------------------------------------- (a) time per generation

    /** Milliseconds per generation without evaluation, and the final population's objectives. */
    record Outcome(double msPerGeneration, double[][] front, double archiveHv) {}

    static void generationTimes(int maxPopulation) {
        System.out.println();
        System.out.println(
                "(a) time per generation excluding evaluation, DTLZ2 3 objectives, 1 thread, median over seeds");
        // warm up every engine's code paths
        for (int s = 0; s < 3; s++) {
            ours(100, 5_000, s, 0);
            moea(100, 5_000, s);
            jmetal(100, 5_000, s);
        }
        int[][] plans = {{100, 250, 5}, {1000, 25, 3}, {5000, 3, 1}}; // population, generations, seeds
        System.out.println(
                "| population | generations x seeds | ours, no archive | ours, unbounded archive | MOEA Framework 5.0 | jMetal 6.6 |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        for (int[] plan : plans) {
            int pop = plan[0];
            if (pop > maxPopulation) {
                continue;
            }
            int budget = pop * (plan[1] + 1);
            double[] a = new double[plan[2]];
            double[] b = new double[plan[2]];
            double[] c = new double[plan[2]];
            double[] d = new double[plan[2]];
            for (int s = 0; s < plan[2]; s++) {
                a[s] = ours(pop, budget, s, 0).msPerGeneration();
                b[s] = ours(pop, budget, s, ParetoArchive.UNBOUNDED).msPerGeneration();
                c[s] = moea(pop, budget, s).msPerGeneration();
                d[s] = jmetal(pop, budget, s).msPerGeneration();
            }
            System.out.printf(
                    Locale.ROOT,
                    "| %d | %d x %d | %s | %s | %s | %s |%n",
                    pop,
                    plan[1],
                    plan[2],
                    ms(median(a)),
                    ms(median(b)),
                    ms(median(c)),
                    ms(median(d)));
        }
    }

    static String ms(double v) {
        return String.format(Locale.ROOT, v < 1 ? "%.3f ms" : v < 100 ? "%.2f ms" : "%.0f ms", v);
    }

    /** Our NSGA-II with the operators the tests use (uniform crossover, bounded polynomial index mutation). */
    static Outcome ours(int population, int budget, long seed, int archiveCapacity) {
        TimedDiscreteDtlz2 problem = new TimedDiscreteDtlz2();
        Nsga2Config config =
                Nsga2Config.defaults().withPopulation(population).withMutation(MutationSettings.polynomial(20));
        RunSettings settings = RunSettings.of(seed, budget).withThreads(1).withArchiveCapacity(archiveCapacity);
        try (SearchRun run = new SearchRun(problem, config, settings)) {
            run.step(); // initial population
            long start = System.nanoTime();
            long evalBefore = problem.nanos;
            int generations = 0;
            while (!run.status().isTerminal()) {
                run.step();
                generations++;
            }
            double ms = ((System.nanoTime() - start) - (problem.nanos - evalBefore)) / 1e6 / generations;
            List<Individual> front = run.latest().population().stream()
                    .filter(r -> r.rank() == 0)
                    .map(RankedIndividual::individual)
                    .toList();
            double archiveHv = HV.ofIndividuals(run.latest().archive());
            return new Outcome(
                    ms, front.stream().map(i -> i.evaluation().objectives()).toArray(double[][]::new), archiveHv);
        }
    }

    static Outcome moea(int population, int budget, long seed) {
        PRNG.setSeed(seed);
        TimedMoeaProblem problem = new TimedMoeaProblem(new DTLZ2(VARIABLES, OBJECTIVES));
        NSGAII algorithm = new NSGAII(problem);
        algorithm.setInitialPopulationSize(population);
        algorithm.step(); // initialization
        long start = System.nanoTime();
        long evalBefore = problem.nanos;
        int generations = 0;
        while (algorithm.getNumberOfEvaluations() + population <= budget) {
            algorithm.step();
            generations++;
        }
        double ms = ((System.nanoTime() - start) - (problem.nanos - evalBefore)) / 1e6 / generations;
        List<double[]> front = new ArrayList<>();
        for (Solution s : algorithm.getResult()) {
            front.add(s.getObjectiveValues());
        }
        return new Outcome(ms, front.toArray(new double[0][]), Double.NaN);
    }

    static Outcome jmetal(int population, int budget, long seed) {
        JMetalRandom.getInstance().setSeed(seed);
        var problem = new org.uma.jmetal.problem.multiobjective.dtlz.DTLZ2(VARIABLES, OBJECTIVES);
        TimedJMetalNsga2<DoubleSolution> algorithm = new TimedJMetalNsga2<>(
                problem,
                budget,
                population,
                new SBXCrossover(0.9, 20.0),
                new PolynomialMutation(1.0 / problem.numberOfVariables(), 20.0));
        algorithm.run();
        double ms = algorithm.msPerGeneration();
        List<double[]> front = new ArrayList<>();
        for (DoubleSolution s : algorithm.result()) {
            front.add(s.objectives().clone());
        }
        return new Outcome(ms, front.toArray(new double[0][]), Double.NaN);
    }

    /** DTLZ2 on a 65,537-level grid per variable, timing its own evaluations (single thread). */
    static final class TimedDiscreteDtlz2 implements Problem {
        final DTLZ2 dtlz2 = new DTLZ2(VARIABLES, OBJECTIVES);
        long nanos;

        @Override
        public int[] cardinalities() {
            int[] c = new int[VARIABLES];
            Arrays.fill(c, LEVELS);
            return c;
        }

        @Override
        public int objectiveCount() {
            return OBJECTIVES;
        }

        @Override
        public Evaluation evaluate(int[] genome) {
            long t = System.nanoTime();
            Solution s = dtlz2.newSolution();
            for (int i = 0; i < genome.length; i++) {
                RealVariable.setReal(s.getVariable(i), genome[i] / (double) (LEVELS - 1));
            }
            dtlz2.evaluate(s);
            Evaluation e = Evaluation.of(s.getObjectiveValues());
            nanos += System.nanoTime() - t;
            return e;
        }
    }

    /** A MOEA problem that times its evaluations. */
    static final class TimedMoeaProblem implements org.moeaframework.problem.Problem {
        final org.moeaframework.problem.Problem inner;
        long nanos;

        TimedMoeaProblem(org.moeaframework.problem.Problem inner) {
            this.inner = inner;
        }

        @Override
        public String getName() {
            return inner.getName();
        }

        @Override
        public int getNumberOfVariables() {
            return inner.getNumberOfVariables();
        }

        @Override
        public int getNumberOfObjectives() {
            return inner.getNumberOfObjectives();
        }

        @Override
        public int getNumberOfConstraints() {
            return inner.getNumberOfConstraints();
        }

        @Override
        public void evaluate(Solution solution) {
            long t = System.nanoTime();
            inner.evaluate(solution);
            nanos += System.nanoTime() - t;
        }

        @Override
        public Solution newSolution() {
            return inner.newSolution();
        }

        @Override
        public void close() {
            inner.close();
        }
    }

    /**
     * jMetal's NSGA-II (binary tournament on rank and crowding, the given operators) recording the time
     * and evaluation time after every generation.
     */
    static final class TimedJMetalNsga2<S extends org.uma.jmetal.solution.Solution<?>>
            extends org.uma.jmetal.algorithm.multiobjective.nsgaii.NSGAII<S> {
        private static final long serialVersionUID = 1L;
        final List<Long> generationEnds = new ArrayList<>();
        final List<Long> evaluationAtEnds = new ArrayList<>();
        long evaluationNanos;

        TimedJMetalNsga2(
                org.uma.jmetal.problem.Problem<S> problem,
                int budget,
                int population,
                org.uma.jmetal.operator.crossover.CrossoverOperator<S> crossover,
                org.uma.jmetal.operator.mutation.MutationOperator<S> mutation) {
            super(
                    problem,
                    budget,
                    population,
                    population,
                    population,
                    crossover,
                    mutation,
                    new BinaryTournamentSelection<>(new RankingAndCrowdingDistanceComparator<>()),
                    new SequentialSolutionListEvaluator<>());
        }

        /** Milliseconds per generation without evaluation, from the end of initialization to the last generation. */
        double msPerGeneration() {
            int generations = generationEnds.size() - 1;
            long wall = generationEnds.get(generations) - generationEnds.get(0);
            long evaluation = evaluationAtEnds.get(generations) - evaluationAtEnds.get(0);
            return (wall - evaluation) / 1e6 / generations;
        }

        @Override
        protected List<S> evaluatePopulation(List<S> population) {
            long t = System.nanoTime();
            List<S> out = super.evaluatePopulation(population);
            evaluationNanos += System.nanoTime() - t;
            return out;
        }

        @Override
        protected void initProgress() {
            super.initProgress();
            mark();
        }

        @Override
        protected void updateProgress() {
            super.updateProgress();
            mark();
        }

        private void mark() {
            generationEnds.add(System.nanoTime());
            evaluationAtEnds.add(evaluationNanos);
        }
    }

    // ---------------------------------------------------------------- (b) final hypervolume

    static void quality(int seeds) {
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "(b) final hypervolume, DTLZ2 3 objectives, population 100, 25,000 evaluations, %d seeds%n",
                seeds);
        System.out.printf(Locale.ROOT, "    normalized to [0,1]^3, reference point 1.1; true front = %.6f%n", TRUE_HV);
        double[] ours = new double[seeds];
        double[] oursArchive = new double[seeds];
        double[] moea = new double[seeds];
        double[] jmetal = new double[seeds];
        for (int s = 0; s < seeds; s++) {
            Outcome o = ours(100, 25_000, 1000 + s, ParetoArchive.UNBOUNDED);
            ours[s] = HV.of(o.front());
            oursArchive[s] = o.archiveHv();
            moea[s] = HV.of(moea(100, 25_000, 1000 + s).front());
            jmetal[s] = HV.of(jmetal(100, 25_000, 1000 + s).front());
        }
        System.out.println("| engine | mean HV | std | min | max | mean / true front |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        row("ours (final population, first front)", ours);
        row("ours (unbounded archive)", oursArchive);
        row("MOEA Framework 5.0 NSGA-II (final population)", moea);
        row("jMetal 6.6 NSGA-II (final population)", jmetal);
    }

    static void row(String name, double[] v) {
        double mean = Arrays.stream(v).average().orElse(Double.NaN);
        double sd = Math.sqrt(Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / Math.max(1, v.length - 1));
        System.out.printf(
                Locale.ROOT,
                "| %s | %.5f | %.5f | %.5f | %.5f | %.4f |%n",
                name,
                mean,
                sd,
                Arrays.stream(v).min().orElse(Double.NaN),
                Arrays.stream(v).max().orElse(Double.NaN),
                mean / TRUE_HV);
    }

    // ---------------------------------------------------------------- (c) hypervolume time

    static void hypervolumeTimes() {
        System.out.println();
        // jMetal's compute(front) measures against (1, 1, 1) whatever reference point it is given, so all use (1, 1, 1)
        System.out.println(
                "(c) 3D hypervolume time, n points on the DTLZ2 front (all non-dominated), reference (1,1,1), median");
        var shell = org.codesign.search.MoeaBridge.shell(3);
        System.out.println(
                "| n | ours | MOEA Framework 5.0 Hypervolume | jMetal 6.6 PISAHypervolume | jMetal 6.6 WFGHypervolume | values agree |");
        System.out.println("|---:|---:|---:|---:|---:|---|");
        double[] ref = {1, 1, 1};
        for (int n : new int[] {100, 1_000, 10_000}) {
            double[][] pts = sphere(new Random(n), n);
            var population = org.codesign.search.MoeaBridge.population(pts);
            var moeaHv = new org.moeaframework.core.indicator.Hypervolume(shell, new double[3], ref);
            var pisa = new org.uma.jmetal.qualityindicator.impl.hypervolume.impl.PISAHypervolume(ref);
            var wfg = new org.uma.jmetal.qualityindicator.impl.hypervolume.impl.WFGHypervolume(ref);
            double ours = org.codesign.search.Hypervolume.of(pts, ref);
            double m = moeaHv.evaluate(population);
            double p = pisa.compute(pts);
            double w = wfg.compute(pts);
            boolean agree = close(ours, m) && close(ours, p) && close(ours, w);
            if (n == 100) {
                // warm-up only
                for (int k = 0; k < 20; k++) {
                    org.codesign.search.Hypervolume.of(pts, ref);
                    moeaHv.evaluate(population);
                    pisa.compute(pts);
                    wfg.compute(pts);
                }
                continue;
            }
            System.out.printf(
                    Locale.ROOT,
                    "| %,d | %s | %s | %s | %s | %s (ours %.6f, MOEA %.6f, PISA %.6f, WFG %.6f) |%n",
                    n,
                    ms(time(() -> org.codesign.search.Hypervolume.of(pts, ref))),
                    ms(time(() -> moeaHv.evaluate(population))),
                    ms(time(() -> pisa.compute(pts))),
                    ms(time(() -> wfg.compute(pts))),
                    agree ? "yes" : "NO",
                    ours,
                    m,
                    p,
                    w);
        }
    }

    static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
    }

    /** Median milliseconds of repeated calls (about 2 s of calls, at least 3 unless one takes over a second). */
    static double time(DoubleSupplier f) {
        List<Double> times = new ArrayList<>();
        long budgetEnd = System.nanoTime() + 2_000_000_000L;
        double sink = 0;
        while (times.isEmpty()
                || (times.size() < 3 && times.get(0) < 1000)
                || (System.nanoTime() < budgetEnd && times.size() < 200)) {
            long t = System.nanoTime();
            sink += f.getAsDouble();
            times.add((System.nanoTime() - t) / 1e6);
        }
        if (sink == 42) {
            System.out.print("");
        }
        return median(times.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static double[][] sphere(Random rnd, int n) {
        double[][] pts = new double[n][3];
        for (double[] p : pts) {
            double norm = 0;
            for (int k = 0; k < 3; k++) {
                p[k] = Math.abs(rnd.nextGaussian());
                norm += p[k] * p[k];
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < 3; k++) {
                p[k] /= norm;
            }
        }
        return pts;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
