package org.codesign.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.codesign.eval.Metric;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.PointRef;
import org.codesign.study.RunRecord;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.codesign.study.store.StudyLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import, export, and run/validate/spaces on a *.codesign.db. */
class StoreCommandsTest {
    private static final Path SAMPLE = Path.of("samples/classroom-small.codesign.json");

    private static Path imported(Path dir) {
        Path db = dir.resolve("c.codesign.db");
        var r = CliRunner.run("import", SAMPLE.toString(), "--out", db.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertThat(r.err()).contains("imported 1 runs, 3780 evaluations");
        return db;
    }

    static String[] run(Path study, Path out, String seed) {
        return new String[] {
            "run",
            study.toString(),
            "--algorithm",
            "nsga2",
            "--evaluations",
            "300",
            "--population",
            "20",
            "--seed",
            seed,
            "--threads",
            "1",
            "--out",
            out.toString(),
            "--save",
            "--quiet"
        };
    }

    @Test
    void importThenExportJsonGivesTheOriginalFileBack(@TempDir Path dir) throws Exception {
        Path db = imported(dir);
        Path json = dir.resolve("back.codesign.json");
        var r = CliRunner.run("export", db.toString(), "--format", "json", "--out", json.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(Files.readString(SAMPLE), Files.readString(json));
        var stdout = CliRunner.run("export", db.toString(), "--format", "json");
        assertEquals(StudyFiles.load(SAMPLE), StudyFiles.parse("stdout", stdout.out()));
    }

    @Test
    void importNamesTheStoreAfterTheStudy() {
        assertEquals(Path.of("a/b.codesign.db"), ImportCommand.storeNextTo(Path.of("a/b.codesign.json")));
        assertEquals(Path.of("c.codesign.db"), ImportCommand.storeNextTo(Path.of("c.json")));
    }

    @Test
    void exportCsvHasOneRowPerEvaluationInSiUnits(@TempDir Path dir) throws Exception {
        Path db = imported(dir);
        Path csv = dir.resolve("all.csv");
        var r = CliRunner.run("export", db.toString(), "--format", "csv", "--out", csv.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(1 + 3780, lines.size());
        List<String> header = List.of(lines.get(0).split(","));
        assertThat(header).contains("latency_s", "energy_J", "power_W", "accuracy_pct", "edp_J_s", "area_m2");
        EvaluatedPoint first = StudyFiles.load(SAMPLE).runs().get(0).points().get(0);
        // The run name holds no comma, so a plain split finds the columns.
        String[] row = lines.get(1).split(",");
        assertEquals(first.metric(Metric.LATENCY) * 1e-3, Double.parseDouble(row[header.indexOf("latency_s")]));
        assertEquals(first.metric(Metric.ENERGY) * 1e-3, Double.parseDouble(row[header.indexOf("energy_J")]));
        assertEquals("", row[header.indexOf("area_m2")], "no area model for a GPU: empty cell");
        assertEquals("true", row[header.indexOf("feasible")]);
        var stdout = CliRunner.run("export", SAMPLE.toString(), "--format", "csv");
        assertEquals(String.join("\n", lines), stdout.out().strip().replace("\r\n", "\n"));
    }

    @Test
    void theSavedSelectionSurvivesImportAndExportsAsCsv(@TempDir Path dir) throws Exception {
        Study sample = StudyFiles.load(SAMPLE);
        String run = sample.runs().get(0).id();
        List<PointRef> chosen = List.of(new PointRef(run, 12), new PointRef(run, 5), new PointRef(run, 3000));
        Path json = dir.resolve("chosen.codesign.json");
        StudyFiles.save(sample.withSelection(chosen), json);
        Path db = dir.resolve("chosen.codesign.db");
        assertEquals(
                0,
                CliRunner.run("import", json.toString(), "--out", db.toString()).exitCode());
        assertEquals(chosen, StudyLoader.load(db).selection());

        var csv = CliRunner.run("export", db.toString(), "--format", "csv", "--selection");
        assertEquals(0, csv.exitCode(), csv.err());
        List<String> lines = csv.out().strip().lines().toList();
        int index = List.of(lines.get(0).split(",")).indexOf("index");
        assertThat(lines.subList(1, lines.size()).stream().map(l -> l.split(",")[index]))
                .as("the selected points, in the run's order")
                .containsExactly("5", "12", "3000");

        var back = CliRunner.run("export", db.toString(), "--format", "json");
        assertEquals(chosen, StudyFiles.parse("stdout", back.out()).selection());
        var wrong = CliRunner.run("export", db.toString(), "--format", "json", "--selection");
        assertEquals(2, wrong.exitCode());
        assertThat(wrong.err()).contains("--selection: only with --format csv");
    }

    @Test
    void runSaveAppendsToTheStoreAndEveryCommandReadsIt(@TempDir Path dir) throws Exception {
        Path db = imported(dir);
        for (String seed : new String[] {"1", "2"}) {
            var r = CliRunner.run(run(db, dir.resolve("out" + seed), seed));
            assertEquals(0, r.exitCode(), r.err());
        }
        Study study = StudyLoader.load(db);
        assertThat(study.runs().stream().map(RunRecord::id)).containsExactly("run-1", "run-2", "run-3");
        for (RunRecord r : study.runs().subList(1, 3)) {
            assertEquals(300, r.points().size());
            assertEquals(RunRecord.Status.FINISHED, r.status());
            assertThat(r.hypervolume()).isNotEmpty();
        }
        var validate = CliRunner.run("validate", db.toString());
        assertEquals(0, validate.exitCode(), validate.err());
        assertThat(validate.out()).contains("runs:           3 (4380 evaluated points)");
        var spaces = CliRunner.run("spaces", "--study", db.toString());
        assertEquals(0, spaces.exitCode(), spaces.err());
        assertThat(spaces.out()).contains("mobilenet-v2");
    }

    @Test
    void aSequentialRunKeepsThePointsOfEveryPhase(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("d.codesign.db");
        assertEquals(
                0,
                CliRunner.run("import", "samples/default.codesign.json", "--out", db.toString())
                        .exitCode());
        List<String> args = new java.util.ArrayList<>(List.of(run(db, dir.resolve("out"), "3")));
        args.addAll(List.of("--mode", "sequential"));
        var r = CliRunner.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        var runJson = org.codesign.study.Json.mapper()
                .readTree(dir.resolve("out/run.json").toFile());
        RunRecord stored = StudyLoader.load(db).runs().get(0);
        assertEquals(runJson.get("points").size(), stored.points().size());
        assertThat(stored.points()).hasSizeGreaterThan(150);
        assertEquals(RunRecord.Status.FINISHED, stored.status());
    }

    @Test
    void badStoresExitTwoWithOneLineNamingTheFile(@TempDir Path dir) throws Exception {
        Path garbage = Files.writeString(dir.resolve("g.codesign.db"), "not a database");
        Path newer = imported(dir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 7");
        }
        for (String[] args : List.of(
                new String[] {"validate", garbage.toString()},
                new String[] {"export", newer.toString(), "--format", "csv"},
                run(newer, dir.resolve("out"), "1"),
                new String[] {
                    "spaces", "--study", dir.resolve("missing.codesign.db").toString()
                })) {
            var r = CliRunner.run(args);
            assertEquals(2, r.exitCode(), String.join(" ", args));
            assertThat(r.err().strip().lines()).hasSize(1);
            assertThat(r.err())
                    .startsWith("codesign: ")
                    .contains(".codesign.db: ")
                    .doesNotContain("Exception");
        }
        assertThat(CliRunner.run("validate", newer.toString()).err()).contains("schema version 7");
    }

    @Test
    void validateChecksAStoresPointsAgainstItsSpaces(@TempDir Path dir) throws Exception {
        Path db = imported(dir);
        assertEquals(0, CliRunner.run("validate", db.toString()).exitCode());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            s.execute("UPDATE evaluations SET genome = json_set(genome, '$[0]', 99)"
                    + " WHERE idx = (SELECT min(idx) FROM evaluations)");
        }
        var r = CliRunner.run("validate", db.toString());
        assertEquals(2, r.exitCode(), r.out());
        assertThat(r.err()).startsWith("codesign: c.codesign.db").contains("the gene 99 is not an index");
    }
}
