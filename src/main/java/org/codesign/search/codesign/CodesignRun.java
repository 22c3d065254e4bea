package org.codesign.search.codesign;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.codesign.eval.CodesignMode;
import org.codesign.search.AlgorithmConfig;
import org.codesign.search.EvaluationLog;
import org.codesign.search.EvaluatorBackend;
import org.codesign.search.Individual;
import org.codesign.search.LocalSearchConfig;
import org.codesign.search.ParetoArchive;
import org.codesign.search.PointView;
import org.codesign.search.RankedIndividual;
import org.codesign.search.RunCheckpoint;
import org.codesign.search.RunListener;
import org.codesign.search.RunSettings;
import org.codesign.search.RunSnapshot;
import org.codesign.search.RunStatus;
import org.codesign.search.SearchException;
import org.codesign.search.SearchRun;
import org.codesign.search.nlp.HardwareChoices;
import org.codesign.search.nlp.NlpLocalConfig;
import org.codesign.search.nlp.NlpPlan;
import org.codesign.space.CodesignSpace;
import org.codesign.space.HardwareConfig;
import org.codesign.space.NetworkConfig;
import org.codesign.workload.NetworkBuilder;

/**
 * A co-design run in one of the four modes, on the generic engine. Joint, network-only and
 * hardware-only runs are one engine run (with the fixed side's genes frozen); a sequential run
 * is a network-only phase on the fixed hardware followed by hardware-only phases for the best
 * networks it found. Snapshots use joint genomes and run-wide evaluation indices, whatever the
 * phase; control (pause, resume, step, cancel) applies to the run as a whole.
 */
public final class CodesignRun implements AutoCloseable {
    /** Networks the second phase of a sequential run tunes hardware for. */
    static final int SEQUENTIAL_NETWORKS = 6;

    /** {@code fixesNothing}: no gene is fixed, so the phase's genomes are joint genomes already. */
    private record Phase(String label, int[] fixed, FixedGenesProblem problem, int budget, boolean fixesNothing) {
        CodesignCheckpoint.PhasePlan plan() {
            return new CodesignCheckpoint.PhasePlan(label, fixed, budget);
        }
    }

    private final CodesignProblem problem;
    private final RunSpec request;
    private final int[] fixedNetworkGenes;
    /** The network of hardware-only runs (nlp-local relaxes its layers), or null. */
    private final NetworkConfig fixedNetwork;

    private final int[] fixedHardwareGenes;
    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();
    private final CompletableFuture<RunSnapshot> completion = new CompletableFuture<>();
    private final List<Phase> phases = new ArrayList<>();
    /** Points of finished phases (joint genomes, run-wide indices), read from the phases' logs. */
    private PointView finishedPoints = PointView.EMPTY;

    private final ParetoArchive archive = ParetoArchive.unbounded();

    private final List<Consumer<CodesignCheckpoint>> checkpointListeners = new CopyOnWriteArrayList<>();
    /** The engine checkpoint the next phase to start continues from (set by {@link #restore}). */
    private RunCheckpoint pendingPhase;

    private SearchRun current;
    private int phaseIndex;
    private int evaluationOffset;
    private int stepOffset;
    private Duration elapsedOffset = Duration.ZERO;
    private boolean holding;
    private boolean cancelled;
    private volatile RunSnapshot latest;
    private EvaluatorBackend backend = EvaluatorBackend.LOCAL;

