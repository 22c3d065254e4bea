package org.codesign.space;

import java.util.List;
import java.util.stream.Stream;

/** An Eyeriss/Simba-like spatial accelerator (parameter names are the configuration file's keys). */
final class SpatialAcceleratorTemplate implements SpaceTemplate<HardwareConfig> {

    @Override
    public String name() {
        return SpatialAcceleratorConfig.TEMPLATE;
    }

    @Override
    public String description() {
        return "Spatial accelerator: PE array, per-PE register files, global buffer, dataflow, DRAM, clock, node";
    }

    @Override
    public List<ParameterSpec> specs() {
        return List.of(
                ParameterSpec.option(
                        "dataflow",
                        Stream.of(Dataflow.values()).map(Dataflow::label).toList(),
                        "which data stays in the PEs"),
                ParameterSpec.integer("peRows", "PEs", 1, 256, "PE array rows"),
                ParameterSpec.integer("peCols", "PEs", 1, 256, "PE array columns"),
                ParameterSpec.integer("peWeightRfWords", "words", 1, 65536, "weight register file per PE"),
                ParameterSpec.integer("peInputRfWords", "words", 1, 65536, "input register file per PE"),
                ParameterSpec.integer("pePsumRfWords", "words", 1, 65536, "partial-sum register file per PE"),
                ParameterSpec.integer("globalBufferKiB", "KiB", 1, 65536, "shared global buffer"),
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
                new Parameter(
                        "dataflow",
                        ValueLists.options(
                                "row-stationary", "weight-stationary", "output-stationary", "input-stationary")),
                new Parameter("peRows", ValueLists.ints(8, 12, 16)),
                new Parameter("peCols", ValueLists.ints(8, 14, 16)),
                new Parameter("peWeightRfWords", ValueLists.ints(64, 192, 384)),
                new Parameter("peInputRfWords", ValueLists.ints(12, 24)),
                new Parameter("pePsumRfWords", ValueLists.ints(16, 32)),
                new Parameter("globalBufferKiB", ValueLists.ints(64, 108, 128, 256)),
                new Parameter("dramType", ValueLists.options("lpddr4")),
                new Parameter("clockMHz", ValueLists.decimals(200, 500)),
                new Parameter("technologyNm", ValueLists.ints(45)),
                new Parameter("wordBits", ValueLists.ints(16))));
    }

    @Override
    public List<String> validateCombination(DesignSpace space) {
        return HardwareChecks.technologyNodes(space);
    }

    @Override
    public HardwareConfig decode(Assignment a) {
        return RecordAssignments.decode(SpatialAcceleratorConfig.class, a);
    }

    @Override
    public Assignment assign(HardwareConfig config, Assignment fallback) {
        return RecordAssignments.assign((SpatialAcceleratorConfig) config, fallback);
    }
}
