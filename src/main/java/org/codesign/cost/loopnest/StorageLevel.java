package org.codesign.cost.loopnest;

import java.util.EnumSet;
import java.util.Set;

/**
 * One storage level of an accelerator, per instance: which tensors it keeps (the others bypass
 * it), capacity in words (unbounded for DRAM), per-word energies of a read, a fill (write) and
 * an update, leakage, area, bandwidths in words per cycle (infinite when unlimited), the block
 * (vector) width in words, the cluster size (instances read as one wide access), the multiple
 * buffering factor and the layout of the spatial fan-out to its children.
 */
public record StorageLevel(
        String name,
        int instances,
        int meshX,
        int meshY,
        Set<Tensor> keeps,
        int wordBits,
        int blockWords,
        long capacityWords,
        double readEnergyPJ,
        double writeEnergyPJ,
        double updateEnergyPJ,
        double leakPJPerCycle,
        double areaUm2,
        double readBandwidth,
        double writeBandwidth,
        double sharedBandwidth,
        int clusterSize,
        double multipleBuffering,
        FanoutContainers fanout) {

    /** Marks an unbounded capacity (DRAM). */
    public static final long UNBOUNDED = Long.MAX_VALUE;

    public StorageLevel {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: a storage level needs a name");
        }
        positive(name + ".instances", instances);
        positive(name + ".meshX", meshX);
        positive(name + ".meshY", meshY);
        if ((long) meshX * meshY != instances) {
            throw new IllegalArgumentException(
                    name + ".instances: " + instances + " is not meshX × meshY = " + meshX + " × " + meshY);
        }
        // in the tensors' order, not Set.copyOf's, which a JVM salts at random: the architecture's key
        // (its toString) names the cluster's shared mappings, and must read the same in every JVM
        keeps = keeps.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(keeps));
        positive(name + ".wordBits", wordBits);
        positive(name + ".blockWords", blockWords);
        if (capacityWords <= 0) {
            throw new IllegalArgumentException(name + ".capacityWords: must be positive, got " + capacityWords);
        }
        nonNegative(name + ".readEnergyPJPerWord", readEnergyPJ);
        nonNegative(name + ".writeEnergyPJPerWord", writeEnergyPJ);
        nonNegative(name + ".updateEnergyPJPerWord", updateEnergyPJ);
        nonNegative(name + ".leakPJPerCycle", leakPJPerCycle);
        nonNegative(name + ".areaUm2", areaUm2);
        bandwidth(name + ".readBandwidthWordsPerCycle", readBandwidth);
        bandwidth(name + ".writeBandwidthWordsPerCycle", writeBandwidth);
        bandwidth(name + ".sharedBandwidthWordsPerCycle", sharedBandwidth);
        positive(name + ".clusterSize", clusterSize);
        if (!(multipleBuffering >= 1.0) || Double.isInfinite(multipleBuffering)) {
            throw new IllegalArgumentException(
                    name + ".multipleBuffering: must be a finite number >= 1, got " + multipleBuffering);
        }
        if (fanout == null) {
            fanout = FanoutContainers.SHARED;
        }
    }

    private static void positive(String field, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + ": must be positive, got " + value);
        }
    }

    private static void nonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": must be a finite number >= 0, got " + value);
        }
    }

    private static void bandwidth(String field, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(field + ": must be positive (or unlimited), got " + value);
        }
    }

    public boolean keeps(Tensor t) {
        return keeps.contains(t);
    }

    public boolean bounded() {
        return capacityWords != UNBOUNDED;
    }

    /** Words usable by one tile: the capacity divided by the multiple-buffering factor (floor). */
    public long effectiveCapacityWords() {
        return bounded() ? (long) Math.floor(capacityWords / multipleBuffering) : UNBOUNDED;
    }

    /** A copy with another capacity (and the same energies), used by sensitivity properties. */
    public StorageLevel withCapacity(long words) {
        return new StorageLevel(
                name,
                instances,
                meshX,
                meshY,
                keeps,
                wordBits,
                blockWords,
                words,
                readEnergyPJ,
                writeEnergyPJ,
                updateEnergyPJ,
                leakPJPerCycle,
                areaUm2,
                readBandwidth,
                writeBandwidth,
                sharedBandwidth,
                clusterSize,
                multipleBuffering,
                fanout);
    }
}
