package org.codesign.study.store;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleConsumer;
import org.codesign.accuracy.AccuracyCalibration.Observation;
import org.codesign.accuracy.AccuracyModel;
import org.codesign.accuracy.AccuracyModelFile;
import org.codesign.accuracy.UserCalibration;
import org.codesign.study.MeasuredAccuracyCsv;
import org.codesign.study.ModelSettings;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.codesign.study.StudyFormatException;

/**
 * A study's own accuracy models: fits the surrogate to a user's measured accuracies
 * ({@link MeasuredAccuracyCsv}) and stores the result next to the study as
 * {@code STEM.accuracy-vN.json}, N one more than the study's current model (the built-in one is
 * 0). Earlier versions stay on disk, so the points scored by them keep their meaning; each point
 * records the version that scored it ({@code accuracyModelVersion}).
 */
public final class AccuracyCalibrations {
    private AccuracyCalibrations() {}

    /** The fit and where it went. */
    public record Outcome(UserCalibration.Result fit, int version, Path modelFile) {}

    /** Fits without storing (what the window previews). */
    public static UserCalibration.Result fit(Study study, Path studyFile, Path measured) {
        return fit(study, studyFile, measured, done -> {});
    }

    /** As {@link #fit(Study, Path, Path)}, telling {@code progress} the fraction done (0 to 1). */
    public static UserCalibration.Result fit(Study study, Path studyFile, Path measured, DoubleConsumer progress) {
        List<Observation> rows = MeasuredAccuracyCsv.read(measured, study.networkSpace());
        AccuracyModel current = current(study, studyFile);
        return UserCalibration.fit(current.coefficients(), rows, progress);
    }

    /** Fits, writes the new version and points the study at it (a *.codesign.json or *.codesign.db file). */
    public static Outcome calibrate(Path studyFile, Path measured)
            throws IOException, StudyFormatException, StoreException {
        boolean store = StudyLoader.isStore(studyFile);
        Study study = store ? StudyLoader.definition(studyFile) : StudyLoader.load(studyFile);
        UserCalibration.Result fit = fit(study, studyFile, measured);
        Version stored = store(study, studyFile, measured.getFileName().toString(), fit);
        if (store) {
            StoreWrites.save(studyFile, stored.study(), Set.of());
        } else {
            StudyFiles.save(stored.study(), studyFile);
        }
        return new Outcome(fit, stored.number(), stored.modelFile());
    }

    /** A stored model version: its number, its file and the study pointed at it (not yet saved). */
    public record Version(int number, Path modelFile, Study study) {}

    /**
     * Writes {@code fit} as the study's next model version next to {@code studyFile} and returns
     * the study using it; saving that study is the caller's (the window saves with the user's Save).
     *
     * @param measuredName the measured CSV's file name, recorded in the model's calibration block
     */
    public static Version store(Study study, Path studyFile, String measuredName, UserCalibration.Result fit)
            throws IOException {
        int version = current(study, studyFile).version() + 1;
        String name = stem(studyFile) + ".accuracy-v" + version + ".json";
        Path modelFile = folder(studyFile).resolve(name);
        ObjectNode calibration = JsonNodeFactory.instance.objectNode();
        calibration.put("measured", measuredName);
        calibration.put("family", fit.family().key());
        calibration.put("rows", fit.points().size());
        calibration.put("meanAbsoluteErrorBefore", fit.maeBefore());
        calibration.put("meanAbsoluteError", fit.maeAfter());
        calibration.put("leaveOneOutMeanAbsoluteError", fit.crossValidatedMae());
        Files.writeString(
                modelFile,
                AccuracyModelFile.format(
                        fit.coefficients(),
                        "Calibrated by codesign calibrate on the user's measured accuracies ("
                                + fit.family().key()
                                + ": offset and curvature refitted, every other term as built in).",
                        calibration,
                        version),
                StandardCharsets.UTF_8);
        Study updated = study.withModel(new ModelSettings(
                name, study.model().mapperObjective(), study.model().extrapolation()));
        return new Version(version, modelFile, updated);
    }

    /** The version of the study's current accuracy model (0: built in). */
    public static int currentVersion(Study study, Path studyFile) {
        return current(study, studyFile).version();
    }

    private static AccuracyModel current(Study study, Path studyFile) {
        return study.model().builtinAccuracy()
                ? AccuracyModel.defaultModel()
                : AccuracyModel.load(study.model().accuracyModelFile(folder(studyFile)));
    }

    private static Path folder(Path studyFile) {
        Path parent = studyFile.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    private static String stem(Path studyFile) {
        String name = studyFile.getFileName().toString();
        for (String ext : List.of(StudyFiles.EXTENSION, ".codesign.db")) {
            if (name.endsWith(ext)) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        return name;
    }
}
