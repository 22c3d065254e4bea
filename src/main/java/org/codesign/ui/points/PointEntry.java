package org.codesign.ui.points;

import org.codesign.eval.Metric;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.RunPoints;

/**
 * One evaluated point as the views show it: a row of its run's columns, the run that found it,
 * and whether it is Pareto-optimal. The point object is made only when asked for ({@link #point()}),
 * so a million entries hold no genome or metric map each.
 *
 * <p>An entry is 24 bytes, one per point of the open study (issue 12, bounded memory): the run and
 * its columns are read through the batch the point came in (shared by its rows), and the position
 * and the Pareto flag share one int.
 */
public final class PointEntry {
    private final StoreBuild.Source source;
    private final int row;
    /** The position shifted left by one, the Pareto flag in the lowest bit. */
    private int slot;

    PointEntry(StoreBuild.Source source, int row) {
        this.source = source;
        this.row = row;
    }

    /** An entry of its own (for tests of code that reads entries). */
    PointEntry(String runId, RunPoints columns, int row) {
        this(new StoreBuild.Source(runId, columns, 0, false), row);
    }

    public String runId() {
        return source.runId();
    }

    /** The point as an object, made on each call: for one point (detail, export), not for loops. */
    public EvaluatedPoint point() {
        return source.columns().point(row);
    }

    /** The columns of the point's run (with {@link #row()}: how {@code study.quantity.Quantities} reads it). */
    public RunPoints runPoints() {
        return source.columns();
    }

    /** The point's row in {@link #runPoints()}. */
    public int row() {
        return row;
    }

    /** Gene {@code g} of the genome, read from the columns (no point object). */
    public int gene(int g) {
        return source.columns().gene(row, g);
    }

    public int genomeLength() {
        return source.columns().genomeLength(row);
    }

    public long index() {
        return source.columns().index(row);
    }

    public int generation() {
        return source.columns().generation(row);
    }

    public double metric(Metric m) {
        return source.columns().metric(m, row);
    }

    public boolean feasible() {
        return source.columns().feasible(row);
    }

    /** The entry's place in the {@link PointStore}: the key of the shared selection. */
    public int position() {
        return slot >>> 1;
    }

    void setPosition(int position) {
        slot = position << 1 | (slot & 1);
    }

    public boolean pareto() {
        return (slot & 1) != 0;
    }

    void setPareto(boolean pareto) {
        slot = (slot & ~1) | (pareto ? 1 : 0);
    }
}
