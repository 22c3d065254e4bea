package org.codesign.space;

import java.util.Locale;

/**
 * Off-chip memory types with per-bit access energy in pJ (Accelergy/CACTI figures listed in
 * docs/BACKGROUND.md, "Reference figures").
 */
public enum DramType {
    LPDDR4(8.0),
    LPDDR(40.0),
    DDR3(70.0),
    GDDR5(14.0),
    HBM2(3.9);

    private final double energyPJPerBit;

    DramType(double energyPJPerBit) {
        this.energyPJPerBit = energyPJPerBit;
    }

    public double energyPJPerBit() {
        return energyPJPerBit;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DramType parse(String label) {
        for (DramType d : values()) {
            if (d.label().equalsIgnoreCase(label)) {
                return d;
            }
        }
        throw new IllegalArgumentException(
                "dramType: unknown DRAM type '" + label + "' (lpddr4, lpddr, ddr3, gddr5, hbm2)");
    }
}
