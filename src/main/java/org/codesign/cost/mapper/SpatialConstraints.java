package org.codesign.cost.mapper;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.codesign.cost.loopnest.Architecture;
import org.codesign.cost.loopnest.Dim;
import org.codesign.space.Dataflow;

/**
 * Which problem dimensions a mapping may spread over the X and Y axes of each spatial fan-out:
 * the dataflow of the hardware. A level without an entry accepts every dimension.
 *
 * <p>The dataflows (the storage level above the PE array is the one constrained):
 * <ul>
 * <li>row-stationary (Eyeriss): X carries output positions Q (and may add M), Y carries filter
 *   rows S (and may add C and M) — the mapping Timeloop's Eyeriss constraints allow;</li>
 * <li>weight-stationary: X and Y carry C and M (weights are pinned to PEs);</li>
 * <li>output-stationary: X and Y carry P, Q and M (outputs are pinned);</li>
 * <li>input-stationary: X and Y carry C, P and Q (inputs are pinned).</li>
 * </ul>
 * G (groups) is allowed wherever C or M is, so depthwise layers (C = M = 1 per group) can use the
 * array. Fan-outs below the PE level (e.g. SIMD lanes) are constrained separately.
 */
public final class SpatialConstraints {
    private final Map<Integer, Set<Dim>> allowedX = new HashMap<>();
    private final Map<Integer, Set<Dim>> allowedY = new HashMap<>();
    private final String label;

    private SpatialConstraints(String label) {
        this.label = label;
    }

    /** No constraint: any dimension on any axis. */
    public static SpatialConstraints none() {
        return new SpatialConstraints("any");
    }

    /** Constrains the fan-out of storage level {@code level}. */
    public SpatialConstraints with(int level, Set<Dim> x, Set<Dim> y) {
        SpatialConstraints c = copy(label);
        c.allowedX.put(level, inOrder(x));
        c.allowedY.put(level, inOrder(y));
        return c;
    }

    /**
     * In the dimensions' order, not Set.copyOf's, which a JVM salts at random: {@link #key} names
     * the cluster's shared mappings, and must read the same in every JVM.
     */
    private static Set<Dim> inOrder(Set<Dim> dims) {
        EnumSet<Dim> ordered = EnumSet.noneOf(Dim.class);
        ordered.addAll(dims);
        return java.util.Collections.unmodifiableSet(ordered);
    }

    /** The dataflow's constraint on the fan-out from {@code arrayLevel} to the PEs. */
    public static SpatialConstraints forDataflow(Dataflow dataflow, int arrayLevel) {
        SpatialConstraints c = new SpatialConstraints(dataflow.label());
        switch (dataflow) {
            case ROW_STATIONARY -> {
                c.allowedX.put(arrayLevel, EnumSet.of(Dim.Q, Dim.M, Dim.G));
                c.allowedY.put(arrayLevel, EnumSet.of(Dim.S, Dim.C, Dim.M, Dim.G));
            }
            case WEIGHT_STATIONARY -> {
                c.allowedX.put(arrayLevel, EnumSet.of(Dim.C, Dim.M, Dim.G));
                c.allowedY.put(arrayLevel, EnumSet.of(Dim.C, Dim.M, Dim.G));
            }
            case OUTPUT_STATIONARY -> {
                c.allowedX.put(arrayLevel, EnumSet.of(Dim.P, Dim.Q, Dim.M, Dim.G));
                c.allowedY.put(arrayLevel, EnumSet.of(Dim.P, Dim.Q, Dim.M, Dim.G));
            }
            case INPUT_STATIONARY -> {
                c.allowedX.put(arrayLevel, EnumSet.of(Dim.C, Dim.P, Dim.Q, Dim.G));
                c.allowedY.put(arrayLevel, EnumSet.of(Dim.C, Dim.P, Dim.Q, Dim.G));
            }
        }
        return c;
    }

    public boolean allowsX(int level, Dim d) {
        Set<Dim> s = allowedX.get(level);
        return s == null || s.contains(d);
    }

    public boolean allowsY(int level, Dim d) {
        Set<Dim> s = allowedY.get(level);
        return s == null || s.contains(d);
    }

    public String label() {
        return label;
    }

    /** True when the constraints admit this architecture's fan-outs (levels exist). */
    public boolean fits(Architecture arch) {
        int n = arch.storage().size();
        return allowedX.keySet().stream().allMatch(l -> l < n)
                && allowedY.keySet().stream().allMatch(l -> l < n);
    }

    private SpatialConstraints copy(String newLabel) {
        SpatialConstraints c = new SpatialConstraints(newLabel);
        c.allowedX.putAll(allowedX);
        c.allowedY.putAll(allowedY);
        return c;
    }

    private String key;

    /** A stable key for caches. */
    public String key() {
        String k = key;
        if (k == null) {
            k = label + new java.util.TreeMap<>(allowedX) + new java.util.TreeMap<>(allowedY);
            key = k;
        }
        return k;
    }

    @Override
    public String toString() {
        return key();
    }
}
