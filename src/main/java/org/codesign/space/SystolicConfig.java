package org.codesign.space;

/**
 * An Edge-TPU-like systolic accelerator: an arrayX × arrayY PE array, SIMD lanes per PE,
 * on-chip memory, off-chip I/O bandwidth, clock, technology node and word width.
 */
public record SystolicConfig(
        int arrayX,
        int arrayY,
        int simdLanes,
        int onChipMemoryKiB,
        double ioBandwidthGBps,
        DramType dramType,
        double clockMHz,
        int technologyNm,
        int wordBits)
        implements HardwareConfig {

    public static final String TEMPLATE = "systolic";

    public SystolicConfig {
        ConfigChecks.positive("arrayX", arrayX);
        ConfigChecks.positive("arrayY", arrayY);
        ConfigChecks.positive("simdLanes", simdLanes);
        ConfigChecks.productFits("arrayX", "arrayX × arrayY × simdLanes", arrayX, arrayY, simdLanes);
        ConfigChecks.positive("onChipMemoryKiB", onChipMemoryKiB);
        ConfigChecks.positiveAtMost("ioBandwidthGBps", ioBandwidthGBps, ConfigChecks.MAX_IO_GBPS);
        if (dramType == null) {
            throw new IllegalArgumentException("dramType: missing");
        }
        ConfigChecks.positiveAtMost("clockMHz", clockMHz, ConfigChecks.MAX_CLOCK_MHZ);
        TechnologyNode.require("technologyNm", technologyNm);
        ConfigChecks.positive("wordBits", wordBits);
    }

    @Override
    public String template() {
        return TEMPLATE;
    }
}