    /**
     * @param fixedNetwork the network of hardware-only runs (may be null otherwise)
     * @param fixedHardware the hardware of network-only and sequential runs (may be null otherwise)
     */
    public CodesignRun(
            CodesignProblem problem, RunSpec request, NetworkConfig fixedNetwork, HardwareConfig fixedHardware) {
        this.problem = problem;
        this.request = request;
        CodesignSpace space = problem.space();
        CodesignMode mode = request.mode();
        boolean needsHardware = mode == CodesignMode.NETWORK_ONLY || mode == CodesignMode.SEQUENTIAL;
        if (needsHardware && fixedHardware == null) {
            throw new IllegalArgumentException("fixedHardware: " + mode.label()
                    + " runs need a fixed hardware configuration; choose one under Fixed sides");
        }
        if (mode == CodesignMode.HARDWARE_ONLY && fixedNetwork == null) {
            throw new IllegalArgumentException(
                    "fixedNetwork: hardware-only runs need a fixed network; " + "choose one under Fixed sides");
        }
        fixedHardwareGenes =
                needsHardware ? encode("fixedHardware", () -> space.hardware().encode(fixedHardware)) : null;
        this.fixedNetwork = fixedNetwork;
        fixedNetworkGenes = mode == CodesignMode.HARDWARE_ONLY
                ? encode("fixedNetwork", () -> space.network().encode(fixedNetwork))
                : null;
        if (request.algorithm() == Algorithm.NLP_LOCAL) {
            algorithmConfig(); // checks mode, template and objectives now, with a message naming the field
        }
        switch (mode) {
            case JOINT -> phases.add(phase("joint", fixing(null, null), request.budget()));
            case NETWORK_ONLY -> phases.add(phase("network only", fixing(null, fixedHardwareGenes), request.budget()));
            case HARDWARE_ONLY -> phases.add(phase("hardware only", fixing(fixedNetworkGenes, null), request.budget()));
            case SEQUENTIAL ->
                phases.add(phase(
                        "sequential 1/2: network on the fixed hardware",
                        fixing(null, fixedHardwareGenes),
                        Math.max(1, request.budget() / 2)));
        }
    }

