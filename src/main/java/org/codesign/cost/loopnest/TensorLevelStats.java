package org.codesign.cost.loopnest;

/**
 * Per storage level and kept tensor: utilized instances and clusters, utilized capacity (the tile
 * size in words), partition size, per-instance reads, fills and updates, and the energy of all
 * utilized instances (leakage excluded).
 */
public record TensorLevelStats(
        String level,
        Tensor tensor,
        long utilizedInstances,
        long utilizedClusters,
        long utilizedCapacity,
        long partitionSize,
        long readsPerInstance,
        long fillsPerInstance,
        long updatesPerInstance,
        double energyPJ) {}
