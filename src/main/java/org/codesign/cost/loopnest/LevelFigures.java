package org.codesign.cost.loopnest;

/**
 * The figures of every storage level that the nest analysis reads per mapping, copied once from
 * the architecture into flat arrays indexed by storage level (outermost first).
 */
final class LevelFigures {
    private static final int T = Tensor.COUNT;

    /** [storage][tensor] whether the level keeps the tensor. */
    final boolean[][] keeps;

    final boolean[] bounded;
    final long[] effectiveCapacity;
    final double[] readBandwidth;
    final double[] writeBandwidth;
    final double[] sharedBandwidth;
    final int[] blockWords;
    final double[] readEnergy;
    final double[] writeEnergy;
    final double[] updateEnergy;
    final double[] leakPerCycle;
    final long[] clusterCount;

    LevelFigures(Architecture arch) {
        int n = arch.storage().size();
        keeps = new boolean[n][T];
        bounded = new boolean[n];
        effectiveCapacity = new long[n];
        readBandwidth = new double[n];
        writeBandwidth = new double[n];
        sharedBandwidth = new double[n];
        blockWords = new int[n];
        readEnergy = new double[n];
        writeEnergy = new double[n];
        updateEnergy = new double[n];
        leakPerCycle = new double[n];
        clusterCount = new long[n];
        for (int s = 0; s < n; s++) {
            StorageLevel level = arch.storage().get(s);
            for (int t = 0; t < T; t++) {
                keeps[s][t] = level.keeps(Tensor.of(t));
            }
            bounded[s] = level.bounded();
            effectiveCapacity[s] = level.effectiveCapacityWords();
            readBandwidth[s] = level.readBandwidth();
            writeBandwidth[s] = level.writeBandwidth();
            sharedBandwidth[s] = level.sharedBandwidth();
            blockWords[s] = level.blockWords();
            readEnergy[s] = level.readEnergyPJ();
            writeEnergy[s] = level.writeEnergyPJ();
            updateEnergy[s] = level.updateEnergyPJ();
            leakPerCycle[s] = level.leakPJPerCycle();
            clusterCount[s] = level.instances() / level.clusterSize();
        }
    }
}
