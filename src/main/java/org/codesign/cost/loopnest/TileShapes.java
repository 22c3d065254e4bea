package org.codesign.cost.loopnest;

import java.util.Arrays;

/**
 * The tile geometry of a flattened mapping: the scale of every loop (the product of the bounds
 * of the same dimension's loops inside it), and per tensor and tiling level the tile's extents in
 * the tensor's coordinates and its volume. Reuses its arrays across mappings; not thread-safe.
 */
final class TileShapes {
    private static final int T = Tensor.COUNT;
    private static final int K = Tensor.RANK;

    private final Projection proj;
    private final long[] running = new long[Dim.COUNT];
    /** [loop] the product of the bounds of the loops of the same dimension inside it. */
    long[] scale = new long[32];
    /** [tiling level][dim] the extent of the level's tile in every problem dimension. */
    private long[][] tlExt = new long[16][Dim.COUNT];
    /** [tensor][tiling level][coordinate] tile extents. */
    long[][][] ce = new long[T][16][K];
    /** [tensor][tiling level] tile volumes. */
    long[][] vol = new long[T][16];

    TileShapes(Projection proj) {
        this.proj = proj;
    }

    /** Loop scales, tile extents and volumes of every tiling level for every tensor. */
    void prepare(FlatNest nest) {
        int nl = nest.nLoops;
        int ntl = nest.nTl;
        if (scale.length < nl) {
            scale = new long[nl * 2];
        }
        if (tlExt.length < ntl) {
            int n = ntl * 2;
            tlExt = new long[n][Dim.COUNT];
            ce = new long[T][n][K];
            vol = new long[T][n];
        }
        Arrays.fill(running, 1);
        int tl = 0;
        for (int i = 0; i < nl; i++) {
            int d = nest.dim[i];
            scale[i] = running[d];
            running[d] *= nest.bound[i];
            while (tl < ntl && nest.tlHi[tl] == i) {
                System.arraycopy(running, 0, tlExt[tl], 0, Dim.COUNT);
                tl++;
            }
        }
        for (int t = 0; t < T; t++) {
            long[][] cet = ce[t];
            long[] vt = vol[t];
            for (int j = 0; j < ntl; j++) {
                proj.tileExtents(t, tlExt[j], cet[j]);
                long[] e = cet[j];
                vt[j] = e[0] * e[1] * e[2] * e[3] * e[4];
            }
        }
    }
}
