package org.codesign.cost.loopnest;

import java.util.List;

/**
 * The result of analysing one mapping: MACs, cycles (bandwidth throttling included), compute
 * cycles, utilization of the MAC array, total energy, area, the energy of the MACs and of leakage,
 * and per-level statistics.
 */
public record Analysis(
        long macs,
        long cycles,
        long computeCycles,
        double utilization,
        double energyPJ,
        double areaUm2,
        double computeEnergyPJ,
        double leakageEnergyPJ,
        long computeUtilizedInstances,
        List<TensorLevelStats> levels,
        List<LevelStats> levelStats) {

    public Analysis {
        levels = List.copyOf(levels);
        levelStats = List.copyOf(levelStats);
    }

    /** Energy-delay product in pJ·cycles. */
    public double edp() {
        return energyPJ * cycles;
    }

    public TensorLevelStats stats(String level, Tensor tensor) {
        for (TensorLevelStats s : levels) {
            if (s.level().equals(level) && s.tensor() == tensor) {
                return s;
            }
        }
        return null;
    }
}
