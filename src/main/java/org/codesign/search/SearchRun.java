package org.codesign.search;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One seeded, reproducible run of one algorithm on one problem.
 *
 * <p>Drive it either synchronously on the calling thread ({@link #step()}, {@link #runToEnd()}) or in
 * the background ({@link #start()}, {@link #startPaused()}) with {@link #pause()}, {@link #resume()},
 * {@link #requestStep()} and {@link #cancel()}. After every step listeners receive an immutable
 * {@link RunSnapshot} on the thread executing the run; a final snapshot carries the terminal status.
 * Cancelling keeps everything evaluated so far.
 */
public final class SearchRun implements AutoCloseable {

    /** A run ends if this many steps in a row find no new point (e.g. a small space is exhausted). */
    static final int STAGNATION_STEPS = 100;

    private final String algorithmName;
    private final SearchAlgorithm algorithm;
    private final RunSettings settings;
    private final BatchEvaluator evaluator;
    private final SearchContext context;
    private final List<RunListener> listeners = new CopyOnWriteArrayList<>();

    /** Guards the control flags only; held briefly, so GUI threads never wait for a step. */
    private final ReentrantLock lock = new ReentrantLock();

    private final Condition wake = lock.newCondition();
    /** Held while a step executes (and while the context is read). */
    private final ReentrantLock stepLock = new ReentrantLock();

    private volatile boolean cancelRequested;
    private boolean pauseRequested;
    private int stepsRequested;
    private volatile Thread background;
    private final CompletableFuture<RunSnapshot> completion = new CompletableFuture<>();

    private volatile RunStatus status = RunStatus.NEW;
    private volatile RunSnapshot latest;
    private volatile Throwable failure;
    private int stepsDone;
    private int stepsWithoutNewPoints;
    private long busyNanos;
    private StepReport lastReport;
    /** The run after its last completed step, what {@link #checkpoint()} continues from. */
    private Boundary boundary;

    /** Cheap to take after every step: the evaluated points are append-only, so a count names them. */
    private record Boundary(
            int evaluated,
            int[] archive,
            AlgorithmState state,
            long randomState,
            int steps,
            int stagnation,
            long busyNanos,
            boolean finished,
            String message) {}

    public SearchRun(Problem problem, AlgorithmConfig config, RunSettings settings) {
        this(problem, config, settings, EvaluatorBackend.LOCAL);
    }

    /** A run whose batches are evaluated by {@code backend} (the results do not depend on it). */
    public SearchRun(Problem problem, AlgorithmConfig config, RunSettings settings, EvaluatorBackend backend) {
        Checks.notNull("backend", backend);
        Checks.notNull("problem", problem);
        Checks.notNull("config", config);
        Checks.notNull("settings", settings);
        int[] cardinalities = SearchSpace.validCardinalities(problem);
        if (settings.hypervolume() != null
                && settings.hypervolume().bounds().objectiveCount() != problem.objectiveCount()) {
            throw new IllegalArgumentException(
                    "hypervolume: has " + settings.hypervolume().bounds().objectiveCount()
                            + " objectives but the problem has " + problem.objectiveCount());
        }
        this.algorithmName = config.algorithmName();
        this.algorithm = config.create(problem, settings);
        this.settings = settings;
        this.evaluator = backend.open(problem, settings.threads());
        this.context = new SearchContext(problem, cardinalities, settings, evaluator, () -> cancelRequested);
        this.latest = snapshot(RunStatus.NEW, List.of(), List.of(), List.of(), List.of(), "");
        this.boundary = boundary(false, "");
    }

    /**
     * A run that continues from a checkpoint of a run with the same problem, configuration and
     * settings (the number of threads may differ); it ends as the uninterrupted run would have.
     *
     * @throws IllegalArgumentException if the checkpoint belongs to another algorithm, seed or budget,
     *     or its run had already finished
     */
    public SearchRun(Problem problem, AlgorithmConfig config, RunSettings settings, RunCheckpoint checkpoint) {
        this(problem, config, settings, checkpoint, EvaluatorBackend.LOCAL);
    }

    /** A run that continues from a checkpoint, evaluating on {@code backend}. */
    public SearchRun(
            Problem problem,
            AlgorithmConfig config,
            RunSettings settings,
            RunCheckpoint checkpoint,
            EvaluatorBackend backend) {
        this(problem, config, settings, backend);
        Checks.notNull("checkpoint", checkpoint);
        if (!checkpoint.algorithm().equals(algorithmName)
                || checkpoint.seed() != settings.seed()
                || checkpoint.budget() != settings.budget()) {
            throw new IllegalArgumentException("checkpoint: it belongs to a run of " + checkpoint.algorithm()
                    + " with seed " + checkpoint.seed() + " and budget " + checkpoint.budget() + ", not "
                    + algorithmName + " with seed " + settings.seed() + " and budget " + settings.budget());
        }
        if (checkpoint.finished()) {
            throw new IllegalArgumentException("checkpoint: the run had finished (" + checkpoint.message() + ")");
        }
        context.restore(checkpoint);
        algorithm.restore(checkpoint.state(), context);
        stepsDone = checkpoint.steps();
        stepsWithoutNewPoints = checkpoint.stepsWithoutNewPoints();
        busyNanos = checkpoint.busyNanos();
        boundary = boundary(false, checkpoint.message());
        latest = snapshot(RunStatus.NEW, List.of(), List.of(), List.of(), List.of(), checkpoint.message());
    }

    /**
     * The checkpoint of the last completed step, with the points of an interrupted step as spares.
     * Call it from a listener, between steps or after the run ended.
     */
    public RunCheckpoint checkpoint() {
        stepLock.lock();
        try {
            Boundary b = boundary;
            PointView all = context.allEvaluated();
            return new RunCheckpoint(
                    algorithmName,
                    settings.seed(),
                    settings.budget(),
                    b.steps(),
                    b.stagnation(),
                    b.busyNanos(),
                    b.randomState(),
                    all.subList(0, b.evaluated()),
                    b.archive(),
                    b.state(),
                    b.finished(),
                    b.message(),
                    all.subList(b.evaluated(), all.size()));
        } finally {
            stepLock.unlock();
        }
    }

    private Boundary boundary(boolean finished, String message) {
        return new Boundary(
                context.evaluatedCount(),
                context.archiveIndices(),
                algorithm.save(),
                context.random().state(),
                stepsDone,
                stepsWithoutNewPoints,
                busyNanos,
                finished,
                message);
    }

    /**
     * Records a {@link GenerationTrace} of every NSGA-II generation from now on and hands it to
     * {@code receiver} on the run's thread, inside the step and before its snapshot; null stops.
     * Tracing changes no result: the same seed gives the same points with it or without.
     */
    public void traceGenerations(java.util.function.Consumer<GenerationTrace> receiver) {
        stepLock.lock();
        try {
            context.traceTo(receiver);
        } finally {
            stepLock.unlock();
        }
    }

    public void addListener(RunListener listener) {
        listeners.add(Checks.notNull("listener", listener));
    }

    public void removeListener(RunListener listener) {
        listeners.remove(listener);
    }

    public RunStatus status() {
        return status;
    }

    /** The most recent snapshot. */
    public RunSnapshot latest() {
        return latest;
    }

    /** Why the run failed, or null. */
    public Throwable failure() {
        return failure;
    }

    public RunSettings settings() {
        return settings;
    }

    public String algorithmName() {
        return algorithmName;
    }

    /**
     * Every point evaluated so far, in evaluation order. Call it from the run's thread or after the run
     * ended (snapshots carry {@link RunSnapshot#newlyEvaluated()} for incremental use).
     */
    public PointView evaluatedPoints() {
        stepLock.lock();
        try {
            return context.allEvaluated();
        } finally {
            stepLock.unlock();
        }
    }

    /** Completes with the final snapshot (exceptionally if the run failed). */
    public CompletableFuture<RunSnapshot> completion() {
        return completion;
    }

    // ---- synchronous driving ----

    /** Executes one step on the calling thread and returns its snapshot. */
    public RunSnapshot step() {
        lock.lock();
        try {
            if (background != null) {
                throw new IllegalStateException("step: the run is driven by a background thread; use requestStep()");
            }
        } finally {
            lock.unlock();
        }
        stepLock.lock();
        try {
            if (status.isTerminal()) {
                return latest;
            }
            if (cancelRequested) {
                return end(RunStatus.CANCELLED, "cancelled", false);
            }
            return doStep(false);
        } finally {
            stepLock.unlock();
        }
    }

    /** Runs to the end on the calling thread. Throws {@link SearchException} if the run fails. */
    public RunSnapshot runToEnd() {
        RunSnapshot s = latest;
        while (!status.isTerminal()) {
            s = step();
        }
        if (status == RunStatus.FAILED) {
            throw failure instanceof SearchException se ? se : new SearchException("run failed: " + failure, failure);
        }
        return s;
    }

    // ---- background driving ----

    /** Runs in a background thread; returns {@link #completion()}. */
    public CompletableFuture<RunSnapshot> start() {
        return launch(false);
    }

    /** Starts a background thread that waits for {@link #resume()} or {@link #requestStep()}. */
    public CompletableFuture<RunSnapshot> startPaused() {
        return launch(true);
    }

    private CompletableFuture<RunSnapshot> launch(boolean paused) {
        lock.lock();
        try {
            if (background != null || status.isTerminal()) {
                throw new IllegalStateException("start: the run was already started or has ended (" + status + ")");
            }
            pauseRequested = paused;
            status = paused ? RunStatus.PAUSED : RunStatus.RUNNING;
            background = new Thread(this::backgroundLoop, "search-run-" + algorithmName);
            background.setDaemon(true);
            background.start();
            return completion;
        } finally {
            lock.unlock();
        }
    }

    /** Pauses after the current step. */
    public void pause() {
        lock.lock();
        try {
            pauseRequested = true;
            stepsRequested = 0;
            if (status == RunStatus.RUNNING) {
                status = RunStatus.PAUSED;
            }
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public void resume() {
        lock.lock();
        try {
            pauseRequested = false;
            if (status == RunStatus.PAUSED && background != null) {
                status = RunStatus.RUNNING;
            }
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** When paused in the background, executes one more step and pauses again. */
    public void requestStep() {
        lock.lock();
        try {
            if (background == null) {
                throw new IllegalStateException("requestStep: the run has no background thread; use step()");
            }
            stepsRequested++;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Stops as soon as possible (evaluations already started finish); keeps everything evaluated. */
    public void cancel() {
        cancelRequested = true;
        boolean idle;
        lock.lock();
        try {
            wake.signalAll();
            idle = background == null;
        } finally {
            lock.unlock();
        }
        // a synchronous run between steps ends now; one inside step() ends when that step returns
        if (idle && stepLock.tryLock()) {
            try {
                if (!status.isTerminal()) {
                    end(RunStatus.CANCELLED, "cancelled", false);
                }
            } finally {
                stepLock.unlock();
            }
        }
    }

    /** Cancels a running run and releases the worker threads. */
    @Override
    public void close() {
        if (!status.isTerminal()) {
            cancel();
        }
        Thread t;
        lock.lock();
        try {
            t = background;
        } finally {
            lock.unlock();
        }
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        evaluator.close();
    }

    private void backgroundLoop() {
        while (!status.isTerminal()) {
            boolean single;
            lock.lock();
            try {
                while (pauseRequested && stepsRequested == 0 && !cancelRequested) {
                    wake.awaitUninterruptibly();
                }
                single = pauseRequested;
                if (single && stepsRequested > 0) {
                    stepsRequested--;
                }
                if (!cancelRequested) {
                    status = RunStatus.RUNNING;
                }
            } finally {
                lock.unlock();
            }
            stepLock.lock();
            try {
                if (cancelRequested) {
                    end(RunStatus.CANCELLED, "cancelled", false);
                } else {
                    doStep(single);
                }
            } finally {
                stepLock.unlock();
            }
        }
    }

    private boolean pauseRequested() {
        lock.lock();
        try {
            return pauseRequested;
        } finally {
            lock.unlock();
        }
    }

    /** Executes one step with the step lock held; the listeners run on this thread. */
    private RunSnapshot doStep(boolean pauseAfter) {
        long start = System.nanoTime();
        context.beginStep(stepsDone + 1);
        int before = context.evaluatedCount();
        StepReport report;
        try {
            report = algorithm.step(context);
        } catch (SearchContext.Cancelled c) {
            stepsDone++;
            busyNanos += System.nanoTime() - start;
            return end(RunStatus.CANCELLED, "cancelled", true);
        } catch (RuntimeException | Error e) {
            stepsDone++;
            busyNanos += System.nanoTime() - start;
            failure = e;
            end(RunStatus.FAILED, String.valueOf(e.getMessage()), true);
            return latest;
        }
        stepsDone++;
        lastReport = report;
        stepsWithoutNewPoints = context.evaluatedCount() > before ? 0 : stepsWithoutNewPoints + 1;
        busyNanos += System.nanoTime() - start;

        String endReason = null;
        if (report.finished()) {
            endReason = report.message().isEmpty() ? "done" : report.message();
        } else if (context.remainingBudget() == 0) {
            endReason = "budget of " + settings.budget() + " evaluations used";
        } else if (context.evaluatedCount() >= context.spaceSize()) {
            endReason = "every point of the space was evaluated";
        } else if (stepsWithoutNewPoints >= STAGNATION_STEPS) {
            endReason = "no new point in " + STAGNATION_STEPS + " steps";
        }
        boundary = boundary(endReason != null, endReason != null ? endReason : report.message());
        if (endReason != null) {
            return end(RunStatus.FINISHED, endReason, true);
        }
        if (cancelRequested) {
            return end(RunStatus.CANCELLED, "cancelled", true);
        }
        RunStatus next = background == null || pauseAfter || pauseRequested() ? RunStatus.PAUSED : RunStatus.RUNNING;
        status = next;
        publish(snapshot(
                next,
                report.population(),
                report.parents(),
                report.offspring(),
                context.newThisStep(),
                report.message()));
        return latest;
    }

    /**
     * Publishes the final snapshot. {@code afterStep}: it reports the step just executed; otherwise the
     * run ended between steps and the last step's points were already published.
     */
    private RunSnapshot end(RunStatus terminal, String message, boolean afterStep) {
        status = terminal;
        StepReport r = lastReport;
        RunSnapshot s = snapshot(
                terminal,
                r == null ? List.of() : r.population(),
                afterStep && r != null ? r.parents() : List.of(),
                afterStep && r != null ? r.offspring() : List.of(),
                afterStep ? context.newThisStep() : List.of(),
                message);
        publish(s);
        evaluator.close();
        if (terminal == RunStatus.FAILED) {
            completion.completeExceptionally(failure);
        } else {
            completion.complete(latest);
        }
        return latest;
    }

    private void publish(RunSnapshot s) {
        latest = s;
        for (RunListener l : listeners) {
            try {
                l.onSnapshot(s);
            } catch (RuntimeException e) {
                if (!status.isTerminal()) {
                    failure = new SearchException("listener: " + e.getMessage(), e);
                    status = RunStatus.FAILED;
                    latest = new RunSnapshot(
                            s.algorithm(),
                            RunStatus.FAILED,
                            s.step(),
                            s.evaluations(),
                            s.budget(),
                            s.population(),
                            s.archive(),
                            s.hypervolume(),
                            s.elapsed(),
                            s.parents(),
                            s.offspring(),
                            s.newlyEvaluated(),
                            "listener failed: " + e.getMessage());
                    evaluator.close();
                    completion.completeExceptionally(failure);
                }
                return;
            }
        }
    }

    private RunSnapshot snapshot(
            RunStatus s,
            List<RankedIndividual> population,
            List<Individual> parents,
            List<Individual> offspring,
            List<Individual> newlyEvaluated,
            String message) {
        List<Individual> archive = context.archiveMembers();
        double hv = Double.NaN;
        HypervolumeIndicator indicator = settings.hypervolume();
        if (indicator != null) {
            if (context.hasArchive()) {
                hv = indicator.ofIndividuals(archive);
            } else {
                hv = indicator.ofIndividuals(
                        population.stream().map(RankedIndividual::individual).toList());
            }
        }
        return new RunSnapshot(
                algorithmName,
                s,
                stepsDone,
                context.evaluatedCount(),
                settings.budget(),
                population,
                archive,
                hv,
                Duration.ofNanos(busyNanos),
                parents,
                offspring,
                newlyEvaluated,
                message);
    }
}
