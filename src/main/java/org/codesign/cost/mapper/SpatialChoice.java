package org.codesign.cost.mapper;

/**
 * A spatial assignment: the factor of each dimension on each fan-out ([axis][level][dim]) and the
 * MACs it keeps busy.
 */
record SpatialChoice(int[][][] factors, long product) {

    /** No fan-out used. */
    static SpatialChoice none(int levels) {
        return new SpatialChoice(MappingState.ones(SpatialAxis.COUNT, levels), 1);
    }
}
