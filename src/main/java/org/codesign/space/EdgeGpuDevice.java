package org.codesign.space;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Jetson boards of the {@code edge-gpu-dvfs} template and their DVFS levels in MHz, as the
 * boards' sysfs frequency tables list them (NVIDIA L4T documentation). docs/BACKGROUND.md
 * ("Reference figures", Jetson table) repeats the GPU levels (all of the AGX Xavier's; the top
 * level and the count for the others), docs/DESIGN.md ("The design space") the AGX Xavier's CPU
 * and EMC level counts and ranges.
 */
public enum EdgeGpuDevice {
    JETSON_TX2(
            "jetson-tx2",
            List.of(
                    114.75, 216.75, 318.75, 420.75, 522.75, 624.75, 726.75, 854.25, 930.75, 1032.75, 1122.0, 1236.75,
                    1300.5),
            List.of(345.6, 499.2, 652.8, 806.4, 960.0, 1113.6, 1267.2, 1420.8, 1574.4, 1728.0, 1881.6, 2035.2),
            List.of(40.8, 68.0, 102.0, 204.0, 408.0, 665.6, 800.0, 1062.4, 1331.2, 1600.0, 1866.0)),
    JETSON_AGX_XAVIER(
            "jetson-agx-xavier",
            List.of(
                    114.75, 216.75, 318.75, 420.75, 522.75, 624.75, 675.75, 828.75, 905.25, 1032.75, 1198.5, 1236.75,
                    1338.75, 1377.0),
            List.of(
                    115.2, 192.0, 268.8, 345.6, 422.4, 499.2, 576.0, 652.8, 729.6, 806.4, 883.2, 960.0, 1036.8, 1113.6,
                    1190.4, 1267.2, 1344.0, 1420.8, 1497.6, 1574.4, 1651.2, 1728.0, 1804.8, 1881.6, 1958.4, 2035.2,
                    2112.0, 2188.8, 2265.6),
            List.of(204.0, 408.0, 665.6, 800.0, 1065.6, 1331.2, 1600.0, 1866.0, 2133.0)),
    JETSON_AGX_ORIN(
            "jetson-agx-orin",
            List.of(
                    114.75, 216.75, 318.75, 420.75, 522.75, 624.75, 726.75, 828.75, 930.75, 1032.75, 1134.75, 1236.75,
                    1300.5),
            List.of(
                    115.2, 192.0, 268.8, 345.6, 422.4, 499.2, 576.0, 652.8, 729.6, 806.4, 883.2, 960.0, 1036.8, 1113.6,
                    1190.4, 1267.2, 1344.0, 1420.8, 1497.6, 1574.4, 1651.2, 1728.0, 1804.8, 1881.6, 1958.4, 2035.2,
                    2112.0, 2188.8, 2201.6),
            List.of(204.0, 2133.0, 3199.0)),
    JETSON_NANO(
            "jetson-nano",
            List.of(76.8, 153.6, 230.4, 307.2, 384.0, 460.8, 537.6, 614.4, 691.2, 768.0, 844.8, 921.6),
            List.of(
                    102.0, 204.0, 307.2, 403.2, 518.4, 614.4, 710.4, 825.6, 921.6, 1036.8, 1132.8, 1224.0, 1326.0,
                    1428.0, 1479.0),
            List.of(204.0, 1600.0));

    private final String id;
    private final List<Double> gpuFreqsMHz;
    private final List<Double> cpuFreqsMHz;
    private final List<Double> emcFreqsMHz;

    EdgeGpuDevice(String id, List<Double> gpu, List<Double> cpu, List<Double> emc) {
        this.id = id;
        this.gpuFreqsMHz = gpu;
        this.cpuFreqsMHz = cpu;
        this.emcFreqsMHz = emc;
    }

    public String id() {
        return id;
    }

    public List<Double> gpuFreqsMHz() {
        return gpuFreqsMHz;
    }

    public List<Double> cpuFreqsMHz() {
        return cpuFreqsMHz;
    }

    public List<Double> emcFreqsMHz() {
        return emcFreqsMHz;
    }

    public double maxGpuMHz() {
        return gpuFreqsMHz.get(gpuFreqsMHz.size() - 1);
    }

    public double maxCpuMHz() {
        return cpuFreqsMHz.get(cpuFreqsMHz.size() - 1);
    }

    public double maxEmcMHz() {
        return emcFreqsMHz.get(emcFreqsMHz.size() - 1);
    }

    public static EdgeGpuDevice byId(String id) {
        for (EdgeGpuDevice d : values()) {
            if (d.id.equals(id)) {
                return d;
            }
        }
        throw new IllegalArgumentException("device: unknown device '" + id + "' (one of "
                + Stream.of(values()).map(EdgeGpuDevice::id).collect(Collectors.joining(", ")) + ")");
    }

    /** Fails, naming the field, unless {@code value} is one of the board's levels (to 0.05 MHz). */
    void requireLevel(String field, List<Double> levels, double value) {
        for (double level : levels) {
            if (Math.abs(level - value) < 0.05) {
                return;
            }
        }
        throw new IllegalArgumentException(field + ": " + String.format(Locale.ROOT, "%.2f", value)
                + " MHz is not a DVFS level of " + id + " (levels: " + levels + ")");
    }
}
