package org.codesign.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.Evaluator;
import org.codesign.eval.StandardModels;
import org.codesign.search.CrossoverKind;
import org.codesign.search.Evaluation;
import org.codesign.search.HypervolumeIndicator;
import org.codesign.search.Nsga2Config;
import org.codesign.search.ParetoArchive;
import org.codesign.search.Problem;
import org.codesign.search.RankedIndividual;
import org.codesign.search.RunSettings;
import org.codesign.search.RunSnapshot;
import org.codesign.search.SearchRun;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.CodesignProblem;
import org.codesign.search.codesign.CodesignRun;
import org.codesign.search.codesign.RunSpec;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.codesign.study.StudyRuns;
import org.moeaframework.algorithm.NSGAII;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.Solution;
import org.moeaframework.core.variable.BinaryIntegerVariable;
import org.moeaframework.core.variable.RealVariable;
import org.uma.jmetal.operator.crossover.impl.IntegerSBXCrossover;
import org.uma.jmetal.operator.mutation.impl.IntegerPolynomialMutation;
import org.uma.jmetal.problem.integerproblem.impl.AbstractIntegerProblem;
import org.uma.jmetal.solution.integersolution.IntegerSolution;
import org.uma.jmetal.util.pseudorandom.JMetalRandom;

/**
 * The search engine on the co-design problem of {@code samples/default.codesign.json} (Once-for-All
 * MobileNetV3 x Jetson AGX Xavier DVFS; accuracy max, latency min, power min). Plain main:
 * <pre>
 * mvn -o -q -Pbench test-compile exec:exec -Dbench.main=org.codesign.bench.CodesignSearchBench -Dbench.args=all
 * </pre>
 * Parts: {@code generation [maxPopulation]} (our NSGA-II against MOEA Framework 5.0's and jMetal 6.6's,
 * time per generation without evaluation), {@code quality} (their final hypervolume at 5,000
 * evaluations, 10 seeds), {@code anytime} (NSGA-II, local, Pareto local and random search in the
 * four co-design modes, hypervolume at 500 to 10,000 evaluations, 10 seeds), or {@code all}.
 *
 * <p>Every engine evaluates the same {@link CodesignProblem}; the peers see the genes that have more
 * than one value (the single-device gene is left out) as integer variables. Hypervolume everywhere is
 * the study's: {@link CodesignProblem#hypervolume} (each objective from its ideal, 0, to its reference,
 * 1; reference point (1, 1, 1)). Single-threaded.
 */
public final class CodesignSearchBench {

    static final Path STUDY = Path.of("samples/default.codesign.json");
    static final int QUALITY_POPULATION = 100;
    static final int QUALITY_BUDGET = 5_000;
    static final int SEEDS = 10;
    static final int[] CHECKPOINTS = {500, 1_000, 2_000, 5_000, 10_000};
    /** The hardware-only space has 3,654 points; larger budgets only enumerate it. */
    static final int[] HARDWARE_ONLY_CHECKPOINTS = {100, 250, 500, 1_000, 2_000};

    private final Study study;
    private final Evaluator evaluator;
    private final CodesignProblem problem;
    private final HypervolumeIndicator hv;
    /** Genes with more than one value: the peers' decision variables. */
    private final int[] freeGenes;

    private final int[] cardinalities;

    CodesignSearchBench(Study study) {
        this.study = study;
        this.evaluator = StandardModels.evaluator(
                study.model().accuracyModel(), study.model().mapperObjective());
        this.problem = new CodesignProblem(study.space(), study.objectives(), study.constraints(), evaluator);
        this.hv = CodesignProblem.hypervolume(study.objectives());
        this.cardinalities = problem.cardinalities();
        this.freeGenes = java.util.stream.IntStream.range(0, cardinalities.length)
                .filter(i -> cardinalities[i] > 1)
                .toArray();
    }

