package org.codesign.ui.points;

import org.codesign.eval.Metric;
import org.codesign.study.EvaluatedPoint;

/** One evaluated point as the views show it: the point, the run that found it, and whether it is Pareto-optimal. */
public final class PointEntry {
    private final String runId;
    private final EvaluatedPoint point;
    private boolean pareto;
    private int position;

    PointEntry(String runId, EvaluatedPoint point) {
        this.runId = runId;
        this.point = point;
    }

    public String runId() {
        return runId;
    }

    public EvaluatedPoint point() {
        return point;
    }

    PointKey key() {
        return new PointKey(runId, point.index());
    }

    public double metric(Metric m) {
        return point.metric(m);
    }

    public boolean feasible() {
        return point.feasible();
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
