package org.codesign.cost.loopnest;

import java.util.Arrays;

/**
 * Multicast groups and neighbour link transfers inside one spatial container, for one tensor.
 *
 * <p>Every element of a container sees element 0's deltas translated by its own offset (the sum of
 * its spatial indices times the loops' steps), so equal deltas — multicast groups — are elements
 * with equal offsets. Timeloop also lets an element take its delta from a mesh neighbour whose
 * previous delta equals it (link transfers); with equal delta shapes that happens exactly when
 * the neighbour's offset minus the element's equals the tile's move between the two time steps.
 * Elements are laid out row-major on the container's mesh: linear index = y·X + x, with
 * h_size = max(physical X, logical X).
 */
final class LinkAnalysis {
    private static final int K = Tensor.RANK;

    private int nLoops;
    private int[] loopCoord = new int[16];
    private long[] loopStep = new long[16];
    private int[] loopBound = new int[16];
    private boolean[] loopX = new boolean[16];
    private int[] loopDim = new int[16];
    private final long[] span = new long[K];
    private long fanout;
    private long groups;
    private int hSize;
    private int vSize;
    private long[] setBuf = new long[64];
    private long[] setTmp = new long[64];

    // results of evaluate
    long linked;
    long groupsWith;

    // enumeration scratch
    private long[] offsets = new long[64 * K];
    private long[] keys = new long[64];
    private long[] sortBuf = new long[64];
    private boolean[] isLinked = new boolean[64];

    /** Reads container {@code j}'s spatial loops for tensor t; returns the number of multicast groups. */
    long prepare(FlatNest nest, int j, int t, Projection proj, long[] scale) {
        nLoops = 0;
        fanout = 1;
        long logicalX = 1;
        long logicalY = 1;
        Arrays.fill(span, 0);
        for (int i = nest.tlLo[j]; i <= nest.tlHi[j]; i++) {
            if (!nest.spatial[i]) {
                continue;
            }
            if (nLoops == loopCoord.length) {
                int n = nLoops * 2;
                loopCoord = Arrays.copyOf(loopCoord, n);
                loopStep = Arrays.copyOf(loopStep, n);
                loopBound = Arrays.copyOf(loopBound, n);
                loopX = Arrays.copyOf(loopX, n);
                loopDim = Arrays.copyOf(loopDim, n);
            }
            int d = nest.dim[i];
            int c = proj.coord[t][d];
            long step = c >= 0 ? proj.coeff[t][d] * scale[i] : 0;
            loopCoord[nLoops] = step == 0 ? -1 : c;
            loopStep[nLoops] = step;
            loopBound[nLoops] = nest.bound[i];
            loopX[nLoops] = nest.xAxis[i];
            loopDim[nLoops] = d;
            if (step != 0) {
                span[c] += step * (nest.bound[i] - 1);
            }
            fanout *= nest.bound[i];
            if (nest.xAxis[i]) {
                logicalX *= nest.bound[i];
            } else {
                logicalY *= nest.bound[i];
            }
            nLoops++;
        }
        hSize = (int) Math.max(nest.tlH[j], logicalX);
        vSize = (int) Math.max(nest.tlV[j], logicalY);
        // distinct offsets: a coordinate moved by one loop takes its bound values; two or more
        // loops on one coordinate (e.g. P and R on the input rows) need counting
        long g = 1;
        int shared = 0;
        for (int a = 0; a < nLoops; a++) {
            int c = loopCoord[a];
            if (c < 0) {
                continue;
            }
            if ((shared & (1 << c)) != 0) {
                continue;
            }
            boolean alone = true;
            for (int b = a + 1; b < nLoops; b++) {
                if (loopCoord[b] == c) {
                    alone = false;
                    break;
                }
            }
            if (alone) {
                g *= loopBound[a];
            } else {
                shared |= 1 << c;
                g *= sameDimension(c) ? productOn(c) : distinctSums(c);
            }
        }
        groups = g;
        return g;
    }

    /**
     * Loops of one dimension on a coordinate nest perfectly (each step is the product of the inner
     * ones' bounds), so their sums are all distinct.
     */
    private boolean sameDimension(int c) {
        int dim = -1;
        for (int a = 0; a < nLoops; a++) {
            if (loopCoord[a] == c) {
                if (dim >= 0 && loopDim[a] != dim) {
                    return false;
                }
                dim = loopDim[a];
            }
        }
        return true;
    }

    private long productOn(int c) {
        long p = 1;
        for (int a = 0; a < nLoops; a++) {
            if (loopCoord[a] == c) {
                p *= loopBound[a];
            }
        }
        return p;
    }

