package org.codesign.space;

/**
 * One point of a hardware space: a template and every choice. The JSON keys of hardware
 * configuration files are the record components of the implementations.
 */
public sealed interface HardwareConfig
        permits EdgeGpuConfig, SpatialAcceleratorConfig, SystolicConfig, TimeloopHardwareConfig {

    /** The template name as written in files. */
    String template();
}
