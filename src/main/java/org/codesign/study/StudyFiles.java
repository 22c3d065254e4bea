package org.codesign.study;

import java.io.IOException;
import java.nio.file.Path;

/** Loading and saving study files ({@code *.codesign.json}). */
public final class StudyFiles {
    public static final String EXTENSION = ".codesign.json";

    private StudyFiles() {}

    /** Reads a study; every problem is a {@link StudyFormatException} naming the file and JSON path. */
    public static Study load(Path file) throws StudyFormatException {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        return StudyJson.read(JsonIn.root(name, Json.readTree(file)));
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
