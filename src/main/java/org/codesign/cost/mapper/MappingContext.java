package org.codesign.cost.mapper;

import java.util.ArrayList;
import java.util.List;
import org.codesign.cost.loopnest.Architecture;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.cost.loopnest.Dim;
import org.codesign.cost.loopnest.Tensor;

/**
 * What one mapping search knows about its layer and hardware, fixed for the whole search: loop
 * bounds, level capacities and the tensors each level keeps, fan-outs per axis and the dataflow's
 * spatial constraints. Shared read-only by every phase.
 */
final class MappingContext {
    static final int D = Dim.COUNT;
    /** [tensor][dim]: does the dimension index the tensor (W, I, O). */
    static final boolean[][] INDEXES = indexes();

    final ConvProblem problem;
    final Architecture arch;
    final int levels;
    private final SpatialConstraints constraints;
    private final int[] bounds;
    private final long[] capacity;
    private final boolean[] keepW;
    private final boolean[] keepI;
    private final boolean[] keepO;
    /** [level][dim]: does the dimension index a tensor the level keeps. */
    private final boolean[][] indexesKept;
    /** [level][axis]: the fan-out below the level along the axis. */
    private final int[][] fanout;

    private final long strideH;
    private final long strideW;

    MappingContext(ConvProblem problem, Architecture arch, SpatialConstraints constraints) {
        this.problem = problem;
        this.arch = arch;
        this.constraints = constraints;
        this.levels = arch.storage().size();
        this.bounds = problem.bounds();
        capacity = new long[levels];
        keepW = new boolean[levels];
        keepI = new boolean[levels];
        keepO = new boolean[levels];
        indexesKept = new boolean[levels][D];
        fanout = new int[levels][SpatialAxis.COUNT];
        for (int s = 0; s < levels; s++) {
            var level = arch.storage().get(s);
            capacity[s] = level.effectiveCapacityWords();
            keepW[s] = level.keeps(Tensor.W);
            keepI[s] = level.keeps(Tensor.I);
            keepO[s] = level.keeps(Tensor.O);
            for (int d = 0; d < D; d++) {
                indexesKept[s][d] =
                        (keepW[s] && INDEXES[0][d]) || (keepI[s] && INDEXES[1][d]) || (keepO[s] && INDEXES[2][d]);
            }
            for (SpatialAxis a : SpatialAxis.ALL) {
                fanout[s][a.ordinal()] = a.fanout(arch, s);
            }
        }
        strideH = problem.strideH();
        strideW = problem.strideW();
    }

    private static boolean[][] indexes() {
        boolean[][] x = new boolean[3][D];
        // W[G,M,C,R,S], I[N,G,C,P,Q,R,S], O[N,G,M,P,Q]
        for (Dim d : new Dim[] {Dim.G, Dim.M, Dim.C, Dim.R, Dim.S}) {
            x[0][d.ordinal()] = true;
        }
        for (Dim d : new Dim[] {Dim.N, Dim.G, Dim.C, Dim.P, Dim.Q, Dim.R, Dim.S}) {
            x[1][d.ordinal()] = true;
        }
        for (Dim d : new Dim[] {Dim.N, Dim.G, Dim.M, Dim.P, Dim.Q}) {
            x[2][d.ordinal()] = true;
        }
        return x;
    }

    int bound(int d) {
        return bounds[d];
    }

    int fanout(int level, SpatialAxis axis) {
        return fanout[level][axis.ordinal()];
    }

    boolean allows(int level, SpatialAxis axis, int d) {
        return axis.allows(constraints, level, Dim.of(d));
    }

    boolean indexesKept(int level, int d) {
        return indexesKept[level][d];
    }

    /** Is the level's capacity unlimited (DRAM): then tiles always fit it. */
    boolean unlimited(int level) {
        return capacity[level] == Long.MAX_VALUE;
    }

    /** Do tiles of the given spans ([dim]) fit level {@code s}. */
    boolean fits(int s, long[] sp) {
        return need(s, sp) <= capacity[s];
    }

    /** The words level {@code s} needs for tiles of the given spans ([dim]); 0 when unlimited. */
    private long need(int s, long[] sp) {
        if (capacity[s] == Long.MAX_VALUE) {
            return 0;
        }
        long n = sp[0], g = sp[1], c = sp[2], m = sp[3], p = sp[4], q = sp[5], r = sp[6], sS = sp[7];
        long need = 0;
        if (keepW[s]) {
            need += g * m * c * r * sS;
        }
        if (keepI[s]) {
            need += n * g * c * ((p - 1) * strideH + r) * ((q - 1) * strideW + sS);
        }
        if (keepO[s]) {
            need += n * g * m * p * q;
        }
        return need;
    }

    static long product(int[] f) {
        long p = 1;
        for (int x : f) {
            p *= x;
        }
        return p;
    }

    static List<Integer> divisors(int n, int max) {
        List<Integer> out = new ArrayList<>();
        for (int f = 1; f <= n && f <= max; f++) {
            if (n % f == 0) {
                out.add(f);
            }
        }
        return out;
    }

    static int smallestPrime(int n) {
        for (int p = 2; p * p <= n; p++) {
            if (n % p == 0) {
                return p;
            }
        }
        return n;
    }
}
