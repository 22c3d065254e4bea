package org.codesign.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code codesign run --out} keeps checkpoint.json current; a run cancelled midway (as Ctrl-C does)
 * and continued with {@code --resume} writes the front and hypervolume files of an uninterrupted run.
 */
class ResumeCommandTest {
    private static final String STUDY = "samples/classroom-small.codesign.json";

    @ParameterizedTest
    @CsvSource({"nsga2, joint, 2, 4", "pareto-local, joint, 1, 7", "nsga2, sequential, 2, 3"})
    void aCancelledRunResumedFromItsFolderWritesTheUninterruptedFront(
            String algorithm, String mode, int threads, int cancelAfter, @TempDir Path dir) throws Exception {
        Path whole = dir.resolve("whole");
        Path cut = dir.resolve("cut");
        assertOk(CliRunner.run(args(algorithm, mode, threads, whole)));
        List<String> interrupted = new ArrayList<>(List.of(args(algorithm, mode, threads, cut)));
        interrupted.addAll(List.of("--cancel-after-steps", String.valueOf(cancelAfter)));
        CliRunner.Result r = CliRunner.run(interrupted.toArray(String[]::new));
        assertOk(r);
        assertThat(r.err()).startsWith("cancelled");
        assertThat(cut.resolve("checkpoint.json")).exists();
        assertNotEquals(
                Files.readAllLines(whole.resolve("hypervolume.csv")),
                Files.readAllLines(cut.resolve("hypervolume.csv")));

        CliRunner.Result resumed = CliRunner.run("run", STUDY, "--resume", cut.toString(), "--quiet");
        assertOk(resumed);
        assertThat(resumed.err()).startsWith("finished");
        assertEquals(Files.readAllLines(whole.resolve("front.csv")), Files.readAllLines(cut.resolve("front.csv")));
        assertEquals(
                Files.readAllLines(whole.resolve("hypervolume.csv")),
                Files.readAllLines(cut.resolve("hypervolume.csv")));
        assertThat(dir.resolve("cut")).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void conflictingOptionsAndFinishedRunsAreRefused(@TempDir Path dir) {
        Path cut = dir.resolve("cut");
        List<String> interrupted = new ArrayList<>(List.of(args("nsga2", "joint", 1, cut)));
        interrupted.addAll(List.of("--cancel-after-steps", "2"));
        assertOk(CliRunner.run(interrupted.toArray(String[]::new)));

        CliRunner.Result conflict =
                CliRunner.run("run", STUDY, "--resume", cut.toString(), "--seed", "4", "--evaluations", "200");
        assertNotEquals(0, conflict.exitCode());
        assertThat(conflict.err()).contains("--seed 4 conflicts with the checkpoint's 3");
        assertThat(conflict.err()).contains("--evaluations 200 conflicts with the checkpoint's 240");

        // the same values and another thread count are fine
        assertOk(CliRunner.run("run", STUDY, "--resume", cut.toString(), "--seed", "3", "--threads", "2", "--quiet"));
        CliRunner.Result again = CliRunner.run("run", STUDY, "--resume", cut.toString(), "--quiet");
        assertNotEquals(0, again.exitCode());
        assertThat(again.err()).contains("already finished");

        CliRunner.Result missing =
                CliRunner.run("run", STUDY, "--resume", dir.resolve("nothing").toString());
        assertNotEquals(0, missing.exitCode());
        assertThat(missing.err()).contains("has no checkpoint.json");

        CliRunner.Result noSettings =
                CliRunner.run("run", STUDY, "--out", dir.resolve("x").toString());
        assertNotEquals(0, noSettings.exitCode());
        assertThat(noSettings.err()).contains("--algorithm and --evaluations are required");
    }

    @Test
    void aDamagedCheckpointIsReportedNotResumed(@TempDir Path dir) throws Exception {
        Path cut = dir.resolve("cut");
        List<String> interrupted = new ArrayList<>(List.of(args("local", "joint", 1, cut)));
        interrupted.addAll(List.of("--cancel-after-steps", "2"));
        assertOk(CliRunner.run(interrupted.toArray(String[]::new)));
        Path file = cut.resolve("checkpoint.json");
        String json = Files.readString(file);
        Files.writeString(file, json.replace("\"randomState\"", "\"randomStat\""));

        CliRunner.Result r = CliRunner.run("run", STUDY, "--resume", file.toString(), "--quiet");
        assertNotEquals(0, r.exitCode());
        assertThat(r.err()).contains("cannot read").contains("'randomState' is missing");
    }

    private static String[] args(String algorithm, String mode, int threads, Path out) {
        return new String[] {
            "run",
            STUDY,
            "--algorithm",
            algorithm,
            "--mode",
            mode,
            "--evaluations",
            "240",
            "--population",
            "20",
            "--seed",
            "3",
            "--threads",
            String.valueOf(threads),
            "--out",
            out.toString(),
            "--quiet"
        };
    }

    private static void assertOk(CliRunner.Result r) {
        assertEquals(0, r.exitCode(), r.err());
    }
}
