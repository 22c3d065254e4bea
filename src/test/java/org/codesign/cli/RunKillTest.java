package org.codesign.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of {@code codesign run --save} into a store at random moments: the store stays
 * valid, what was committed before the kill is there, at most the last second is lost, and
 * {@code --resume} carries the run on (killed again, resumed again) to the uninterrupted front.
 */
class RunKillTest {
    private static final int KILLS = 20;
    /** Each run spans several kills (~10 000 evaluations a second warm, less while a JVM starts). */
    private static final String BUDGET = "15000";
    /** Random kill moment after the process is running: JVM start, restore, steps, checkpoints. */
    private static final int MAX_DELAY_MS = 800;
    /** The appender commits when 512 points are queued: fewer than that can be uncommitted. */
    private static final int BATCH = 512;
    /** A 1 s flush period on a loaded, shared 2-core machine: 2 s is the bound we hold it to. */
    private static final long MAX_LOST_MS = 2000;

    /**
     * The flush timer fires once a second of the writer's own time; on a machine whose run queue
     * is longer than its cores the writer gets a share of a core, so the bound stretches by the
     * load per core (1 on an idle machine, where it is MAX_LOST_MS).
     */
    private static long lostBoundMs() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        return (long) (MAX_LOST_MS * Math.max(1.0, load / cores));
    }

    @Test
    void killedRunsKeepTheirCommitsAndResumeToTheUninterruptedFront(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("k.codesign.db");
        assertEquals(
                0,
                CliRunner.run("import", "samples/default.codesign.json", "--out", db.toString())
                        .exitCode());
        Random random = new Random(12);
        List<Path> completed = new ArrayList<>();
        Path current = null; // a killed run's folder, waiting for --resume
        int kills = 0;
        int processes = 0;
        int staleTemps = 0;
        long maxLostEvaluations = 0;
        long maxLostMs = 0;
        long started = System.nanoTime();
        try (StoreProbe store = new StoreProbe(db)) {
            while (kills < KILLS || current != null) {
                assertThat(Duration.ofNanos(System.nanoTime() - started))
                        .isLessThan(Duration.ofSeconds(400)); // a hang guard, not a timing check
                boolean fresh = current == null;
                if (fresh) {
                    current = dir.resolve("run" + (completed.size() + 1));
                }
                int rows = store.runs();
                Instant launched = Instant.now();
                // what the last kill lost (checkpointed, not committed) is this process's to make up,
                // not to lose again: only a growing gap counts against this kill
                long carried = fresh
                        ? 0
                        : Math.max(0, evaluations(current) - store.newest().evaluations());
                processes++;
                CodesignProcess p = CodesignProcess.start(
                        dir.resolve("log" + processes),
                        fresh ? newRun(db, current, completed.size() + 1) : resume(db, current));
                boolean last = kills == KILLS; // the last resume runs to the end
                if (!last) {
                    // a fresh run killed before its first checkpoint has nothing to resume; a resumed
                    // one is killed once it has taken up its row again
                    while (p.isAlive()
                            && ((fresh
                                            ? store.runs() == rows
                                            : !store.newest().updatedAt().isAfter(launched))
                                    || !Files.exists(current.resolve(CheckpointFile.NAME)))) {
                        Thread.sleep(5);
                    }
                    Thread.sleep(random.nextInt(MAX_DELAY_MS));
                }
                long committedBefore =
                        store.runs() > rows || !fresh ? store.newest().evaluations() : 0;
                Instant killedAt = Instant.now();
                if (last || !p.isAlive()) {
                    assertEquals(0, p.waitFor(120), p::log);
                    assertEquals("finished", store.newest().status(), p::log);
                    assertThat(current).isDirectoryNotContaining("glob:**.tmp");
                    completed.add(current);
                    current = null;
                    continue;
                }
                p.kill();
                kills++;
                StoreProbe.RunRow run = store.newest();
                assertEquals("running", run.status(), "a killed run was last seen running");
                assertThat(run.evaluations()).as("committed before the kill").isGreaterThanOrEqualTo(committedBefore);
                assertThat(store.integrityCheck()).isEqualTo("ok");
                CliRunner.Result validate = CliRunner.run("validate", db.toString());
                assertEquals(0, validate.exitCode(), validate.err());
                // Evaluated before the kill: what its checkpoint shows (a lower bound; it lags a step).
                // A resumed run continues its row, so the row holds every process's points.
                long lost = Math.max(0, evaluations(current) - run.evaluations() - carried);
                long lostMs = lost == 0
                        ? 0
                        : Duration.between(run.updatedAt(), killedAt).toMillis();
                // queued (< BATCH) plus, if the kill fell inside a commit, the batch being committed;
                // the bound, at most the last second, is the time check below
                assertThat(lost).as("evaluations lost").isLessThan(2 * BATCH);
                assertThat(lostMs)
                        .as("time since the last commit, with evaluations pending")
                        .isLessThan(lostBoundMs());
                maxLostEvaluations = Math.max(maxLostEvaluations, lost);
                maxLostMs = Math.max(maxLostMs, lostMs);
                if (Files.exists(current.resolve(CheckpointFile.NAME + ".tmp"))) {
                    staleTemps++;
                }
            }
        }
        System.out.printf(
                "RunKillTest: %d kills over %d processes, %d runs; max %d evaluations lost (checkpoint-visible),"
                        + " max %d ms since the last commit; %d stale temp files cleaned up; %.1f s%n",
                kills,
                processes,
                completed.size(),
                maxLostEvaluations,
                maxLostMs,
                staleTemps,
                (System.nanoTime() - started) / 1e9);
        assertEquals(KILLS, kills);
        try (StoreProbe store = new StoreProbe(db)) {
            assertEquals(completed.size(), store.runs(), "one row per run, however often it was resumed");
            assertEquals(completed.size(), store.finishedRuns(), "no row left behind at running");
        }
        for (int i = 0; i < completed.size(); i++) {
            Path whole = dir.resolve("whole" + (i + 1));
            List<String> args = newRun(db, whole, i + 1);
            args.remove("--save");
            CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
            assertEquals(0, r.exitCode(), r.err());
            assertEquals(front(whole), front(completed.get(i)), completed.get(i).toString());
        }
    }

    /** front.csv without its run column: the comparison run is not saved, so its id differs. */
    private static List<String> front(Path runDir) throws java.io.IOException {
        List<String> lines = Files.readAllLines(runDir.resolve("front.csv"));
        assertThat(lines).hasSizeGreaterThan(1);
        return lines.stream()
                .map(l -> l.replaceFirst("^([^,]*),[^,]*,", "$1,,"))
                .toList();
    }

    private static long evaluations(Path runDir) {
        var c = CheckpointFile.read(runDir.resolve(CheckpointFile.NAME)).checkpoint();
        return c.finishedPoints().size()
                + (c.phase() == null ? 0 : c.phase().evaluated().size());
    }

    private static List<String> newRun(Path db, Path out, int seed) {
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
                String.valueOf(seed),
                "--threads",
                "1",
                "--out",
                out.toString(),
                "--save",
                "--quiet"));
    }

    private static List<String> resume(Path db, Path out) {
        return new ArrayList<>(List.of("run", db.toString(), "--resume", out.toString(), "--save", "--quiet"));
    }
}
