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
        return build(sources, objectives, progress, null);
    }

    /**
     * The whole store; {@code known}, when not null, is {@link #front(List, List) the sources'
     * front}, computed before for the preview and not computed again.
     */
    static Result build(List<Source> sources, List<Objective> objectives, Progress progress, BitSet known) {
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
        // rows taken one for one are positions: the front by row is the front by position
        BitSet front = entries.size() != total
                ? paretoMask(entries, objectives)
                : known != null ? known : front(sources, objectives);
        for (int i = 0; i < entries.size(); i++) {
            entries.get(i).setPareto(front.get(i));
        }
        progress.report(1);
        return new Result(entries, positions, front, objectives);
    }

    /**
     * The Pareto front of the sources' rows, row k being the k-th row of them all in order: read
     * from the columns before any entry is made, so a preview can show the study's own front.
     */
    static BitSet front(List<Source> sources, List<Objective> objectives) {
        Rows rows = new Rows(sources);
        FrontPivots pivots = FrontPivots.of(rows.size(), rows::feasible, rows, objectives);
        return StudyFront.paretoMask(rows.size(), k -> rows.feasible(k) && !pivots.dominate(rows, k), rows, objectives);
    }

    /**
     * What the views draw while the whole build goes on: the study's whole front ({@code front},
     * from {@link #front}) and every k-th point of the sources in order, about {@code budget} of
     * them. An even sample by arrival keeps dense regions dense (a run's generations stay in
     * proportion); with the whole front flagged, the preview's front is the study's.
     */
    static Result preview(List<Source> sources, List<Objective> objectives, int budget, BitSet front) {
        long total = sources.stream().mapToLong(Source::size).sum();
        long stride = Math.max(1, (total + budget - 1) / budget);
        List<PointEntry> entries = new ArrayList<>((int) Math.min(total, budget) + front.cardinality());
        PointPositions positions = new PointPositions();
        BitSet shownFront = new BitSet();
        int k = 0;
        for (Source s : sources) {
            RunPoints columns = s.columns();
            for (int r = s.from(); r < columns.size(); r++, k++) {
                boolean onFront = front.get(k);
                if (k % stride != 0 && !onFront) {
                    continue;
                }
                PointEntry e = new PointEntry(s, r);
                int position = entries.size();
                if (positions.putIfAbsent(s.runId(), e.index(), position) || !s.appended()) {
                    e.setPosition(position);
                    e.setPareto(onFront);
                    shownFront.set(position, onFront);
                    entries.add(e);
                }
            }
        }
        return new Result(entries, positions, shownFront, objectives);
    }

    /** Row k of the sources taken one after another, read from their columns. */
    private static final class Rows implements StudyFront.MetricSource {
        private final Source[] sources;
        /** Where each source's rows start in k; one more entry, the total. */
        private final int[] starts;
        /** The source of the last row read: rows are read in order. */
        private int last;

        Rows(List<Source> list) {
            sources = list.toArray(new Source[0]);
            starts = new int[sources.length + 1];
            for (int i = 0; i < sources.length; i++) {
                starts[i + 1] = Math.addExact(starts[i], sources[i].size());
            }
        }

        int size() {
            return starts[sources.length];
        }

        private int source(int k) {
            if (k < starts[last] || k >= starts[last + 1]) {
                int at = java.util.Arrays.binarySearch(starts, k);
                // a hit is a source's first row (skip empty sources that start there too)
                last = at >= 0 ? at : -at - 2;
                while (starts[last + 1] <= k) {
                    last++;
                }
            }
            return last;
        }

        boolean feasible(int k) {
            int s = source(k);
            return sources[s].columns().feasible(sources[s].from() + k - starts[s]);
        }

        @Override
        public double metric(org.codesign.eval.Metric m, int k) {
            int s = source(k);
            return sources[s].columns().metric(m, sources[s].from() + k - starts[s]);
        }
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
