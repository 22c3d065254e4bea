package org.codesign.cost.relax;

import java.util.ArrayList;
import java.util.List;
import org.codesign.cost.loopnest.Dim;
import org.codesign.cost.loopnest.LevelMapping;
import org.codesign.cost.loopnest.Loop;
import org.codesign.cost.loopnest.Mapping;

/**
 * The loop-nest {@link Mapping} that integer factors of a {@link LayerLayout} stand for: DRAM,
 * global-buffer (with its X and Y fan-out) and scratchpad loops in the orders of {@link
 * LoopOrders}, nothing in the registers. Loops of factor 1 are left out, as Timeloop drops them.
 */
public final class CanonicalMapping {
    private CanonicalMapping() {}

    /** @param factors [position][dim] integer factors (constants included) */
    public static Mapping of(int[][] factors) {
        List<LevelMapping> levels = new ArrayList<>();
        levels.add(new LevelMapping("DRAM", temporal(factors, LoopOrders.DRAM), List.of(), List.of()));
        levels.add(new LevelMapping(
                "shared_glb",
                temporal(factors, LoopOrders.GLB),
                spatial(factors[LoopOrders.X]),
                spatial(factors[LoopOrders.Y])));
        levels.add(new LevelMapping("pe_spad", temporal(factors, LoopOrders.PE), List.of(), List.of()));
        return new Mapping(levels);
    }

    /** Integer factors from the log factors of a layer's variables (rounded, constants included). */
    public static int[][] factors(LayerLayout layout, double[] x, int offset) {
        int[][] f = new int[LoopOrders.POSITIONS][Dim.COUNT];
        for (int p = 0; p < LoopOrders.POSITIONS; p++) {
            for (Dim d : Dim.values()) {
                int i = layout.index(p, d);
                double lf = i >= 0 ? x[offset + i] : layout.constantLog(p, d);
                f[p][d.ordinal()] = (int) Math.round(Math.exp(lf));
            }
        }
        return f;
    }

    private static List<Loop> temporal(int[][] f, int position) {
        List<Loop> out = new ArrayList<>();
        for (Dim d : LoopOrders.order(position)) {
            if (f[position][d.ordinal()] > 1) {
                out.add(new Loop(d, f[position][d.ordinal()]));
            }
        }
        return out;
    }

    private static List<Loop> spatial(int[] f) {
        List<Loop> out = new ArrayList<>();
        for (Dim d : LoopOrders.SPLIT) {
            if (f[d.ordinal()] > 1) {
                out.add(new Loop(d, f[d.ordinal()]));
            }
        }
        return out;
    }
}
