package org.codesign.eval;

import java.util.HashMap;
import java.util.Map;
import org.codesign.accuracy.AccuracyModel;
import org.codesign.cost.HardwareCostModel;
import org.codesign.cost.gpu.EdgeGpuCostModel;
import org.codesign.space.EdgeGpuConfig;

/** The product's models: the calibrated accuracy surrogate and a cost model per hardware template. */
public final class StandardModels {
    private StandardModels() {}

    /**
     * The evaluator of a study's model settings.
     *
     * @param accuracyModel {@code builtin} or the path of a coefficients file
     * @throws IllegalArgumentException naming the file when the coefficients cannot be read
     */
    public static Evaluator evaluator(String accuracyModel, String mapperObjective) {
        try {
            AccuracyModel accuracy = "builtin".equals(accuracyModel) ? AccuracyModel.defaultModel()
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
        Map<String, HardwareCostModel> costs = new HashMap<>();
        costs.put(EdgeGpuConfig.TEMPLATE, new EdgeGpuCostModel());
        return new Evaluator(accuracy, costs);
    }
}
