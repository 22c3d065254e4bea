package org.codesign.search;

/** Opens the {@link BatchEvaluator} of a run: the local thread pool unless told otherwise. */
@FunctionalInterface
public interface EvaluatorBackend {

    /** Threads of this JVM; with one thread it evaluates inline. Nothing to configure, nothing listening. */
    EvaluatorBackend LOCAL = ParallelEvaluator::new;

    /** @param threads the run's thread setting (a remote backend may size its batches by it) */
    BatchEvaluator open(Problem problem, int threads);
}
