package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.codesign.ui.FxWait.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.codesign.eval.CodesignMode;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.RunSpec;
import org.codesign.study.RunCheckpoints;
import org.codesign.study.RunRecord;
import org.codesign.study.Samples;
import org.codesign.study.Study;
import org.codesign.study.store.RunAppender;
import org.codesign.study.store.StudyLoader;
import org.codesign.study.store.StudyStore;
import org.codesign.ui.study.StudyDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12 item 1 in the real window: a study store ({@code *.codesign.db}) is the study's file.
 * A run started in the window writes its points into the store as it goes (a kill keeps them and
 * the run resumes), and File ▸ Save keeps the runs a CLI process added to the store meanwhile.
 */
@ExtendWith(ApplicationExtension.class)
class StoreFlowsTest {
    private StudyDocument document;
    private MainWindow window;
    private Stage stage;
    private Stage reopenedStage;
    private MainWindow reopenedWindow;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        document = new StudyDocument(Samples.load(Samples.DEFAULT), null);
        window = new MainWindow(stage, document, new MemoryPreferences());
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void closeTheWindows(FxRobot robot) {
        // a run left going in a hidden window would keep growing under the tests that follow
        window.runs().cancelAll();
        if (reopenedWindow != null) {
            reopenedWindow.runs().cancelAll();
        }
        robot.interact(() -> {
            if (reopenedStage != null) {
                reopenedStage.hide();
            }
            stage.show();
        });
    }

    /** The default study as a store, opened in the window (File ▸ Open). */
    private Path openStore(FxRobot robot, Study study) throws Exception {
        Path db = dir.resolve("study.codesign.db");
        StudyStore.create(db, study).close();
        FxWait.open(window, db);
        return db;
    }

    private String startRun(FxRobot robot, int evaluations) {
        @SuppressWarnings("unchecked")
        Spinner<Integer> evals = robot.lookup("#run-evaluations").queryAs(Spinner.class);
        robot.interact(() -> evals.getValueFactory().setValue(evaluations));
        robot.clickOn("#run-start");
        WaitForAsyncUtils.waitForFxEvents();
        List<RunRecord> runs = document.study().runs();
        return runs.get(runs.size() - 1).id();
    }

    /** The run as another reader of the store sees it now (null before its first commit). */
    private static RunRecord inStore(Path db, String id) {
        try {
            return StudyLoader.load(db).runs().stream()
                    .filter(r -> r.id().equals(id))
                    .findFirst()
                    .orElse(null);
        } catch (Exception e) {
            return null;
        }
    }