    public static void main(String[] args) throws Exception {
        String part = args.length > 0 ? args[0] : "all";
        CodesignSearchBench bench = new CodesignSearchBench(StudyFiles.load(STUDY));
        System.out.printf(
                Locale.ROOT,
                "java %s, %d cores; %s: %d genes (%d free), %d objectives, %d constraints%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                STUDY,
                bench.cardinalities.length,
                bench.freeGenes.length,
                bench.problem.objectiveCount(),
                bench.problem.constraintCount());
        long start = System.nanoTime();
        if (part.equals("all") || part.equals("generation")) {
            bench.generationTimes(args.length > 1 ? Integer.parseInt(args[1]) : 5_000);
        }
        if (part.equals("all") || part.equals("quality")) {
            bench.quality();
        }
        if (part.equals("all") || part.equals("anytime")) {
            bench.anytime();
        }
        System.out.printf(Locale.ROOT, "%ntotal %.0f s%n", (System.nanoTime() - start) / 1e9);
    }

    // ---------------------------------------------------------------- the engines

    /**
     * What one NSGA-II run gives: time per generation without evaluation, generations run, the
     * final population's first front, the hypervolume of our archive (NaN for the peers) and of every
     * point the run evaluated, and how many evaluations it spent on genomes it had evaluated before.
     */
    record Outcome(
            double msPerGeneration,
            int generations,
            double[][] front,
            double archiveHv,
            double everythingHv,
            int repeatedEvaluations) {}

    /**
     * Our NSGA-II with the app's operators (crossover 0.9, mutation rate 1/n with +-1 steps and 10% random
     * resets); the app's default crossover is uniform.
     */
    Outcome ours(int population, int budget, long seed, int archiveCapacity, CrossoverKind crossover) {
        TimedProblem timed = new TimedProblem(problem);
        Nsga2Config config = Nsga2Config.defaults().withPopulation(population).withCrossover(crossover, 0.9);
        RunSettings settings = RunSettings.of(seed, budget).withThreads(1).withArchiveCapacity(archiveCapacity);
        try (SearchRun run = new SearchRun(timed, config, settings)) {
            run.step(); // initial population
            long start = System.nanoTime();
            long evalBefore = timed.nanos;
            int generations = 0;
            while (!run.status().isTerminal()) {
                run.step();
                generations++;
            }
            double ms = ((System.nanoTime() - start) - (timed.nanos - evalBefore)) / 1e6 / generations;
            double[][] front = run.latest().population().stream()
                    .filter(r -> r.rank() == 0)
                    .map(RankedIndividual::individual)
                    .map(i -> i.evaluation().objectives())
                    .toArray(double[][]::new);
            double archiveHv = archiveCapacity == 0
                    ? Double.NaN
                    : hv.ofIndividuals(run.latest().archive());
            return new Outcome(ms, generations, front, archiveHv, hv.of(timed.seen.toArray(new double[0][])), 0);
        }
    }

    /** The co-design problem, timing its own evaluations (one thread). */
    static final class TimedProblem implements Problem {
        final Problem inner;
        final List<double[]> seen = new ArrayList<>();
        long nanos;

        TimedProblem(Problem inner) {
            this.inner = inner;
        }

        @Override
        public int[] cardinalities() {
            return inner.cardinalities();
        }

        @Override
        public int objectiveCount() {
            return inner.objectiveCount();
        }

        @Override
        public int constraintCount() {
            return inner.constraintCount();
        }

        @Override
        public Evaluation evaluate(int[] genome) {
            long t = System.nanoTime();
            Evaluation e = inner.evaluate(genome);
            seen.add(e.objectives());
            nanos += System.nanoTime() - t;
            return e;
        }
    }

    /** How MOEA Framework represents a gene. */
    enum MoeaEncoding {
        /** {@code BinaryIntegerVariable} (gray-coded), default operators HUX (rate 1) + bit flip (0.01 per bit). */
        BINARY_INTEGER,
        /** {@code RealVariable} on [0, k) floored, default operators SBX (rate 1, index 15) + PM (1/n, 20). */
        REAL_FLOORED
    }

