package org.codesign.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.codesign.study.Samples;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample in the Open Sample index runs headless with {@code codesign run} and writes a non-empty front. */
class SamplesRunHeadlessTest {

    static List<String> samples() {
        return Samples.names();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleRunsHeadless(String sample, @TempDir Path dir) throws Exception {
        var r = CliRunner.run(
                "run",
                "samples/" + sample,
                "--algorithm",
                "nsga2",
                "--evaluations",
                "12",
                "--population",
                "4",
                "--threads",
                "1",
                "--out",
                dir.toString(),
                "--quiet");
        assertEquals(0, r.exitCode(), sample + ": " + r.err());
        List<String> front = Files.readAllLines(dir.resolve("front.csv"));
        assertThat(front)
                .as(sample + " front.csv: header and at least one design")
                .hasSizeGreaterThan(1);
    }
}
