package org.codesign.study;

import java.util.List;

/**
 * Settings of the simulated models: which accuracy-model coefficients to use ({@code builtin}
 * or a path to a JSON file) and what the accelerator mapper minimizes.
 */
public record ModelSettings(String accuracyModel, String mapperObjective) {
    public static final List<String> MAPPER_OBJECTIVES = List.of("edp", "energy", "delay");
    public static final ModelSettings DEFAULTS = new ModelSettings("builtin", "edp");

    public ModelSettings {
        if (accuracyModel == null || accuracyModel.isBlank()) {
            throw new IllegalArgumentException("accuracyModel: give 'builtin' or the path of a coefficients file");
        }
        if (!MAPPER_OBJECTIVES.contains(mapperObjective)) {
            throw new IllegalArgumentException(
                    "mapperObjective: unknown objective '" + mapperObjective + "' (edp, energy, delay)");
        }
    }
}
