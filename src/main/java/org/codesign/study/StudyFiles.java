package org.codesign.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codesign.accuracy.AccuracyModelFile;

/** Loading and saving study files ({@code *.codesign.json}). */
public final class StudyFiles {
    public static final String EXTENSION = ".codesign.json";

    private StudyFiles() {}

    /** Reads a study; every problem is a {@link StudyFormatException} naming the file and JSON path. */
    public static Study load(Path file) throws StudyFormatException {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        Study study = StudyJson.read(JsonIn.root(name, Json.readTree(file)));
        checkAccuracyModel(name, study.model(), file.toAbsolutePath().getParent());
        return study;
    }

    /** A named coefficients file must exist inside the study's folder and be readable, or runs would fail late. */
    private static void checkAccuracyModel(String name, ModelSettings model, Path folder) throws StudyFormatException {
        if (model.builtinAccuracy()) {
            return;
        }
        String at = "/model/accuracyModel";
        try {
            Path coefficients = model.accuracyModelFile(folder);
            if (!Files.isRegularFile(coefficients)) {
                throw new StudyFormatException(
                        name,
                        at,
                        "no such file '" + model.accuracyModel()
                                + "' (allowed: 'builtin' or a coefficients file relative to the study's folder)");
            }
            if (!coefficients.toRealPath().startsWith(folder.toRealPath())) {
                throw new StudyFormatException(
                        name, at, "'" + model.accuracyModel() + "' links outside the study's folder");
            }
            try {
                AccuracyModelFile.read(coefficients);
            } catch (IllegalArgumentException e) {
                throw new StudyFormatException(
                        name, at, e.getMessage().replace(coefficients.toString(), model.accuracyModel()));
            }
        } catch (IllegalArgumentException e) {
            throw new StudyFormatException(name, at, e.getMessage());
        } catch (IOException e) {
            throw new StudyFormatException(name, at, "cannot read '" + model.accuracyModel() + "': " + e.getMessage());
        }
    }

    /**
     * The checks a JSON study's points get when it is read (genes inside their value lists,
     * metrics in range, indices unique), for a study read from elsewhere (a store); iterates the
     * runs' columns.
     */
    public static void checkPoints(String source, Study study) throws StudyFormatException {
        StoredPoints.check(source, study);
    }

    public static Study parse(String source, String json) throws StudyFormatException {
        return StudyJson.read(JsonIn.root(source, Json.parseTree(source, json)));
    }

    /** Saves atomically: the file holds either the previous study or this one, never a mix. */
    public static void save(Study study, Path file) throws IOException {
        Json.writeAtomically(StudyJson.write(study), file);
    }

    public static String toJson(Study study) {
        try {
            return Json.MAPPER.writeValueAsString(StudyJson.write(study));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
