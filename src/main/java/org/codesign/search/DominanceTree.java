package org.codesign.search;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A k-d tree over the objective vectors of an archive's feasible members, answering the archive's two
 * questions about a candidate: does a member weakly dominate it, and which members does it weakly
 * dominate. Both prune whole subtrees by their bounding boxes, so merging a hundred offspring into an
 * archive of thousands of points visits a small part of it instead of sweeping all of it every time.
 *
 * <p>Removal only marks a node dead (its point stays in the boxes, which stay conservative). The tree
 * reports {@link #needsRebuild()} when dead nodes outnumber live ones or an insertion went too deep;
 * the owner then builds a new one. Not thread-safe.
 */
final class DominanceTree {

    private final int m;
    private Individual[] items;
    /** Each node's objectives, {@code m} values per node: queries never leave these arrays. */
    private double[] coords;
    private int[] left;
    private int[] right;
    private boolean[] dead;
    /** Bounding box of each node's subtree (dead nodes included), {@code m} values per node. */
    private double[] lo;
    private double[] hi;
    private int nodes;
    private int live;
    private int root = -1;
    private boolean tooDeep;
    private int[] stack = new int[64];

    /** A tree of the members, inserted in a shuffled order (a fixed seed: the shape never changes a result). */
    DominanceTree(int objectives, List<Individual> members) {
        m = objectives;
        int capacity = Math.max(16, 2 * members.size());
        items = new Individual[capacity];
        coords = new double[capacity * m];
        left = new int[capacity];
        right = new int[capacity];
        dead = new boolean[capacity];
        lo = new double[capacity * m];
        hi = new double[capacity * m];
        int[] order = IntSort.identity(members.size());
        SplittableRandom rnd = new SplittableRandom(order.length);
        for (int i = order.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int i : order) {
            insert(members.get(i));
        }
    }

    int liveCount() {
        return live;
    }

    /** True when a fresh tree would be markedly faster: mostly dead nodes, or a path far deeper than log n. */
    boolean needsRebuild() {
        return tooDeep || nodes - live > live + 32;
    }

    /** Adds a member (the caller has checked that no member weakly dominates it). */
    void insert(Individual member) {
        if (nodes == items.length) {
            grow();
        }
        double[] p = member.objectivesView();
        int node = nodes++;
        items[node] = member;
        System.arraycopy(p, 0, coords, node * m, m);
        left[node] = -1;
        right[node] = -1;
        dead[node] = false;
        System.arraycopy(p, 0, lo, node * m, m);
        System.arraycopy(p, 0, hi, node * m, m);
        live++;
        if (root < 0) {
            root = node;
            return;
        }
        int current = root;
        int depth = 0;
        while (true) {
            int base = current * m;
            for (int k = 0; k < m; k++) {
                lo[base + k] = Math.min(lo[base + k], p[k]);
                hi[base + k] = Math.max(hi[base + k], p[k]);
            }
            int axis = depth % m;
            depth++;
            if (p[axis] < coords[base + axis]) {
                if (left[current] < 0) {
                    left[current] = node;
                    break;
                }
                current = left[current];
            } else {
                if (right[current] < 0) {
                    right[current] = node;
                    break;
                }
                current = right[current];
            }
        }
        if (depth > 4 * (32 - Integer.numberOfLeadingZeros(live)) + 8) {
            tooDeep = true;
        }
    }

    /** Is there a live member {@code p} with {@code p <= f} in every objective? */
    boolean weaklyDominated(double[] f) {
        if (root < 0) {
            return false;
        }
        int top = 0;
        stack[top++] = root;
        while (top > 0) {
            int node = stack[--top];
            if (!boxMayHoldDominator(node, f)) {
                continue;
            }
            if (!dead[node] && weaklyDominates(coords, node * m, f)) {
                return true;
            }
            top = pushChildren(node, top); // the left (lower) child is searched first
        }
        return false;
    }

    /** Marks dead and appends to {@code out} every live member that {@code f} weakly dominates. */
    void removeWeaklyDominatedBy(double[] f, List<Individual> out) {
        if (root < 0) {
            return;
        }
        int top = 0;
        stack[top++] = root;
        while (top > 0) {
            int node = stack[--top];
            if (!boxMayHoldDominated(node, f)) {
                continue;
            }
            if (!dead[node] && isWeaklyDominatedBy(coords, node * m, f)) {
                dead[node] = true;
                live--;
                out.add(items[node]);
            }
            top = pushChildren(node, top);
        }
    }

    /** Marks this member dead (it is found along its insertion path); false if it is not in the tree. */
    boolean remove(Individual member) {
        double[] p = member.objectivesView();
        int current = root;
        int depth = 0;
        while (current >= 0) {
            if (items[current] == member && !dead[current]) {
                dead[current] = true;
                live--;
                return true;
            }
            int axis = depth % m;
            depth++;
            current = p[axis] < coords[current * m + axis] ? left[current] : right[current];
        }
        return false;
    }

    /** Is the point at {@code base} of {@code values} no worse than {@code f} in every objective? */
    private boolean weaklyDominates(double[] values, int base, double[] f) {
        for (int k = 0; k < m; k++) {
            if (values[base + k] > f[k]) {
                return false;
            }
        }
        return true;
    }

    /** Is {@code f} no worse than the point at {@code base} of {@code values} in every objective? */
    private boolean isWeaklyDominatedBy(double[] values, int base, double[] f) {
        for (int k = 0; k < m; k++) {
            if (f[k] > values[base + k]) {
                return false;
            }
        }
        return true;
    }

    private boolean boxMayHoldDominator(int node, double[] f) {
        int base = node * m;
        for (int k = 0; k < m; k++) {
            if (lo[base + k] > f[k]) {
                return false;
            }
        }
        return true;
    }

    private boolean boxMayHoldDominated(int node, double[] f) {
        int base = node * m;
        for (int k = 0; k < m; k++) {
            if (hi[base + k] < f[k]) {
                return false;
            }
        }
        return true;
    }

    private int pushChildren(int node, int top) {
        if (top + 2 > stack.length) {
            stack = Arrays.copyOf(stack, stack.length * 2);
        }
        if (right[node] >= 0) {
            stack[top++] = right[node];
        }
        if (left[node] >= 0) {
            stack[top++] = left[node];
        }
        return top;
    }

    private void grow() {
        int capacity = items.length * 2;
        items = Arrays.copyOf(items, capacity);
        coords = Arrays.copyOf(coords, capacity * m);
        left = Arrays.copyOf(left, capacity);
        right = Arrays.copyOf(right, capacity);
        dead = Arrays.copyOf(dead, capacity);
        lo = Arrays.copyOf(lo, capacity * m);
        hi = Arrays.copyOf(hi, capacity * m);
    }
}
