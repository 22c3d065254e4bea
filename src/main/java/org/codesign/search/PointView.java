package org.codesign.search;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.UnaryOperator;

/**
 * An immutable list of logged points, made one {@link Individual} at a time as it is read, so that
 * listing the millions of points of a run costs no memory per point. Its rows are rows already
 * written to {@link EvaluationLog}s (possibly several, one after another), optionally with shifted
 * indices and steps and mapped genomes (a co-design phase's points in run-wide terms). Reading the
 * same position twice gives equal, not identical, individuals.
 */
public final class PointView extends AbstractList<Individual> implements RandomAccess {
    public static final PointView EMPTY = new PointView(new Segment[0]);

    private record Segment(
            EvaluationLog.Columns columns,
            int from,
            int to,
            int indexOffset,
            int stepOffset,
            UnaryOperator<int[]> genomeMap) {
        int size() {
            return to - from;
        }
    }

    private final Segment[] segments;
    /** Position of each segment's first point in this list. */
    private final int[] starts;

    private final int size;

    private PointView(Segment[] segments) {
        this.segments = segments;
        this.starts = new int[segments.length];
        int n = 0;
        for (int i = 0; i < segments.length; i++) {
            starts[i] = n;
            n += segments[i].size();
        }
        this.size = n;
    }

    static PointView of(EvaluationLog.Columns columns, int from, int to) {
        return from == to ? EMPTY : new PointView(new Segment[] {new Segment(columns, from, to, 0, 0, null)});
    }

    /**
     * Immutable points as they are: a view itself, any other list copied. What value types holding
     * points use instead of {@link List#copyOf}, which would make every point of a view.
     */
    public static List<Individual> frozen(List<Individual> points) {
        return points instanceof PointView v ? v : List.copyOf(points);
    }

    /** The same points with indices and steps shifted and genomes mapped (after any earlier mapping). */
    public PointView translated(int indexOffset, int stepOffset, UnaryOperator<int[]> genomeMap) {
        Segment[] out = new Segment[segments.length];
        for (int i = 0; i < out.length; i++) {
            Segment s = segments[i];
            UnaryOperator<int[]> inner = s.genomeMap();
            UnaryOperator<int[]> map = inner == null ? genomeMap : g -> genomeMap.apply(inner.apply(g));
            out[i] = new Segment(
                    s.columns(), s.from(), s.to(), s.indexOffset() + indexOffset, s.stepOffset() + stepOffset, map);
        }
        return new PointView(out);
    }

    /** These points followed by {@code more}. */
    public PointView concat(PointView more) {
        if (more.size == 0) {
            return this;
        }
        if (size == 0) {
            return more;
        }
        Segment[] out = Arrays.copyOf(segments, segments.length + more.segments.length);
        System.arraycopy(more.segments, 0, out, segments.length, more.segments.length);
        return new PointView(out);
    }

    @Override
    public Individual get(int index) {
        java.util.Objects.checkIndex(index, size);
        int k = segmentOf(index);
        Segment s = segments[k];
        return s.columns().individual(s.from() + index - starts[k], s.indexOffset(), s.stepOffset(), s.genomeMap());
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public PointView subList(int fromIndex, int toIndex) {
        java.util.Objects.checkFromToIndex(fromIndex, toIndex, size);
        if (fromIndex == toIndex) {
            return EMPTY;
        }
        int first = segmentOf(fromIndex);
        int last = segmentOf(toIndex - 1);
        Segment[] out = new Segment[last - first + 1];
        for (int k = first; k <= last; k++) {
            Segment s = segments[k];
            int from = k == first ? s.from() + fromIndex - starts[k] : s.from();
            int to = k == last ? s.from() + toIndex - starts[k] : s.to();
            out[k - first] = new Segment(s.columns(), from, to, s.indexOffset(), s.stepOffset(), s.genomeMap());
        }
        return new PointView(out);
    }

    private int segmentOf(int index) {
        int k = Arrays.binarySearch(starts, index);
        if (k < 0) {
            return -k - 2;
        }
        // empty segments never occur, so starts are distinct
        return k;
    }
}
