package org.codesign.study.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.RunRecord;
import org.codesign.study.Studies;
import org.codesign.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not stores, damaged stores and stores from the future: one clear message each. */
class BadStoresTest {

    private static String refusal(Path file) {
        StoreException e = assertThrows(StoreException.class, () -> StudyLoader.load(file));
        assertThat(e.getMessage()).startsWith(file.getFileName() + ": ");
        return e.getMessage();
    }

    private static void sql(Path file, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            for (String q : statements) {
                s.execute(q);
            }
        }
    }

    @Test
    void aFileThatIsNotSqliteIsRefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("notes.codesign.db");
        Files.writeString(f, "{\"formatVersion\": 1}");
        assertThat(refusal(f)).contains("not an SQLite database");
        Path empty = Files.createFile(dir.resolve("empty.codesign.db"));
        assertThat(refusal(empty)).contains("not an SQLite database");
        assertThat(refusal(dir.resolve("missing.codesign.db"))).contains("no such file");
    }

    @Test
    void aDamagedStoreIsRefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("s.codesign.db");
        StudyStore.create(f, StoreFixtures.study()).close();
        byte[] bytes = Files.readAllBytes(f);
        // Keep the magic header, overwrite the rest of the first page (the schema) with noise.
        for (int i = 100; i < Math.min(bytes.length, 4096); i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(f, bytes);
        assertThat(refusal(f)).contains("cannot be read as a study store");
    }

    @Test
    void anotherApplicationsDatabaseIsRefusedAndLeftAlone(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("other.db");
        sql(f, "CREATE TABLE things (x)");
        assertThat(refusal(f)).contains("another application");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f)) {
            assertEquals(0, Schema.version(c), "no tables of ours were added");
        }
    }

    @Test
    void aNewerSchemaIsRefusedNamingBothVersions(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("s.codesign.db");
        StudyStore.create(f, Studies.defaultStudy()).close();
        sql(f, "PRAGMA user_version = 99");
        assertThat(refusal(f)).contains("schema version 99").contains("reads schema " + Schema.CURRENT);
    }

    @Test
    void aStoreWithoutAStudyIsRefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("s.codesign.db");
        StudyStore.create(f, Studies.defaultStudy()).close();
        sql(f, "DELETE FROM study");
        assertThat(refusal(f)).contains("holds no study");
    }

    @Test
    void aDamagedRowNamesItsTableRunAndIndex(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("s.codesign.db");
        StudyStore.create(f, StoreFixtures.study()).close();
        sql(f, "UPDATE evaluations SET genome = '[1,2' WHERE run_id = 'run-1' AND idx = 2");
        assertThat(refusal(f)).contains("evaluations (run run-1, index 2): genome");
        sql(f, "UPDATE evaluations SET genome = '[1,2]' WHERE run_id = 'run-1' AND idx = 2");
        assertThat(refusal(f)).contains("expected " + StoreFixtures.genes() + " genes");
    }

    @Test
    void aStudyWhosePointsRepeatAnIndexIsRefusedAndNoFileIsLeft(@TempDir Path dir) throws Exception {
        Study study = StoreFixtures.study();
        RunRecord run = study.runs().get(0);
        List<EvaluatedPoint> twice = List.of(StoreFixtures.point(4, 1), StoreFixtures.point(4, 2));
        Study repeated = study.withRun(run.withPoints(twice, run.status(), run.elapsedMs(), run.hypervolume()));
        Path f = dir.resolve("s.codesign.db");
        StoreException e = assertThrows(StoreException.class, () -> StudyStore.create(f, repeated));
        assertThat(e.getMessage())
                .isEqualTo("s.codesign.db: run run-1: 1 point(s) repeat the index of another"
                        + " point of the run; nothing was written");
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void importNeverOverwrites(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("s.codesign.db"), "precious", StandardCharsets.UTF_8);
        StoreException e = assertThrows(StoreException.class, () -> StudyStore.create(f, Studies.defaultStudy()));
        assertThat(e.getMessage()).contains("already exists");
        assertEquals(List.of("precious"), Files.readAllLines(f));
    }
}
