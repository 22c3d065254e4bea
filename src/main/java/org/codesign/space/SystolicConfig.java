package org.codesign.space;

/**
 * An Edge-TPU-like systolic accelerator: an arrayX × arrayY PE array, SIMD lanes per PE,
 * on-chip memory, off-chip I/O bandwidth, clock, technology node and word width.
 */
public record SystolicConfig(int arrayX, int arrayY, int simdLanes, int onChipMemoryKiB,
                             double ioBandwidthGBps, DramType dramType, double clockMHz,
                             int technologyNm, int wordBits) implements HardwareConfig {

    public static final String TEMPLATE = "systolic";

    public SystolicConfig {
        Checks.positive("arrayX", arrayX);
        Checks.positive("arrayY", arrayY);
        Checks.positive("simdLanes", simdLanes);
        Checks.positive("onChipMemoryKiB", onChipMemoryKiB);
        Checks.positive("ioBandwidthGBps", ioBandwidthGBps);
        if (dramType == null) {
            throw new IllegalArgumentException("dramType: missing");
        }
        Checks.positive("clockMHz", clockMHz);
        TechnologyNode.require("technologyNm", technologyNm);
        Checks.positive("wordBits", wordBits);
    }

    @Override
    public String template() {
        return TEMPLATE;
    }
}
