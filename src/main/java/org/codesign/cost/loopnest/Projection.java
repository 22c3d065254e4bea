package org.codesign.cost.loopnest;

/**
 * How a problem dimension moves a tensor coordinate: coordinate {@link #coord} of tensor t grows
 * by {@link #coeff} per unit of the dimension (0 = the dimension does not index t). A tile that
 * spans e_d values of each dimension spans 1 + Σ coeff·(e_d − 1) values of each coordinate, which
 * is Timeloop's axis-aligned box projection (strided inputs include the skipped rows).
 */
final class Projection {
    /** [tensor][dim] → coordinate index, or −1. */
    final int[][] coord = new int[Tensor.COUNT][Dim.COUNT];
    /** [tensor][dim] → coefficient (0 when the dimension does not index the tensor). */
    final int[][] coeff = new int[Tensor.COUNT][Dim.COUNT];

    Projection(int strideH, int strideW) {
        for (int[] row : coord) {
            java.util.Arrays.fill(row, -1);
        }
        // W[G,M,C,R,S]
        set(Tensor.W, Dim.G, 0, 1);
        set(Tensor.W, Dim.M, 1, 1);
        set(Tensor.W, Dim.C, 2, 1);
        set(Tensor.W, Dim.R, 3, 1);
        set(Tensor.W, Dim.S, 4, 1);
        // I[N,G,C,H,W], H = P·strideH + R, W = Q·strideW + S
        set(Tensor.I, Dim.N, 0, 1);
        set(Tensor.I, Dim.G, 1, 1);
        set(Tensor.I, Dim.C, 2, 1);
        set(Tensor.I, Dim.P, 3, strideH);
        set(Tensor.I, Dim.R, 3, 1);
        set(Tensor.I, Dim.Q, 4, strideW);
        set(Tensor.I, Dim.S, 4, 1);
        // O[N,G,M,P,Q]
        set(Tensor.O, Dim.N, 0, 1);
        set(Tensor.O, Dim.G, 1, 1);
        set(Tensor.O, Dim.M, 2, 1);
        set(Tensor.O, Dim.P, 3, 1);
        set(Tensor.O, Dim.Q, 4, 1);
    }

    private void set(Tensor t, Dim d, int c, int k) {
        coord[t.ordinal()][d.ordinal()] = c;
        coeff[t.ordinal()][d.ordinal()] = k;
    }

    /** Fills {@code out} with the coordinate extents of a tile spanning {@code extents} per dimension. */
    void tileExtents(int tensor, long[] extents, long[] out) {
        for (int k = 0; k < Tensor.RANK; k++) {
            out[k] = 1;
        }
        int[] cs = coord[tensor];
        int[] ks = coeff[tensor];
        for (int d = 0; d < Dim.COUNT; d++) {
            if (cs[d] >= 0) {
                out[cs[d]] += ks[d] * (extents[d] - 1);
            }
        }
    }
}
