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
     * @param mapperObjective what the accelerator mapper minimizes: edp, energy or delay
     */
    public static Evaluator evaluator(AccuracyModel accuracy, String mapperObjective) {
        Map<String, HardwareCostModel> costs = new HashMap<>();
        costs.put(EdgeGpuConfig.TEMPLATE, new EdgeGpuCostModel());
        return new Evaluator(accuracy, costs);
    }
}
