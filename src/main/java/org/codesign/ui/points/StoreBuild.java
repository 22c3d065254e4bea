package org.codesign.ui.points;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.codesign.eval.Objective;
import org.codesign.study.RunPoints;
import org.codesign.study.StudyFront;

/**
 * The point store's entries, positions and Pareto flags built in one pass from the runs' columns:
 * what {@link PointStore} computes off the FX thread for a large study (a million points take
 * seconds), touching nothing the window shows until it is done.
 */
final class StoreBuild {
    /**
     * The points of one run, or of one batch of a run: the rows of {@code columns} from {@code from}
     * on (a live run's batch is a row range of its growing table); {@code appended} batches skip
     * points already there.
     */
    record Source(String runId, RunPoints columns, int from, boolean appended) {
        int size() {
            return columns.size() - from;
        }
    }

    /** The built store; the flags of {@code entries} follow {@code front}, computed on {@code objectives}. */
    record Result(List<PointEntry> entries, PointPositions positions, BitSet front, List<Objective> objectives) {}

    /** Where the build has got to, and whether it should stop (its result would be dropped). */
    interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void report(double fraction) {}

            @Override
            public boolean cancelled() {
                return false;
            }
        };

        void report(double fraction);

        boolean cancelled();
    }

    /** A build that was cancelled ends with this (the store has moved on). */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("point store build cancelled", null, false, false);
        }
    }

    /** The share of the progress bar that making the entries takes; the front takes the rest. */
    private static final double ENTRIES_SHARE = 0.6;

    private StoreBuild() {}

    static Result build(List<Source> sources, List<Objective> objectives, Progress progress) {
        long total = sources.stream().mapToLong(Source::size).sum();
        List<PointEntry> entries = new ArrayList<>((int) Math.min(total, Integer.MAX_VALUE - 8));
        PointPositions positions = new PointPositions();
        long done = 0;
        for (Source s : sources) {
            RunPoints columns = s.columns();
            positions.reserve(s.runId(), s.size());
            for (int r = s.from(); r < columns.size(); r++) {
                PointEntry e = new PointEntry(s, r);
                int position = entries.size();
                if (positions.putIfAbsent(s.runId(), e.index(), position) || !s.appended()) {
                    e.setPosition(position);
                    entries.add(e);
                }
                if ((++done & 0xffff) == 0) {
                    checkpoint(progress, ENTRIES_SHARE * done / total);
                }
            }
        }
        checkpoint(progress, ENTRIES_SHARE);
        BitSet front = paretoMask(entries, objectives);
        for (int i = 0; i < entries.size(); i++) {
            entries.get(i).setPareto(front.get(i));
        }
        progress.report(1);
        return new Result(entries, positions, front, objectives);
    }

    /**
     * Every k-th point of the sources in order, {@code budget} at most, with the front among them:
     * what the views draw while the whole build goes on. An even sample by arrival keeps dense
     * regions dense; the flagged front is the sample's, which the whole build then replaces.
     */
    static Result preview(List<Source> sources, List<Objective> objectives, int budget) {
        long total = sources.stream().mapToLong(Source::size).sum();
        long stride = Math.max(1, (total + budget - 1) / budget);
        List<PointEntry> entries = new ArrayList<>((int) Math.min(total, budget) + sources.size());
        PointPositions positions = new PointPositions();
        long k = 0;
        for (Source s : sources) {
            RunPoints columns = s.columns();
            for (int r = s.from(); r < columns.size(); r++, k++) {
                if (k % stride != 0) {
                    continue;
                }
                PointEntry e = new PointEntry(s, r);
                int position = entries.size();
                if (positions.putIfAbsent(s.runId(), e.index(), position) || !s.appended()) {
                    e.setPosition(position);
                    entries.add(e);
                }
            }
        }
        BitSet front = paretoMask(entries, objectives);
        for (int i = 0; i < entries.size(); i++) {
            entries.get(i).setPareto(front.get(i));
        }
        return new Result(entries, positions, front, objectives);
    }

    private static void checkpoint(Progress progress, double fraction) {
        if (progress.cancelled()) {
            throw new Cancelled();
        }
        progress.report(fraction);
    }

    /**
     * Points that a few good points (pivots) dominate are left out before the sort: they cannot
     * be on the front, and on a million points the pivots rule out most of them (see
     * {@link FrontPivots}), so the exact sort gets far fewer.
     */
    static BitSet paretoMask(List<PointEntry> list, List<Objective> objectives) {
        FrontPivots pivots = FrontPivots.of(list, objectives);
        return StudyFront.paretoMask(
                list.size(),
                i -> list.get(i).feasible() && !pivots.dominate(list.get(i)),
                (m, i) -> list.get(i).metric(m),
                objectives);
    }
}
