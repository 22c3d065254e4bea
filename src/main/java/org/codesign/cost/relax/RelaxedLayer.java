package org.codesign.cost.relax;

import java.util.ArrayList;
import java.util.List;
import org.codesign.cost.arch.SpatialAcceleratorArchitecture;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.cost.loopnest.Dim;
import org.codesign.cost.loopnest.Tensor;
import org.hipparchus.CalculusFieldElement;
import org.hipparchus.util.MathArrays;

/**
 * The relaxed cost of one layer: Timeloop's access counts (see {@code NestEvaluator}) written as
 * smooth functions of the log factors, for the fixed loop orders of {@link LoopOrders}.
 *
 * <p>The accesses a level receives from a child tile of V words over the temporal loops above
 * it are V · Π m_k: a loop that indexes the tensor refetches (m = n); one that does not keeps
 * the tile (m = 1) unless a loop inside it does index it (m = n), which the relaxation writes as
 * m = n^h with h = 1 − e^(−α Σ inner relevant log factors), exact at every integer point up to
 * e^(−α ln 2); the innermost non-trivial input loop along P, Q, R or S only fetches the new rows
 * of the sliding window, m = 1 + (n − 1)·step/extent. Equal deltas across the PE array are
 * multicast (the parent serves the relevant spatial factors only); partial sums skip their first
 * read. Cycles are the smooth maximum of the compute cycles and the global buffer's read and
 * write traffic over its bandwidth.
 */
final class RelaxedLayer {
    /** Sharpness of the "a non-trivial loop is inside" indicator (error ≤ 2^−α in the exponent). */
    static final double SHARPNESS = 14;
    /** Exponent of the smooth maximum of the cycle bounds (at most 3^(1/p) − 1 above the max). */
    static final double MAX_POWER = 48;

    private RelaxedLayer() {}

    /** Cycles, energy (pJ) and the tile sizes the capacity constraints need, for one instance of a layer. */
    record Terms<T>(T cycles, T energyPJ, T glbTileWords, T spadTileWords, T logSpatialX, T logSpatialY) {}