    /** The run's status and point count in the store: one cheap query, for polling. */
    private static String progress(Path db, String id) {
        String sql = "SELECT status, (SELECT count(*) FROM evaluations WHERE run_id = runs.id) FROM runs WHERE id = ?";
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                var ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) + " " + rs.getLong(2) : "none 0";
            }
        } catch (java.sql.SQLException e) {
            return "unreadable 0";
        }
    }

    private static long count(Path db, String id) {
        return Long.parseLong(progress(db, id).split(" ")[1]);
    }

    /**
     * What a kill at this moment leaves: the store's committed state (SQLite's online backup, a
     * consistent snapshot) and the run checkpoints beside it.
     */
    private Path killedNow(Path db) throws Exception {
        Path copy = Files.createDirectories(dir.resolve("after-kill")).resolve(db.getFileName());
        Path checkpoints = RunCheckpoints.folder(db);
        Files.createDirectories(RunCheckpoints.folder(copy));
        try (var files = Files.list(checkpoints)) {
            for (Path p : files.toList()) {
                Files.copy(p, RunCheckpoints.folder(copy).resolve(p.getFileName()));
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            s.executeUpdate("backup to " + copy);
        }
        return copy;
    }

    private MainWindow reopen(FxRobot robot, Path file, StudyDocument into) throws Exception {
        robot.interact(() -> stage.hide());
        MainWindow[] opened = new MainWindow[1];
        reopenedStage = WaitForAsyncUtils.asyncFx(() -> {
                    Stage s = new Stage();
                    opened[0] = new MainWindow(s, into, new MemoryPreferences());
                    s.show();
                    return s;
                })
                .get();
        FxWait.open(opened[0], file);
        reopenedWindow = opened[0];
        return opened[0];
    }

    @Test
    void aRunWritesIntoTheStoreAsItGoesAndResumesAfterAKill(FxRobot robot) throws Exception {
        Path db = openStore(robot, document.study());
        assertThat(document.file()).as("the store is the study's file").isEqualTo(db);
        int budget = 200_000; // long enough to be killed midway
        String id = startRun(robot, budget);
        assertThat(inStore(db, id))
                .as("the run has its row in the store from its start")
                .isNotNull();

        try {
            await("points and a checkpoint in the store", () -> RunCheckpoints.exists(db, id) && count(db, id) >= 200);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; saving: "
                    + robot.lookup("#runs-saving").queryAs(Labeled.class).getText() + "; stored: "
                    + progress(db, id) + "; checkpoint: " + RunCheckpoints.exists(db, id));
        }
        RunRecord during = inStore(db, id);
        assertThat(during.status()).isEqualTo(RunRecord.Status.RUNNING);
        Path copy = killedNow(db);
        window.runs().cancelAll();

        StudyDocument reopened = new StudyDocument(Samples.load(Samples.DEFAULT), null);
        MainWindow again = reopen(robot, copy, reopened);

        RunRecord found = reopened.study().runs().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(found.points().size()).isBetween(200, budget - 1);
        assertThat(((Labeled) robot.from(reopenedStage.getScene().getRoot())
                                .lookup("#run-card-" + id + " .run-state")
                                .query())
                        .getText())
                .isEqualTo("stopped");
        Button resume = robot.from(reopenedStage.getScene().getRoot())
                .lookup("#run-pause-" + id)
                .queryAs(Button.class);
        assertThat(resume.getText()).isEqualTo("Resume");
        robot.clickOn(resume);
        int before = found.points().size();
        await(
                "the resumed run to write new points into the store",
                () -> progress(copy, id).startsWith("running") && count(copy, id) > before + 500);
        robot.clickOn(resume); // now "Pause"
        await("the paused run in the store", () -> progress(copy, id).startsWith("paused"));
        await("the window to catch up with the store", () -> !reopened.isDirty());
        RunRecord done = inStore(copy, id);
        assertThat(done.points().size()).isGreaterThan(before);
        assertThat(done.points().subList(0, before))
                .as("the resumed run kept the points from before the kill")
                .isEqualTo(found.points());
        assertThat(reopened.study().runs().stream()
                        .filter(r -> r.id().equals(id))
                        .findFirst())
                .as("the store holds what the window shows")
                .contains(done);
    }

    @Test
    void saveKeepsTheRunACliProcessAddedMeanwhile(FxRobot robot) throws Exception {
        Study classroom = Samples.load("classroom-small.codesign.json");
        Path db = openStore(robot, classroom);
        String cliRun;
        try (StudyStore store = StudyStore.open(db);
                RunAppender cli = store.beginRun(
                        "from the command line",
                        RunSpec.of(Algorithm.RANDOM, CodesignMode.JOINT, 5, 9),
                        "2026-12-06T00:00:00Z")) {
            cli.finish(
                    RunRecord.Status.FINISHED,
                    1,
                    List.of(),
                    classroom.runs().get(0).points().subList(0, 5));
            cliRun = cli.id();
        }
        robot.interact(() -> document.edit(s -> s.withName("Renamed in the window")));
        robot.interact(() -> stage.requestFocus());
        robot.clickOn("File").clickOn("Save");
        WaitForAsyncUtils.waitForFxEvents();

        Study stored = StudyLoader.load(db);
        assertThat(stored.name()).isEqualTo("Renamed in the window");
        assertThat(stored.runs()).extracting(RunRecord::id).contains(cliRun);
        assertThat(document.study()).as("the CLI's run joins the window").isEqualTo(stored);
        assertThat(window.runs().card(cliRun)).as("with its card").isNotNull();
        assertThat(stage.getTitle()).doesNotContain("•");
    }

    @Test
    void theAppAndACliProcessWriteOneStoreAtOnceAndLoseNothing(FxRobot robot) throws Exception {
        Path db = openStore(robot, document.study());
        String java = ProcessHandle.current().info().command().orElse("java");
        Process cli = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.codesign.Main",
                        "run",
                        db.toString(),
                        "--algorithm",
                        "random",
                        "--evaluations",
                        "20000",
                        "--seed",
                        "5",
                        "--out",
                        dir.resolve("cli").toString(),
                        "--save",
                        "--quiet")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("cli.log").toFile())
                .start();
        String app = startRun(robot, 20_000);
        assertThat(cli.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(cli.exitValue()).as(Files.readString(dir.resolve("cli.log"))).isZero();
        await(
                "the app's run to finish in the store",
                () -> window.runs().liveRuns().isEmpty() && progress(db, app).startsWith("finished"));

        Study stored = StudyLoader.load(db);
        assertThat(stored.runs()).hasSize(2);
        RunRecord fromCli = stored.runs().stream()
                .filter(r -> !r.id().equals(app))
                .findFirst()
                .orElseThrow();
        assertThat(fromCli.status()).isEqualTo(RunRecord.Status.FINISHED);
        assertThat(fromCli.algorithm()).isEqualTo("random");
        assertThat(fromCli.points()).hasSizeGreaterThan(19_000);
        RunRecord ours = document.study().runs().stream()
                .filter(r -> r.id().equals(app))
                .findFirst()
                .orElseThrow();
        assertThat(inStore(db, app))
                .as("every point the window shows is in the store")
                .isEqualTo(ours);
    }
}
