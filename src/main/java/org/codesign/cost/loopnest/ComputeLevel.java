package org.codesign.cost.loopnest;

/** The MAC units: count, mesh, energy per MAC, leakage per cycle and area per instance. */
public record ComputeLevel(
        String name, int instances, int meshX, int meshY, double energyPJ, double leakPJPerCycle, double areaUm2) {

    public ComputeLevel {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: the compute level needs a name");
        }
        if (instances <= 0 || meshX <= 0 || meshY <= 0 || (long) meshX * meshY != instances) {
            throw new IllegalArgumentException(
                    name + ".instances: " + instances + " must be meshX × meshY = " + meshX + " × " + meshY);
        }
        if (!(energyPJ >= 0) || !(leakPJPerCycle >= 0) || !(areaUm2 >= 0)) {
            throw new IllegalArgumentException(name + ".energyPJ: energies and area must be >= 0");
        }
    }
}
