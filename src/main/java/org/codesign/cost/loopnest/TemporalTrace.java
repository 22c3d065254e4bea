package org.codesign.cost.loopnest;

/**
 * The temporal trace of a flattened mapping: its non-trivial temporal loops inner → outer, with
 * their bounds, counts cnt_k = (n_k − 1) · Π_{i>k} n_i and, per tensor, the coordinate and length
 * of one step plus prefix sums of the steps; and per tiling level the first such loop above it,
 * the spatial replication above it and its fan-out. Reuses its arrays across mappings; not
 * thread-safe.
 */
final class TemporalTrace {
    private static final int T = Tensor.COUNT;
    private static final int K = Tensor.RANK;

    private final Projection proj;
    /** Non-trivial temporal loops. */
    int nT;

    int[] tBound = new int[32];
    long[] tCnt = new long[32];
    int[][] stepCoord = new int[T][32];
    long[][] stepLen = new long[T][32];
    long[][] prefix = new long[T][33 * K];
    /** [tensor][k]: Σ_{i<k} |step_i| (steps move one coordinate, so this is the length of the prefix sum). */
    long[][] prefixLen = new long[T][33];
    /** [tiling level] index of the first non-trivial temporal loop above the level. */
    int[] firstAbove = new int[16];
    /** [tiling level] spatial replication above the level. */
    long[] repl = new long[16];
    /** [tiling level] fan-out of a container level (1 otherwise). */
    long[] fan = new long[16];
    /** Product of the temporal bounds: the cycles without bandwidth throttling. */
    long computeCycles;
    /** Product of the spatial bounds: the compute units used. */
    long computeInstancesUsed;
    /** τ_k of the last {@link #leafIsSlab} or {@link #computeTau}. */
    final long[] tau = new long[K];

    TemporalTrace(Projection proj) {
        this.proj = proj;
    }

    /** The temporal trace: non-trivial temporal loops, their counts and per-tensor steps. */
    void prepare(FlatNest nest, long[] scale) {
        int nl = nest.nLoops;
        int ntl = nest.nTl;
        if (tBound.length < nl) {
            int n = nl * 2;
            tBound = new int[n];
            tCnt = new long[n];
            for (int t = 0; t < T; t++) {
                stepCoord[t] = new int[n];
                stepLen[t] = new long[n];
                prefix[t] = new long[(n + 1) * K];
                prefixLen[t] = new long[n + 1];
            }
        }
        if (firstAbove.length < ntl) {
            int n = ntl * 2;
            firstAbove = new int[n];
            repl = new long[n];
            fan = new long[n];
        }
        int m = 0;
        long spatial = 1;
        int j = 0;
        for (int i = 0; i < nl; i++) {
            while (j < ntl && nest.tlHi[j] < i) {
                firstAbove[j++] = m;
            }
            if (nest.spatial[i]) {
                spatial *= nest.bound[i];
            } else if (nest.bound[i] > 1) {
                int d = nest.dim[i];
                tBound[m] = nest.bound[i];
                for (int t = 0; t < T; t++) {
                    int c = proj.coord[t][d];
                    long len = c >= 0 ? proj.coeff[t][d] * scale[i] : 0;
                    stepCoord[t][m] = len == 0 ? -1 : c;
                    stepLen[t][m] = len;
                }
                m++;
            }
        }
        while (j < ntl) {
            firstAbove[j++] = m;
        }
        nT = m;
        computeInstancesUsed = spatial;
        // cnt_k = (n_k − 1) · Π_{i>k} n_i
        long after = 1;
        for (int k = m - 1; k >= 0; k--) {
            tCnt[k] = (tBound[k] - 1) * after;
            after *= tBound[k];
        }
        computeCycles = after;
        for (int t = 0; t < T; t++) {
            long[] pre = prefix[t];
            long[] len = prefixLen[t];
            for (int c = 0; c < K; c++) {
                pre[c] = 0;
            }
            len[0] = 0;
            for (int k = 0; k < m; k++) {
                int base = k * K;
                for (int c = 0; c < K; c++) {
                    pre[base + K + c] = pre[base + c];
                }
                if (stepCoord[t][k] >= 0) {
                    pre[base + K + stepCoord[t][k]] += stepLen[t][k];
                }
                len[k + 1] = len[k] + stepLen[t][k];
            }
        }
        // spatial replication above and fan-out of each tiling level, in one pass from the outermost loop down
        long rep = 1;
        int l = ntl - 1;
        for (int i = nl - 1; i >= -1 && l >= 0; i--) {
            while (l >= 0 && nest.tlHi[l] == i) {
                repl[l] = rep;
                l--;
            }
            if (i >= 0 && nest.spatial[i]) {
                rep *= nest.bound[i];
            }
        }
        for (int x = 0; x < ntl; x++) {
            fan[x] = 1;
            if (nest.tlContainer[x]) {
                long f = 1;
                for (int i = nest.tlLo[x]; i <= nest.tlHi[x]; i++) {
                    if (nest.spatial[i]) {
                        f *= nest.bound[i];
                    }
                }
                fan[x] = f;
            }
        }
    }

    /**
     * Says whether the type-k leaf's move τ_k = σ_k − Σ_{k0≤i&lt;k} σ_i equals σ1 (and then leaves
     * τ_k in {@link #tau}). Steps are non-negative and move one coordinate each, so lengths must
     * match first: |σ_k| = |σ1| + Σ_{k0≤i&lt;k} |σ_i|, which rejects most leaves in one comparison.
     */
    boolean leafIsSlab(int t, int k, int k0, int base, int c1, long v1) {
        long[] len = prefixLen[t];
        if (stepLen[t][k] != v1 + len[k] - len[k0]) {
            return false;
        }
        computeTau(t, k, base);
        for (int c = 0; c < K; c++) {
            long want = c == c1 ? v1 : 0;
            if (tau[c] != want) {
                return false;
            }
        }
        return true;
    }

    /** τ_k = σ_k − (prefix_k − prefix_k0) into {@link #tau}. */
    void computeTau(int t, int k, int base) {
        long[] pre = prefix[t];
        int kb = k * K;
        for (int c = 0; c < K; c++) {
            tau[c] = pre[base + c] - pre[kb + c];
        }
        int ck = stepCoord[t][k];
        if (ck >= 0) {
            tau[ck] += stepLen[t][k];
        }
    }
}
