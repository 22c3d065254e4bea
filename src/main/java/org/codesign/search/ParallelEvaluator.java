package org.codesign.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Evaluates batches of genomes on a fixed pool of worker threads and returns the results in batch
 * order, so the outcome does not depend on the thread count. With one thread it evaluates inline.
 */
final class ParallelEvaluator implements BatchEvaluator {

    private static final AtomicInteger POOL_COUNTER = new AtomicInteger();
    /** How long an idle worker waits for the next batch before it ends (a run's next batch comes in milliseconds). */
    static final long IDLE_MILLIS = 30_000;

    private final Problem problem;
    private final int threads;
    private final long idleMillis;
    private ExecutorService executor;

    ParallelEvaluator(Problem problem, int threads) {
        this(problem, threads, IDLE_MILLIS);
    }

    ParallelEvaluator(Problem problem, int threads, long idleMillis) {
        this.problem = problem;
        this.threads = threads;
        this.idleMillis = idleMillis;
    }

    @Override
    public Evaluation[] evaluate(List<int[]> genomes, BooleanSupplier cancelled) {
        int n = genomes.size();
        Evaluation[] results = new Evaluation[n];
        if (threads == 1 || n == 1) {
            evaluateRange(genomes, results, 0, n, cancelled);
            return results;
        }
        // contiguous chunks, a few per thread to balance uneven evaluation times
        int chunks = Math.min(n, threads * 4);
        List<Future<?>> futures = new ArrayList<>(chunks);
        ExecutorService pool = executor();
        for (int c = 0; c < chunks; c++) {
            int from = (int) ((long) n * c / chunks);
            int to = (int) ((long) n * (c + 1) / chunks);
            futures.add(pool.submit(() -> evaluateRange(genomes, results, from, to, cancelled)));
        }
        SearchException failure = null;
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof SearchException se
                            ? se
                            : new SearchException("evaluate: " + e.getCause(), e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SearchException("evaluate: interrupted", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return results;
    }

    private void evaluateRange(List<int[]> genomes, Evaluation[] results, int from, int to, BooleanSupplier cancelled) {
        for (int i = from; i < to; i++) {
            if (cancelled.getAsBoolean()) {
                return;
            }
            results[i] = evaluateOne(genomes.get(i));
        }
    }

    private Evaluation evaluateOne(int[] genome) {
        Evaluation e;
        try {
            e = problem.evaluate(genome.clone());
        } catch (RuntimeException ex) {
            throw new SearchException(
                    "evaluate: genome " + Arrays.toString(genome) + " failed: " + ex.getMessage(), ex);
        }
        if (e == null) {
            throw new SearchException("evaluate: genome " + Arrays.toString(genome) + " returned null");
        }
        if (e.objectiveCount() != problem.objectiveCount()) {
            throw new SearchException("evaluate: genome " + Arrays.toString(genome) + " returned " + e.objectiveCount()
                    + " objectives, the problem declares " + problem.objectiveCount());
        }
        if (e.violations().length != problem.constraintCount()) {
            throw new SearchException("evaluate: genome " + Arrays.toString(genome) + " returned "
                    + e.violations().length + " violations, the problem declares " + problem.constraintCount());
        }
        return e;
    }

    private synchronized ExecutorService executor() {
        if (executor == null) {
            int pool = POOL_COUNTER.incrementAndGet();
            AtomicInteger workers = new AtomicInteger();
            ThreadFactory factory = r -> {
                Thread t = new Thread(r, "search-eval-" + pool + "-" + workers.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
            // idle workers end after a while: a run that is never closed (a window's finished run
            // whose card still holds it) then keeps no threads
            ThreadPoolExecutor fixed = new ThreadPoolExecutor(
                    threads, threads, idleMillis, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), factory);
            fixed.allowCoreThreadTimeOut(true);
            executor = fixed;
        }
        return executor;
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }
}
