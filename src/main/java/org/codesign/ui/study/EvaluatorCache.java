package org.codesign.ui.study;

import java.nio.file.Path;
import org.codesign.eval.Evaluator;
import org.codesign.study.ModelSettings;

/** The evaluator of the open study's model settings, built once per settings. */
public final class EvaluatorCache {
    private final StudyDocument document;
    private ModelSettings settings;
    private Path folder;
    private Evaluator evaluator;

    public EvaluatorCache(StudyDocument document) {
        this.document = document;
    }

    /**
     * @throws IllegalArgumentException naming the file when the accuracy coefficients cannot be read
     */
    public synchronized Evaluator get() {
        ModelSettings now = document.study().model();
        Path studyFolder = studyFolder();
        if (evaluator == null || !now.equals(settings) || !studyFolder.equals(folder)) {
            evaluator = now.evaluator(studyFolder);
            settings = now;
            folder = studyFolder;
        }
        return evaluator;
    }

    /** A coefficients file is relative to the study's folder (the working folder while unsaved), as in the CLI. */
    private Path studyFolder() {
        Path file = document.file();
        Path parent = file == null ? null : file.toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }
}
