package org.codesign.study;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The sample studies bundled in the jar (a copy of {@code samples/}). */
public final class Samples {
    public static final String DEFAULT = "default.codesign.json";
    private static final String INDEX = "/samples/";

    private Samples() {}

    /** Sample file names, default first. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        try (InputStream in = Samples.class.getResourceAsStream("/org/codesign/study/samples.txt")) {
            if (in != null) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        names.add(line.trim());
                    }
                }
            }
        } catch (IOException e) {
            // The index is part of the jar; without it there is only the default.
        }
        if (!names.contains(DEFAULT)) {
            names.add(0, DEFAULT);
        }
        return names;
    }

    /** Loads a bundled sample; the default study is built in code if the resource is missing. */
    public static Study load(String name) throws StudyFormatException {
        try (InputStream in = Samples.class.getResourceAsStream(INDEX + name)) {
            if (in == null) {
                if (DEFAULT.equals(name)) {
                    return Studies.defaultStudy();
                }
                throw new StudyFormatException(name, "/", "no such sample (bundled: " + names() + ")");
            }
            return StudyFiles.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StudyFormatException(name, "/", "cannot read the bundled sample: " + e.getMessage());
        }
    }
}
