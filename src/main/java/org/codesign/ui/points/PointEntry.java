package org.codesign.ui.points;

import org.codesign.eval.Metric;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.RunPoints;

/**
 * One evaluated point as the views show it: a row of its run's columns, the run that found it,
 * and whether it is Pareto-optimal. The point object is made only when asked for ({@link #point()}),
 * so a million entries hold no genome or metric map each.
 */
public final class PointEntry {
    private final String runId;
    private final RunPoints columns;
    private final int row;
    private boolean pareto;
    private int position;

    PointEntry(String runId, RunPoints columns, int row) {
        this.runId = runId;
        this.columns = columns;
        this.row = row;
    }

    public String runId() {
        return runId;
    }

    /** The point as an object, made on each call: for one point (detail, export), not for loops. */
    public EvaluatedPoint point() {
        return columns.point(row);
    }

    /** The columns of the point's run (with {@link #row()}: how {@code study.quantity.Quantities} reads it). */
    public RunPoints runPoints() {
        return columns;
    }

    /** The point's row in {@link #runPoints()}. */
    public int row() {
        return row;
    }

    /** Gene {@code g} of the genome, read from the columns (no point object). */
    public int gene(int g) {
        return columns.gene(row, g);
    }

    public int genomeLength() {
        return columns.genomeLength(row);
    }

    public long index() {
        return columns.index(row);
    }

    public int generation() {
        return columns.generation(row);
    }

    public double metric(Metric m) {
        return columns.metric(m, row);
    }

    public boolean feasible() {
        return columns.feasible(row);
    }

    /** The entry's place in the {@link PointStore}: the key of the shared selection. */
    public int position() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public boolean pareto() {
        return pareto;
    }

    void setPareto(boolean pareto) {
        this.pareto = pareto;
    }
}
