package org.codesign.cost.mapper;

import org.codesign.cost.loopnest.Architecture;
import org.codesign.cost.loopnest.Dim;

/**
 * An axis of a spatial fan-out (the X and Y of a PE array). The search keeps spatial factors in
 * one array indexed by axis and loops over {@link #ALL}, so both axes go through the same code.
 */
enum SpatialAxis {
    X {
        @Override
        int fanout(Architecture arch, int level) {
            return arch.fanoutX(level);
        }

        @Override
        boolean allows(SpatialConstraints constraints, int level, Dim dim) {
            return constraints.allowsX(level, dim);
        }
    },
    Y {
        @Override
        int fanout(Architecture arch, int level) {
            return arch.fanoutY(level);
        }

        @Override
        boolean allows(SpatialConstraints constraints, int level, Dim dim) {
            return constraints.allowsY(level, dim);
        }
    };

    /** The axes in the search's order: X before Y (the order decides ties, so it is fixed). */
    static final SpatialAxis[] ALL = values();

    static final int COUNT = ALL.length;

    /** How many children storage level {@code level} fans out to along this axis. */
    abstract int fanout(Architecture arch, int level);

    /** Does the dataflow let this axis of level {@code level}'s fan-out carry {@code dim}. */
    abstract boolean allows(SpatialConstraints constraints, int level, Dim dim);
}
