package org.codesign.eval;

import java.util.HashMap;
import java.util.Map;
import org.codesign.accuracy.AccuracyModel;
import org.codesign.cost.AcceleratorCostModel;
import org.codesign.cost.HardwareCostModel;
import org.codesign.cost.gpu.EdgeGpuCostModel;
import org.codesign.cost.mapper.Mapper;
import org.codesign.cost.mapper.MappingObjective;
import org.codesign.cost.mapper.MappingStore;
import org.codesign.cost.timeloop.TimeloopArchitectures;
import org.codesign.cost.timeloop.TimeloopLayerShapes;
import org.codesign.space.EdgeGpuConfig;
import org.codesign.space.SpatialAcceleratorConfig;
import org.codesign.space.SystolicConfig;
import org.codesign.space.TimeloopHardwareConfig;
import org.codesign.space.TimeloopLayersConfig;
import org.codesign.workload.NetworkBuilder;

/** The product's models: the calibrated accuracy surrogate and a cost model per hardware template. */
public final class StandardModels {
    /** One accelerator model per mapper objective, so that every evaluator shares the mapping cache. */
    private static final java.util.concurrent.ConcurrentMap<String, AcceleratorCostModel> ACCELERATORS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private StandardModels() {}

    private static AcceleratorCostModel accelerator(String mapperObjective) {
        return new AcceleratorCostModel(new Mapper(), objective(mapperObjective));
    }

    private static MappingObjective objective(String mapperObjective) {
        return switch (mapperObjective) {
            case "edp" -> MappingObjective.EDP;
            case "energy" -> MappingObjective.ENERGY;
            case "delay" -> MappingObjective.DELAY;
            default ->
                throw new IllegalArgumentException(
                        "mapperObjective: unknown objective '" + mapperObjective + "' (edp, energy, delay)");
        };
    }

    /**
     * The evaluator of a study's model settings.
     *
     * @param accuracyModel {@code builtin} or the path of a coefficients file
     * @throws IllegalArgumentException naming the file when the coefficients cannot be read
     */
    public static Evaluator evaluator(String accuracyModel, String mapperObjective) {
        try {
            AccuracyModel accuracy = "builtin".equals(accuracyModel)
                    ? AccuracyModel.defaultModel()
                    : AccuracyModel.load(java.nio.file.Path.of(accuracyModel));
            return evaluator(accuracy, mapperObjective);
        } catch (java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("accuracyModel: " + e.getMessage(), e);
        }
    }

    /**
     * @param mapperObjective what the accelerator mapper minimizes: edp, energy or delay
     */
    public static Evaluator evaluator(AccuracyModel accuracy, String mapperObjective) {
        return evaluator(accuracy, mapperObjective, java.nio.file.Path.of(""));
    }

    /**
     * @param studyFolder the folder an imported Timeloop architecture's path is relative to
     */
    public static Evaluator evaluator(AccuracyModel accuracy, String mapperObjective, java.nio.file.Path studyFolder) {
        return evaluator(
                accuracy, ACCELERATORS.computeIfAbsent(mapperObjective, StandardModels::accelerator), studyFolder);
    }

    /**
     * The evaluator of a cluster member: its own mapping cache, backed by the cluster's shared store
     * so that a layer shape is mapped once cluster-wide. Imported Timeloop architectures are read
     * relative to the working folder.
     */
    public static Evaluator evaluator(AccuracyModel accuracy, String mapperObjective, MappingStore shared) {
        return evaluator(
                accuracy,
                new AcceleratorCostModel(new Mapper().sharing(shared), objective(mapperObjective)),
                java.nio.file.Path.of(""));
    }

    private static Evaluator evaluator(
            AccuracyModel accuracy, AcceleratorCostModel accelerators, java.nio.file.Path studyFolder) {
        Map<String, HardwareCostModel> costs = new HashMap<>();
        costs.put(EdgeGpuConfig.TEMPLATE, new EdgeGpuCostModel());
        costs.put(SpatialAcceleratorConfig.TEMPLATE, accelerators);
        costs.put(SystolicConfig.TEMPLATE, accelerators);
        // one per evaluator: its designs depend on the study's folder; the mapper's cache is shared
        costs.put(
                TimeloopHardwareConfig.TEMPLATE,
                new AcceleratorCostModel(
                        accelerators.mapper(),
                        accelerators.objective(),
                        hw -> TimeloopArchitectures.build((TimeloopHardwareConfig) hw, studyFolder)));
        return new Evaluator(
                accuracy,
                costs,
                network -> network instanceof TimeloopLayersConfig problems
                        ? TimeloopLayerShapes.build(problems, studyFolder)
                        : NetworkBuilder.build(network));
    }
}
