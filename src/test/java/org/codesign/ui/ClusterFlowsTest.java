package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.codesign.ui.FxWait.await;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.codesign.cluster.ClusterMember;
import org.codesign.cluster.ClusterSecret;
import org.codesign.cluster.ClusterSettings;
import org.codesign.study.RunRecord;
import org.codesign.study.Samples;
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
 * Run ▸ Cluster… in the real window: the user joins a worker's cluster (name, secret file,
 * members), sees the worker and its cores, starts a run from the form, and the worker evaluates
 * it; the table shows what it returned.
 */
@ExtendWith({ApplicationExtension.class, GuiToolkitCondition.class})
class ClusterFlowsTest {
    private StudyDocument document;
    private MainWindow window;
    private Stage stage;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        document = new StudyDocument(Samples.load(Samples.DEFAULT), null);
        window = new MainWindow(stage, document, new MemoryPreferences());
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        window.runs().cancelAll();
    }

    private static Object cell(TableView<?> table, String column, int row) {
        return table.getColumns().stream()
                .filter(c -> c.getText().equals(column))
                .findFirst()
                .orElseThrow()
                .getCellData(row);
    }

    @Test
    void aRunStartedWhileConnectedIsEvaluatedByTheClustersWorker(FxRobot robot) throws Exception {
        Path secret = Files.writeString(dir.resolve("lab.secret"), "flow-test-secret-0123456789");
        ClusterSettings settings =
                ClusterSettings.local("flow", ClusterSecret.read(secret)).withPort(5971);
        try (ClusterMember worker = ClusterMember.worker(settings, 1)) {
            robot.clickOn("Run").clickOn("Cluster…");
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                robot.lookup("#cluster-name").queryAs(TextField.class).setText("flow");
                robot.lookup("#cluster-secret-file").queryAs(TextField.class).setText(secret.toString());
                robot.lookup("#cluster-members").queryAs(TextField.class).setText(worker.address());
            });
            robot.clickOn("#cluster-connect");
            await(
                    "connected",
                    () -> robot.lookup("#cluster-status")
                            .queryAs(Labeled.class)
                            .getText()
                            .contains("1 worker, 1 core,"));
            TableView<?> members = robot.lookup("#cluster-members-table").queryAs(TableView.class);
            assertThat(members.getItems()).hasSize(2); // the worker and this window's coordinator

            robot.interact(stage::toFront);
            @SuppressWarnings("unchecked")
            Spinner<Integer> evaluations = robot.lookup("#run-evaluations").queryAs(Spinner.class);
            robot.interact(() -> evaluations.getValueFactory().setValue(60));
            robot.clickOn("#run-start");
            await(
                    "the run finished",
                    () -> document.study().runs().stream().anyMatch(r -> r.status() == RunRecord.Status.FINISHED));
            RunRecord run = document.study().runs().get(document.study().runs().size() - 1);
            assertThat(run.points()).isNotEmpty();
            // every point of the run was evaluated by the worker, none on the window's threads
            assertThat(worker.evaluated()).isEqualTo(run.points().size());
            // the table's Evaluated column, in the worker's row, shows every point of the run
            String count = Integer.toString(run.points().size());
            await("what the worker evaluated shown", () -> {
                for (int row = 0; row < members.getItems().size(); row++) {
                    if ("worker".equals(cell(members, "Role", row)) && count.equals(cell(members, "Evaluated", row))) {
                        return true;
                    }
                }
                return false;
            });
            robot.clickOn("Run").clickOn("Cluster…"); // back in front of the main window
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn("#cluster-disconnect");
            await(
                    "disconnected",
                    () -> robot.lookup("#cluster-status")
                            .queryAs(Labeled.class)
                            .getText()
                            .equals("Not connected"));
        }
    }
}
