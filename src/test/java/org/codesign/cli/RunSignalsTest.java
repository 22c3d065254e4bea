package org.codesign.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SIGTERM and SIGINT stop a {@code codesign run --save} process cleanly: exit 143 / 130, the run
 * marked cancelled in the store, the resume command printed, and that command ends with the front
 * of an uninterrupted run.
 */
class RunSignalsTest {
    private static final String BUDGET = "10000";

    @ParameterizedTest
    @CsvSource({"TERM, 143", "INT, 130"})
    void aSignalledRunStopsCleanlyAndResumesToTheUninterruptedFront(String signal, int exitCode, @TempDir Path dir)
            throws Exception {
        Path db = dir.resolve("s.codesign.db");
        assertEquals(
                0,
                CliRunner.run("import", "samples/default.codesign.json", "--out", db.toString())
                        .exitCode());
        Path whole = dir.resolve("whole");
        Path cut = dir.resolve("cut");
        CliRunner.Result uninterrupted = CliRunner.run(args(db, whole).toArray(String[]::new));
        assertEquals(0, uninterrupted.exitCode(), uninterrupted.err());

        List<String> saved = args(db, cut);
        saved.add("--save");
        CodesignProcess p = CodesignProcess.start(dir.resolve("log"), saved);
        try (StoreProbe store = new StoreProbe(db)) {
            // signal once the run is committing evaluations, i.e. in the middle of the search
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (store.newest() == null || store.newest().evaluations() == 0) {
                assertThat(p.isAlive()).as(p::log).isTrue();
                assertThat(System.nanoTime())
                        .as("no evaluation committed in 60 s")
                        .isLessThan(deadline);
                Thread.sleep(10);
            }
            if (signal.equals("TERM")) {
                p.terminate(); // Process.destroy(): SIGTERM
            } else {
                p.signal("INT");
            }
            assertEquals(exitCode, p.waitFor(60), p::log);
            StoreProbe.RunRow run = store.newest();
            assertEquals("cancelled", run.status(), "the stopped run's status in the store");
            assertThat(run.evaluations()).isPositive().isLessThan(Long.parseLong(BUDGET));
            assertThat(store.integrityCheck()).isEqualTo("ok");
        }
        String log = p.log();
        assertThat(log).contains("stopped by SIG" + signal);
        assertThat(log).contains("codesign run " + db + " --resume " + cut);
        assertThat(cut.resolve("run.json")).exists();
        assertThat(cut.resolve("front.csv")).exists();
        assertThat(cut).isDirectoryNotContaining("glob:**.tmp");
        assertEquals(0, CliRunner.run("validate", db.toString()).exitCode());

        CliRunner.Result resumed = CliRunner.run("run", db.toString(), "--resume", cut.toString(), "--quiet");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertThat(resumed.err()).startsWith("finished");
        assertEquals(Files.readAllLines(whole.resolve("front.csv")), Files.readAllLines(cut.resolve("front.csv")));
        assertEquals(
                Files.readAllLines(whole.resolve("hypervolume.csv")),
                Files.readAllLines(cut.resolve("hypervolume.csv")));
    }

    private static List<String> args(Path db, Path out) {
        return new ArrayList<>(List.of(
                "run",
                db.toString(),
                "--algorithm",
                "nsga2",
                "--evaluations",
                BUDGET,
                "--population",
                "40",
                "--seed",
                "5",
                "--threads",
                "1",
                "--out",
                out.toString(),
                "--quiet"));
    }
}
