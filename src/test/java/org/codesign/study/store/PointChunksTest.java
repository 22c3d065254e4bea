package org.codesign.study.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.Metric;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.RunRecord;
import org.codesign.study.Studies;
import org.codesign.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finished run's points come back equal from its column chunks and from its rows; any change
 * to the rows drops the chunks, and a damaged chunk falls back to the rows.
 */
class PointChunksTest {

    @Property(tries = 6)
    void saveLoadRoundTripsThroughChunksAndRows(@ForAll @IntRange(min = 1, max = 70_000) int n, @ForAll long seed)
            throws Exception {
        Path dir = Files.createTempDirectory("chunks");
        Path db = dir.resolve("s.codesign.db");
        Study study = Studies.defaultStudy().withRuns(List.of(run("run-1", n, seed)));
        StudyStore.create(db, study).close();
        assertThat(chunkRows(db, "run-1")).isEqualTo(n);
        assertEquals(study, StudyLoader.load(db)); // from the chunks
        sql(db, "DELETE FROM point_columns");
        assertEquals(study, StudyLoader.load(db)); // from the rows, writing the chunks again
        assertThat(chunkRows(db, "run-1")).isEqualTo(n);
        assertEquals(study, StudyLoader.load(db));
        for (String f : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(dir.resolve("s.codesign.db" + f));
        }
        Files.delete(dir);
    }

    @Test
    void aChangedRowDropsTheRunsChunks(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("s.codesign.db");
        Study study = Studies.defaultStudy().withRuns(List.of(run("run-1", 100, 1), run("run-2", 50, 2)));
        StudyStore.create(db, study).close();
        sql(
                db,
                "UPDATE evaluations SET latency_ms = 1234.5 WHERE run_id = 'run-1' AND idx = "
                        + study.runs().get(0).columns().index(7));
        assertThat(chunkRows(db, "run-1")).isZero();
        assertThat(chunkRows(db, "run-2")).isEqualTo(50);
        Study back = StudyLoader.load(db);
        assertThat(back.runs().get(0).columns().metric(Metric.LATENCY, 7)).isEqualTo(1234.5);
        assertEquals(study.runs().get(1), back.runs().get(1));

        sql(
                db,
                "DELETE FROM evaluations WHERE run_id = 'run-2' AND idx = "
                        + study.runs().get(1).columns().index(3));
        assertThat(chunkRows(db, "run-2")).isZero();
        assertThat(StudyLoader.load(db).runs().get(1).points()).hasSize(49);
    }

    @Test
    void aDamagedChunkIsReadFromTheRows(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("s.codesign.db");
        Study study = Studies.defaultStudy().withRuns(List.of(run("run-1", 300, 5)));
        StudyStore.create(db, study).close();
        sql(db, "UPDATE point_columns SET data = x'0000000100000002'");
        assertEquals(study, StudyLoader.load(db));
    }

    @Test
    void aRunningRunHasNoChunks(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("s.codesign.db");
        RunRecord running = run("run-1", 20, 3);
        running = running.withPoints(running.points(), RunRecord.Status.RUNNING, 0, List.of());
        StudyStore.create(db, Studies.defaultStudy().withRuns(List.of(running))).close();
        StudyLoader.load(db);
        assertThat(chunkRows(db, "run-1")).as("a running run may still grow").isZero();
    }

    /** Increasing indices (the store reads rows in index order), every metric kind, some infeasible. */
    static RunRecord run(String id, int n, long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        int genes = StoreFixtures.genes();
        List<EvaluatedPoint> points = new ArrayList<>(n);
        long index = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            int[] genome = new int[genes];
            for (int g = 0; g < genes; g++) {
                genome[g] = random.nextInt(3);
            }
            Map<Metric, Double> m = new EnumMap<>(Metric.class);
            for (Metric metric : Metric.values()) {
                if (random.nextInt(4) > 0) {
                    m.put(metric, random.nextDouble() * 100);
                }
            }
            String reason = random.nextInt(10) == 0 ? (random.nextBoolean() ? "too big" : "no ∞ room") : null;
            points.add(new EvaluatedPoint(
                    index, i / 7, genome, m, random.nextInt(5) == 0 ? random.nextDouble() : 0, reason));
            index += 1 + random.nextInt(3);
        }
        return new RunRecord(
                id,
                id,
                "random",
                CodesignMode.JOINT,
                seed,
                0,
                Math.max(1, n),
                Map.of(),
                RunRecord.Status.FINISHED,
                null,
                0,
                List.of(),
                points);
    }

    private static long chunkRows(Path db, String run) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT COALESCE(sum(rows), 0) FROM point_columns WHERE run_id = '" + run + "'")) {
            return rs.getLong(1);
        }
    }

    private static void sql(Path db, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }
}
