package org.codesign.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The non-dominated set of everything offered to it, under constraint domination: once a feasible
 * point is known, only feasible non-dominated points are kept; before that, the points with the
 * lowest total violation. A point whose objectives equal a member's is rejected (first come, first
 * kept). A bounded archive drops the member with the smallest crowding distance (the newest on ties)
 * when it overflows.
 *
 * <p>Not thread-safe: a run updates it on its own thread; snapshots copy {@link #members()}.
 */
public final class ParetoArchive {

    /** Capacity meaning "keep every non-dominated point". */
    public static final int UNBOUNDED = Integer.MAX_VALUE;

    private static final int BATCH_THRESHOLD = 64;

    private final int capacity;
    private final List<Individual> members = new ArrayList<>();
    private boolean feasibleKnown;
    private double leastViolation = Double.POSITIVE_INFINITY;

    public ParetoArchive(int capacity) {
        Checks.atLeast("capacity", capacity, 1);
        this.capacity = capacity;
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

    /** The members in the order they entered (immutable copy). */
    public List<Individual> members() {
        return List.copyOf(members);
    }

    /** True if the archive holds feasible points (then it holds only feasible points). */
    public boolean hasFeasible() {
        return feasibleKnown;
    }

    /** Offers one point; returns true if it entered the archive. */
    public boolean add(Individual candidate) {
        boolean added = offer(candidate);
        truncate();
        return added;
    }

    /** Offers several points in order; returns how many entered (some may have been pushed out again). */
    public int addAll(Collection<Individual> candidates) {
        if (candidates.size() < BATCH_THRESHOLD || !feasibleKnown) {
            int added = 0;
            for (Individual c : candidates) {
                if (offer(c)) {
                    added++;
                }
            }
            truncate();
            return added;
        }
        return mergeBatch(candidates);
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
            for (Individual m : members) {
                if (Dominance.weaklyDominates(m.objectivesView(), f)) {
                    return false;
                }
            }
            members.removeIf(m -> Dominance.dominates(f, m.objectivesView()));
            members.add(c);
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

    /** Members and candidates merged with one non-dominated sort: O((A + B) log^2) instead of O(A B). */
    private int mergeBatch(Collection<Individual> candidates) {
        List<Individual> all = new ArrayList<>(members.size() + candidates.size());
        all.addAll(members);
        int firstCandidate = all.size();
        for (Individual c : candidates) {
            if (c.isFeasible()) {
                all.add(c);
            }
        }
        double[][] points = new double[all.size()][];
        for (int i = 0; i < points.length; i++) {
            points[i] = all.get(i).objectivesView();
        }
        boolean[] firstFront = NonDominatedSorting.firstFront(points);
        // among equal objective vectors keep the first one (a member before any candidate)
        java.util.Set<ObjectiveKey> seen = new java.util.HashSet<>();
        members.clear();
        int added = 0;
        for (int i = 0; i < points.length; i++) {
            if (firstFront[i] && seen.add(new ObjectiveKey(points[i]))) {
                members.add(all.get(i));
                if (i >= firstCandidate) {
                    added++;
                }
            }
        }
        truncate();
        return added;
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
                return c != 0 ? c : Integer.compare(members.get(b).index(), members.get(a).index());
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
                }
            }
            members.clear();
            members.addAll(kept);
        }
    }

    private record ObjectiveKey(double[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ObjectiveKey k && Arrays.equals(values, k.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }
}