    static <T extends CalculusFieldElement<T>> Terms<T> evaluate(
            LayerLayout layout, RelaxedHardware<T> hw, T[] x, int offset) {
        ConvProblem prob = layout.problem();
        SimpleArray array = hw.array;
        T zero = x[0].getField().getZero();
        // log factors [position][dim]
        T[][] f = MathArrays.buildArray(x[0].getField(), LoopOrders.POSITIONS, Dim.COUNT);
        for (int p = 0; p < LoopOrders.POSITIONS; p++) {
            for (Dim d : Dim.values()) {
                int i = layout.index(p, d);
                f[p][d.ordinal()] = i >= 0 ? x[offset + i] : zero.add(layout.constantLog(p, d));
            }
        }
        T[] none = MathArrays.buildArray(x[0].getField(), Dim.COUNT);
        java.util.Arrays.fill(none, zero);
        T[] pe = f[LoopOrders.PE];
        T[] arrayFan = MathArrays.buildArray(x[0].getField(), Dim.COUNT);
        for (int d = 0; d < Dim.COUNT; d++) {
            arrayFan[d] = f[LoopOrders.X][d].add(f[LoopOrders.Y][d]);
        }
        T[] glbTile = MathArrays.buildArray(x[0].getField(), Dim.COUNT);
        for (int d = 0; d < Dim.COUNT; d++) {
            glbTile[d] = pe[d].add(f[LoopOrders.X][d]).add(f[LoopOrders.Y][d]).add(f[LoopOrders.GLB][d]);
        }
        List<Loop<T>> dramLoops = loops(f, LoopOrders.DRAM);
        List<Loop<T>> aboveSpad = new ArrayList<>(dramLoops);
        aboveSpad.addAll(loops(f, LoopOrders.GLB));
        List<Loop<T>> aboveReg = new ArrayList<>(aboveSpad);
        aboveReg.addAll(loops(f, LoopOrders.PE));

        T logSpatial = zero;
        T logTemporal = zero;
        T logX = zero;
        T logY = zero;
        for (int d = 0; d < Dim.COUNT; d++) {
            logX = logX.add(f[LoopOrders.X][d]);
            logY = logY.add(f[LoopOrders.Y][d]);
            logTemporal = logTemporal
                    .add(f[LoopOrders.DRAM][d])
                    .add(f[LoopOrders.GLB][d])
                    .add(pe[d]);
        }
        logSpatial = logX.add(logY);
        T used = logSpatial.exp();
        T computeCycles = logTemporal.exp();
        double macs = prob.macs();

        T energy = zero.add(macs * hw.macPJ);
        T glbReads = zero;
        T glbWrites = zero;
        T glbTileWords = zero;
        Tensor pinned = array.pinned();
        for (Tensor t : Tensor.values()) {
            int ti = t.ordinal();
            boolean rw = t.readWrite();
            // registers: the MACs read (and update) them; they are filled per PE
            T regDelta = deltas(t, none, arrayFan, aboveReg, prob);
            T regFills = used.multiply(regDelta);
            if (rw) {
                // partial sums: every MAC updates the register, all but the first update read it
                energy = energy.add(macs * hw.regWrite[ti])
                        .add(used.negate().add(macs).multiply(hw.regRead[ti]));
                energy = energy.add(regFills.subtract(used).multiply(hw.regWrite[ti]));
            } else {
                energy = energy.add(macs * hw.regRead[ti]).add(regFills.multiply(hw.regWrite[ti]));
            }
            T childDelta = regDelta;
            if (t == pinned) {
                T spadDelta = deltas(t, pe, arrayFan, aboveSpad, prob);
                T spadTile = tile(t, pe, prob);
                // the scratchpad serves its register (and takes its partial sums back)
                T served = regFills;
                T fills = used.multiply(spadDelta);
                if (rw) {
                    energy = energy.add(served.multiply(hw.spadWrite));
                    energy = energy.add(served.subtract(used.multiply(spadTile)).multiply(hw.spadRead));
                    energy = energy.add(fills.subtract(used.multiply(spadTile)).multiply(hw.spadWrite));
                } else {
                    energy = energy.add(served.multiply(hw.spadRead)).add(fills.multiply(hw.spadWrite));
                }
                childDelta = spadDelta;
            }
            T toArray = childDelta.multiply(spatialRelevant(t, f));
            if (array.glbKeeps(t)) {
                T tileWords = tile(t, glbTile, prob);
                glbTileWords = glbTileWords.add(tileWords);
                T fills = deltas(t, glbTile, null, dramLoops, prob);
                if (rw) {
                    T reads = toArray.subtract(tileWords);
                    glbReads = glbReads.add(reads);
                    glbWrites = glbWrites.add(toArray).add(fills.subtract(tileWords));
                    energy = energy.add(reads.multiply(hw.glbRead))
                            .add(toArray.multiply(hw.glbWrite))
                            .add(fills.subtract(tileWords).multiply(hw.glbWrite));
                    energy = energy.add(
                            fills.multiply(2).subtract(prob.tensorWords(t)).multiply(hw.dramPJ));
                } else {
                    glbReads = glbReads.add(toArray);
                    glbWrites = glbWrites.add(fills);
                    energy = energy.add(toArray.multiply(hw.glbRead)).add(fills.multiply(hw.glbWrite));
                    energy = energy.add(fills.multiply(hw.dramPJ));
                }
            } else {
                T dram = rw ? toArray.multiply(2).subtract(prob.tensorWords(t)) : toArray;
                energy = energy.add(dram.multiply(hw.dramPJ));
            }
        }
        double bw = SpatialAcceleratorArchitecture.GLB_BANDWIDTH_WORDS;
        T cycles = smoothMax(computeCycles, glbReads.divide(bw), glbWrites.divide(bw));
        T leakPerCycle = hw.glbLeak.add(used.multiply(hw.spadLeak.add(hw.regLeak)));
        energy = energy.add(cycles.multiply(leakPerCycle));
        return new Terms<>(cycles, energy, glbTileWords, tile(pinned, pe, prob), logX, logY);
    }

    /** One temporal loop: its dimension and log factor. */
    private record Loop<T>(Dim dim, T logFactor, boolean aboveFanout) {}

    private static <T extends CalculusFieldElement<T>> List<Loop<T>> loops(T[][] f, int position) {
        List<Loop<T>> out = new ArrayList<>();
        for (Dim d : LoopOrders.order(position)) {
            out.add(new Loop<>(d, f[position][d.ordinal()], position != LoopOrders.PE));
        }
        return out;
    }

