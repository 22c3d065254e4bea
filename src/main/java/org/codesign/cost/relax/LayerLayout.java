package org.codesign.cost.relax;

import java.util.Arrays;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.cost.loopnest.Dim;
import org.codesign.cost.mapper.SpatialConstraints;

/**
 * The variables of one layer in the relaxed model: the log factor of every splittable dimension
 * (bound above 1) at DRAM, at the global buffer, at the scratchpad and on each spatial axis the
 * dataflow allows it on. Factors that are not variables are constants: N in DRAM, R and S in the
 * scratchpad, every other factor 1. The factors of a dimension multiply to its bound: a linear
 * equality in log space ({@link #equalities}).
 */
public final class LayerLayout {
    private final ConvProblem problem;
    /** [position][dim]: variable index within the layer, or -1. */
    private final int[][] index = new int[LoopOrders.POSITIONS][Dim.COUNT];

    private final int size;

    public LayerLayout(ConvProblem problem, SimpleArray array) {
        this.problem = problem;
        SpatialConstraints sc = SpatialConstraints.forDataflow(array.dataflow(), 1);
        for (int[] row : index) {
            Arrays.fill(row, -1);
        }
        int k = 0;
        for (Dim d : LoopOrders.SPLIT) {
            if (problem.bound(d) <= 1) {
                continue;
            }
            index[LoopOrders.DRAM][d.ordinal()] = k++;
            index[LoopOrders.GLB][d.ordinal()] = k++;
            index[LoopOrders.PE][d.ordinal()] = k++;
            if (sc.allowsX(1, d)) {
                index[LoopOrders.X][d.ordinal()] = k++;
            }
            if (sc.allowsY(1, d)) {
                index[LoopOrders.Y][d.ordinal()] = k++;
            }
        }
        size = k;
    }

    public ConvProblem problem() {
        return problem;
    }

    /** Variables of this layer. */
    public int size() {
        return size;
    }

    /** The variable of a factor within the layer, or -1 when the factor is a constant. */
    public int index(int position, Dim d) {
        return index[position][d.ordinal()];
    }

    /** The log of a constant factor (0 for a factor of 1). */
    public double constantLog(int position, Dim d) {
        if (position == LoopOrders.DRAM && d == Dim.N) {
            return Math.log(problem.n());
        }
        if (position == LoopOrders.PE && (d == Dim.R || d == Dim.S)) {
            return Math.log(problem.bound(d));
        }
        return 0;
    }

    /** The splittable dimensions with a variable (bound above 1). */
    public java.util.List<Dim> splitDims() {
        return LoopOrders.SPLIT.stream().filter(d -> problem.bound(d) > 1).toList();
    }

    /**
     * Rows of Σ log factors = log bound, one per split dimension, over this layer's variables:
     * {@code a[row][var]} and {@code b[row]}.
     */
    public double[][] equalities(double[] b) {
        java.util.List<Dim> dims = splitDims();
        double[][] a = new double[dims.size()][size];
        for (int r = 0; r < dims.size(); r++) {
            Dim d = dims.get(r);
            for (int p = 0; p < LoopOrders.POSITIONS; p++) {
                int i = index[p][d.ordinal()];
                if (i >= 0) {
                    a[r][i] = 1;
                }
            }
            b[r] = Math.log(problem.bound(d));
        }
        return a;
    }
}
