package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.CheckBox;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.codesign.study.PointRef;
import org.codesign.study.Samples;
import org.codesign.study.StudyFiles;
import org.codesign.study.store.StudyLoader;
import org.codesign.ui.pareto.ScatterView;
import org.codesign.ui.points.PointEntry;
import org.codesign.ui.study.StudyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The selection is saved with the study (issue 12): brush points of a sample, File ▸ Save As a
 * JSON study or a store, open another study, open the file again: the same points are selected,
 * in the table and the plot. In a store, File ▸ Save replaces the saved selection.
 */
@ExtendWith({ApplicationExtension.class, GuiToolkitCondition.class})
class SelectionPersistenceFlowsTest {
    @TempDir
    Path dir;

    private Stage stage;
    private MainWindow window;
    private StudyDocument document;
    private AnsweringChoosers choosers;
    /** What the FX thread threw meanwhile (JavaFX only logs it): opening must throw nothing. */
    private final List<Throwable> fxErrors = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Thread.UncaughtExceptionHandler previousHandler;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        previousHandler = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
        choosers = new AnsweringChoosers();
        document = new StudyDocument(Samples.load(Samples.DEFAULT), null);
        window = new MainWindow(stage, document, new MemoryPreferences(), choosers);
        stage.show();
        stage.requestFocus();
    }

    @Test
    void aBrushedSelectionComesBackWithTheJsonStudy(FxRobot robot) throws Exception {
        List<PointRef> brushed = openSampleAndBrush(robot, 0.3, 0.3, 0.7, 0.7);

        Path file = dir.resolve("chosen.codesign.json");
        saveAs(robot, dir.resolve("chosen"), "Co-Design studies");
        assertThat(StudyFiles.load(file).selection()).containsExactlyInAnyOrderElementsOf(brushed);

        openAnotherStudy(robot);
        openFile(robot, file);

        assertSelected(robot, brushed);
    }

    @Test
    void aBrushedSelectionComesBackWithTheStoreAndSaveReplacesIt(FxRobot robot) throws Exception {
        List<PointRef> brushed = openSampleAndBrush(robot, 0.2, 0.2, 0.6, 0.8);
        Path db = dir.resolve("chosen.codesign.db");
        saveAs(robot, dir.resolve("chosen"), "Co-Design study stores");
        assertThat(StudyLoader.load(db).selection()).containsExactlyInAnyOrderElementsOf(brushed);

        openAnotherStudy(robot);
        openFile(robot, db);
        assertSelected(robot, brushed);

        // another brush, File ▸ Save into the store: the store's selection is the new one
        List<PointRef> again = brush(robot, 0.5, 0.1, 0.9, 0.5);
        assertThat(again).isNotEqualTo(brushed);
        robot.clickOn("File").clickOn("Save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(StudyLoader.load(db).selection()).containsExactlyInAnyOrderElementsOf(again);

        openAnotherStudy(robot);
        openFile(robot, db);
        assertSelected(robot, again);
    }

    @org.junit.jupiter.api.AfterEach
    void nothingWasThrownOnTheFxThread(FxRobot robot) {
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(previousHandler));
        assertThat(fxErrors).as("exceptions on the FX thread").isEmpty();
    }

    private List<PointRef> openSampleAndBrush(FxRobot robot, double x0, double y0, double x1, double y1) {
        // File ▸ Open Sample ▸ classroom-small (the menu's action; its submenu is slow to pop up under load)
        robot.interact(() -> window.openSample("classroom-small.codesign.json"));
        FxWait.await("the sample's points", () -> window.store().entries().size() == 3780);
        return brush(robot, x0, y0, x1, y1);
    }

    /** Drags a rectangle over the latency–accuracy projection (fractions of its canvas). */
    private List<PointRef> brush(FxRobot robot, double x0, double y0, double x1, double y1) {
        ScatterView xy = window.pareto().projections().stream()
                .filter(p -> p.getId().equals("projection-xy"))
                .findFirst()
                .orElseThrow();
        FxWait.await("the projection to lay out", () -> xy.getCanvas().getWidth() > 100);
        double w = xy.getCanvas().getWidth();
        double h = xy.getCanvas().getHeight();
        robot.moveTo(screen(xy, w * x0, h * y0)).press(MouseButton.PRIMARY);
        robot.moveTo(screen(xy, w * (x0 + x1) / 2, h * (y0 + y1) / 2));
        robot.moveTo(screen(xy, w * x1, h * y1)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        List<PointRef> selected = selectedPoints();
        assertThat(selected).as("the brush selected points").hasSizeGreaterThan(10);
        assertThat(selected.size())
                .as("but not all")
                .isLessThan(window.store().entries().size());
        return selected;
    }

    private static Point2D screen(ScatterView view, double x, double y) {
        return view.getCanvas().localToScreen(x, y);
    }

    private void saveAs(FxRobot robot, Path name, String filter) {
        choosers.answer(name, filter);
        robot.clickOn("File").clickOn("Save As…");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openAnotherStudy(FxRobot robot) {
        robot.interact(() -> window.openSample(Samples.DEFAULT));
        FxWait.await("the default sample", () -> document.study().name().startsWith("Edge-GPU"));
        assertThat(window.selection().count())
                .as("another study starts with nothing selected")
                .isZero();
    }

    private void openFile(FxRobot robot, Path file) {
        choosers.answer(file, "Co-Design studies and stores");
        robot.clickOn("File").clickOn("Open…");
        FxWait.await(
                "the study to open",
                () -> file.equals(document.file()) && window.store().entries().size() == 3780);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The points selected in the window, the plot drawing them as selected, the table listing them. */
    private void assertSelected(FxRobot robot, List<PointRef> expected) {
        assertThat(selectedPoints()).containsExactlyInAnyOrderElementsOf(expected);
        for (ScatterView p : window.pareto().projections()) {
            assertThat(p.drawnCounts()[1])
                    .as("selected points drawn by " + p.getId())
                    .isEqualTo(expected.size());
        }
        CheckBox selectedOnly = robot.lookup("#selected-only").queryAs(CheckBox.class);
        robot.interact(() -> selectedOnly.setSelected(true));
        List<PointRef> listed = window.table().table().getItems().stream()
                .map(e -> new PointRef(e.runId(), e.index()))
                .toList();
        robot.interact(() -> selectedOnly.setSelected(false));
        assertThat(listed).as("Points tab, selected only").containsExactlyInAnyOrderElementsOf(expected);
    }

    private List<PointRef> selectedPoints() {
        List<PointRef> list = new ArrayList<>();
        BitSet bits = window.selection().positions();
        bits.stream().forEach(i -> {
            PointEntry e = window.store().entries().get(i);
            list.add(new PointRef(e.runId(), e.index()));
        });
        return list;
    }
}