    /** Σ over time of a child tile's deltas, for the loops above it (outer to inner). */
    static <T extends CalculusFieldElement<T>> T deltas(
            Tensor t, T[] child, T[] fanout, List<Loop<T>> above, ConvProblem prob) {
        T total = tile(t, child, prob);
        T innerRelevant = total.getField().getZero();
        T innerAll = innerRelevant;
        for (int k = above.size() - 1; k >= 0; k--) {
            Loop<T> loop = above.get(k);
            T lf = loop.logFactor();
            if (!LoopOrders.relevant(t, loop.dim())) {
                T h = innerRelevant.multiply(-SHARPNESS).exp().negate().add(1);
                total = total.multiply(lf.multiply(h).exp());
            } else if (t == Tensor.I && isWindow(loop.dim())) {
                T n = lf.exp();
                T g = innerAll.multiply(-SHARPNESS).exp();
                T share = stepOverExtent(loop.dim(), child, loop.aboveFanout() ? fanout : null, prob);
                T sliding = n.subtract(1).multiply(share).add(1);
                total = total.multiply(
                        sliding.multiply(g).add(n.multiply(g.negate().add(1))));
                innerRelevant = innerRelevant.add(lf);
            } else {
                total = total.multiply(lf.exp());
                innerRelevant = innerRelevant.add(lf);
            }
            innerAll = innerAll.add(lf);
        }
        return total;
    }

    private static boolean isWindow(Dim d) {
        return d == Dim.P || d == Dim.Q || d == Dim.R || d == Dim.S;
    }

    /**
     * The share of a child input tile that one step of a window loop brings in (at most 1). A loop
     * above the PE array moves a PE's tile by the whole array's extent ({@code fanout}: log spatial
     * factors per dimension between the loop and the child, or null).
     */
    private static <T extends CalculusFieldElement<T>> T stepOverExtent(
            Dim d, T[] child, T[] fanout, ConvProblem prob) {
        boolean rowsAxis = d == Dim.P || d == Dim.R;
        int stride = rowsAxis ? prob.strideH() : prob.strideW();
        T out = child[(rowsAxis ? Dim.P : Dim.Q).ordinal()].exp();
        T win = child[(rowsAxis ? Dim.R : Dim.S).ordinal()].exp();
        T extent = out.subtract(1).multiply(stride).add(win);
        T step = (d == Dim.P || d == Dim.Q) ? out.multiply(stride) : win;
        if (fanout != null) {
            step = step.multiply(fanout[d.ordinal()].exp());
        }
        T ratio = step.divide(extent);
        return ratio.getReal() >= 1 ? ratio.getField().getOne() : ratio;
    }

    /** Words of a tensor's tile with these log extents (inputs with their halo). */
    static <T extends CalculusFieldElement<T>> T tile(Tensor t, T[] e, ConvProblem prob) {
        T zero = e[0].getField().getZero();
        return switch (t) {
            case W -> sum(e, Dim.G, Dim.C, Dim.M, Dim.R, Dim.S).exp();
            case O -> sum(e, Dim.N, Dim.G, Dim.M, Dim.P, Dim.Q).exp();
            case I -> {
                T h = e[Dim.P.ordinal()]
                        .exp()
                        .subtract(1)
                        .multiply(prob.strideH())
                        .add(e[Dim.R.ordinal()].exp());
                T w = e[Dim.Q.ordinal()]
                        .exp()
                        .subtract(1)
                        .multiply(prob.strideW())
                        .add(e[Dim.S.ordinal()].exp());
                yield sum(e, Dim.N, Dim.G, Dim.C).exp().multiply(h).multiply(w).add(zero);
            }
        };
    }

    private static <T extends CalculusFieldElement<T>> T sum(T[] e, Dim... dims) {
        T s = e[0].getField().getZero();
        for (Dim d : dims) {
            s = s.add(e[d.ordinal()]);
        }
        return s;
    }

    /** Π of the spatial factors that index the tensor: the distinct tiles the PE array needs. */
    private static <T extends CalculusFieldElement<T>> T spatialRelevant(Tensor t, T[][] f) {
        T s = f[0][0].getField().getZero();
        for (Dim d : Dim.values()) {
            if (LoopOrders.relevant(t, d)) {
                s = s.add(f[LoopOrders.X][d.ordinal()]).add(f[LoopOrders.Y][d.ordinal()]);
            }
        }
        return s.exp();
    }

    /** (a^p + b^p + c^p)^(1/p), computed in log space. */
    private static <T extends CalculusFieldElement<T>> T smoothMax(T a, T b, T c) {
        T la = a.log();
        T lb = b.log();
        T lc = c.log();
        double m = Math.max(la.getReal(), Math.max(lb.getReal(), lc.getReal()));
        T s = la.subtract(m)
                .multiply(MAX_POWER)
                .exp()
                .add(lb.subtract(m).multiply(MAX_POWER).exp())
                .add(lc.subtract(m).multiply(MAX_POWER).exp());
        return s.log().divide(MAX_POWER).add(m).exp();
    }
}
