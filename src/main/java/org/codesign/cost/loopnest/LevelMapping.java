package org.codesign.cost.loopnest;

import java.util.List;

/**
 * The loops of one storage level: temporal loops outer → inner, and the spatial X and Y loops
 * (outer → inner) that fan its tile out to its children.
 */
public record LevelMapping(String level, List<Loop> temporal, List<Loop> spatialX, List<Loop> spatialY) {

    public LevelMapping {
        temporal = List.copyOf(temporal);
        spatialX = List.copyOf(spatialX);
        spatialY = List.copyOf(spatialY);
    }

    public static LevelMapping empty(String level) {
        return new LevelMapping(level, List.of(), List.of(), List.of());
    }

    /** True when one dimension has loops (of factors above 1) on both the X and the Y axis of this level's fan-out. */
    public boolean dimensionOnBothAxes() {
        for (Loop x : spatialX) {
            for (Loop y : spatialY) {
                if (x.dim() == y.dim() && x.factor() > 1 && y.factor() > 1) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean hasSpatial() {
        return !spatialX.isEmpty() || !spatialY.isEmpty();
    }
}