    private static int[] encode(String field, java.util.function.Supplier<int[]> encoder) {
        try {
            return encoder.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    field + ": " + e.getMessage() + " (the fixed configuration must use values of the space)", e);
        }
    }

    private Phase phase(String label, int[] fixed, int budget) {
        return new Phase(
                label,
                fixed,
                FixedGenesProblem.padded(problem, fixed),
                budget,
                java.util.Arrays.stream(fixed).allMatch(g -> g < 0));
    }

    /** The joint genes a phase freezes (-1: free): network and/or hardware genes (null: free). */
    private int[] fixing(int[] networkGenes, int[] hardwareGenes) {
        int n = problem.space().network().design().genomeLength();
        int[] fixed = new int[problem.space().genomeLength()];
        java.util.Arrays.fill(fixed, -1);
        if (networkGenes != null) {
            System.arraycopy(networkGenes, 0, fixed, 0, n);
        }
        if (hardwareGenes != null) {
            System.arraycopy(hardwareGenes, 0, fixed, n, hardwareGenes.length);
        }
        return fixed;
    }

    public RunSpec request() {
        return request;
    }

    public CodesignProblem problem() {
        return problem;
    }

    public void addListener(RunListener listener) {
        listeners.add(listener);
    }

    /**
     * Receives a checkpoint after every step (on the run's thread, after the snapshot listeners) and
     * when a phase is planned; the last one received is where {@link #restore} continues from.
     */
    public void addCheckpointListener(Consumer<CodesignCheckpoint> listener) {
        checkpointListeners.add(listener);
    }

    /**
     * Makes this new run continue from a checkpoint of a run with the same problem and settings; call
     * it before starting. The run then ends exactly as the uninterrupted one would have.
     *
     * @throws IllegalArgumentException if the checkpoint's settings differ or its run had finished
     */
    public synchronized void restore(CodesignCheckpoint c) {
        if (current != null || latest != null) {
            throw new IllegalStateException("restore: the run has already started");
        }
        if (!c.spec().withThreads(request.threads()).equals(request)) {
            throw new IllegalArgumentException(
                    "checkpoint: it belongs to a run with other settings (" + c.spec() + ")");
        }
        if (c.finished()) {
            throw new IllegalArgumentException("checkpoint: the run had already finished");
        }
        int genes = problem.space().genomeLength();
        for (CodesignCheckpoint.PhasePlan p : c.phases()) {
            if (p.fixedGenes().length != genes) {
                throw new IllegalArgumentException("checkpoint: its genomes have " + p.fixedGenes().length
                        + " genes but this problem's have " + genes);
            }
        }
        phases.clear();
        for (CodesignCheckpoint.PhasePlan p : c.phases()) {
            phases.add(phase(p.label(), p.fixedGenes(), p.budget()));
        }
        phaseIndex = c.phaseIndex();
        finishedPoints = logged(c.finishedPoints());
        evaluationOffset = finishedPoints.size();
        stepOffset = c.stepOffset();
        elapsedOffset = Duration.ofNanos(c.elapsedNanos());
        pendingPhase = c.phase();
        // the sequential run's archive holds every point so far, offered in evaluation order
        archive.addAll(finishedPoints);
        if (pendingPhase != null) {
            // a view read from a checkpoint file stays one: its million points are offered one at a time
            List<Individual> pending = pendingPhase.evaluated();
            Phase phase = phases.get(phaseIndex);
            archive.addAll(pending instanceof PointView v ? translate(v, phase) : translate(pending, phase));
        }
    }

    /** Points as a view: a checkpoint's own view as it is, points read from a file into a log. */
    private PointView logged(List<Individual> points) {
        if (points instanceof PointView v) {
            return v;
        }
        EvaluationLog log = EvaluationLog.of(problem);
        for (Individual ind : points) {
            if (ind.index() != log.size()) {
                throw new IllegalArgumentException(
                        "checkpoint: finished point " + log.size() + " has index " + ind.index());
            }
            log.append(ind.genome(), ind.evaluation(), ind.step());
        }
        return log.view();
    }

    private CodesignCheckpoint checkpoint(RunCheckpoint phase) {
        return new CodesignCheckpoint(
                request,
                phaseIndex,
                phases.stream().map(Phase::plan).toList(),
                finishedPoints,
                stepOffset,
                elapsedOffset.toNanos(),
                phase);
    }

    /**
     * Evaluates this run's designs on {@code batches} (a cluster) instead of its threads; call it
     * before the run starts. The run finds the same points either way.
     */
    public synchronized void evaluateOn(DesignBatches batches) {
        if (current != null) {
            throw new IllegalStateException("evaluateOn: the run has already started");
        }
        backend = DesignBatchEvaluator.backend(batches);
    }

    public RunSnapshot latest() {
        return latest;
    }

    public CompletableFuture<RunSnapshot> completion() {
        return completion;
    }

    /** Starts in the background. */
    public synchronized CompletableFuture<RunSnapshot> start() {
        startPhase(false);
        return completion;
    }

    /** Starts in the background, waiting for {@link #resume()} or {@link #requestStep()}. */
    public synchronized CompletableFuture<RunSnapshot> startPaused() {
        holding = true;
        startPhase(true);
        return completion;
    }

    public synchronized void pause() {
        holding = true;
        if (current != null) {
            current.pause();
        }
    }

    public synchronized void resume() {
        holding = false;
        if (current != null) {
            current.resume();
        }
    }

    /** One more generation (or local-search round), then paused again. */
    public synchronized void requestStep() {
        if (current != null) {
            if (!holding) {
                // Running: stop after the current step first (pausing drops queued step requests).
                current.pause();
            }
            current.requestStep();
        }
        holding = true;
    }

    /** Stops soon; everything evaluated so far is kept. */
    public synchronized void cancel() {
        cancelled = true;
        if (current != null) {
            current.cancel();
        }
    }

    /**
     * Runs to the end, waiting for it (for the CLI and tests).
     *
     * @throws SearchException when the run fails, e.g. an evaluation threw; the message names the genome and why
     */
    public RunSnapshot runToEnd() {
        start();
        try {
            return completion.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof SearchException se ? se : new SearchException("run failed: " + cause, cause);
        }
    }

    /** Every evaluated point so far, joint genomes, in evaluation order. */
    public synchronized PointView evaluatedPoints() {
        return current == null
                ? finishedPoints
                : finishedPoints.concat(translate(current.evaluatedPoints(), phases.get(phaseIndex)));
    }

    @Override
    public void close() {
        SearchRun run;
        synchronized (this) {
            cancelled = true;
            run = current;
        }
        if (run != null) {
            run.close();
        }
    }

    private void startPhase(boolean paused) {
        Phase phase = phases.get(phaseIndex);
        RunSettings settings = RunSettings.of(request.seed() + phaseIndex, phase.budget())
                .withThreads(request.threads() == 0 ? Runtime.getRuntime().availableProcessors() : request.threads())
                .withHypervolume(CodesignProblem.hypervolume(problem.objectives()));
        AlgorithmConfig config = algorithmConfig();
        SearchRun run = pendingPhase == null
                ? new SearchRun(phase.problem(), config, settings, backend)
                : new SearchRun(phase.problem(), config, settings, pendingPhase, backend);
        pendingPhase = null;
        run.addListener(s -> emit(s, phase, run));
        current = run;
        CompletableFuture<RunSnapshot> done = paused ? run.startPaused() : run.start();
        done.whenComplete((snapshot, failure) -> phaseEnded(run, phase, snapshot, failure));
    }

    /** The engine configuration; nlp-local wraps the local search with the relaxed model's phases. */
    private AlgorithmConfig algorithmConfig() {
        AlgorithmConfig base = request.algorithmConfig(List.of());
        if (request.algorithm() != Algorithm.NLP_LOCAL) {
            return base;
        }
        if (request.mode() != CodesignMode.HARDWARE_ONLY) {
            throw new IllegalArgumentException(
                    "algorithm: nlp-local optimizes the hardware of a fixed network; choose the hardware-only mode");
        }
        NlpPlan plan = new NlpPlan(
                NetworkBuilder.build(fixedNetwork),
                new HardwareChoices(problem.space().hardware()),
                problem.objectives().stream().map(o -> o.metric()).toList(),
                problem.space().network().design().genomeLength(),
                NlpPlan.DEFAULT_SOLVES,
                NlpPlan.DEFAULT_KEEP);
        return new NlpLocalConfig(plan, (LocalSearchConfig) base);
    }

    private void phaseEnded(SearchRun run, Phase phase, RunSnapshot last, Throwable failure) {
        RunSnapshot finalSnapshot = null;
        synchronized (this) {
            finishedPoints = finishedPoints.concat(translate(run.evaluatedPoints(), phase));
            if (failure != null) {
                // The failed snapshot (status and message) already reached the listeners through emit().
                current = null;
                run.close();
                completion.completeExceptionally(failure);
                return;
            }
            evaluationOffset += last.evaluations();
            stepOffset += last.step();
            elapsedOffset = elapsedOffset.plus(last.elapsed());
            if (phaseIndex == 0 && request.mode() == CodesignMode.SEQUENTIAL) {
                addHardwarePhases(run.latest().archive(), phase);
            }
            boolean more = phaseIndex + 1 < phases.size() && last.status() == RunStatus.FINISHED;
            run.close();
            current = null;
            if (more) {
                phaseIndex++;
                notifyCheckpoint(checkpoint(null));
                if (!cancelled) {
                    startPhase(holding);
                    return;
                }
            }
            // cancelled as a phase finished: the run is cut short, not finished, and resumes with the next phase
            RunStatus status = more ? RunStatus.CANCELLED : last.status();
            String message = more ? "cancelled" : last.message();
            finalSnapshot = latest == null ? last : withStatus(latest, status, message);
            latest = finalSnapshot;
        }
        for (RunListener l : listeners) {
            l.onSnapshot(finalSnapshot);
        }
        completion.complete(finalSnapshot);
    }

    /** Sequential phase 2: hardware-only runs for up to six networks of the first phase's front. */
    private void addHardwarePhases(List<Individual> front, Phase first) {
        Map<String, int[]> networks = new LinkedHashMap<>();
        int n = problem.space().network().design().genomeLength();
        List<Individual> feasible = front.stream()
                .filter(Individual::isFeasible)
                .sorted(Comparator.comparingDouble(i -> i.evaluation().objective(0)))
                .toList();
        for (Individual ind : spread(feasible, SEQUENTIAL_NETWORKS)) {
            int[] genes = java.util.Arrays.copyOf(first.problem().toFull(ind.genome()), n);
            networks.putIfAbsent(java.util.Arrays.toString(genes), genes);
        }
        int remaining = request.budget() - first.budget();
        int k = networks.size();
        int i = 0;
        for (int[] genes : networks.values()) {
            int share = remaining / k + (i < remaining % k ? 1 : 0);
            if (share > 0) {
                phases.add(phase(
                        "sequential 2/2: hardware for network " + (i + 1) + " of " + k, fixing(genes, null), share));
            }
            i++;
        }
    }

    /** Up to {@code k} members evenly spread along the list. */
    private static List<Individual> spread(List<Individual> sorted, int k) {
        if (sorted.size() <= k) {
            return sorted;
        }
        List<Individual> chosen = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            chosen.add(sorted.get((int) Math.round(i * (sorted.size() - 1) / (double) (k - 1))));
        }
        return chosen;
    }

    private void emit(RunSnapshot s, Phase phase, SearchRun run) {
        RunSnapshot joint;
        CodesignCheckpoint saved = null;
        synchronized (this) {
            List<Individual> fresh = translate(s.newlyEvaluated(), phase);
            List<Individual> archiveMembers;
            double hv;
            if (request.mode() != CodesignMode.SEQUENTIAL) {
                archiveMembers = translate(s.archive(), phase);
                hv = s.hypervolume();
            } else {
                archive.addAll(fresh);
                archiveMembers = archive.members();
                hv = CodesignProblem.hypervolume(problem.objectives()).ofIndividuals(archiveMembers);
            }
            boolean lastPhase =
                    request.mode() != CodesignMode.SEQUENTIAL || phaseIndex > 0 && phaseIndex == phases.size() - 1;
            RunStatus status = s.status() == RunStatus.FINISHED && !lastPhase ? RunStatus.RUNNING : s.status();
            joint = new RunSnapshot(
                    s.algorithm(),
                    status,
                    stepOffset + s.step(),
                    evaluationOffset + s.evaluations(),
                    request.budget(),
                    translateRanked(s.population(), phase),
                    archiveMembers,
                    hv,
                    elapsedOffset.plus(s.elapsed()),
                    translate(s.parents(), phase),
                    translate(s.offspring(), phase),
                    fresh,
                    request.mode() == CodesignMode.SEQUENTIAL
                            ? phase.label() + (s.message().isEmpty() ? "" : ": " + s.message())
                            : s.message());
            latest = joint;
            // a finished phase that is not the last one is saved when the next phase is planned
            if (!checkpointListeners.isEmpty() && (s.status() != RunStatus.FINISHED || lastPhase)) {
                saved = checkpoint(run.checkpoint());
            }
        }
        for (RunListener l : listeners) {
            l.onSnapshot(joint);
        }
        if (saved != null) {
            notifyCheckpoint(saved);
        }
    }

    private void notifyCheckpoint(CodesignCheckpoint c) {
        for (Consumer<CodesignCheckpoint> l : checkpointListeners) {
            l.accept(c);
        }
    }

    private static RunSnapshot withStatus(RunSnapshot s, RunStatus status, String message) {
        return new RunSnapshot(
                s.algorithm(),
                status,
                s.step(),
                s.evaluations(),
                s.budget(),
                s.population(),
                s.archive(),
                s.hypervolume(),
                s.elapsed(),
                s.parents(),
                s.offspring(),
                List.of(),
                message);
    }

    /** A phase's points in run-wide terms, still read from its log. */
    private PointView translate(PointView points, Phase phase) {
        return points.translated(evaluationOffset, stepOffset, phase.problem()::toFull);
    }

    private List<Individual> translate(List<Individual> list, Phase phase) {
        List<Individual> out = new ArrayList<>(list.size());
        for (Individual ind : list) {
            out.add(translate(ind, phase));
        }
        return out;
    }

    /** Joint genome and run-wide index and step (phases run one after another, so offsets are the current ones). */
    private Individual translate(Individual ind, Phase phase) {
        if (evaluationOffset == 0 && stepOffset == 0 && phase.fixesNothing()) {
            return ind; // a joint run's points as they are: the snapshot shares the archive's members
        }
        return new Individual(
                phase.problem().toFull(ind.genome()),
                ind.evaluation(),
                evaluationOffset + ind.index(),
                stepOffset + ind.step());
    }

    private List<RankedIndividual> translateRanked(List<RankedIndividual> list, Phase phase) {
        List<RankedIndividual> out = new ArrayList<>(list.size());
        for (RankedIndividual r : list) {
            out.add(new RankedIndividual(translate(r.individual(), phase), r.rank(), r.crowding()));
        }
        return out;
    }
}
