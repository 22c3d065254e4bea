package org.codesign.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A study's coefficients file is found relative to the study's folder and must stay inside it. */
class AccuracyModelPathTest {
    private static final Path SHIPPED = Path.of("src/main/resources/org/codesign/accuracy/accuracy-model.json");

    private static Path studyNaming(Path dir, String accuracyModel) throws IOException {
        Path file = dir.resolve("study.codesign.json");
        Files.writeString(
                file,
                Files.readString(Path.of("samples/classroom-small.codesign.json"))
                        .replace("\"accuracyModel\" : \"builtin\"", "\"accuracyModel\" : \"" + accuracyModel + "\""));
        return file;
    }

    @Test
    void aFileBesideTheStudyIsUsedWhereverTheProgramRuns(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("models"));
        Files.copy(SHIPPED, dir.resolve("models/fitted.json"));
        Study study = StudyFiles.load(studyNaming(dir, "models/fitted.json"));
        assertThat(study.model().accuracyModelFile(dir))
                .isEqualTo(dir.toAbsolutePath().resolve("models/fitted.json"));
    }

    @Test
    void aPathOutOfTheFolderIsRefusedEvenIfTheFileExists(@TempDir Path dir) throws Exception {
        Path inner = Files.createDirectories(dir.resolve("inner"));
        Files.copy(SHIPPED, dir.resolve("outside.json"));
        StudyFormatException e =
                assertThrows(StudyFormatException.class, () -> StudyFiles.load(studyNaming(inner, "../outside.json")));
        assertThat(e.getMessage())
                .isEqualTo("study.codesign.json: /model/accuracyModel: '../outside.json' is "
                        + "outside the study's folder (allowed: 'builtin' or a file path relative to the study's folder, "
                        + "without '..')");
    }

    @Test
    void aLinkOutOfTheFolderIsRefused(@TempDir Path dir) throws Exception {
        Path inner = Files.createDirectories(dir.resolve("inner"));
        Files.copy(SHIPPED, dir.resolve("outside.json"));
        Files.createSymbolicLink(inner.resolve("link.json"), dir.resolve("outside.json"));
        StudyFormatException e =
                assertThrows(StudyFormatException.class, () -> StudyFiles.load(studyNaming(inner, "link.json")));
        assertThat(e.getMessage()).endsWith("/model/accuracyModel: 'link.json' links outside the study's folder");
    }
}
