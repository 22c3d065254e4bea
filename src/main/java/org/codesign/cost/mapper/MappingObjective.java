package org.codesign.cost.mapper;

/** What the mapper minimizes. */
public enum MappingObjective {
    /** Energy × cycles (the default). */
    EDP,
    /** Energy per inference. */
    ENERGY,
    /** Cycles (ties broken by energy). */
    DELAY;

    /** The value minimized, given energy (pJ) and cycles. */
    public double score(double energyPJ, long cycles) {
        return switch (this) {
            case EDP -> energyPJ * cycles;
            case ENERGY -> energyPJ;
            case DELAY -> cycles * (1 + 1e-12 * energyPJ);
        };
    }
}
