package org.codesign.cost.arch;

import org.codesign.space.HardwareConfig;
import org.codesign.space.SpatialAcceleratorConfig;
import org.codesign.space.SystolicConfig;

/** Builds the architecture of an accelerator configuration from its template. */
public final class ArchitectureTemplates {
    private ArchitectureTemplates() {}

    /**
     * @throws IllegalArgumentException for a configuration that is not an accelerator (edge GPU)
     * @throws org.codesign.cost.InfeasibleHardwareException when the tables do not cover it
     */
    public static AcceleratorDesign build(HardwareConfig config) {
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
