package org.codesign.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import org.codesign.study.Samples;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.codesign.study.StudyFormatException;

/** Where an experiment's sample studies come from: the copies bundled in the jar, or a folder. */
@FunctionalInterface
public interface SampleSource {

    /**
     * The study of a sample file name such as {@code edge-gpu-dvfs.codesign.json}.
     *
     * @throws StudyFormatException naming the file when it is missing or malformed
     */
    Study load(String sampleFile) throws StudyFormatException;

    static SampleSource bundled() {
        return Samples::load;
    }

    /** Samples read from {@code dir} (e.g. an edited copy of {@code samples/}). */
    static SampleSource folder(Path dir) {
        return name -> {
            Path file = dir.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new StudyFormatException(file.toString(), "$", "no such sample file in " + dir);
            }
            return StudyFiles.load(file);
        };
    }
}
