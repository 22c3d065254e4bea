package org.codesign.search.codesign;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.codesign.space.CodesignSpace;

/**
 * Evaluates batches of designs somewhere else than the run's threads (another process, other
 * machines): the co-design run's remote backends implement only this.
 */
public interface DesignBatches extends AutoCloseable {

    /**
     * The result of every design, in order; an entry stays null if {@code cancelled} turned true
     * before it was evaluated. Throws {@link org.codesign.search.SearchException} if a design fails.
     */
    DesignResult[] evaluate(List<CodesignSpace.Point> designs, BooleanSupplier cancelled);

    /** Releases what the batches hold; the default holds nothing. */
    @Override
    default void close() {}
}
