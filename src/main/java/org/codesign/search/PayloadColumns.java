package org.codesign.search;

/**
 * How a problem's evaluation payloads are stored in a run's point log: as a fixed number of doubles
 * per point instead of one object graph per point. A payload the columns cannot hold exactly is kept
 * as an object instead, so storing never changes a payload.
 */
public interface PayloadColumns {

    /** Doubles per point. */
    int width();

    /**
     * Writes a non-null payload into {@code row[offset, offset + width())} and returns true, or
     * returns false (writing nothing that matters) when these columns cannot hold it exactly.
     */
    boolean write(Object payload, double[] row, int offset);

    /** The payload {@link #write} wrote at {@code offset}, equal to the one written. */
    Object read(double[] row, int offset);
}
