package org.codesign.cost.loopnest;

/**
 * How the spatial fan-out below a storage level is organised, which matters for multicast and
 * neighbour (link) transfers. Timeloop models a fan-out as "container" levels that hold no data:
 * one container with both the X and Y loops (a 2-D mesh, as in the simple weight/output-stationary
 * designs), or an outer X container (columns) holding inner Y containers (PEs of a column), as in
 * the Eyeriss-like design. Equal tiles are only recognised as a multicast within one container.
 */
public enum FanoutContainers {
    /** One 2-D container: X and Y loops together (Y outer, X inner in the linear PE index). */
    SHARED,
    /** An X container (columns) above a Y container (rows inside a column). */
    X_THEN_Y;

    public static FanoutContainers parse(String field, String label) {
        if (label != null) {
            switch (label.trim()) {
                case "shared" -> {
                    return SHARED;
                }
                case "xThenY", "x-then-y" -> {
                    return X_THEN_Y;
                }
                default -> {}
            }
        }
        throw new IllegalArgumentException(field + ": unknown container layout '" + label + "' (shared, xThenY)");
    }

    /**
     * Whether a fan-out with this layout is analysed as an X container above a Y container. A
     * single Timeloop container takes one factor per dimension (one spatial directive), so a
     * mapping that spreads one dimension over both X and Y can only be said as nested containers;
     * it is analysed as Timeloop analyses those, which is how it is exported.
     */
    public boolean nested(boolean dimensionOnBothAxes) {
        return this == X_THEN_Y || dimensionOnBothAxes;
    }

    public String label() {
        return this == SHARED ? "shared" : "xThenY";
    }
}
