package org.codesign.search;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Evaluates a run's batches of genomes, on this machine's threads or elsewhere. The results come
 * back in batch order, so what a run finds does not depend on where or in what order they were
 * computed.
 */
public interface BatchEvaluator extends AutoCloseable {

    /**
     * Evaluates every genome; an entry stays null if {@code cancelled} turned true before that
     * genome was evaluated. Throws {@link SearchException} if an evaluation fails.
     */
    Evaluation[] evaluate(List<int[]> genomes, BooleanSupplier cancelled);

    @Override
    void close();
}
