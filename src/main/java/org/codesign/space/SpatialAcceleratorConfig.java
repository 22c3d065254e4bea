package org.codesign.space;

/**
 * An Eyeriss/Simba-like spatial accelerator: a PE array with per-PE register files for each
 * tensor, a shared global buffer, DRAM, a dataflow, clock, technology node and word width.
 */
public record SpatialAcceleratorConfig(
        Dataflow dataflow,
        int peRows,
        int peCols,
        int peWeightRfWords,
        int peInputRfWords,
        int pePsumRfWords,
        int globalBufferKiB,
        DramType dramType,
        double clockMHz,
        int technologyNm,
        int wordBits)
        implements HardwareConfig {

    public static final String TEMPLATE = "spatial-accelerator";

    public SpatialAcceleratorConfig {
        if (dataflow == null) {
            throw new IllegalArgumentException("dataflow: missing");
        }
        if (dramType == null) {
            throw new IllegalArgumentException("dramType: missing");
        }
        ConfigChecks.positive("peRows", peRows);
        ConfigChecks.positive("peCols", peCols);
        ConfigChecks.productFits("peRows", "peRows × peCols", peRows, peCols);
        ConfigChecks.positive("peWeightRfWords", peWeightRfWords);
        ConfigChecks.positive("peInputRfWords", peInputRfWords);
        ConfigChecks.positive("pePsumRfWords", pePsumRfWords);
        ConfigChecks.positive("globalBufferKiB", globalBufferKiB);
        ConfigChecks.positiveAtMost("clockMHz", clockMHz, ConfigChecks.MAX_CLOCK_MHZ);
        TechnologyNode.require("technologyNm", technologyNm);
        ConfigChecks.positive("wordBits", wordBits);
    }

    @Override
    public String template() {
        return TEMPLATE;
    }
}
