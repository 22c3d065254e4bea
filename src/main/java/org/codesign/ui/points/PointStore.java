package org.codesign.ui.points;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.ObservableList;
import org.codesign.eval.Objective;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.RunPoints;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;
import org.codesign.study.StudyFront;

/**
 * Every evaluated point of every run of the open study, for the plot, the table and the
 * export. Points arrive in batches on the FX thread; the Pareto flags come from the search
 * engine's sorting (the store never computes a metric).
 */
public final class PointStore {
    private final EntryList entries = new EntryList();
    private final PointPositions positions = new PointPositions();
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(this, "version");
    private List<Objective> objectives = List.of();
    /** Positions of the Pareto-optimal points. */
    private BitSet front = new BitSet();

    private boolean lastChangeAppended;
    private int[] leftFront = new int[0];

    public ObservableList<PointEntry> entries() {
        return entries;
    }

    /** Increments whenever points or flags change: views redraw on it. */
    public ReadOnlyLongProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    PointEntry get(PointKey key) {
        int i = positions.get(key.runId(), key.index());
        return i < 0 ? null : entries.get(i);
    }

    /** Replaces everything with the points of a study. */
    public void load(Study study) {
        objectives = study.objectives();
        List<PointEntry> all = new ArrayList<>();
        for (RunRecord run : study.runs()) {
            RunPoints columns = run.columns();
            for (int r = 0; r < columns.size(); r++) {
                all.add(new PointEntry(run.id(), columns, r));
            }
        }
        index(all);
        entries.setAll(all);
        refreshFront();
    }

    /**
     * Adds newly evaluated points of a run. They arrive with their Pareto flags set; older
     * points that left the front are then replaced by themselves in {@link #entries()}, so a
     * filtered or sorted view of the list updates just those rows.
     */
    public void append(String runId, List<EvaluatedPoint> points) {
        if (points.isEmpty()) {
            return;
        }
        List<PointEntry> batch = new ArrayList<>(points.size());
        RunPoints columns = RunPoints.of(points);
        for (int r = 0; r < columns.size(); r++) {
            PointEntry e = new PointEntry(runId, columns, r);
            int position = entries.size() + batch.size();
            if (positions.putIfAbsent(runId, e.index(), position)) {
                e.setPosition(position);
                batch.add(e);
            }
        }
        leftFront = extendFront(batch);
        entries.addAll(batch);
        entries.updated(leftFront);
        lastChangeAppended = true;
        version.set(version.get() + 1);
    }

    /**
     * Whether the last change (the one {@link #versionProperty()} announced) only appended
     * points and took older ones off the front, each such change already announced by
     * {@link #entries()}; otherwise the list was replaced or flags changed everywhere.
     */
    public boolean lastChangeAppended() {
        return lastChangeAppended;
    }

    /** After an {@link #lastChangeAppended() append}: the older points it took off the front (no others changed). */
    public int[] leftFront() {
        return leftFront.clone();
    }

    /** Forgets the points of a deleted run. */
    public void removeRun(String runId) {
        List<PointEntry> keep =
                entries.stream().filter(e -> !e.runId().equals(runId)).toList();
        if (keep.size() != entries.size()) {
            index(keep);
            entries.setAll(keep);
            refreshFront();
        }
    }

    private void index(List<PointEntry> list) {
        positions.clear();
        for (int i = 0; i < list.size(); i++) {
            positions.putIfAbsent(list.get(i).runId(), list.get(i).index(), i);
            list.get(i).setPosition(i);
        }
    }

    public void setObjectives(List<Objective> newObjectives) {
        if (!newObjectives.equals(objectives)) {
            objectives = List.copyOf(newObjectives);
            refreshFront();
        }
    }

    private void refreshFront() {
        front = paretoMask(entries);
        for (int i = 0; i < entries.size(); i++) {
            entries.get(i).setPareto(front.get(i));
        }
        lastChangeAppended = false;
        version.set(version.get() + 1);
    }

    /**
     * Points that a few good points (pivots) dominate are left out before the sort: they cannot
     * be on the front, and on a million points the pivots rule out most of them (see
     * {@link FrontPivots}), so the exact sort gets far fewer.
     */
    private BitSet paretoMask(List<PointEntry> list) {
        FrontPivots pivots = FrontPivots.of(list, objectives);
        return StudyFront.paretoMask(
                list.size(),
                i -> list.get(i).feasible() && !pivots.dominate(list.get(i)),
                (m, i) -> list.get(i).metric(m),
                objectives);
    }

    /**
     * The front after appending: the first front of the old front and the new points together.
     * A point the old front dominated stays dominated (dominance is transitive), so the other
     * points need no look; this keeps a batch arriving in a 100,000-point store cheap. Sets the
     * flags of the batch (not yet in the list) and of the old front; returns the positions of the
     * old front's points that left it.
     */
    private int[] extendFront(List<PointEntry> batch) {
        List<PointEntry> candidates = new ArrayList<>(front.cardinality() + batch.size());
        front.stream().forEach(i -> candidates.add(entries.get(i)));
        candidates.addAll(batch);
        BitSet kept = paretoMask(candidates);
        BitSet next = new BitSet(entries.size() + batch.size());
        int[] left = new int[front.cardinality()];
        int leftCount = 0;
        for (int k = 0; k < candidates.size(); k++) {
            PointEntry e = candidates.get(k);
            boolean on = kept.get(k);
            next.set(e.position(), on);
            if (e.pareto() && !on) {
                left[leftCount++] = e.position();
            }
            e.setPareto(on);
        }
        front = next;
        return java.util.Arrays.copyOf(left, leftCount);
    }
}
