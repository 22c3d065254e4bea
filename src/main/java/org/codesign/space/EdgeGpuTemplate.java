package org.codesign.space;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A Jetson board's DVFS settings: GPU, CPU and memory (EMC) frequency levels. */
final class EdgeGpuTemplate implements SpaceTemplate<HardwareConfig> {

    @Override
    public String name() {
        return EdgeGpuConfig.TEMPLATE;
    }

    @Override
    public String description() {
        return "Jetson-like edge GPU: GPU, CPU and memory (EMC) DVFS levels of one board";
    }

    @Override
    public List<ParameterSpec> specs() {
        return List.of(
                ParameterSpec.option(
                        "device",
                        Stream.of(EdgeGpuDevice.values()).map(EdgeGpuDevice::id).toList(),
                        "the board (exactly one: DVFS levels differ between boards)"),
                ParameterSpec.decimal("gpuFreqMHz", "MHz", 1, 5000, "GPU clock"),
                ParameterSpec.decimal("cpuFreqMHz", "MHz", 1, 5000, "CPU clock"),
                ParameterSpec.decimal("emcFreqMHz", "MHz", 1, 5000, "memory controller clock"),
                ParameterSpec.option(
                        PRECISION,
                        Stream.of(GpuPrecision.values()).map(GpuPrecision::id).toList(),
                        "inference precision (optional; fp16 when the space leaves it out)"));
    }

    /** The one optional parameter: spaces saved before it existed run at the default precision. */
    static final String PRECISION = "precision";

    @Override
    public List<String> validate(DesignSpace space) {
        List<String> problems = new ArrayList<>(SpaceTemplate.super.validate(space));
        problems.removeIf(p -> p.startsWith(PRECISION + ": missing from the space"));
        if (problems.isEmpty()) {
            problems.addAll(validateCombination(space));
        }
        return problems.stream().distinct().toList();
    }

    @Override
    public DesignSpace defaultSpace() {
        return spaceFor(EdgeGpuDevice.JETSON_AGX_XAVIER);
    }

    /** Every DVFS level of one board. */
    static DesignSpace spaceFor(EdgeGpuDevice d) {
        return new DesignSpace(List.of(
                new Parameter("device", ValueLists.options(d.id())),
                new Parameter("gpuFreqMHz", ValueLists.decimals(d.gpuFreqsMHz())),
                new Parameter("cpuFreqMHz", ValueLists.decimals(d.cpuFreqsMHz())),
                new Parameter("emcFreqMHz", ValueLists.decimals(d.emcFreqsMHz()))));
    }

    @Override
    public List<String> validateCombination(DesignSpace space) {
        Parameter device = space.parameter("device");
        if (device.cardinality() != 1) {
            return List.of("device: choose exactly one board; DVFS levels differ between boards");
        }
        EdgeGpuDevice d = EdgeGpuDevice.byId(device.values().get(0).label());
        List<String> problems = new ArrayList<>();
        checkLevels(space, "gpuFreqMHz", d.gpuFreqsMHz(), d, problems);
        checkLevels(space, "cpuFreqMHz", d.cpuFreqsMHz(), d, problems);
        checkLevels(space, "emcFreqMHz", d.emcFreqsMHz(), d, problems);
        return problems;
    }

    private static void checkLevels(
            DesignSpace space, String name, List<Double> levels, EdgeGpuDevice d, List<String> problems) {
        for (ParamValue v : space.parameter(name).values()) {
            if (levels.stream().noneMatch(level -> Math.abs(level - v.number()) < 0.05)) {
                problems.add(name + ": " + v.label() + " MHz is not a DVFS level of " + d.id() + " (levels: " + levels
                        + ")");
            }
        }
    }

    @Override
    public HardwareConfig decode(Assignment a) {
        return new EdgeGpuConfig(
                a.option("device"),
                a.decimal("gpuFreqMHz"),
                a.decimal("cpuFreqMHz"),
                a.decimal("emcFreqMHz"),
                a.has(PRECISION) ? GpuPrecision.byId(a.option(PRECISION)) : EdgeGpuConfig.DEFAULT_PRECISION);
    }

    @Override
    public Assignment assign(HardwareConfig config, Assignment fallback) {
        Assignment all = RecordAssignments.assign((EdgeGpuConfig) config, fallback);
        if (fallback.has(PRECISION)) {
            return all;
        }
        // A space without the precision parameter stands for FP16 only; keep its assignment to its own parameters.
        java.util.Map<String, ParamValue> values = new java.util.LinkedHashMap<>(all.values());
        values.remove(PRECISION);
        return new Assignment(values);
    }
}
