package org.codesign.study;

import java.util.List;
import org.codesign.eval.Metric;
import org.codesign.eval.Objective;
import org.codesign.space.EdgeGpuConfig;
import org.codesign.space.HardwareConfig;
import org.codesign.space.MbV3OfaConfig;
import org.codesign.space.NetworkConfig;
import org.codesign.space.TemplateSpace;
import org.codesign.space.Templates;

/** Ready-made studies: what File ▸ New creates and what {@code samples/default.codesign.json} holds. */
public final class Studies {
    private Studies() {}

    /**
     * The edge-GPU co-design of the DSD 2022 paper: the Once-for-All MobileNetV3 space on a
     * Jetson AGX Xavier's DVFS levels, maximizing accuracy and minimizing latency and power.
     */
    public static Study defaultStudy() {
        NetworkConfig ofa389 = new MbV3OfaConfig(
                1.2,
                224,
                List.of(2, 3, 3, 4, 4),
                List.of(List.of(3, 3), List.of(5, 5, 3), List.of(5, 5, 3), List.of(5, 5, 3, 3), List.of(3, 3, 7, 3)),
                List.of(List.of(3, 3), List.of(3, 6, 3), List.of(4, 4, 3), List.of(6, 4, 4, 4), List.of(6, 6, 6, 3)));
        HardwareConfig xavierMax = new EdgeGpuConfig("jetson-agx-xavier", 1377.0, 2265.6, 2133.0);
        return new Study(
                "Edge-GPU co-design (OFA MobileNetV3 × Jetson AGX Xavier)",
                "Joint search of a Once-for-All MobileNetV3 subnet and the DVFS setting of a Jetson AGX Xavier. "
                        + "Network-only runs use the board at its maximum clocks.",
                TemplateSpace.defaults(Templates.network(MbV3OfaConfig.TEMPLATE)),
                TemplateSpace.defaults(Templates.hardware(EdgeGpuConfig.TEMPLATE)),
                List.of(
                        Objective.of(Metric.ACCURACY, 82.0, 65.0),
                        Objective.of(Metric.LATENCY, 0.0, 60.0),
                        Objective.of(Metric.POWER, 0.0, 40.0)),
                List.of(),
                ModelSettings.DEFAULTS,
                ofa389,
                xavierMax,
                List.of());
    }
}
