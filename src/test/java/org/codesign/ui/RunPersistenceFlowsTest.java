package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.codesign.ui.FxWait.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.codesign.search.codesign.CodesignRun;
import org.codesign.study.EvaluatedPoint;
import org.codesign.study.RunCheckpoints;
import org.codesign.study.RunRecord;
import org.codesign.study.Samples;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.codesign.study.StudyRuns;
import org.codesign.ui.study.EvaluatorCache;
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
 * Issue 13 item 6 and issue 12 item 3 in the real window: a run's state reaches the study file
 * without Save (on finish, pause, cancel, and every few seconds while it goes), so an app killed
 * at any moment reopens the run as it was; a run that was stopped shows Resume, and resuming it
 * ends with the points of an uninterrupted run. A kill is what is on disk at that moment: the
 * study file and its checkpoints are copied, and a fresh window opens the copy.
 */
@ExtendWith(ApplicationExtension.class)
class RunPersistenceFlowsTest {
    private StudyDocument document;
    private MainWindow window;
    private Stage stage;
    private Stage reopenedStage;
    private MainWindow reopenedWindow;
    private StudyDocument reopenedDocument;
    private Preferences preferences;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        preferences = new MemoryPreferences();
        document = new StudyDocument(Samples.load(Samples.DEFAULT), null);
        window = new MainWindow(stage, document, preferences);
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
            stage.show(); // the primary stage again, for the tests that follow
        });
    }

    /** The default study saved to a file and opened from it (File ▸ Open). */
    private Path openStudyFile(FxRobot robot) throws IOException {
        Path file = dir.resolve("default.codesign.json");
        StudyFiles.save(document.study(), file);
        FxWait.open(window, file);
        return file;
    }

    /** Starts a run from the form; returns its id. */
    private String startRun(FxRobot robot, int evaluations) {
        @SuppressWarnings("unchecked")
        Spinner<Integer> evals = robot.lookup("#run-evaluations").queryAs(Spinner.class);
        robot.interact(() -> evals.getValueFactory().setValue(evaluations));
        robot.clickOn("#run-start");
        WaitForAsyncUtils.waitForFxEvents();
        List<RunRecord> runs = document.study().runs();
        return runs.get(runs.size() - 1).id();
    }

    private static RunRecord onDisk(Path file, String id) {
        try {
            return StudyFiles.load(file).runs().stream()
                    .filter(r -> r.id().equals(id))
                    .findFirst()
                    .orElse(null);
        } catch (Exception e) {
            return null; // not written yet
        }
    }

    /**
     * Waits up to 120 s (a loaded machine writes a long run slowly) for the file to hold the run as wanted, reading it only when it changed;
     * the assertions after the reopen say what was missing if it never does.
     */
    private static void awaitOnDisk(Path file, String id, Predicate<RunRecord> wanted) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        Object seen = null;
        while (System.nanoTime() < deadline) {
            Object now = Files.exists(file) ? Files.getLastModifiedTime(file) : null;
            if (now != null && !now.equals(seen)) {
                seen = now;
                RunRecord r = onDisk(file, id);
                if (r != null && wanted.test(r)) {
                    return;
                }
            }
            Thread.sleep(200);
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    /** What a kill at this moment leaves on disk: a copy of the study file and its checkpoints. */
    private Path killedNow(Path file) throws IOException {
        Path copy = Files.createDirectories(dir.resolve("after-kill")).resolve(file.getFileName());
        Path checkpoints = RunCheckpoints.folder(file);
        if (Files.isDirectory(checkpoints)) {
            Files.createDirectories(RunCheckpoints.folder(copy));
            try (var files = Files.list(checkpoints)) {
                for (Path p : files.toList()) {
                    Files.copy(p, RunCheckpoints.folder(copy).resolve(p.getFileName()));
                }
            }
        }
        Files.copy(file, copy);
        return copy;
    }

    /** A fresh app window opening {@code file}, the old one gone without a word. */
    private MainWindow reopen(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> stage.hide());
        MainWindow[] opened = new MainWindow[1];
        reopenedDocument = new StudyDocument(Samples.load(Samples.DEFAULT), null);
        reopenedStage = WaitForAsyncUtils.asyncFx(() -> {
                    Stage s = new Stage();
                    opened[0] = new MainWindow(s, reopenedDocument, new MemoryPreferences());
                    s.show();
                    return s;
                })
                .get();
        FxWait.open(opened[0], file);
        reopenedWindow = opened[0];
        return opened[0];
    }

    private RunRecord shownRun(MainWindow w, String id) {
        return w.runs().card(id) == null
                ? null
                : studyOf(w).runs().stream()
                        .filter(r -> r.id().equals(id))
                        .findFirst()
                        .orElse(null);
    }

    private Study studyOf(MainWindow w) {
        return w == window ? document.study() : reopenedDocument.study();
    }

    private Node inReopened(FxRobot robot, String query) {
        return robot.from(reopenedStage.getScene().getRoot()).lookup(query).query();
    }

    private long storedPoints(MainWindow w, String id) {
        return w.store().entries().stream().filter(e -> e.runId().equals(id)).count();
    }

    @Test
    void aFinishedRunIsThereAfterAKill(FxRobot robot) throws Exception {
        Path file = openStudyFile(robot);
        String id = startRun(robot, 300);
        await("the run to finish", () -> window.runs().liveRuns().isEmpty());
        RunRecord finished = document.study().runs().get(0);
        assertThat(finished.points()).hasSize(300);
        awaitOnDisk(file, id, r -> r.status() == RunRecord.Status.FINISHED);

        MainWindow again = reopen(robot, killedNow(file));

        RunRecord reopened = shownRun(again, id);
        assertThat(reopened).as("the run is in the reopened study").isNotNull();
        assertThat(reopened.status()).isEqualTo(RunRecord.Status.FINISHED);
        assertThat(reopened.points()).as("with all its points").isEqualTo(finished.points());
        assertThat(storedPoints(again, id)).isEqualTo(300);
        assertThat(((Labeled) inReopened(robot, "#run-card-" + id + " .run-state")).getText())
                .isEqualTo("finished");
    }

    @Test
    void aPausedRunIsThereAfterAKillAndShowsResume(FxRobot robot) throws Exception {
        Path file = openStudyFile(robot);
        String id = startRun(robot, 1_000_000);
        await("some points", () -> storedPoints(window, id) >= 100);
        robot.clickOn("#run-pause-" + id);
        WaitForAsyncUtils.sleep(1000, TimeUnit.MILLISECONDS); // the step in flight ends
        WaitForAsyncUtils.waitForFxEvents();
        int pausedAt = (int) storedPoints(window, id);
        assertThat(window.runs().liveRuns().get(id).statusProperty().get())
                .isEqualTo(org.codesign.search.RunStatus.PAUSED);
        awaitOnDisk(
                file,
                id,
                r -> r.status() == RunRecord.Status.PAUSED && r.points().size() == pausedAt);

        MainWindow again = reopen(robot, killedNow(file));

        RunRecord reopened = shownRun(again, id);
        assertThat(reopened).as("the paused run is in the reopened study").isNotNull();
        assertThat(reopened.status()).isEqualTo(RunRecord.Status.PAUSED);
        assertThat(reopened.points())
                .as("with every point found before the pause")
                .hasSize(pausedAt);
        Button resume = (Button) inReopened(robot, "#run-pause-" + id);
        assertThat(resume.getText()).isEqualTo("Resume");
        assertThat(resume.isDisabled()).isFalse();
    }

    @Test
    void aCancelledRunIsThereAfterAKill(FxRobot robot) throws Exception {
        Path file = openStudyFile(robot);
        String id = startRun(robot, 1_000_000);
        await("some points", () -> storedPoints(window, id) >= 200);
        robot.clickOn("#run-cancel-" + id);
        await("the run to stop", () -> window.runs().liveRuns().isEmpty());
        RunRecord cancelled = document.study().runs().get(0);
        assertThat(cancelled.status()).isEqualTo(RunRecord.Status.CANCELLED);
        awaitOnDisk(file, id, r -> r.status() == RunRecord.Status.CANCELLED);

        MainWindow again = reopen(robot, killedNow(file));

        RunRecord reopened = shownRun(again, id);
        assertThat(reopened).as("the cancelled run is in the reopened study").isNotNull();
        assertThat(reopened.status()).isEqualTo(RunRecord.Status.CANCELLED);
        assertThat(reopened.points()).as("with all its points").isEqualTo(cancelled.points());
        assertThat(((Button) inReopened(robot, "#run-pause-" + id)).isDisabled())
                .as("Resume continues it")
                .isFalse();
    }

    @Test
    void aRunKilledMidwayResumesToTheEndOfAnUninterruptedRun(FxRobot robot) throws Exception {
        Path file = openStudyFile(robot);
        // long enough that the first checkpoint (at the run's first tick after it has one) comes
        // well before the end even on a JVM warmed by earlier tests, where 20,000 took 1.2 s
        int budget = 60_000;
        String id = startRun(robot, budget);
        // the moment the run's first checkpoint reaches the disk, the app dies
        await(
                "a checkpoint and the run written after it",
                () -> RunCheckpoints.exists(file, id)
                        && modified(file).compareTo(modified(RunCheckpoints.file(file, id))) >= 0);
        Path copy = killedNow(file);
        assertThat(window.runs().liveRuns())
                .as("the run still went at the kill")
                .containsKey(id);
        window.runs().cancelAll();

        MainWindow again = reopen(robot, copy);

        RunRecord reopened = shownRun(again, id);
        assertThat(reopened).as("the killed run is in the reopened study").isNotNull();
        assertThat(reopened.status()).isEqualTo(RunRecord.Status.RUNNING);
        assertThat(reopened.points().size()).isBetween(1, budget - 1);
        assertThat(((Labeled) inReopened(robot, "#run-card-" + id + " .run-state")).getText())
                .isEqualTo("stopped");
        Button resume = (Button) inReopened(robot, "#run-pause-" + id);
        assertThat(resume.getText()).isEqualTo("Resume");
        robot.clickOn(resume);
        await(
                "the resumed run to finish",
                () -> again.runs().liveRuns().isEmpty() && shownRun(again, id).status() == RunRecord.Status.FINISHED);

        RunRecord done = shownRun(again, id);
        assertThat(done.points()).as("the points of the run without the kill").isEqualTo(uninterrupted(done));
        assertThat(storedPoints(again, id)).isEqualTo(done.points().size());
        awaitOnDisk(copy, id, r -> r.status() == RunRecord.Status.FINISHED);
        assertThat(onDisk(copy, id)).as("and the file holds the end").isEqualTo(done);
    }

    private List<EvaluatedPoint> uninterrupted(RunRecord run) {
        CodesignRun same = StudyRuns.newRun(
                reopenedDocument.study(), StudyRuns.request(run), new EvaluatorCache(reopenedDocument).get());
        same.runToEnd();
        List<EvaluatedPoint> points = StudyRuns.points(same.evaluatedPoints());
        same.close();
        return points;
    }
}
