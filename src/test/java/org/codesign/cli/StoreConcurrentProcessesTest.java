package org.codesign.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;
import org.codesign.study.store.StudyLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two `codesign run --save` processes into one store at the same time: both runs, every point. */
class StoreConcurrentProcessesTest {
    /** Two JVMs starting and running 2000 evaluations each take ~15 s on the shared 2 cores; 3 min is slack. */
    private static final long TIMEOUT_S = 180;

    @Test
    void twoProcessesSavingIntoOneStoreLoseNothing(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("c.codesign.db");
        assertEquals(
                0,
                CliRunner.run("import", "samples/default.codesign.json", "--out", db.toString())
                        .exitCode());
        List<Process> processes = new ArrayList<>();
        for (String seed : new String[] {"1", "2"}) {
            processes.add(start(dir, db, seed, "2000"));
        }
        for (Process p : processes) {
            assertThat(p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)).isTrue();
            assertEquals(0, p.exitValue(), () -> read(dir.resolve("log" + (processes.indexOf(p) + 1))));
        }
        Study study = StudyLoader.load(db);
        assertThat(study.runs().stream().map(RunRecord::id)).containsExactlyInAnyOrder("run-1", "run-2");
        assertThat(study.runs().stream().map(RunRecord::seed)).containsExactlyInAnyOrder(1L, 2L);
        for (RunRecord r : study.runs()) {
            assertEquals(2000, r.points().size(), r.id());
            assertEquals(RunRecord.Status.FINISHED, r.status());
        }
        // Each run started before the other finished: they really wrote at the same time.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM runs a JOIN runs b ON a.id <> b.id"
                        + " WHERE a.started_at < b.finished_at")) {
            assertThat(rs.next()).isTrue();
            assertEquals(2, rs.getInt(1), "the two runs overlapped in time");
        }
    }

    @Test
    void aKilledRunKeepsEverythingCommittedAndCommitsEverySecond(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("k.codesign.db");
        assertEquals(
                0,
                CliRunner.run("import", "samples/default.codesign.json", "--out", db.toString())
                        .exitCode());
        Process p = start(dir, db, "1", "1000000");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            long seen = 0;
            long lastGrowth = 0;
            long longestGapMs = 0;
            int growths = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
            // Watch five commits, polling 10 times a second as a second process would.
            while (growths < 5 && System.nanoTime() < deadline && p.isAlive()) {
                long n = count(c);
                long now = System.nanoTime() / 1_000_000;
                if (n > seen) {
                    if (seen > 0) {
                        longestGapMs = Math.max(longestGapMs, now - lastGrowth);
                        growths++;
                    }
                    seen = n;
                    lastGrowth = now;
                }
                Thread.sleep(100);
            }
            assertThat(growths).as(() -> read(dir.resolve("log1"))).isEqualTo(5);
            p.destroyForcibly().waitFor(TIMEOUT_S, TimeUnit.SECONDS);
            // A 1 s flush period, polled every 100 ms, on a shared machine: 2 s is the bound we hold it to.
            assertThat(longestGapMs).as("longest wait between commits").isLessThan(2000);
            assertThat(count(c)).isGreaterThanOrEqualTo(seen);
        }
        RunRecord killed = StudyLoader.load(db).runs().get(0);
        assertEquals(RunRecord.Status.RUNNING, killed.status(), "the run was last seen running");
        assertThat(killed.points()).hasSizeGreaterThanOrEqualTo(1);
    }

    private static long count(Connection c) throws java.sql.SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM evaluations")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static Process start(Path dir, Path db, String seed, String evaluations) throws java.io.IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(
                List.of(java, "-cp", System.getProperty("java.class.path"), "org.codesign.Main", "run", db.toString()));
        command.addAll(List.of(
                "--algorithm",
                "nsga2",
                "--evaluations",
                evaluations,
                "--population",
                "40",
                "--seed",
                seed,
                "--threads",
                "1",
                "--out",
                dir.resolve("out" + seed).toString(),
                "--save",
                "--quiet"));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("log" + seed).toFile())
                .start();
    }

    private static String read(Path log) {
        try {
            return java.nio.file.Files.readString(log);
        } catch (java.io.IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
