package org.codesign.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every file in test resources {@code bad-studies/} is refused with the message listed for it. */
class BadStudyFilesTest {

    private static Path folder() throws URISyntaxException {
        return Path.of(BadStudyFilesTest.class
                        .getResource("/bad-studies/expected-messages.json")
                        .toURI())
                .getParent();
    }

    private static Map<String, String> expected() throws Exception {
        return Json.MAPPER.readValue(folder().resolve("expected-messages.json").toFile(), new TypeReference<>() {});
    }

    @TestFactory
    Stream<DynamicTest> eachBadFileIsExplained() throws Exception {
        Map<String, String> expected = expected();
        return expected.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                    StudyFormatException ex = assertThrows(
                            StudyFormatException.class, () -> StudyFiles.load(folder().resolve(e.getKey())));
                    assertThat(ex.getMessage()).startsWith(e.getKey() + ": ").contains(e.getValue());
                    assertThat(ex.getMessage()).doesNotContain("Exception").doesNotContain("\n\tat ");
                }));
    }

    @Test
    void everyBadFileHasAnExpectedMessage() throws Exception {
        try (Stream<Path> files = Files.list(folder())) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(StudyFiles.EXTENSION))
                    .sorted()
                    .toList();
            assertThat(expected().keySet()).containsExactlyInAnyOrderElementsOf(names);
        }
    }

    @Test
    void missingFileIsNamed() {
        StudyFormatException ex =
                assertThrows(StudyFormatException.class, () -> StudyFiles.load(Path.of("no/such/study.codesign.json")));
        assertThat(ex.getMessage()).startsWith("study.codesign.json: /: no such file");
    }

    @Test
    void binaryFileIsNotText(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path f = dir.resolve("image.codesign.json");
        Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, (byte) 0xfe});
        StudyFormatException ex = assertThrows(StudyFormatException.class, () -> StudyFiles.load(f));
        assertThat(ex.getMessage()).startsWith("image.codesign.json: /: not a UTF-8 text file");
    }
}
