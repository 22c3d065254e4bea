package org.codesign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No class in src/main over 600 lines: past that, a class does several jobs and should be split. */
class SourceSizeTest {
    static final int MAX_LINES = 600;
    /**
     * Over the limit today and being changed elsewhere (the ui package is being moved, the cost
     * models reworked); split them there, then remove them from this list.
     */
    static final Set<String> KNOWN = Set.of("Pareto3DView.java", "NestEvaluator.java", "MapperSearch.java");

    @Test
    void noClassIsOver600Lines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            tooLong = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !KNOWN.contains(f.getFileName().toString()))
                    .filter(f -> lines(f) > MAX_LINES)
                    .map(f -> f + " (" + lines(f) + " lines)").toList();
        }
        assertThat(tooLong).isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
