package org.codesign.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The non-dominated set of everything offered to it, under constraint domination: once a feasible
 * point is known, only feasible non-dominated points are kept; before that, the points with the
 * lowest total violation. A point whose objectives equal a member's is rejected (first come, first
 * kept). A bounded archive drops the member with the smallest crowding distance (the newest on ties)
 * when it overflows. Feasible members are kept in lexicographic order of their objectives.
 *
 * <p>Not thread-safe: a run updates it on its own thread; snapshots copy {@link #members()}.
 */
public final class ParetoArchive {

    /** Capacity meaning "keep every non-dominated point". */
    public static final int UNBOUNDED = Integer.MAX_VALUE;

    /**
     * Up to this many candidate-member pairs a batch is offered one by one, each candidate scanning
     * the members, O(A B).
     */
    static final long SCAN_LIMIT = 20_000;
    /**
     * Above {@link #SCAN_LIMIT}, a batch of at least 1/SWEEP_SHARE of the archive's size is merged with
     * the members by one sweep, O(B log B + (A + B) log A); a smaller one (a generation's offspring
     * against an archive of thousands) goes through a {@link DominanceTree} kept from batch to batch,
     * which reads its own primitive arrays and, for each change, the few members on a binary search
     * instead of every member (members are scattered in memory, so reading them is what costs).
     */
    static final int SWEEP_SHARE = 8;

    /** How batches too large for scanning are merged (tests force one way). */
    enum BatchMerge {
        BY_SIZE,
        SWEEP,
        TREE
    }

    private final int capacity;
    private final long scanLimit;
    private final BatchMerge batchMerge;
    private final List<Individual> members = new ArrayList<>();
    private boolean feasibleKnown;
    private double leastViolation = Double.POSITIVE_INFINITY;
    /** The feasible members for large batches; null whenever the members changed another way. */
    private DominanceTree tree;

    public ParetoArchive(int capacity) {
        this(capacity, SCAN_LIMIT, BatchMerge.BY_SIZE);
    }

    ParetoArchive(int capacity, long scanLimit, BatchMerge batchMerge) {
        Checks.atLeast("capacity", capacity, 1);
        this.capacity = capacity;
        this.scanLimit = scanLimit;
        this.batchMerge = batchMerge;
    }

    public static ParetoArchive unbounded() {
        return new ParetoArchive(UNBOUNDED);
    }

    public int capacity() {
        return capacity;
    }

    public int size() {
        return members.size();
    }

    /** The members (immutable copy): feasible ones in lexicographic order of objectives. */
    public List<Individual> members() {
        return List.copyOf(members);
    }

    /** True if the archive holds feasible points (then it holds only feasible points). */
    public boolean hasFeasible() {
        return feasibleKnown;
    }

    /**
     * Replaces the contents by members saved from an archive of the same capacity, in their order:
     * the state such an archive had (every other field follows from the members).
     */
    void restore(List<Individual> saved) {
        members.clear();
        members.addAll(saved);
        tree = null;
        feasibleKnown = saved.stream().anyMatch(Individual::isFeasible);
        leastViolation = feasibleKnown || saved.isEmpty()
                ? Double.POSITIVE_INFINITY
                : saved.get(0).evaluation().totalViolation();
    }

    /** Offers one point; returns true if it entered the archive. */
    public boolean add(Individual candidate) {
        tree = null;
        boolean added = offer(candidate);
        truncate();
        return added;
    }

    /** Offers several points in order; returns how many entered (some may have been pushed out again). */
    public int addAll(Collection<Individual> candidates) {
        if (!feasibleKnown || (long) candidates.size() * Math.max(1, members.size()) <= scanLimit) {
            tree = null;
            int added = 0;
            for (Individual c : candidates) {
                if (offer(c)) {
                    added++;
                }
            }
            truncate();
            return added;
        }
        boolean sweep = batchMerge == BatchMerge.SWEEP
                || batchMerge == BatchMerge.BY_SIZE && (long) candidates.size() * SWEEP_SHARE >= members.size();
        if (sweep) {
            tree = null;
            return mergeBatch(candidates);
        }
        return mergeWithTree(candidates);
    }

    private boolean offer(Individual c) {
        double violation = c.evaluation().totalViolation();
        if (violation == 0) {
            if (!feasibleKnown) {
                feasibleKnown = true;
                members.clear();
                members.add(c);
                return true;
            }
            double[] f = c.objectivesView();
            int position = insertionPoint(f);
            // only lexicographically smaller-or-equal members can weakly dominate f ...
            for (int i = 0; i < position; i++) {
                if (Dominance.weaklyDominates(members.get(i).objectivesView(), f)) {
                    return false;
                }
            }
            // ... and only larger ones can be dominated by it
            List<Individual> tail = members.subList(position, members.size());
            tail.removeIf(m -> Dominance.weaklyDominates(f, m.objectivesView()));
            members.add(position, c);
            return true;
        }
        if (feasibleKnown || violation > leastViolation) {
            return false;
        }
        if (violation < leastViolation) {
            leastViolation = violation;
            members.clear();
        }
        members.add(c);
        return true;
    }

    /** Index of the first member lexicographically greater than {@code f}. */
    private int insertionPoint(double[] f) {
        int lo = 0;
        int hi = members.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (NonDominatedSorting.compareLexicographically(members.get(mid).objectivesView(), f) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Offers the candidates in order, asking the tree instead of scanning the members: the same members
     * as offering them one by one. The sorted member list changes by binary-search insertions and
     * removals, so a batch never walks the whole archive (whose members are scattered in memory).
     */
    private int mergeWithTree(Collection<Individual> candidates) {
        if (tree == null) {
            tree = new DominanceTree(members.get(0).objectivesView().length, members);
        }
        int entered = 0;
        List<Individual> pushedOut = new ArrayList<>();
        for (Individual c : candidates) {
            if (!c.isFeasible()) {
                continue;
            }
            double[] f = c.objectivesView();
            if (tree.weaklyDominated(f)) {
                continue;
            }
            pushedOut.clear();
            tree.removeWeaklyDominatedBy(f, pushedOut);
            for (Individual gone : pushedOut) {
                members.remove(indexOf(gone));
            }
            tree.insert(c);
            members.add(insertionPoint(f), c);
            entered++;
        }
        truncate();
        if (tree != null && tree.needsRebuild()) {
            tree = new DominanceTree(members.get(0).objectivesView().length, members);
        }
        return entered;
    }

    /** Sorted candidates merged into the sorted members, then one first-front sweep. */
    private int mergeBatch(Collection<Individual> candidates) {
        List<Individual> fresh = new ArrayList<>(candidates.size());
        for (Individual c : candidates) {
            if (c.isFeasible()) {
                fresh.add(c);
            }
        }
        int[] order = IntSort.identity(fresh.size());
        IntSort.sort(
                order,
                (a, b) -> NonDominatedSorting.compareLexicographically(
                        fresh.get(a).objectivesView(), fresh.get(b).objectivesView()));
        int total = members.size() + fresh.size();
        List<Individual> all = new ArrayList<>(total);
        boolean[] isCandidate = new boolean[total];
        int i = 0;
        int j = 0;
        while (i < members.size() || j < fresh.size()) {
            boolean takeMember = j >= fresh.size()
                    || (i < members.size()
                            && NonDominatedSorting.compareLexicographically(
                                            members.get(i).objectivesView(),
                                            fresh.get(order[j]).objectivesView())
                                    <= 0);
            if (takeMember) {
                all.add(members.get(i++));
            } else {
                isCandidate[all.size()] = true;
                all.add(fresh.get(order[j++]));
            }
        }
        double[][] points = new double[total][];
        for (int k = 0; k < total; k++) {
            points[k] = all.get(k).objectivesView();
        }
        int m = points.length == 0 ? 0 : points[0].length;
        boolean[] first = m == 2 || m == 3
                ? NonDominatedSorting.firstFrontOfSorted(points)
                : NonDominatedSorting.firstFront(points);
        members.clear();
        int added = 0;
        for (int k = 0; k < total; k++) {
            if (first[k] && (k == 0 || !NonDominatedSorting.sameVector(points[k], points[k - 1]))) {
                members.add(all.get(k));
                if (isCandidate[k]) {
                    added++;
                }
            }
        }
        truncate();
        return added;
    }

    /** Position of a feasible member (members' objective vectors are distinct and sorted). */
    private int indexOf(Individual member) {
        int i = insertionPoint(member.objectivesView()) - 1;
        if (i < 0 || members.get(i) != member) {
            throw new IllegalStateException("archive: member #" + member.index() + " is not where its objectives sort");
        }
        return i;
    }

    private void truncate() {
        while (members.size() > capacity) {
            int excess = members.size() - capacity;
            double[][] points = new double[members.size()][];
            for (int i = 0; i < points.length; i++) {
                points[i] = members.get(i).objectivesView();
            }
            double[] crowding = CrowdingDistance.of(points);
            int[] order = IntSort.identity(points.length);
            // most crowded first; among equals the newest (highest index) first
            IntSort.sort(order, (a, b) -> {
                int c = Double.compare(crowding[a], crowding[b]);
                return c != 0
                        ? c
                        : Integer.compare(members.get(b).index(), members.get(a).index());
            });
            // removing one at a time keeps the spread best; remove in chunks when far over capacity
            int remove = excess <= 16 ? 1 : excess / 2;
            boolean[] drop = new boolean[points.length];
            for (int k = 0; k < remove; k++) {
                drop[order[k]] = true;
            }
            List<Individual> kept = new ArrayList<>(points.length - remove);
            for (int i = 0; i < points.length; i++) {
                if (!drop[i]) {
                    kept.add(members.get(i));
                } else if (tree != null) {
                    tree.remove(members.get(i));
                }
            }
            members.clear();
            members.addAll(kept);
        }
    }
}
