package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.codesign.ui.FxWait.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.codesign.study.Samples;
import org.codesign.ui.kit.FileChoosers;
import org.codesign.ui.study.StudyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saving and opening studies through the File menu as a user does (moved from
 * {@link UserFlowsTest}, which keeps the journeys through the views): the extension Save As
 * writes is one the Open dialog lists, and Open Recent lists a study as soon as it is saved.
 */
@ExtendWith(ApplicationExtension.class)
class FileSaveOpenFlowsTest {
    private StudyDocument document;
    private Stage stage;
    /** Answers the open and save dialogs as the test's user would. */
    private AnsweringChoosers choosers;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        choosers = new AnsweringChoosers();
        document = new StudyDocument(Samples.load(Samples.DEFAULT), null);
        new MainWindow(stage, document, new MemoryPreferences(), choosers);
        stage.show();
        stage.requestFocus();
    }

    @Test
    void saveAsWritesTheExtensionTheOpenDialogShows(FxRobot robot) {
        choosers.answer(dir.resolve("mine"), "Co-Design");
        UserFlowsTest.fileMenu(robot, stage, "Save As…");
        choosers.answer(dir.resolve("other.json"), "Co-Design");
        UserFlowsTest.fileMenu(robot, stage, "Save As…");
        choosers.answer(dir.resolve("third"), "Co-Design study stores");
        UserFlowsTest.fileMenu(robot, stage, "Save As…");
        assertThat(dir.resolve("mine.codesign.json")).exists();
        assertThat(dir.resolve("other.codesign.json"))
                .as("a typed name.json is saved as a study file too")
                .exists();
        assertThat(dir.resolve("other.json")).doesNotExist();
        assertThat(dir.resolve("third.codesign.db"))
                .as("with the store filter selected, a bare name becomes a study store")
                .exists();
        FileChoosers.Request save = choosers.asked.get(0);
        assertThat(save.filters())
                .as("Save As offers the two study formats, JSON first")
                .extracting(f -> f.patterns().get(0))
                .containsExactly("*.codesign.json", "*.codesign.db");
        List<String> listed = new ArrayList<>();
        choosers.answer(r -> {
            FileChoosers.Filter shown = r.filters().get(0); // what the Open dialog shows at first
            try (var files = Files.list(dir)) {
                files.filter(shown::shows)
                        .forEach(f -> listed.add(f.getFileName().toString()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return Optional.of(new FileChoosers.Choice(dir.resolve("mine.codesign.json"), shown));
        });
        UserFlowsTest.fileMenu(robot, stage, "Open…");
        // the study is read in the background
        await("the study to open", () -> dir.resolve("mine.codesign.json").equals(document.file()));
        assertThat(listed)
                .as("the Open dialog's first filter shows every saved study")
                .containsExactlyInAnyOrder("mine.codesign.json", "other.codesign.json", "third.codesign.db");
        assertThat(document.file()).isEqualTo(dir.resolve("mine.codesign.json"));
    }

    @Test
    void openRecentListsAJustSavedStudyAndOpensIt(FxRobot robot) {
        Menu recent = (Menu) fileMenuItem(robot, "menu-open-recent");
        assertThat(recent.isDisable()).as("nothing recent in fresh preferences").isTrue();
        robot.interact(() -> document.edit(s -> s.withName("Saved for later")));
        choosers.answer(dir.resolve("later"), "Co-Design");
        UserFlowsTest.fileMenu(robot, stage, "Save As…");
        Path saved = dir.resolve("later.codesign.json").toAbsolutePath();
        await("the save", () -> Files.exists(saved));
        assertThat(recent.isDisable())
                .as("Open Recent is enabled right after the save, without a restart")
                .isFalse();
        assertThat(recent.getItems()).extracting(MenuItem::getText).containsExactly(saved.toString());
        robot.clickOn("File").clickOn("Open Sample").moveTo("default").clickOn("classroom-small");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document.study().name()).startsWith("Classroom");
        robot.interact(stage::toFront);
        robot.clickOn("File").clickOn("Open Recent").clickOn(saved.toString());
        await("the study to open", () -> saved.equals(document.file()));
        assertThat(document.study().name()).isEqualTo("Saved for later");
        assertThat(document.file()).isEqualTo(saved);
    }

    /** A File menu item, for what the menu shows (menu items are not nodes the robot can look up). */
    private MenuItem fileMenuItem(FxRobot robot, String id) {
        // this window's bar: other suites' main windows may still exist, each with its own
        MenuBar bar = (MenuBar) stage.getScene().lookup("#menu-bar");
        return bar.getMenus().get(0).getItems().stream()
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow();
    }
}
