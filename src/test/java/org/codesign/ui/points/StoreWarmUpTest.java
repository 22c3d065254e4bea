package org.codesign.ui.points;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.codesign.study.RunPoints;
import org.codesign.study.Samples;
import org.codesign.study.Study;
import org.junit.jupiter.api.Test;

/** The warm-up of the reading path writes, reads and builds a made-up run, and leaves nothing behind. */
class StoreWarmUpTest {
    @Test
    void itReadsAndBuildsAMadeUpRunOfTheStudysSpaceAndCleansUp() throws Exception {
        Study study = Samples.load(Samples.DEFAULT);
        RunPoints points = StoreWarmUp.madeUp(study, 500);
        int[] sizes = study.space().cardinalities();
        for (int r = 0; r < points.size(); r++) {
            for (int g = 0; g < sizes.length; g++) {
                assertThat(points.gene(r, g)).isBetween(0, sizes[g] - 1);
            }
        }
        List<Path> before = warmUpFolders();
        assertThat(StoreWarmUp.run(study)).as("write, read and build worked").isTrue();
        assertThat(warmUpFolders()).as("its temporary store is gone").isEqualTo(before);
    }

    private static List<Path> warmUpFolders() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("codesign-warm-up"))
                    .sorted()
                    .toList();
        }
    }
}
