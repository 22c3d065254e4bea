package org.codesign.space;

/** A Jetson-like board at one DVFS setting (frequencies in MHz, as the board lists them). */
public record EdgeGpuConfig(String device, double gpuFreqMHz, double cpuFreqMHz, double emcFreqMHz)
        implements HardwareConfig {

    public static final String TEMPLATE = "edge-gpu-dvfs";

    public EdgeGpuConfig {
        EdgeGpuDevice d = EdgeGpuDevice.byId(device);
        ConfigChecks.positive("gpuFreqMHz", gpuFreqMHz);
        ConfigChecks.positive("cpuFreqMHz", cpuFreqMHz);
        ConfigChecks.positive("emcFreqMHz", emcFreqMHz);
        d.requireLevel("gpuFreqMHz", d.gpuFreqsMHz(), gpuFreqMHz);
        d.requireLevel("cpuFreqMHz", d.cpuFreqsMHz(), cpuFreqMHz);
        d.requireLevel("emcFreqMHz", d.emcFreqsMHz(), emcFreqMHz);
    }

    public EdgeGpuDevice deviceSpec() {
        return EdgeGpuDevice.byId(device);
    }

    @Override
    public String template() {
        return TEMPLATE;
    }
}
