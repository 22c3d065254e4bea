package org.codesign.cost.loopnest;

import java.util.Arrays;

/**
 * The raw accesses (before masking) every tiling level receives from its child for one tensor:
 * the sum over time of the child tile's deltas ({@link #traceDeltas}, the closed form of the
 * {@link NestEvaluator} class comment), multicast across a container's elements, and neighbour
 * link transfers where they remove whole multicast groups. Per tiling level j: {@link #tAcc}
 * accesses served, {@link #wAcc} accesses weighted by the elements that receive them, {@link #lAcc}
 * link transfers. Reuses its arrays across mappings; not thread-safe.
 */
final class LevelAccesses {
    private static final int K = Tensor.RANK;

    private final Projection proj;
    private final TileShapes tiles;
    private final TemporalTrace trace;
    private final LinkAnalysis links = new LinkAnalysis();
    /** Accesses (total, weighted, link transfers) of the last {@link #linkRow}. */
    private final double[] row = new double[3];

    double[] tAcc = new double[16];
    double[] wAcc = new double[16];
    double[] lAcc = new double[16];

    LevelAccesses(Projection proj, TileShapes tiles, TemporalTrace trace) {
        this.proj = proj;
        this.tiles = tiles;
        this.trace = trace;
    }

    /** Raw accesses of every tiling level for tensor t (tiles and trace prepared for {@code nest}). */
    void compute(FlatNest nest, int t) {
        int ntl = nest.nTl;
        if (tAcc.length < ntl) {
            int n = ntl * 2;
            tAcc = new double[n];
            wAcc = new double[n];
            lAcc = new double[n];
        }
        if (nest.tlContainer[0]) {
            containerOverComputeUnits(nest, t);
        } else {
            tAcc[0] = trace.computeCycles;
            wAcc[0] = trace.computeCycles;
            lAcc[0] = 0;
        }
        long[][] ce = tiles.ce[t];
        int[] firstAbove = trace.firstAbove;
        int lastChild = -1;
        double lastD = 0;
        for (int j = 1; j < ntl; j++) {
            int child = j - 1;
            double d;
            // a level with only unit loops repeats its child's tile and trace: reuse the sum
            if (lastChild >= 0
                    && firstAbove[child] == firstAbove[lastChild]
                    && Arrays.equals(ce[child], ce[lastChild])) {
                d = lastD;
            } else {
                d = traceDeltas(t, child);
            }
            lastChild = child;
            lastD = d;
            if (nest.tlContainer[j]) {
                containerOverTiles(nest, t, j, d);
            } else {
                tAcc[j] = d;
                wAcc[j] = d;
                lAcc[j] = 0;
            }
        }
    }

    /**
     * Σ over time of the deltas of tiling level {@code child}'s tile, per instance, as Timeloop's
     * extrapolated simulation counts them (see the {@link NestEvaluator} class comment).
     */
    private double traceDeltas(int t, int child) {
        TemporalTrace tr = trace;
        long[] ext = tiles.ce[t][child];
        long v = tiles.vol[t][child];
        int k0 = tr.firstAbove[child];
        int nT = tr.nT;
        if (k0 >= nT) {
            return v;
        }
        long[] tCnt = tr.tCnt;
        int c1 = tr.stepCoord[t][k0];
        long v1 = tr.stepLen[t][k0];
        double d = v + tCnt[k0] * newPartSingle(ext, v, c1, v1);
        int base = k0 * K;
        long full = 0;
        for (int k = k0 + 1; k < nT; k++) {
            if (tr.leafIsSlab(t, k, k0, base, c1, v1)) {
                d += tCnt[k] * newPart(ext, v, tr.tau);
            } else {
                full += tCnt[k];
            }
        }
        return d + (double) full * v;
    }

    /** Size of the new part of a box of extents ext moved by {@code step} along coordinate c. */
    private static double newPartSingle(long[] ext, long v, int c, long step) {
        if (c < 0) {
            return 0;
        }
        long a = Math.abs(step);
        if (a >= ext[c]) {
            return v;
        }
        return (double) (v / ext[c]) * a;
    }

    private static double newPart(long[] ext, long v, long[] move) {
        long overlap = 1;
        for (int k = 0; k < K; k++) {
            long o = ext[k] - Math.abs(move[k]);
            if (o <= 0) {
                return v;
            }
            overlap *= o;
        }
        return v - overlap;
    }

