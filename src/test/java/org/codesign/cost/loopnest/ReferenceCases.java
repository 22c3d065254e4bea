package org.codesign.cost.loopnest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Timeloop reference runs: read from {@code ../shared/data/timeloop} next to the repository
 * when it is there (so new cases are picked up), else from the copies in the test resources.
 */
public final class ReferenceCases {
    private ReferenceCases() {}

    public static Path directory() {
        Path base = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path shared = base.resolve("../shared/data/timeloop").normalize();
        if (Files.isDirectory(shared)) {
            return shared;
        }
        try {
            var url = ReferenceCases.class.getResource("/timeloop");
            if (url == null) {
                throw new IllegalStateException(
                        "no reference cases: neither " + shared + " nor test resources /timeloop");
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Path> files() {
        try (Stream<Path> s = Files.list(directory())) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MappingCase read(Path p) {
        try {
            return MappingFileReader.read(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
