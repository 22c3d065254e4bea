package org.codesign.cost.arch;

import org.codesign.space.HardwareConfig;
import org.codesign.space.SpatialAcceleratorConfig;
import org.codesign.space.SystolicConfig;

/** Builds the architecture of an accelerator configuration from its template. */
public final class ArchitectureTemplates {
    private ArchitectureTemplates() {}

    /**
     * The design, or {@link DesignOutcome.Unsupported} when the tables do not cover the configuration.
     *
     * @throws IllegalArgumentException for a configuration that is not an accelerator (edge GPU)
     */
    public static DesignOutcome build(HardwareConfig config) {
        if (config instanceof SpatialAcceleratorConfig s) {
            return SpatialAcceleratorArchitecture.build(s);
        }
        if (config instanceof SystolicConfig s) {
            return SystolicArchitecture.build(s);
        }
        throw new IllegalArgumentException("hardware: template '" + (config == null ? null : config.template())
                + "' is not an accelerator (spatial-accelerator or systolic)");
    }
}
