package org.codesign.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * What an algorithm sees of its run: the problem, the seeded random generator, the budget, the
 * evaluation cache and the archive. Every genome is evaluated at most once per run; the run records
 * every evaluated point and offers it to the archive.
 */
public final class SearchContext {

    /** Thrown out of an algorithm's step when the run is cancelled mid-batch. */
    static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    private final Problem problem;
    private final int[] cardinalities;
    private final long spaceSize;
    private SplitMix random;
    private final int budget;
    private final BatchEvaluator evaluator;
    private final BooleanSupplier cancelled;
    private final ParetoArchive archive;
    /** Every evaluated point, in evaluation order (row = index). */
    private final EvaluationLog evaluated;
    /** The rows of the cached points (all but those of exhaustive enumeration). */
    private final GenomeIndex cache;

    private final List<Individual> newThisStep = new ArrayList<>();
    /** Evaluations of an interrupted step, taken instead of evaluating those genomes again. */
    private final Map<GenomeKey, Evaluation> spare = new HashMap<>();

    private int step;
    /** Receives a trace of every NSGA-II generation; null (the default) records nothing. */
    private Consumer<GenerationTrace> traces;

    SearchContext(
            Problem problem,
            int[] cardinalities,
            RunSettings settings,
            BatchEvaluator evaluator,
            BooleanSupplier cancelled) {
        this.problem = problem;
        this.cardinalities = cardinalities;
        this.spaceSize = SearchSpace.size(cardinalities);
        this.evaluated = new EvaluationLog(
                cardinalities, problem.objectiveCount(), problem.constraintCount(), problem.payloadColumns());
        this.cache = new GenomeIndex(evaluated);
        this.random = new SplitMix(settings.seed());
        this.budget = settings.budget();
        this.evaluator = evaluator;
        this.cancelled = cancelled;
        this.archive = settings.archiveCapacity() == 0 ? null : new ParetoArchive(settings.archiveCapacity());
    }

    public Problem problem() {
        return problem;
    }

    public int genomeLength() {
        return cardinalities.length;
    }

    public int cardinality(int gene) {
        return cardinalities[gene];
    }

    public int[] cardinalities() {
        return cardinalities.clone();
    }

    /** Number of genomes in the space (saturating at Long.MAX_VALUE). */
    public long spaceSize() {
        return spaceSize;
    }

    /** The run's only source of randomness. */
    public SplitMix random() {
        return random;
    }

    public int budget() {
        return budget;
    }

    public int evaluationsUsed() {
        return evaluated.size();
    }

    public int remainingBudget() {
        return budget - evaluated.size();
    }

    /** The current step, 1-based. */
    public int step() {
        return step;
    }

    public boolean isEvaluated(int[] genome) {
        return cache.find(genome) >= 0;
    }

    /** The earlier evaluation of this genome in this run, or null. */
    public Individual lookup(int[] genome) {
        int row = cache.find(genome);
        return row < 0 ? null : evaluated.get(row);
    }

    /** Number of distinct genomes in the list not yet evaluated (what {@link #evaluate} would cost). */
    public int countUnevaluated(List<int[]> genomes) {
        java.util.Set<GenomeKey> fresh = new java.util.HashSet<>();
        for (int[] g : genomes) {
            GenomeKey k = new GenomeKey(g);
            if (cache.find(g) < 0) {
                fresh.add(k);
            }
        }
        return fresh.size();
    }

    /**
     * Evaluates the genomes (in parallel), reusing earlier evaluations, and returns one individual
     * per genome in order. The new points are recorded and offered to the archive.
     *
     * @throws IllegalStateException if the batch needs more new evaluations than the remaining budget
     */
    public List<Individual> evaluate(List<int[]> genomes) {
        List<int[]> fresh = new ArrayList<>();
        Map<GenomeKey, Integer> freshIndex = new HashMap<>();
        for (int[] g : genomes) {
            SearchSpace.checkGenome("genome", g, cardinalities);
            GenomeKey k = GenomeKey.copyOf(g);
            if (!freshIndex.containsKey(k) && cache.find(g) < 0) {
                freshIndex.put(k, fresh.size());
                fresh.add(k.genes());
            }
        }
        // one individual per distinct genome: the new ones as evaluated, the others made from the log
        Map<GenomeKey, Individual> made = new HashMap<>();
        for (Individual ind : evaluateAndRecord(fresh, true)) {
            made.put(new GenomeKey(ind.genomeView()), ind);
        }
        List<Individual> out = new ArrayList<>(genomes.size());
        for (int[] g : genomes) {
            out.add(made.computeIfAbsent(new GenomeKey(g), k -> evaluated.get(cache.find(k.genes()))));
        }
        return out;
    }

