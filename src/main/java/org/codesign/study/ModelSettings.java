package org.codesign.study;

import java.nio.file.Path;
import java.util.List;
import org.codesign.accuracy.AccuracyModel;
import org.codesign.eval.Evaluator;
import org.codesign.eval.Extrapolation;
import org.codesign.eval.StandardModels;

/**
 * Settings of the simulated models: which accuracy-model coefficients to use ({@code builtin}
 * or a path to a JSON file), what the accelerator mapper minimizes, and how the search treats
 * designs whose accuracy is extrapolated.
 */
public record ModelSettings(String accuracyModel, String mapperObjective, Extrapolation extrapolation) {
    public static final List<String> MAPPER_OBJECTIVES = List.of("edp", "energy", "delay");
    public static final ModelSettings DEFAULTS = new ModelSettings("builtin", "edp");

    public ModelSettings(String accuracyModel, String mapperObjective) {
        this(accuracyModel, mapperObjective, Extrapolation.DEFAULT);
    }

    public ModelSettings {
        if (extrapolation == null) {
            throw new IllegalArgumentException("extrapolation: give penalise, forbid or allow");
        }
        if (accuracyModel == null || accuracyModel.isBlank()) {
            throw new IllegalArgumentException("accuracyModel: give 'builtin' or the path of a coefficients file");
        }
        if (!MAPPER_OBJECTIVES.contains(mapperObjective)) {
            throw new IllegalArgumentException(
                    "mapperObjective: unknown objective '" + mapperObjective + "' (edp, energy, delay)");
        }
    }

    public boolean builtinAccuracy() {
        return "builtin".equals(accuracyModel);
    }

    /**
     * The coefficients file, relative to the study's folder: a study travels with its files, so
     * a path that leaves the folder (absolute, or through "..") is refused.
     *
     * @throws IllegalArgumentException naming what is allowed
     */
    public Path accuracyModelFile(Path studyFolder) {
        Path folder = studyFolder.toAbsolutePath().normalize();
        Path relative;
        try {
            relative = Path.of(accuracyModel);
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException("'" + accuracyModel + "' is not a valid path");
        }
        Path file = folder.resolve(relative).normalize();
        if (relative.isAbsolute() || !file.startsWith(folder) || file.equals(folder)) {
            throw new IllegalArgumentException("'" + accuracyModel + "' is outside the study's folder (allowed: "
                    + "'builtin' or a file path relative to the study's folder, without '..')");
        }
        return file;
    }

    /**
     * The evaluator these settings ask for; a coefficients file is read relative to the study's
     * folder, the same for the command line and the app.
     *
     * @throws IllegalArgumentException naming the file when the coefficients cannot be read
     */
    public Evaluator evaluator(Path studyFolder) {
        AccuracyModel accuracy =
                builtinAccuracy() ? AccuracyModel.defaultModel() : AccuracyModel.load(accuracyModelFile(studyFolder));
        return StandardModels.evaluator(accuracy, mapperObjective, studyFolder);
    }
}