    Outcome moea(int population, int budget, long seed, MoeaEncoding encoding) {
        PRNG.setSeed(seed);
        MoeaCodesignProblem timed = new MoeaCodesignProblem(encoding);
        NSGAII algorithm = new NSGAII(timed); // operators from the variable type's defaults
        algorithm.setInitialPopulationSize(population);
        algorithm.step(); // initialization
        long start = System.nanoTime();
        long evalBefore = timed.nanos;
        int generations = 0;
        while (algorithm.getNumberOfEvaluations() + population <= budget) {
            algorithm.step();
            generations++;
        }
        double ms = ((System.nanoTime() - start) - (timed.nanos - evalBefore)) / 1e6 / generations;
        List<double[]> front = new ArrayList<>();
        for (Solution s : algorithm.getResult()) {
            front.add(s.getObjectiveValues());
        }
        return new Outcome(
                ms,
                generations,
                front.toArray(new double[0][]),
                Double.NaN,
                hv.of(timed.seen.toArray(new double[0][])),
                timed.evaluations - timed.distinct.size());
    }

    /** The co-design problem for MOEA Framework, timing its evaluations (decoding included). */
    final class MoeaCodesignProblem implements org.moeaframework.problem.Problem {
        final MoeaEncoding encoding;
        final List<double[]> seen = new ArrayList<>();
        final java.util.Set<String> distinct = new java.util.HashSet<>();
        int evaluations;
        long nanos;

        MoeaCodesignProblem(MoeaEncoding encoding) {
            this.encoding = encoding;
        }

        @Override
        public String getName() {
            return "codesign";
        }

        @Override
        public int getNumberOfVariables() {
            return freeGenes.length;
        }

        @Override
        public int getNumberOfObjectives() {
            return problem.objectiveCount();
        }

        @Override
        public int getNumberOfConstraints() {
            return 0;
        }

        @Override
        public void evaluate(Solution solution) {
            long t = System.nanoTime();
            int[] genome = new int[cardinalities.length];
            for (int v = 0; v < freeGenes.length; v++) {
                int gene = freeGenes[v];
                genome[gene] = encoding == MoeaEncoding.BINARY_INTEGER
                        ? BinaryIntegerVariable.getInt(solution.getVariable(v))
                        : Math.min(cardinalities[gene] - 1, (int)
                                Math.floor(RealVariable.getReal(solution.getVariable(v))));
            }
            solution.setObjectiveValues(objectivesOf(genome));
            record(genome, solution.getObjectiveValues());
            nanos += System.nanoTime() - t; // the bookkeeping above counts as evaluation, as for the others
        }

        private void record(int[] genome, double[] objectives) {
            evaluations++;
            distinct.add(Arrays.toString(genome));
            seen.add(objectives.clone());
        }

        @Override
        public Solution newSolution() {
            Solution s = new Solution(freeGenes.length, problem.objectiveCount());
            for (int v = 0; v < freeGenes.length; v++) {
                int k = cardinalities[freeGenes[v]];
                s.setVariable(
                        v,
                        encoding == MoeaEncoding.BINARY_INTEGER
                                ? new BinaryIntegerVariable(0, k - 1)
                                : new RealVariable(0, k));
            }
            return s;
        }

        @Override
        public void close() {}
    }

    /** The objectives of a genome; the default study has no constraints and no infeasible design. */
    double[] objectivesOf(int[] genome) {
        Evaluation e = problem.evaluate(genome);
        if (!e.isFeasible()) {
            throw new IllegalStateException("the peers' encoding has no constraints, but " + Arrays.toString(genome)
                    + " is infeasible: " + e.infeasibleReason());
        }
        return e.objectives();
    }

    /** jMetal's NSGA-II with IntegerSBXCrossover(0.9, 20) and IntegerPolynomialMutation(1/n, 20). */
    Outcome jmetal(int population, int budget, long seed) {
        JMetalRandom.getInstance().setSeed(seed);
        JMetalCodesignProblem jp = new JMetalCodesignProblem();
        var algorithm = new SearchEngineBench.TimedJMetalNsga2<IntegerSolution>(
                jp,
                budget,
                population,
                new IntegerSBXCrossover(0.9, 20.0),
                new IntegerPolynomialMutation(1.0 / jp.numberOfVariables(), 20.0));
        algorithm.run();
        List<double[]> front = new ArrayList<>();
        for (IntegerSolution s : algorithm.result()) {
            front.add(s.objectives().clone());
        }
        return new Outcome(
                algorithm.msPerGeneration(),
                algorithm.generationEnds.size() - 1,
                front.toArray(new double[0][]),
                Double.NaN,
                hv.of(jp.seen.toArray(new double[0][])),
                jp.evaluations - jp.distinct.size());
    }