    /**
     * Evaluates genomes the caller guarantees to be distinct and never evaluated before, without
     * keeping them in the lookup cache (exhaustive enumeration of large spaces).
     */
    List<Individual> evaluateDistinctUncached(List<int[]> genomes) {
        return evaluateAndRecord(genomes, false);
    }

    private List<Individual> evaluateAndRecord(List<int[]> fresh, boolean cacheThem) {
        if (fresh.size() > remainingBudget()) {
            throw new IllegalStateException("budget: the batch needs " + fresh.size() + " evaluations but only "
                    + remainingBudget() + " remain");
        }
        if (fresh.isEmpty()) {
            return List.of();
        }
        Evaluation[] results = evaluateOrReuse(fresh);
        List<Individual> added = new ArrayList<>(fresh.size());
        boolean incomplete = false;
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null) {
                incomplete = true;
                continue;
            }
            Individual ind = new Individual(fresh.get(i), results[i], evaluated.size(), step);
            int row = evaluated.append(ind.genomeView(), ind.evaluation(), step);
            newThisStep.add(ind);
            if (cacheThem) {
                cache.put(row);
            }
            added.add(ind);
        }
        if (archive != null) {
            archive.addAll(added);
        }
        if (incomplete) {
            throw new Cancelled();
        }
        return added;
    }

    private Evaluation[] evaluateOrReuse(List<int[]> fresh) {
        if (spare.isEmpty()) {
            return evaluator.evaluate(fresh, cancelled);
        }
        Evaluation[] results = new Evaluation[fresh.size()];
        List<int[]> missing = new ArrayList<>();
        List<Integer> where = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            results[i] = spare.remove(new GenomeKey(fresh.get(i)));
            if (results[i] == null) {
                missing.add(fresh.get(i));
                where.add(i);
            }
        }
        Evaluation[] computed = evaluator.evaluate(missing, cancelled);
        for (int k = 0; k < computed.length; k++) {
            results[where.get(k)] = computed[k];
        }
        return results;
    }

    /**
     * Puts the run back where a checkpoint left it: its points (cached, so never evaluated again), the
     * archive, the generator and the spare evaluations of an interrupted step.
     */
    void restore(RunCheckpoint c) {
        // exhaustive enumeration never looks points up, so its (possibly millions of) points stay uncached
        boolean cacheThem = !(c.state() instanceof AlgorithmState.Exhaustive);
        for (Individual ind : c.evaluated()) {
            int row = evaluated.append(ind.genomeView(), ind.evaluation(), ind.step());
            if (cacheThem) {
                cache.put(row);
            }
        }
        if (archive != null) {
            List<Individual> members = new ArrayList<>();
            for (int i : c.archive()) {
                members.add(evaluated.get(i));
            }
            archive.restore(members);
        }
        for (Individual ind : c.spare()) {
            spare.put(new GenomeKey(ind.genomeView()), ind.evaluation());
        }
        random = SplitMix.restore(c.randomState());
        step = c.steps();
    }

    /** The point with this evaluation index. */
    Individual point(int index) {
        return evaluated.get(index);
    }

    /** Indices of the archive's members in archive order. */
    int[] archiveIndices() {
        return archive == null
                ? new int[0]
                : archive.members().stream().mapToInt(Individual::index).toArray();
    }

    public boolean hasArchive() {
        return archive != null;
    }

    /** The archive's members in entry order (empty without an archive). */
    public List<Individual> archiveMembers() {
        return archive == null ? List.of() : archive.members();
    }

    int archiveSize() {
        return archive == null ? 0 : archive.size();
    }

    boolean isCancelled() {
        return cancelled.getAsBoolean();
    }

    /** Whether the run wants a {@link GenerationTrace} of each generation (only teaching does). */
    public boolean isTracing() {
        return traces != null;
    }

    /** Hands a generation's trace to the run's receiver (ignored when not tracing). */
    public void trace(GenerationTrace trace) {
        if (traces != null) {
            traces.accept(trace);
        }
    }

    void traceTo(Consumer<GenerationTrace> receiver) {
        traces = receiver;
    }

    void beginStep(int stepNumber) {
        step = stepNumber;
        newThisStep.clear();
    }

    List<Individual> newThisStep() {
        return List.copyOf(newThisStep);
    }

    /** Every point so far; the view does not change as the run goes on. */
    PointView allEvaluated() {
        return evaluated.view();
    }

    int evaluatedCount() {
        return evaluated.size();
    }
}
