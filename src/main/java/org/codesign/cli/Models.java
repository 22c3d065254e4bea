package org.codesign.cli;

import java.nio.file.Path;
import org.codesign.accuracy.AccuracyModel;
import org.codesign.eval.Evaluator;
import org.codesign.eval.StandardModels;

/** The simulated models the CLI evaluates with. */
final class Models {
    private Models() {}

    /** The evaluator a study's model settings ask for; a coefficients file is relative to the study's folder. */
    static Evaluator evaluator(org.codesign.study.ModelSettings settings, Path studyFolder) {
        return settings.evaluator(studyFolder);
    }

    static Evaluator evaluator(Path accuracyCoefficients) {
        return evaluator(accuracyCoefficients, Path.of(""));
    }

    /** @param folder the folder Timeloop files named by the configurations are relative to */
    static Evaluator evaluator(Path accuracyCoefficients, Path folder) {
        AccuracyModel accuracy =
                accuracyCoefficients == null ? AccuracyModel.defaultModel() : AccuracyModel.load(accuracyCoefficients);
        return StandardModels.evaluator(accuracy, "edp", folder);
    }
}