    /** The co-design problem as a jMetal integer problem (the algorithm times its evaluations). */
    final class JMetalCodesignProblem extends AbstractIntegerProblem {
        private static final long serialVersionUID = 1L;
        final List<double[]> seen = new ArrayList<>();
        final java.util.Set<String> distinct = new java.util.HashSet<>();
        int evaluations;

        JMetalCodesignProblem() {
            numberOfObjectives(problem.objectiveCount());
            numberOfConstraints(0);
            name("codesign");
            List<Integer> lower = new ArrayList<>();
            List<Integer> upper = new ArrayList<>();
            for (int gene : freeGenes) {
                lower.add(0);
                upper.add(cardinalities[gene] - 1);
            }
            variableBounds(lower, upper);
        }

        @Override
        public IntegerSolution evaluate(IntegerSolution solution) {
            int[] genome = new int[cardinalities.length];
            for (int v = 0; v < freeGenes.length; v++) {
                genome[freeGenes[v]] = solution.variables().get(v);
            }
            double[] f = objectivesOf(genome);
            System.arraycopy(f, 0, solution.objectives(), 0, f.length);
            evaluations++;
            distinct.add(Arrays.toString(genome));
            seen.add(f);
            return solution;
        }
    }

    // ---------------------------------------------------------------- (a) time per generation

    void generationTimes(int maxPopulation) {
        System.out.println();
        System.out.println(
                "(a) NSGA-II time per generation excluding evaluation, co-design problem, 1 thread, median over seeds");
        for (int s = 0; s < 3; s++) { // warm up every engine's code paths
            ours(100, 5_000, s, 0, CrossoverKind.UNIFORM);
            ours(100, 5_000, s, ParetoArchive.UNBOUNDED, CrossoverKind.UNIFORM);
            moea(100, 5_000, s, MoeaEncoding.BINARY_INTEGER);
            moea(100, 5_000, s, MoeaEncoding.REAL_FLOORED);
            jmetal(100, 5_000, s);
        }
        int[][] plans = {{100, 49, SEEDS}, {1000, 10, 3}, {5000, 2, 1}}; // population, generations, seeds
        System.out.println("| population | generations x seeds | ours, no archive | ours, unbounded archive "
                + "| MOEA Framework 5.0, binary integers | MOEA Framework 5.0, floored reals | jMetal 6.6, integers |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (int[] plan : plans) {
            int pop = plan[0];
            if (pop > maxPopulation) {
                continue;
            }
            int budget = pop * (plan[1] + 1);
            double[][] t = new double[5][plan[2]];
            for (int s = 0; s < plan[2]; s++) { // engines alternate seed by seed
                t[0][s] = ours(pop, budget, s, 0, CrossoverKind.UNIFORM).msPerGeneration();
                t[1][s] = ours(pop, budget, s, ParetoArchive.UNBOUNDED, CrossoverKind.UNIFORM)
                        .msPerGeneration();
                t[2][s] = moea(pop, budget, s, MoeaEncoding.BINARY_INTEGER).msPerGeneration();
                t[3][s] = moea(pop, budget, s, MoeaEncoding.REAL_FLOORED).msPerGeneration();
                t[4][s] = jmetal(pop, budget, s).msPerGeneration();
            }
            System.out.printf(
                    Locale.ROOT,
                    "| %,d | %d x %d | %s | %s | %s | %s | %s |%n",
                    pop,
                    plan[1],
                    plan[2],
                    SearchEngineBench.ms(SearchEngineBench.median(t[0])),
                    SearchEngineBench.ms(SearchEngineBench.median(t[1])),
                    SearchEngineBench.ms(SearchEngineBench.median(t[2])),
                    SearchEngineBench.ms(SearchEngineBench.median(t[3])),
                    SearchEngineBench.ms(SearchEngineBench.median(t[4])));
        }
    }

