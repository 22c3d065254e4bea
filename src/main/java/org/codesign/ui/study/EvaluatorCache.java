package org.codesign.ui.study;

import org.codesign.eval.Evaluator;
import org.codesign.eval.StandardModels;
import org.codesign.study.ModelSettings;

/** The evaluator of the open study's model settings, built once per settings. */
public final class EvaluatorCache {
    private final StudyDocument document;
    private ModelSettings settings;
    private Evaluator evaluator;

    public EvaluatorCache(StudyDocument document) {
        this.document = document;
    }

    /**
     * @throws IllegalArgumentException naming the file when the accuracy coefficients cannot be read
     */
    public synchronized Evaluator get() {
        ModelSettings now = document.study().model();
        if (evaluator == null || !now.equals(settings)) {
            evaluator = StandardModels.evaluator(now.accuracyModel(), now.mapperObjective());
            settings = now;
        }
        return evaluator;
    }
}
