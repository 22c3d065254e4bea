package org.codesign.study.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.codesign.eval.CodesignMode;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.RunSpec;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.codesign.study.StudyRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's writes into a store: what it adds, what it keeps of other writers, what it removes. */
class StoreWritesTest {
    private static final RunSpec SPEC = RunSpec.of(Algorithm.RANDOM, CodesignMode.JOINT, 1000, 3);

    private static RunRecord running(String id, int points) {
        List<EvaluatedPoint> list = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            list.add(StoreFixtures.point(i, 10 + i));
        }
        return StudyRuns.record(id, "app " + id, SPEC, "2026-12-06T00:00:00Z")
                .withPoints(list, RunRecord.Status.RUNNING, 5, List.of());
    }

    @Test
    void aRunWrittenAsItGoesGainsOnlyItsNewPointsAndEndsWithItsStatus(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("s.codesign.db");
        Study study = StoreFixtures.study();
        StudyStore.create(db, study).close();
        RunRecord header = StoreWrites.beginRun(db, Set.of(), id -> running(id, 0));
        assertEquals("run-3", header.id(), "two runs: run-N from N = 3 up, as StudyRuns.nextId");

        StoreWrites.writeRun(db, study, running(header.id(), 3));
        StoreWrites.writeRun(db, study, running(header.id(), 700));
        RunRecord done = running(header.id(), 701)
                .withPoints(running(header.id(), 701).points(), RunRecord.Status.FINISHED, 99, List.of(new double[] {
                    701, 0.5
                }));
        StoreWrites.writeRun(db, study, done);

        Study back = StudyLoader.load(db);
        RunRecord stored = back.runs().get(2);
        assertEquals(done, stored);
        assertThat(back.runs()).extracting(RunRecord::id).containsExactly("run-1", "run-7", "run-3");
        try (StudyStore store = StudyStore.open(db)) {
            assertThat(PointChunks.exist(store.connection(), header.id()))
                    .as("a finished run opens from chunks")
                    .isTrue();
        }
    }

    @Test
    void aNewRunsIdAvoidsTheStoresAndTheWindowsRuns(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("s.codesign.db");
        StudyStore.create(db, StoreFixtures.study()).close();
        RunRecord r = StoreWrites.beginRun(db, Set.of("run-2", "run-3"), id -> running(id, 0));
        assertEquals("run-5", r.id(), "four ids taken between the store and the window");
        // a CLI run starting next takes another id
        try (StudyStore store = StudyStore.open(db);
                RunAppender cli = store.beginRun("cli", SPEC, "2026-12-06T00:00:00Z")) {
            assertThat(cli.id()).isNotIn("run-1", "run-7", "run-5");
            cli.finish(RunRecord.Status.FINISHED, 1, List.of(), List.of());
        }
    }

    @Test
    void saveKeepsRunsOfOtherWritersAndRemovesOnlyTheRunsTheUserDeleted(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("s.codesign.db");
        Study atOpen = StoreFixtures.study();
        StudyStore.create(db, atOpen).close();
        String cliRun;
        try (StudyStore store = StudyStore.open(db);
                RunAppender cli = store.beginRun("cli", SPEC, "2026-12-06T00:00:00Z")) {
            cli.finish(
                    RunRecord.Status.FINISHED,
                    1,
                    List.of(),
                    List.of(StoreFixtures.point(0, 1), StoreFixtures.point(1, 2)));
            cliRun = cli.id();
        }
        // the user deleted run-7, renamed run-1 and renamed the study, and saves
        RunRecord renamed = atOpen.runs().get(0).withName("renamed");
        Study window = atOpen.withRuns(List.of(renamed)).withName("Renamed study");

        List<String> others = StoreWrites.save(db, window, Set.of("run-1", "run-7"));

        assertEquals(List.of(cliRun), others);
        Study back = StudyLoader.load(db);
        assertEquals("Renamed study", back.name());
        assertThat(back.runs()).extracting(RunRecord::id).containsExactly("run-1", cliRun);
        assertEquals(renamed, back.runs().get(0));
        assertThat(back.runs().get(1).points()).hasSize(2);
        try (StudyStore store = StudyStore.open(db)) {
            assertThat(store.runs(others)).extracting(RunRecord::id).containsExactly(cliRun);
        }
    }

    @Test
    void saveAsReplacesAnExistingStoreWhole(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("s.codesign.db");
        StudyStore.create(db, StoreFixtures.study()).close();
        Files.writeString(dir.resolve("s.codesign.db-wal"), "stale");
        Study other = StoreFixtures.study().withRuns(List.of()).withName("Other");

        StoreWrites.saveAs(db, other);

        assertEquals(other, StudyLoader.load(db));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("s.codesign.db");
        }
        assertEquals(StudyFiles.toJson(other), StudyFiles.toJson(StudyLoader.load(db)));
    }

    @Test
    void saveAsThroughASymbolicLinkReplacesItsTargetAndKeepsTheLink(@TempDir Path dir) throws Exception {
        Path real = Files.createDirectories(dir.resolve("real")).resolve("s.codesign.db");
        StudyStore.create(real, StoreFixtures.study()).close();
        Path link = Files.createSymbolicLink(dir.resolve("link.codesign.db"), Path.of("real", "s.codesign.db"));
        Study other = StoreFixtures.study().withRuns(List.of()).withName("Other");

        StoreWrites.saveAs(link, other);

        assertThat(Files.isSymbolicLink(link)).as("the link is still a link").isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real", "s.codesign.db"));
        assertEquals(other, StudyLoader.load(real));
        assertEquals(other, StudyLoader.load(link));
    }

    @Test
    void aStoreIsWrittenInWalModeWithABusyTimeout(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("s.codesign.db");
        StudyStore.create(db, StoreFixtures.study()).close();
        try (StudyStore store = StudyStore.open(db);
                var s = store.connection().createStatement()) {
            try (var rs = s.executeQuery("PRAGMA journal_mode")) {
                assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
            }
            try (var rs = s.executeQuery("PRAGMA busy_timeout")) {
                assertThat(rs.getInt(1))
                        .as("writers wait for each other instead of failing")
                        .isPositive();
            }
        }
    }
}
