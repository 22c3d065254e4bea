package org.codesign.cost.relax;

import static org.codesign.cost.loopnest.Dim.C;
import static org.codesign.cost.loopnest.Dim.G;
import static org.codesign.cost.loopnest.Dim.M;
import static org.codesign.cost.loopnest.Dim.N;
import static org.codesign.cost.loopnest.Dim.P;
import static org.codesign.cost.loopnest.Dim.Q;
import static org.codesign.cost.loopnest.Dim.R;
import static org.codesign.cost.loopnest.Dim.S;

import java.util.List;
import org.codesign.cost.loopnest.Dim;

/**
 * Where the relaxed model's factors sit and in which order (outer to inner): DRAM temporal
 * loops, global-buffer temporal loops, the global buffer's spatial X (PE columns) and Y (PE rows)
 * fan-out, and the scratchpad's temporal loops, which hold the whole filter window (R, S). The
 * relaxation fixes one order per level, as the ICCAD 2022 and DOSA formulations do; the order
 * lets the weights stay in the buffers while the output positions P, Q turn innermost.
 */
public final class LoopOrders {
    public static final int DRAM = 0;
    public static final int GLB = 1;
    public static final int X = 2;
    public static final int Y = 3;
    public static final int PE = 4;
    public static final int POSITIONS = 5;

    static final List<Dim> DRAM_ORDER = List.of(N, G, M, C, P, Q);
    static final List<Dim> GLB_ORDER = List.of(G, C, M, P, Q);
    static final List<Dim> PE_ORDER = List.of(G, C, M, P, Q, R, S);
    /** Dimensions the relaxation splits over the positions (N stays in DRAM, R and S in the PE). */
    static final List<Dim> SPLIT = List.of(G, C, M, P, Q);

    private LoopOrders() {}

    /** The temporal loops (position, dimension) of a position, outer to inner. */
    static List<Dim> order(int position) {
        return switch (position) {
            case DRAM -> DRAM_ORDER;
            case GLB -> GLB_ORDER;
            case PE -> PE_ORDER;
            default -> List.of();
        };
    }

    /** Whether a dimension indexes a tensor (I through its sliding window as well). */
    static boolean relevant(org.codesign.cost.loopnest.Tensor t, Dim d) {
        return switch (t) {
            case W -> d == G || d == C || d == M || d == R || d == S;
            case I -> d != M;
            case O -> d == N || d == G || d == M || d == P || d == Q;
        };
    }
}
