package org.codesign.space;

/**
 * A Jetson-like board at one DVFS setting (frequencies in MHz, as the board lists them) and the
 * precision its inference engine runs in. Files written before the precision existed leave it out
 * and get FP16, what the model always assumed before.
 */
public record EdgeGpuConfig(
        String device, double gpuFreqMHz, double cpuFreqMHz, double emcFreqMHz, GpuPrecision precision)
        implements HardwareConfig {

    public static final String TEMPLATE = "edge-gpu-dvfs";
    /** The precision of a configuration that does not name one. */
    public static final GpuPrecision DEFAULT_PRECISION = GpuPrecision.FP16;

    public EdgeGpuConfig {
        EdgeGpuDevice d = EdgeGpuDevice.byId(device);
        ConfigChecks.positive("gpuFreqMHz", gpuFreqMHz);
        ConfigChecks.positive("cpuFreqMHz", cpuFreqMHz);
        ConfigChecks.positive("emcFreqMHz", emcFreqMHz);
        d.requireLevel("gpuFreqMHz", d.gpuFreqsMHz(), gpuFreqMHz);
        d.requireLevel("cpuFreqMHz", d.cpuFreqsMHz(), cpuFreqMHz);
        d.requireLevel("emcFreqMHz", d.emcFreqsMHz(), emcFreqMHz);
        if (precision == null) {
            precision = DEFAULT_PRECISION;
        }
    }

    /** A setting at the default precision (FP16). */
    public EdgeGpuConfig(String device, double gpuFreqMHz, double cpuFreqMHz, double emcFreqMHz) {
        this(device, gpuFreqMHz, cpuFreqMHz, emcFreqMHz, DEFAULT_PRECISION);
    }

    public EdgeGpuDevice deviceSpec() {
        return EdgeGpuDevice.byId(device);
    }

    @Override
    public String template() {
        return TEMPLATE;
    }
}
