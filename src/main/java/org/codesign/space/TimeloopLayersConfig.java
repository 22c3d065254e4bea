package org.codesign.space;

/**
 * A fixed network given as a folder of Timeloop problems, one CONV-7D problem YAML per layer (the
 * {@code layer_shapes/} of the timeloop-accelergy-exercises, or of an Export ▸ Timeloop…). Like an
 * imported architecture's folder, {@code folder} is relative to the study's folder, without
 * {@code ..}, so a study travels with its files; it is read by the evaluator that knows that folder.
 * The network declares no accuracy.
 */
public record TimeloopLayersConfig(String folder) implements NetworkConfig {

    public static final String TEMPLATE = "timeloop-layers";

    public TimeloopLayersConfig {
        TimeloopHardwareConfig.checkFolder("folder", folder);
    }

    @Override
    public String template() {
        return TEMPLATE;
    }

    /** A problem folder names no input image; informational only, as for a layer list. */
    @Override
    public int resolution() {
        return MIN_RESOLUTION;
    }

    @Override
    public double widthMult() {
        return 1.0;
    }
}
