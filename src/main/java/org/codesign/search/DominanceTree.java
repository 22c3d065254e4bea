package org.codesign.search;

import java.util.Arrays;
import java.util.List;

/**
 * A k-d tree over the objective vectors of an archive's feasible members, answering the archive's two
 * questions about a candidate: does a member weakly dominate it, and which members does it weakly
 * dominate. Both prune whole subtrees by their bounding boxes, so merging a hundred offspring into an
 * archive of thousands of points visits a small part of it instead of sweeping all of it every time.
 *
 * <p>Memory latency, not arithmetic, is what a query costs: a node's box and point sit in one record
 * of a primitive array, and a build lays the balanced tree out in preorder so that a subtree is one
 * contiguous stretch. Members inserted later are appended; removal only marks a node dead (its point
 * stays in the boxes, which stay conservative). {@link #needsRebuild()} asks for a fresh build once the
 * appended or dead nodes rival the built ones or an insertion went too deep. Not thread-safe.
 */
final class DominanceTree {

    private final int m;
    /** Per node {@code 3m} values: subtree box low corner, high corner, then the node's own point. */
    private double[] data;

    private int[] left;
    private int[] right;
    private boolean[] dead;
    private Individual[] items;
    private int nodes;
    private final int built;
    private int live;
    private int root = -1;
    private boolean tooDeep;
    private int[] stack = new int[64];

    /** A balanced tree of the members. */
    DominanceTree(int objectives, List<Individual> members) {
        m = objectives;
        int n = members.size();
        int capacity = Math.max(16, 2 * n);
        data = new double[capacity * 3 * m];
        left = new int[capacity];
        right = new int[capacity];
        dead = new boolean[capacity];
        items = new Individual[capacity];
        double[] points = new double[n * m];
        for (int i = 0; i < n; i++) {
            System.arraycopy(members.get(i).objectivesView(), 0, points, i * m, m);
        }
        root = build(members, points, IntSort.identity(n), new double[n], 0, n, 0);
        built = nodes;
        live = nodes;
    }

    int liveCount() {
        return live;
    }

    /** True when a fresh build would be markedly faster: many dead or appended nodes, or a deep path. */
    boolean needsRebuild() {
        return tooDeep || nodes - live > live + 32 || nodes - built > built + 32;
    }

    /**
     * Preorder build of {@code order[from, to)}: the node is a point with the median coordinate along
     * the depth's axis, points with smaller coordinates go left, the rest right (as insertions and
     * removals descend).
     */
    private int build(
            List<Individual> members, double[] points, int[] order, double[] keys, int from, int to, int depth) {
        if (from >= to) {
            return -1;
        }
        int axis = depth % m;
        for (int i = from; i < to; i++) {
            keys[i] = points[order[i] * m + axis];
        }
        double split = select(keys, from, to, (from + to) >>> 1);
        // three-way partition of the range: smaller, equal, larger than split
        int lt = from;
        int i = from;
        int gt = to;
        while (i < gt) {
            double v = points[order[i] * m + axis];
            if (v < split) {
                swap(order, lt++, i++);
            } else if (v > split) {
                swap(order, i, --gt);
            } else {
                i++;
            }
        }
        int node = newNode(members.get(order[lt]));
        int l = build(members, points, order, keys, from, lt, depth + 1);
        int r = build(members, points, order, keys, lt + 1, to, depth + 1);
        left[node] = l;
        right[node] = r;
        if (l >= 0) {
            widenBox(node, l);
        }
        if (r >= 0) {
            widenBox(node, r);
        }
        return node;
    }

    /** The {@code k}-th smallest of {@code a[from, to)} (quickselect; reorders that range). */
    private static double select(double[] a, int from, int to, int k) {
        int lo = from;
        int hi = to - 1;
        while (lo < hi) {
            double pivot = a[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    private int newNode(Individual member) {
        if (nodes == items.length) {
            grow();
        }
        int node = nodes++;
        double[] p = member.objectivesView();
        int base = node * 3 * m;
        System.arraycopy(p, 0, data, base, m);
        System.arraycopy(p, 0, data, base + m, m);
        System.arraycopy(p, 0, data, base + 2 * m, m);
        left[node] = -1;
        right[node] = -1;
        dead[node] = false;
        items[node] = member;
        return node;
    }

    private void widenBox(int node, int child) {
        int base = node * 3 * m;
        int childBase = child * 3 * m;
        for (int k = 0; k < m; k++) {
            data[base + k] = Math.min(data[base + k], data[childBase + k]);
            data[base + m + k] = Math.max(data[base + m + k], data[childBase + m + k]);
        }
    }

    /** Adds a member (the caller has checked that no member weakly dominates it). */
    void insert(Individual member) {
        int node = newNode(member);
        live++;
        if (root < 0) {
            root = node;
            return;
        }
        double[] p = member.objectivesView();
        int current = root;
        int depth = 0;
        while (true) {
            int base = current * 3 * m;
            for (int k = 0; k < m; k++) {
                data[base + k] = Math.min(data[base + k], p[k]);
                data[base + m + k] = Math.max(data[base + m + k], p[k]);
            }
            int axis = depth % m;
            depth++;
            if (p[axis] < data[base + 2 * m + axis]) {
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
            int base = node * 3 * m;
            if (!allAtMost(base, f)) {
                continue; // the box's low corner is already worse somewhere
            }
            if (!dead[node] && allAtMost(base + 2 * m, f)) {
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
            int base = node * 3 * m;
            if (!allAtLeast(base + m, f)) {
                continue; // the box's high corner is already better somewhere
            }
            if (!dead[node] && allAtLeast(base + 2 * m, f)) {
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
            current = p[axis] < data[current * 3 * m + 2 * m + axis] ? left[current] : right[current];
        }
        return false;
    }

    /** {@code data[base + k] <= f[k]} for every objective. */
    private boolean allAtMost(int base, double[] f) {
        for (int k = 0; k < m; k++) {
            if (data[base + k] > f[k]) {
                return false;
            }
        }
        return true;
    }

    /** {@code data[base + k] >= f[k]} for every objective. */
    private boolean allAtLeast(int base, double[] f) {
        for (int k = 0; k < m; k++) {
            if (data[base + k] < f[k]) {
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
        data = Arrays.copyOf(data, capacity * 3 * m);
        left = Arrays.copyOf(left, capacity);
        right = Arrays.copyOf(right, capacity);
        dead = Arrays.copyOf(dead, capacity);
        items = Arrays.copyOf(items, capacity);
    }
}