    // ---------------------------------------------------------------- (b) final hypervolume

    void quality() {
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "(b) final hypervolume, co-design problem, population %d, %,d evaluations, %d seeds (1000..)%n",
                QUALITY_POPULATION,
                QUALITY_BUDGET,
                SEEDS);
        String[] names = {
            "ours, uniform crossover (final population, first front)",
            "ours, two-point crossover (final population, first front)",
            "MOEA Framework 5.0, binary integers (final population)",
            "MOEA Framework 5.0, floored reals (final population)",
            "jMetal 6.6, integers (final population)",
            "ours, uniform crossover (unbounded archive)",
            "ours, two-point crossover (unbounded archive)",
            "MOEA Framework 5.0, binary integers (every point evaluated)",
            "MOEA Framework 5.0, floored reals (every point evaluated)",
            "jMetal 6.6, integers (every point evaluated)",
        };
        String[] engines = {
            "ours, uniform", "ours, two-point", "MOEA binary integers", "MOEA floored reals", "jMetal integers"
        };
        double[][] v = new double[names.length][SEEDS];
        double[][] generations = new double[engines.length][SEEDS];
        double[][] repeats = new double[engines.length][SEEDS];
        for (int s = 0; s < SEEDS; s++) {
            long seed = 1000 + s;
            Outcome[] o = {
                ours(QUALITY_POPULATION, QUALITY_BUDGET, seed, ParetoArchive.UNBOUNDED, CrossoverKind.UNIFORM),
                ours(QUALITY_POPULATION, QUALITY_BUDGET, seed, ParetoArchive.UNBOUNDED, CrossoverKind.TWO_POINT),
                moea(QUALITY_POPULATION, QUALITY_BUDGET, seed, MoeaEncoding.BINARY_INTEGER),
                moea(QUALITY_POPULATION, QUALITY_BUDGET, seed, MoeaEncoding.REAL_FLOORED),
                jmetal(QUALITY_POPULATION, QUALITY_BUDGET, seed),
            };
            for (int e = 0; e < o.length; e++) {
                v[e][s] = hv.of(o[e].front());
                // our archive holds every non-dominated point evaluated; for the peers that set is computed afterwards
                v[engines.length + e][s] = e < 2 ? o[e].archiveHv() : o[e].everythingHv();
                generations[e][s] = o[e].generations();
                repeats[e][s] = o[e].repeatedEvaluations();
            }
        }
        System.out.println("| engine | mean HV | std | min | max |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (int i = 0; i < names.length; i++) {
            Stats st = Stats.of(v[i]);
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.4f | %.4f | %.4f | %.4f |%n",
                    names[i],
                    st.mean(),
                    st.sd(),
                    st.min(),
                    st.max());
        }
        for (int e = 0; e < engines.length; e++) {
            System.out.printf(
                    Locale.ROOT,
                    "%s: %.1f generations, %.0f evaluations of genomes evaluated before (mean)%n",
                    engines[e],
                    Stats.of(generations[e]).mean(),
                    Stats.of(repeats[e]).mean());
        }
    }

    record Stats(double mean, double sd, double min, double max) {
        static Stats of(double[] v) {
            double mean = Arrays.stream(v).average().orElse(Double.NaN);
            double sd =
                    Math.sqrt(Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / Math.max(1, v.length - 1));
            return new Stats(
                    mean,
                    sd,
                    Arrays.stream(v).min().orElse(Double.NaN),
                    Arrays.stream(v).max().orElse(Double.NaN));
        }
    }

    /** Hypervolume of the whole hardware-only space (every DVFS setting for the study's fixed network). */
    double exhaustiveHardwareOnly() {
        RunSpec request = RunSpec.of(Algorithm.EXHAUSTIVE, CodesignMode.HARDWARE_ONLY, 1_000_000, 0)
                .withThreads(1);
        try (CodesignRun run = StudyRuns.newRun(study, request, evaluator)) {
            return run.runToEnd().hypervolume();
        }
    }

    // ---------------------------------------------------------------- 2. methods over evaluations

    /** An algorithm as the app runs it (RunSpec defaults), optionally with another population or crossover. */
    record Method(String label, String algorithm, int population, CrossoverKind crossover) {
        RunSpec request(CodesignMode mode, int budget, long seed) {
            RunSpec d = RunSpec.of(Algorithm.parse(algorithm), mode, budget, seed);
            return d.withThreads(1).withPopulation(population).withCrossover(crossover, d.crossoverRate());
        }
    }

    static final List<Method> METHODS = List.of(
            new Method("NSGA-II 40, uniform", "nsga2", 40, CrossoverKind.UNIFORM),
            new Method("NSGA-II 40, two-point (app default)", "nsga2", 40, CrossoverKind.TWO_POINT),
            new Method("NSGA-II 100", "nsga2", 100, CrossoverKind.UNIFORM),
            new Method("local", "local", 40, CrossoverKind.UNIFORM),
            new Method("pareto-local", "pareto-local", 40, CrossoverKind.UNIFORM),
            new Method("random", "random", 40, CrossoverKind.UNIFORM));

    /**
     * Hypervolume of each run's archive (every non-dominated point it evaluated) after each budget; one
     * run per budget, because a sequential run splits its budget between its phases.
     */
    void anytime() {
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "2. hypervolume of the run's archive after n evaluations (separate runs per n), "
                        + "mean and std over %d seeds (1000..), 1 thread%n",
                SEEDS);
        for (CodesignMode mode : CodesignMode.values()) {
            long modeStart = System.nanoTime();
            System.out.println();
            System.out.println("mode " + mode.label());
            int[] checkpoints = mode == CodesignMode.HARDWARE_ONLY ? HARDWARE_ONLY_CHECKPOINTS : CHECKPOINTS;
            StringBuilder header = new StringBuilder("| method |");
            StringBuilder rule = new StringBuilder("|---|");
            for (int n : checkpoints) {
                header.append(String.format(Locale.ROOT, " %,d |", n));
                rule.append("---:|");
            }
            System.out.println(header);
            System.out.println(rule);
            double[][] means = new double[METHODS.size()][checkpoints.length];
            for (int m = 0; m < METHODS.size(); m++) {
                Method method = METHODS.get(m);
                StringBuilder line = new StringBuilder("| " + method.label() + " |");
                for (int c = 0; c < checkpoints.length; c++) {
                    double[] v = new double[SEEDS];
                    int evaluations = 0;
                    for (int s = 0; s < SEEDS; s++) {
                        try (CodesignRun run =
                                StudyRuns.newRun(study, method.request(mode, checkpoints[c], 1000 + s), evaluator)) {
                            RunSnapshot end = run.runToEnd();
                            v[s] = end.hypervolume();
                            evaluations = Math.max(evaluations, end.evaluations());
                        }
                    }
                    Stats st = Stats.of(v);
                    means[m][c] = st.mean();
                    line.append(String.format(
                            Locale.ROOT,
                            " %.4f ± %.4f%s |",
                            st.mean(),
                            st.sd(),
                            evaluations < checkpoints[c] ? " (" + evaluations + ")" : ""));
                }
                System.out.println(line);
            }
            StringBuilder best = new StringBuilder("| best mean |");
            for (int c = 0; c < checkpoints.length; c++) {
                int arg = 0;
                for (int m = 1; m < METHODS.size(); m++) {
                    if (means[m][c] > means[arg][c]) {
                        arg = m;
                    }
                }
                int ties = 0;
                for (double[] row : means) {
                    if (means[arg][c] - row[c] < 5e-5) {
                        ties++;
                    }
                }
                best.append(' ')
                        .append(ties > 1 ? ties + "-way tie" : METHODS.get(arg).label())
                        .append(" |");
            }
            System.out.println(best);
            if (mode == CodesignMode.HARDWARE_ONLY) {
                System.out.printf(
                        Locale.ROOT, "whole hardware-only space (exhaustive): %.4f%n", exhaustiveHardwareOnly());
            }
            System.out.printf(Locale.ROOT, "(%s: %.0f s)%n", mode.label(), (System.nanoTime() - modeStart) / 1e9);
        }
    }
}