    /** Raw accesses of container j whose children are tiles of level j−1 with delta sum d. */
    private void containerOverTiles(FlatNest nest, int t, int j, double d) {
        TemporalTrace tr = trace;
        long g = links.prepare(nest, j, t, proj, tiles.scale);
        long f = tr.fan[j];
        int child = j - 1;
        int k0 = tr.firstAbove[child];
        int nT = tr.nT;
        if (f == 1 || !links.possibleAtAll() || k0 >= nT) {
            tAcc[j] = g * d;
            wAcc[j] = f * d;
            lAcc[j] = 0;
            return;
        }
        long v = tiles.vol[t][child];
        long[] ext = tiles.ce[t][child];
        long[] tCnt = tr.tCnt;
        long[] tau = tr.tau;
        int c1 = tr.stepCoord[t][k0];
        long v1 = tr.stepLen[t][k0];
        int base = k0 * K;
        double d1 = newPartSingle(ext, v, c1, v1);
        double tot = g * v; // the initial fetch: no previous deltas to link with
        double wgt = f * v;
        double lnk = 0;
        // type-k leaves (k ≥ 2): the previous leaf is a type-1 leaf (a slab of σ1)
        double wSlabPrev = 0;
        double wFullPrev = 0;
        for (int k = k0 + 1; k < nT; k++) {
            boolean slab = tr.leafIsSlab(t, k, k0, base, c1, v1);
            double dk = slab ? newPart(ext, v, tau) : v;
            double w = tCnt[k];
            // weights of the type-1 leaves that follow this leaf type
            if (slab) {
                wSlabPrev += (tr.tBound[k0] - 1) * (double) tCnt[k];
            } else {
                wFullPrev += (tr.tBound[k0] - 1) * (double) tCnt[k];
            }
            if (dk == 0) {
                continue;
            }
            boolean compatible = d1 > 0 && (slab || d1 == v);
            if (compatible) {
                tr.computeTau(t, k, base);
                linkRow(g, f, dk, w, tau);
                tot += row[0];
                wgt += row[1];
                lnk += row[2];
            } else {
                tot += g * dk * w;
                wgt += f * dk * w;
            }
        }
        // type-1 leaves: the previous leaf is the initial one (full) or a type-k leaf
        if (d1 > 0) {
            boolean fullEqualsSlab = d1 == v;
            double wInit = tr.tBound[k0] - 1;
            double wCompat = wSlabPrev + (fullEqualsSlab ? wInit + wFullPrev : 0);
            double wOther = fullEqualsSlab ? 0 : wInit + wFullPrev;
            tot += g * d1 * wOther;
            wgt += f * d1 * wOther;
            if (wCompat > 0) {
                for (int c = 0; c < K; c++) {
                    tau[c] = 0;
                }
                tau[c1] = v1;
                linkRow(g, f, d1, wCompat, tau);
                tot += row[0];
                wgt += row[1];
                lnk += row[2];
            }
        }
        tAcc[j] = tot;
        wAcc[j] = wgt;
        lAcc[j] = lnk;
    }

    /** Accesses (total, weighted, link transfers) of leaves moving by {@code move}, into {@link #row}. */
    private void linkRow(long g, long f, double delta, double weight, long[] move) {
        if (links.candidate(move)) {
            links.evaluate(move);
            if (links.groupsWith < g) {
                row[0] = links.groupsWith * delta * weight;
                row[1] = (f - links.linked) * delta * weight;
                row[2] = links.linked * delta * weight;
                return;
            }
        }
        row[0] = g * delta * weight;
        row[1] = f * delta * weight;
        row[2] = 0;
    }

    /** Tiling level 0 is a container whose elements are the MACs: every delta is one point. */
    private void containerOverComputeUnits(FlatNest nest, int t) {
        TemporalTrace tr = trace;
        long g = links.prepare(nest, 0, t, proj, tiles.scale);
        long f = tr.fan[0];
        int k0 = tr.firstAbove[0];
        int nT = tr.nT;
        if (f == 1 || !links.possibleAtAll() || k0 >= nT) {
            tAcc[0] = (double) g * tr.computeCycles;
            wAcc[0] = (double) f * tr.computeCycles;
            lAcc[0] = 0;
            return;
        }
        // the single-point "tile" of the compute level moves like a 1×...×1 box
        double tot = g;
        double wgt = f;
        double lnk = 0;
        int base = k0 * K;
        long[] pre = tr.prefix[t];
        long[] tau = tr.tau;
        for (int k = k0; k < nT; k++) {
            for (int c = 0; c < K; c++) {
                tau[c] = pre[base + c] - pre[k * K + c];
            }
            int ck = tr.stepCoord[t][k];
            if (ck >= 0) {
                tau[ck] += tr.stepLen[t][k];
            }
            linkRow(g, f, 1, tr.tCnt[k], tau);
            tot += row[0];
            wgt += row[1];
            lnk += row[2];
        }
        tAcc[0] = tot;
        wAcc[0] = wgt;
        lAcc[0] = lnk;
    }
}