    /** Number of distinct values of Σ idx·step over the loops on coordinate k. */
    private long distinctSums(int k) {
        int count = 0;
        int single = -1;
        for (int a = 0; a < nLoops; a++) {
            if (loopCoord[a] == k) {
                count++;
                single = a;
            }
        }
        if (count == 0) {
            return 1;
        }
        if (count == 1) {
            return loopBound[single];
        }
        int size = 1;
        setBuf[0] = 0;
        for (int a = 0; a < nLoops; a++) {
            if (loopCoord[a] != k) {
                continue;
            }
            int n = size * loopBound[a];
            if (setTmp.length < n) {
                setTmp = new long[n * 2];
            }
            int m = 0;
            for (int x = 0; x < size; x++) {
                for (int i = 0; i < loopBound[a]; i++) {
                    setTmp[m++] = setBuf[x] + i * loopStep[a];
                }
            }
            Arrays.sort(setTmp, 0, m);
            int u = 0;
            for (int x = 0; x < m; x++) {
                if (u == 0 || setTmp[x] != setTmp[u - 1]) {
                    setTmp[u++] = setTmp[x];
                }
            }
            long[] swap = setBuf;
            setBuf = setTmp;
            setTmp = swap;
            size = u;
        }
        return size;
    }

    boolean possibleAtAll() {
        return fanout > 1 && (hSize > 1 || vSize > 1);
    }

    /** A cheap necessary condition for a neighbour to hold the element's next delta. */
    boolean candidate(long[] move) {
        boolean zero = true;
        for (int k = 0; k < K; k++) {
            long m = move[k];
            if (m != 0) {
                zero = false;
                if (Math.abs(m) > span[k]) {
                    return false;
                }
            }
        }
        return !zero || groups < fanout;
    }

    /**
     * Exact count of linked elements and of multicast groups among the others. The count depends
     * only on the container's loops (coordinate, step, bound), its mesh and the move, and a search
     * asks for the same ones again and again, so results are memoized (keys compared in full).
     */
    void evaluate(long[] move) {
        int len = memoKey(move);
        int slot = memo.find(keyBuf, len);
        if (slot >= 0) {
            linked = memo.linked(slot);
            groupsWith = memo.groups(slot);
            return;
        }
        count(move);
        memo.put(keyBuf, len, linked, groupsWith);
    }

    /** Writes the memo key of the prepared container and {@code move} into {@link #keyBuf}; returns its length. */
    private int memoKey(long[] move) {
        int len = 2 + 2 * nLoops + K;
        if (keyBuf.length < len) {
            keyBuf = new long[len * 2];
        }
        int i = 0;
        keyBuf[i++] = ((long) hSize << 32) | vSize;
        keyBuf[i++] = nLoops;
        for (int a = 0; a < nLoops; a++) {
            keyBuf[i++] = ((long) loopBound[a] << 8) | (loopCoord[a] + 1);
            keyBuf[i++] = loopStep[a];
        }
        for (int k = 0; k < K; k++) {
            keyBuf[i++] = move[k];
        }
        return len;
    }

    private long[] keyBuf = new long[32];
    private final LinkMemo memo = new LinkMemo();

    private void count(long[] move) {
        int f = (int) fanout;
        if (keys.length < f) {
            int n = f * 2;
            keys = new long[n];
            sortBuf = new long[n];
            isLinked = new boolean[n];
            offsets = new long[n * K];
        }
        // offsets: linear index = mixed radix of the loops, innermost loop least significant
        for (int e = 0; e < f; e++) {
            int rest = e;
            int base = e * K;
            for (int k = 0; k < K; k++) {
                offsets[base + k] = 0;
            }
            for (int a = 0; a < nLoops; a++) {
                int idx = rest % loopBound[a];
                rest /= loopBound[a];
                if (loopCoord[a] >= 0) {
                    offsets[base + loopCoord[a]] += idx * loopStep[a];
                }
            }
            keys[e] = key(offsets, base);
        }
        long count = 0;
        for (int e = 0; e < f; e++) {
            int base = e * K;
            boolean inRange = true;
            long target = 0;
            long radix = 1;
            for (int k = 0; k < K; k++) {
                long o = offsets[base + k] + move[k];
                if (o < 0 || o > span[k]) {
                    inRange = false;
                    break;
                }
                target += o * radix;
                radix *= span[k] + 1;
            }
            boolean l = false;
            if (inRange) {
                int h = e % hSize;
                int v = e / hSize;
                l = matches(h - 1, v, target)
                        || matches(h + 1, v, target)
                        || matches(h, v - 1, target)
                        || matches(h, v + 1, target);
            }
            isLinked[e] = l;
            if (l) {
                count++;
            }
        }
        linked = count;
        int m = 0;
        for (int e = 0; e < f; e++) {
            if (!isLinked[e]) {
                sortBuf[m++] = keys[e];
            }
        }
        Arrays.sort(sortBuf, 0, m);
        long distinct = 0;
        for (int x = 0; x < m; x++) {
            if (x == 0 || sortBuf[x] != sortBuf[x - 1]) {
                distinct++;
            }
        }
        groupsWith = distinct;
    }

    private boolean matches(int h, int v, long target) {
        if (h < 0 || v < 0 || h >= hSize || v >= vSize) {
            return false;
        }
        long e = (long) v * hSize + h;
        return e < fanout && keys[(int) e] == target;
    }

    private long key(long[] off, int base) {
        long key = 0;
        long radix = 1;
        for (int k = 0; k < K; k++) {
            key += off[base + k] * radix;
            radix *= span[k] + 1;
        }
        return key;
    }
}
