package org.codesign.study.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.codesign.eval.CodesignMode;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.RunSpec;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.RunRecord;
import org.codesign.study.Studies;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyStoreTest {
    private static final RunSpec SPEC = RunSpec.of(Algorithm.RANDOM, CodesignMode.JOINT, 1000, 3);

    @Test
    void keepsEveryKindOfValueExactly(@TempDir Path dir) throws Exception {
        Study study = StoreFixtures.study();
        Path db = dir.resolve("s.codesign.db");
        try (StudyStore store = StudyStore.create(db, study)) {
            assertEquals(study, store.load());
        }
        Study back = StudyLoader.load(db);
        assertEquals(study, back);
        assertEquals(StudyFiles.toJson(study), StudyFiles.toJson(back));
        assertThat(back.runs().get(1).name()).isEqualTo("run-7");
    }

    @Test
    void everySampleRoundTripsJsonToStoreToJsonByteForByte(@TempDir Path dir) throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            samples = files.filter(p -> p.toString().endsWith(StudyFiles.EXTENSION))
                    .sorted()
                    .toList();
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(7);
        long points = 0;
        for (Path sample : samples) {
            Study original = StudyFiles.load(sample);
            Path db = dir.resolve(sample.getFileName() + ".db");
            StudyStore.create(db, original).close();
            Path json = dir.resolve(sample.getFileName());
            StudyFiles.save(StudyLoader.load(db), json);
            assertEquals(Files.readString(sample), Files.readString(json), sample.toString());
            points += original.runs().stream().mapToLong(r -> r.points().size()).sum();
        }
        assertThat(points).as("the samples hold runs with points").isGreaterThan(3000);
    }

    @Test
    void appendsAsPointsArriveAndMarksTheRunsStatus(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("s.codesign.db");
        StudyStore.create(db, Studies.defaultStudy()).close();
        try (StudyStore store = StudyStore.open(db);
                RunAppender run = store.beginRun("random", SPEC, "2026-12-06T00:00:00Z")) {
            assertEquals("run-1", run.id());
            run.add(List.of(StoreFixtures.point(0, 5), StoreFixtures.point(1, 6)));
            // A reader on its own connection sees the points once the timed flush committed them.
            Thread.sleep(RunAppender.FLUSH_MS * 2);
            RunRecord during = StudyLoader.load(db).runs().get(0);
            assertEquals(RunRecord.Status.RUNNING, during.status());
            assertThat(during.points()).hasSize(2);

            List<EvaluatedPoint> all = new ArrayList<>();
            for (int i = 0; i < 1200; i++) {
                all.add(StoreFixtures.point(i, i));
            }
            run.add(all.subList(2, 600));
            run.finish(RunRecord.Status.FINISHED, 42, List.of(new double[] {1200, 0.5}), all);
            assertEquals(1200, run.written());
        }
        RunRecord done = StudyLoader.load(db).runs().get(0);
        assertEquals(RunRecord.Status.FINISHED, done.status());
        assertEquals(1200, done.points().size());
        assertEquals(42, done.elapsedMs());
        assertEquals(0.5, done.hypervolume().get(0)[1]);
        assertEquals(SPEC.settings(), done.settings());
    }

    @Test
    void aRunLeftByAnExceptionIsMarkedFailedWithItsPoints(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("s.codesign.db");
        StudyStore.create(db, Studies.defaultStudy()).close();
        try (StudyStore store = StudyStore.open(db);
                RunAppender run = store.beginRun("random", SPEC, null)) {
            run.add(List.of(StoreFixtures.point(0, 5)));
        }
        RunRecord failed = StudyLoader.load(db).runs().get(0);
        assertEquals(RunRecord.Status.FAILED, failed.status());
        assertThat(failed.points()).hasSize(1);
    }

    @Test
    void twoWritersAtOnceLoseNothing(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("s.codesign.db");
        StudyStore.create(db, StoreFixtures.study()).close();
        int perRun = 3000;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<String> writer = () -> {
                // Each writer its own connection, as two processes would have.
                try (StudyStore store = StudyStore.open(db);
                        RunAppender run = store.beginRun("w", SPEC, null)) {
                    List<EvaluatedPoint> all = new ArrayList<>();
                    for (int i = 0; i < perRun; i++) {
                        all.add(StoreFixtures.point(i, i));
                        if (i % 50 == 49) {
                            run.add(all.subList(i - 49, i + 1));
                        }
                    }
                    run.finish(RunRecord.Status.FINISHED, 1, List.of(), all);
                    return run.id();
                }
            };
            Future<String> a = pool.submit(writer);
            Future<String> b = pool.submit(writer);
            Set<String> ids = new HashSet<>(List.of(a.get(), b.get()));
            assertThat(ids).as("distinct run ids").hasSize(2);
        } finally {
            pool.shutdownNow();
        }
        Study back = StudyLoader.load(db);
        assertThat(back.runs()).hasSize(4);
        assertThat(back.runs().subList(0, 2)).isEqualTo(StoreFixtures.study().runs());
        for (RunRecord r : back.runs().subList(2, 4)) {
            assertEquals(perRun, r.points().size(), r.id());
            assertEquals(RunRecord.Status.FINISHED, r.status());
        }
        assertThat(back.runs().subList(2, 4).stream().map(RunRecord::id)).containsExactlyInAnyOrder("run-3", "run-4");
    }

    @Test
    void keepsSelections(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("s.codesign.db");
        try (StudyStore store = StudyStore.create(db, StoreFixtures.study())) {
            store.select("run-1", 2, "");
            store.select("run-1", 0, "fast");
            store.select("run-1", 2, "");
            assertThat(store.selections())
                    .containsExactlyInAnyOrder(
                            new StudyStore.Selection("run-1", 2, ""), new StudyStore.Selection("run-1", 0, "fast"));
        }
    }
}
