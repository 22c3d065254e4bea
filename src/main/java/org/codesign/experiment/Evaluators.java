package org.codesign.experiment;

import java.util.Map;
import org.codesign.cost.AcceleratorCostModel;
import org.codesign.cost.gpu.EdgeGpuCostModel;
import org.codesign.cost.mapper.Mapper;
import org.codesign.cost.mapper.MappingObjective;
import org.codesign.eval.Evaluator;
import org.codesign.eval.StandardModels;
import org.codesign.space.EdgeGpuConfig;
import org.codesign.space.SpatialAcceleratorConfig;
import org.codesign.space.SystolicConfig;
import org.codesign.study.ModelSettings;

/** The evaluators experiments use. */
final class Evaluators {
    private Evaluators() {}

    /** The product's evaluator for a study's model settings (mapping cache shared by the whole JVM). */
    static Evaluator shared(ModelSettings model) {
        return StandardModels.evaluator(model.accuracyModel(), model.mapperObjective());
    }

    /**
     * The same models with an empty mapping cache of their own, so that a timed search pays for
     * every mapping it needs and does not profit from the searches before it.
     */
    static Evaluator cold(ModelSettings model) {
        return cold(model, new Mapper());
    }

    /** As {@link #cold(ModelSettings)}, mapping with {@code mapper} (the caller reads its counters). */
    static Evaluator cold(ModelSettings model, Mapper mapper) {
        MappingObjective objective = switch (model.mapperObjective()) {
            case "edp" -> MappingObjective.EDP;
            case "energy" -> MappingObjective.ENERGY;
            case "delay" -> MappingObjective.DELAY;
            default ->
                throw new IllegalArgumentException(
                        "mapperObjective: unknown objective '" + model.mapperObjective() + "' (edp, energy, delay)");
        };
        AcceleratorCostModel accelerator = new AcceleratorCostModel(mapper, objective);
        return new Evaluator(
                shared(model).accuracyModel(),
                Map.of(
                        EdgeGpuConfig.TEMPLATE,
                        new EdgeGpuCostModel(),
                        SpatialAcceleratorConfig.TEMPLATE,
                        accelerator,
                        SystolicConfig.TEMPLATE,
                        accelerator));
    }
}
