package org.codesign.space;

import java.util.List;
import java.util.stream.Stream;

/** An Edge-TPU-like systolic accelerator (parameter names are the configuration file's keys). */
final class SystolicTemplate implements SpaceTemplate<HardwareConfig> {

    @Override
    public String name() {
        return SystolicConfig.TEMPLATE;
    }

    @Override
    public String description() {
        return "Edge-TPU-like systolic array: array x/y, SIMD lanes, on-chip memory, I/O bandwidth";
    }

    @Override
    public List<ParameterSpec> specs() {
        return List.of(
                ParameterSpec.integer("arrayX", "PEs", 1, 256, "array columns"),
                ParameterSpec.integer("arrayY", "PEs", 1, 256, "array rows"),
                ParameterSpec.integer("simdLanes", "lanes", 1, 64, "SIMD lanes per PE"),
                ParameterSpec.integer("onChipMemoryKiB", "KiB", 1, 1 << 20, "on-chip memory"),
                ParameterSpec.decimal("ioBandwidthGBps", "GB/s", 0.1, 4096, "off-chip I/O bandwidth"),
                ParameterSpec.option(
                        "dramType",
                        Stream.of(DramType.values()).map(DramType::label).toList(),
                        "off-chip memory"),
                ParameterSpec.decimal("clockMHz", "MHz", 1, 5000, "clock"),
                ParameterSpec.integer("technologyNm", "nm", 32, 65, "technology node (32, 45 or 65)"),
                ParameterSpec.integer("wordBits", "bits", 4, 64, "datapath word width"));
    }

    @Override
    public DesignSpace defaultSpace() {
        return new DesignSpace(List.of(
                new Parameter("arrayX", ValueLists.ints(4, 8, 16, 32)),
                new Parameter("arrayY", ValueLists.ints(4, 8, 16, 32)),
                new Parameter("simdLanes", ValueLists.ints(1, 2, 4, 8)),
                new Parameter("onChipMemoryKiB", ValueLists.ints(512, 1024, 2048, 4096)),
                new Parameter("ioBandwidthGBps", ValueLists.decimals(8, 16, 32)),
                new Parameter("dramType", ValueLists.options("lpddr4")),
                new Parameter("clockMHz", ValueLists.decimals(500, 1000)),
                new Parameter("technologyNm", ValueLists.ints(45)),
                new Parameter("wordBits", ValueLists.ints(8))));
    }

    @Override
    public List<String> validateCombination(DesignSpace space) {
        return HardwareChecks.technologyNodes(space);
    }

    @Override
    public HardwareConfig decode(Assignment a) {
        return RecordAssignments.decode(SystolicConfig.class, a);
    }

    @Override
    public Assignment assign(HardwareConfig config, Assignment fallback) {
        return RecordAssignments.assign((SystolicConfig) config, fallback);
    }
}
