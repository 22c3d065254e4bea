package org.codesign.search.checkpoint;

import java.util.ArrayList;
import java.util.List;
import org.codesign.search.EvaluationLog;
import org.codesign.search.Individual;
import org.codesign.search.PayloadColumns;
import org.codesign.search.PointView;

/**
 * A checkpoint's points as they are read, one at a time, into an {@link EvaluationLog}: the
 * million points of a long run take a few hundred bytes each instead of an object graph each
 * (a 1M-point checkpoint could not be resumed in 512 MB). The log's gene widths are not known
 * before the points are: genes start at 8 bits and the log is rebuilt wider if a gene needs it.
 * Points that name their indices are kept in the log when the indices follow one another (a
 * phase's finished points), otherwise as a plain list (the few spare points of a step).
 */
final class CompactPoints {
    private static final int NARROW = 256;

    private final PayloadColumns payloadColumns;
    private final boolean withIndex;
    private EvaluationLog log;
    private int[] cardinalities;
    private int objectives;
    private int constraints;
    private long firstIndex = -1;
    private List<Individual> loose;

    CompactPoints(PayloadColumns payloadColumns, boolean withIndex) {
        this.payloadColumns = payloadColumns;
        this.withIndex = withIndex;
    }

    /** @throws IllegalArgumentException when the point does not fit the ones before it */
    void add(Individual point) {
        int[] genome = point.genome();
        if (loose != null) {
            loose.add(point);
            return;
        }
        if (log == null) { // the first point fixes the layout; the log refuses points that differ
            cardinalities = new int[genome.length];
            java.util.Arrays.fill(cardinalities, NARROW);
            objectives = point.evaluation().objectiveCount();
            constraints = point.evaluation().violations().length;
            log = newLog();
            firstIndex = point.index();
        }
        if (withIndex && point.index() != firstIndex + log.size()) {
            loose = new ArrayList<>(individuals());
            loose.add(point);
            return;
        }
        widenFor(genome);
        log.append(genome, point.evaluation(), point.step());
    }

    /** The points read, in order, as an immutable list. */
    List<Individual> points() {
        if (loose != null) {
            return List.copyOf(loose);
        }
        if (log == null) {
            return List.of();
        }
        PointView view = log.view();
        return withIndex && firstIndex != 0 ? view.translated(Math.toIntExact(firstIndex), 0, g -> g) : view;
    }

    private List<Individual> individuals() {
        List<Individual> out = new ArrayList<>(log.size());
        for (Individual ind : points()) {
            out.add(ind);
        }
        return out;
    }

    private EvaluationLog newLog() {
        return new EvaluationLog(cardinalities, objectives, constraints, payloadColumns);
    }

    private void widenFor(int[] genome) {
        if (genome.length != cardinalities.length) {
            return; // the log's append names the mismatch
        }
        boolean wider = false;
        for (int i = 0; i < genome.length; i++) {
            if (genome[i] >= cardinalities[i]) {
                cardinalities[i] =
                        genome[i] == Integer.MAX_VALUE ? Integer.MAX_VALUE : Math.max(genome[i] + 1, 1 << 16);
                wider = true;
            }
        }
        if (wider) {
            EvaluationLog old = log;
            log = newLog();
            for (int row = 0; row < old.size(); row++) {
                Individual ind = old.get(row);
                log.append(ind.genome(), ind.evaluation(), ind.step());
            }
        }
    }
}
