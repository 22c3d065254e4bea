package org.codesign.study.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaTest {

    private static List<String> tables(Connection c) throws Exception {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    @Test
    void anEmptyFileIsMigratedFromVersionZeroToCurrent(@TempDir Path dir) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("s.db"))) {
            assertEquals(0, Schema.version(c));
            assertEquals(Schema.CURRENT, Schema.migrate(c, "s.db", Schema.MIGRATIONS));
            assertEquals(3, Schema.version(c));
            assertThat(tables(c)).containsExactly("evaluations", "point_columns", "runs", "selections", "study");
        }
    }

    @Test
    void laterStepsApplyInOrderOnceAndKeepTheData(@TempDir Path dir) throws Exception {
        // A made-up v4 (a note on each run) over the real steps: the mechanism a real v4 will use.
        Migration v3 = new Migration(
                4, "a note per run", List.of("ALTER TABLE runs ADD COLUMN note TEXT NOT NULL DEFAULT 'none'"));
        List<Migration> steps = new ArrayList<>(Schema.MIGRATIONS);
        steps.add(v3);
        Path file = dir.resolve("s.codesign.db");
        StudyStore.create(file, StoreFixtures.study()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEquals(4, Schema.migrate(c, "s.codesign.db", steps));
            assertEquals(4, Schema.migrate(c, "s.codesign.db", steps), "a second pass changes nothing");
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT id, note FROM runs ORDER BY position")) {
                assertThat(rs.next()).isTrue();
                assertEquals("run-1", rs.getString(1));
                assertEquals("none", rs.getString(2));
            }
            assertEquals(4, Schema.version(c));
        }
    }

    @Test
    void aFailingStepLeavesTheStoreAtThePreviousVersion(@TempDir Path dir) throws Exception {
        Migration broken = new Migration(4, "broken", List.of("CREATE TABLE extra (x)", "NOT SQL"));
        List<Migration> steps = new ArrayList<>(Schema.MIGRATIONS);
        steps.add(broken);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("s.db"))) {
            org.junit.jupiter.api.Assertions.assertThrows(
                    java.sql.SQLException.class, () -> Schema.migrate(c, "s.db", steps));
            assertEquals(3, Schema.version(c));
            assertThat(tables(c)).doesNotContain("extra");
        }
    }
}
