package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.codesign.ui.FxWait.await;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.geometry.Bounds;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.codesign.eval.Metric;
import org.codesign.study.RunRecord;
import org.codesign.study.Samples;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.codesign.study.quantity.Quantities;
import org.codesign.study.quantity.Quantity;
import org.codesign.ui.kit.FileChoosers;
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
 * Walks through the real window the way a user does (menus, clicks, typing) and checks that what
 * it shows is true: issue 13's defects, each reproduced here first.
 */
@ExtendWith(ApplicationExtension.class)
class UserFlowsTest {
    private StudyDocument document;
    private MainWindow window;
    private Stage stage;
    /** In memory: the user's own window placement and recent files are never touched. */
    private Preferences preferences;
    /** Answers the open and save dialogs as the test's user would. */
    private AnsweringChoosers choosers;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        preferences = new MemoryPreferences();
        choosers = new AnsweringChoosers();
        document = new StudyDocument(Samples.load(Samples.DEFAULT), null);
        window = new MainWindow(stage, document, preferences, choosers);
        stage.show();
        stage.requestFocus();
    }

    private void runToTheEnd(FxRobot robot, int evaluations) {
        @SuppressWarnings("unchecked")
        Spinner<Integer> evals = robot.lookup("#run-evaluations").queryAs(Spinner.class);
        robot.interact(() -> evals.getValueFactory().setValue(evaluations));
        robot.clickOn("#run-start");
        await(
                "the run to finish",
                () -> window.runs().liveRuns().isEmpty()
                        && window.store().entries().size() == evaluations);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Quantity> axisX(FxRobot robot) {
        return robot.lookup("#axis-x").queryAs(ComboBox.class);
    }

    /** Opens an editor's pane and waits out its animation, so clicks land on the fields' final places. */
    static void expand(FxRobot robot, String title) {
        robot.clickOn(title);
        WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Selects the field's text and types over it, then Enter, as a user corrects a value. */
    static void typeInto(FxRobot robot, String field, String text) {
        Node node = robot.lookup(field).query();
        // keys go to the focused window: after other suites' windows, make it this one
        robot.interact(() -> node.getScene().getWindow().requestFocus());
        robot.doubleClickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text a label really shows (its skin's text node): "…" when it is cut short. */
    private static String shown(Node label) {
        Text text = (Text) label.lookup(".text");
        return text == null ? ((Labeled) label).getText() : text.getText();
    }

    @Test
    void openingAnotherStudyShowsOnlyItsPoints(FxRobot robot) {
        runToTheEnd(robot, 120);
        robot.interact(() -> axisX(robot).setValue(Quantities.of(Metric.ENERGY)));
        expand(robot, "Objectives and constraints");
        typeInto(robot, "#objective-0-reference", "not a number");
        assertThat(robot.lookup("#objectives-problem").queryLabeled().getText()).isNotEmpty();
        // along the submenu's first item, so the pointer does not cross the File menu's other items
        robot.clickOn("File").clickOn("Open Sample").moveTo("default").clickOn("classroom-small");
        robot.clickOn("Don't Save");
        WaitForAsyncUtils.waitForFxEvents();
        Study classroom = document.study();
        assertThat(classroom.name()).startsWith("Classroom");
        int points = classroom.runs().get(0).points().size();
        assertThat(window.store().entries())
                .as("the store holds the classroom study's points, not the default study's")
                .hasSize(points)
                .allMatch(e -> classroom.runs().get(0).points().contains(e.point()));
        assertThat(window.table().table().getItems().size()).isLessThanOrEqualTo(points);
        long feasible =
                window.store().entries().stream().filter(e -> e.feasible()).count();
        await("the plot to draw the classroom study's feasible points, drew " + drawn(), () -> drawn() == feasible);
        assertThat(axisX(robot).getValue())
                .as("the plot's axes are the classroom study's objectives")
                .isEqualTo(Quantities.of(Metric.LATENCY));
        assertThat(robot.lookup("#objectives-problem").queryLabeled().getText())
                .as("the old study's validation message is gone")
                .isEmpty();
        assertThat(robot.lookup("#objective-0-reference")
                        .queryTextInputControl()
                        .getText())
                .isEqualTo("44");
    }

    private int drawn() {
        int[] counts = window.pareto().projections().get(0).drawnCounts();
        return counts[0] + counts[1];
    }

    @Test
    void theColourBarShowsItsValuesAndUnit(FxRobot robot) {
        runToTheEnd(robot, 80);
        robot.clickOn("#color-mode").clickOn("a quantity");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = robot.lookup("#plot-legend .label").queryAll().stream()
                .map(UserFlowsTest::shown)
                .toList();
        assertThat(texts).as("legend labels as drawn").noneMatch(t -> t.contains("…") || t.contains("..."));
        assertThat(String.join(" ", texts)).containsPattern("\\(.+\\)");
    }

    @Test
    void theValueListDialogRefusesADuplicate(FxRobot robot) {
        TextField depth = robot.lookup("#values-stage2-depth").queryAs(TextField.class);
        String before = depth.getText();
        String first = before.split(",")[0].trim();
        robot.clickOn("#edit-stage2-depth");
        robot.clickOn("#new-value").write(first).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#new-value-problem").queryLabeled().getText())
                .as("the dialog says why next to the field")
                .isEqualTo(first + " is already in the list");
        assertThat(robot.lookup("#new-value").queryTextInputControl().getText())
                .as("what was typed stays to be corrected")
                .isEqualTo(first);
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(depth.getText()).as("no duplicate committed").isEqualTo(before);
    }

    @Test
    void objectiveDirectionsShowWithoutAClick(FxRobot robot) {
        expand(robot, "Objectives and constraints");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownDirection(robot, 0))
                .as("the first objective's direction as shown")
                .isEqualTo("maximize");
        assertThat(shownDirection(robot, 1)).isEqualTo("minimize");
    }

    /** What the direction box displays (its button cell), not just its value. */
    private static String shownDirection(FxRobot robot, int row) {
        ComboBox<?> box = robot.lookup("#objective-" + row + "-direction").queryAs(ComboBox.class);
        Node shown = ((ComboBoxListViewSkin<?>) box.getSkin()).getDisplayNode();
        return ((Labeled) shown).getText();
    }

    @Test
    void aProblemShownNextToAFieldStylesTheWindowWithoutCssWarnings(FxRobot robot) {
        List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Logger css = java.util.logging.Logger.getLogger("javafx.css");
        java.util.logging.Handler counter = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                warnings.add(r.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        css.addHandler(counter);
        try {
            expand(robot, "Objectives and constraints");
            typeInto(robot, "#objective-0-reference", "x");
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            css.removeHandler(counter);
        }
        assertThat(warnings)
                .as("CSS warnings while the first decoration appears")
                .isEmpty();
    }

    @Test
    void theWindowOpensLargeAndWhereItWasLeft(FxRobot robot) throws Exception {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(stage.getWidth()).isGreaterThanOrEqualTo(Math.min(1280, screen.getWidth()));
        assertThat(stage.getHeight()).isGreaterThanOrEqualTo(Math.min(800, screen.getHeight()));
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1300);
            stage.setHeight(820);
        });
        robot.interact(stage::hide);
        Stage again = WaitForAsyncUtils.asyncFx(() -> {
                    Stage s = new Stage();
                    new MainWindow(s, new StudyDocument(Samples.load(Samples.DEFAULT), null), preferences);
                    s.show();
                    return s;
                })
                .get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(List.of(again.getX(), again.getY(), again.getWidth(), again.getHeight()))
                .as("the next start opens where the window was left")
                .containsExactly(40.0, 30.0, 1300.0, 820.0);
        robot.interact(() -> again.setMaximized(true));
        robot.interact(again::hide);
        Stage third = WaitForAsyncUtils.asyncFx(() -> {
                    Stage s = new Stage();
                    new MainWindow(s, new StudyDocument(Samples.load(Samples.DEFAULT), null), preferences);
                    return s;
                })
                .get();
        assertThat(third.isMaximized()).as("and maximized if it was").isTrue();
        robot.interact(() -> {
            stage.show(); // the primary stage again, for the tests that follow
            stage.requestFocus();
        });
    }

    @Test
    void anInvalidObjectiveStaysInViewSaysWhyAndBlocksStart(FxRobot robot) {
        @SuppressWarnings("unchecked")
        Spinner<Integer> evals = robot.lookup("#run-evaluations").queryAs(Spinner.class);
        robot.interact(() -> evals.getValueFactory().setValue(1_000_000));
        robot.clickOn("#run-start");
        await("the run", () -> window.store().entries().size() > 0);
        expand(robot, "Objectives and constraints");
        // the constraints' grid within the editor (scene positions would include scrolling)
        Node constraints = robot.lookup("#constraint-min-accuracy").query().getParent();
        double before = constraints.getBoundsInParent().getMinY();
        typeInto(robot, "#objective-0-reference", "abc");
        robot.clickOn("#constraint-min-accuracy"); // leaves the field, as a user moves on
        assertThat(constraints.getBoundsInParent().getMinY())
                .as("the fields below do not jump when the reason appears")
                .isEqualTo(before);
        // the run records its points in the study every two seconds: the study changes meanwhile
        WaitForAsyncUtils.sleep(2500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#objective-0-reference")
                        .queryTextInputControl()
                        .getText())
                .as("the invalid value stays in view")
                .isEqualTo("abc");
        assertThat(robot.lookup("#objectives-problem").queryLabeled().getText()).contains("'abc' is not a number");
        assertThat(robot.lookup("#run-start").queryButton().isDisabled())
                .as("Start is blocked by the invalid objective")
                .isTrue();
        assertThat(robot.lookup("#run-problem").queryLabeled().getText()).contains("'abc' is not a number");
        typeInto(robot, "#objective-0-reference", "60");
        assertThat(robot.lookup("#run-start").queryButton().isDisabled()).isFalse();
        assertThat(document.study().objectives().get(0).reference()).isEqualTo(60.0);
        robot.clickOn("#run-cancel-run-1");
    }

    @Test
    void anotherBoardBringsItsOwnLevelsNotTwentyFiveMessages(FxRobot robot) {
        expand(robot, "Hardware space");
        typeInto(robot, "#values-device", "jetson-tx2");
        assertThat(robot.lookup("#hardware-space-editor-problems")
                        .queryLabeled()
                        .getText())
                .as("problems after choosing another board")
                .isEmpty();
        assertThat(document.study().space().validate()).isEmpty();
        assertThat(robot.lookup("#values-gpufreqmhz").queryTextInputControl().getText())
                .as("the TX2's GPU levels")
                .contains("726.75");
        assertThat(robot.lookup("#run-start").queryButton().isDisabled()).isFalse();
        robot.clickOn("Edit").clickOn("Undo");
        assertThat(robot.lookup("#values-device").queryTextInputControl().getText())
                .as("one undo takes the board and its levels back")
                .isEqualTo("jetson-agx-xavier");
    }

    // ---- issue 13, second round: the File menu and the plot toolbar ----

    /** Starts a run of {@code evaluations} from the run form, as a user does. */
    private void start(FxRobot robot, int evaluations) {
        @SuppressWarnings("unchecked")
        Spinner<Integer> evals = robot.lookup("#run-evaluations").queryAs(Spinner.class);
        robot.interact(() -> evals.getValueFactory().setValue(evaluations));
        robot.clickOn("#run-start");
    }

    private void fileMenu(FxRobot robot, String item) {
        fileMenu(robot, stage, item);
    }

    /** Clicks File ▸ {@code item} in {@code stage}'s window (other suites' windows may still be open). */
    static void fileMenu(FxRobot robot, Stage stage, String item) {
        robot.interact(() -> {
            stage.toFront();
            stage.requestFocus();
        });
        robot.clickOn("File").clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The selected points as "run#index", from the window's store. */
    private Set<String> selectedPoints() {
        Set<String> keys = new TreeSet<>();
        window.selection().positions().stream().forEach(i -> {
            PointEntry e = window.store().entries().get(i);
            keys.add(e.runId() + "#" + e.point().index());
        });
        return keys;
    }

    /** The rows of an exported CSV file, by its header's column names. */
    private static List<Map<String, String>> csvRows(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper()
                .readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(file.toFile())) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    private void exportWithFilter(FxRobot robot, Path typed, String filter) {
        choosers.answer(typed, filter);
        fileMenu(robot, "Export Selection…");
        await(
                "the export",
                () -> window.runs() != null
                        && robot.lookup(".status-bar .label")
                                .queryLabeled()
                                .getText()
                                .startsWith("Exported"));
    }

    @Test
    void theToolbarsStillRespondAfterTurningTheWheelOverThePlots(FxRobot robot) {
        runToTheEnd(robot, 60);
        // Monocle has no 3D: the window shows the 2D projections (Pareto3DRenderTest turns the
        // wheel over the real 3D view under Xvfb)
        for (ScatterView plot : window.pareto().projections()) {
            robot.moveTo(plot).scroll(6, VerticalDirection.UP).scroll(6, VerticalDirection.DOWN);
            robot.scroll(6, VerticalDirection.UP);
        }
        robot.clickOn("#log-x");
        assertThat(robot.lookup("#log-x").queryAs(CheckBox.class).isSelected())
                .as("the toolbar's log box took the click after 18 wheel notches")
                .isTrue();
        robot.clickOn("#color-mode").clickOn("a quantity");
        assertThat(robot.lookup("#color-metric").query().isVisible()).isTrue();
        for (ScatterView plot : window.pareto().projections()) {
            Node area = plot.getParent();
            assertThat(area.getClip())
                    .as("the plots are clipped to their area: nothing in them can cover the toolbar")
                    .isNotNull();
            assertThat(area.localToScene(area.getLayoutBounds()).getMinY())
                    .isGreaterThanOrEqualTo(robot.lookup("#log-x")
                            .query()
                            .localToScene(robot.lookup("#log-x").query().getLayoutBounds())
                            .getMaxY());
        }
    }

    @Test
    void exportSelectionWithTheCsvFilterWritesCsv(FxRobot robot) throws IOException {
        runToTheEnd(robot, 80);
        robot.clickOn("Edit").clickOn("Select Pareto Front");
        Set<String> selected = selectedPoints();
        assertThat(selected).isNotEmpty();
        // the user picks the CSV filter and keeps the proposed name
        choosers.answer(r -> Optional.of(
                new FileChoosers.Choice(dir.resolve(r.initialName()), AnsweringChoosers.filterNamed(r, "CSV"))));
        fileMenu(robot, "Export Selection…");
        Path csv = dir.resolve("selection.csv");
        await(
                "selection.csv",
                () -> Files.exists(csv)
                        && robot.lookup(".status-bar .label")
                                .queryLabeled()
                                .getText()
                                .startsWith("Exported"));
        String text = Files.readString(csv);
        assertThat(text).as("CSV with its header, not JSON").startsWith("index,run,generation,feasible,");
        List<Map<String, String>> rows = csvRows(csv);
        Set<String> exported = new TreeSet<>();
        rows.forEach(r -> exported.add(r.get("run") + "#" + r.get("index")));
        assertThat(rows).hasSize(selected.size());
        assertThat(exported).isEqualTo(selected);
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("one file, the CSV one")
                    .containsExactly("selection.csv");
        }
    }

    @Test
    void openASampleRunBrushExportAndReopenTheExport(FxRobot robot) throws Exception {
        robot.clickOn("File").clickOn("Open Sample").moveTo("default").clickOn("classroom-small");
        WaitForAsyncUtils.waitForFxEvents();
        int before = window.store().entries().size();
        assertThat(before).as("the sample's own points").isPositive();
        start(robot, 60);
        await(
                "the run to finish",
                () -> window.runs().liveRuns().isEmpty()
                        && window.store().entries().size() == before + 60);
        ScatterView plot = window.pareto().projections().get(0);
        Bounds canvas = plot.getCanvas().localToScreen(plot.getCanvas().getLayoutBounds());
        // a box over the middle of the x–y projection, drawn with the mouse
        robot.drag(canvas.getMinX() + canvas.getWidth() * 0.2, canvas.getMinY() + canvas.getHeight() * 0.1)
                .dropTo(canvas.getMinX() + canvas.getWidth() * 0.8, canvas.getMinY() + canvas.getHeight() * 0.9);
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> brushed = selectedPoints();
        assertThat(brushed.size()).as("the brush caught some points, not all").isBetween(1, before + 59);
        exportWithFilter(robot, dir.resolve("brushed"), "CSV");
        List<Map<String, String>> rows = csvRows(dir.resolve("brushed.csv"));
        Set<String> reopened = new TreeSet<>();
        rows.forEach(r -> reopened.add(r.get("run") + "#" + r.get("index")));
        assertThat(rows).hasSize(brushed.size());
        assertThat(reopened).as("the export holds exactly the brushed points").isEqualTo(brushed);
        assertThat(Files.readAllLines(dir.resolve("brushed.csv")).get(0))
                .as("raw SI values, the unit in the column name, as codesign export writes")
                .contains("accuracy_pct,latency_s,power_W,energy_J,edp_J_s,area_m2,macs,params");
        // the table, showing only the brushed points, gives its first row's latency in ms
        robot.clickOn("Points").clickOn("#selected-only");
        Object[] shown = WaitForAsyncUtils.asyncFx(() -> {
                    TableView<PointEntry> table = robot.lookup("#points").queryTableView();
                    TableColumn<PointEntry, ?> latency = table.getColumns().stream()
                            .filter(c -> c.getText().startsWith("latency"))
                            .findFirst()
                            .orElseThrow();
                    PointEntry first = table.getItems().get(0);
                    return new Object[] {
                        latency.getText(), first.runId() + "#" + first.point().index(), latency.getCellData(0)
                    };
                })
                .get(10, TimeUnit.SECONDS);
        assertThat(shown[0]).isEqualTo("latency (ms)");
        Map<String, String> row = rows.stream()
                .filter(r -> shown[1].equals(r.get("run") + "#" + r.get("index")))
                .findFirst()
                .orElseThrow();
        double ms = (Double) shown[2];
        assertThat(Double.parseDouble(row.get("latency_s")))
                .as("the file's latency is the table's, in seconds")
                .isCloseTo(ms / 1000, org.assertj.core.data.Offset.offset(1e-12 * ms));
    }

    /**
     * Issue 14 in one window, as a user goes: a design parameter on x, hover a point, click a run
     * off in the legend, save the projection as SVG from its context menu, then the teaching
     * view's step, back and play.
     */
    @Test
    void aParameterOnXHoverLegendSvgAndTheTeachingControls(FxRobot robot) throws Exception {
        robot.clickOn("File").clickOn("Open Sample").moveTo("default").clickOn("classroom-small");
        WaitForAsyncUtils.waitForFxEvents();
        int before = window.store().entries().size();
        start(robot, 40);
        await(
                "a second run",
                () -> window.runs().liveRuns().isEmpty()
                        && window.store().entries().size() == before + 40);
        String second = window.store().entries().get(before).runId();
        long firstFeasible = window.store().entries().stream()
                .filter(e -> e.feasible() && !e.runId().equals(second))
                .count();
        ScatterView xy = window.pareto().projections().get(0);

        AxisChoiceFlowsTest.choose(robot, "#axis-x", "resolution (px)");
        assertThat(xy.xQuantity().id()).isEqualTo("resolution");
        assertThat(xy.axisTitle(true)).isEqualTo("resolution (px)");

        int slot = window.pareto().model().columns().nextPareto(0);
        javafx.geometry.Point2D at = xy.canvasPosition(slot);
        robot.moveTo(xy.getCanvas().localToScreen(at.getX(), at.getY()));
        await("the hover card", () -> xy.hoverCard().isVisible());
        assertThat(xy.hoverCard().getText())
                .as("the card under the mouse: metrics with units and the configuration")
                .contains("latency", " ms", "resolution=");

        robot.clickOn("#legend-run-" + second);
        await("the second run to leave the x–y view", () -> drawn() == firstFeasible);
        assertThat(window.pareto().model().hiddenRuns()).containsExactly(second);

        Path svg = dir.resolve("resolution.svg");
        choosers.answer(svg, "SVG");
        robot.rightClickOn("#projection-xy").clickOn("Save as SVG…");
        await("the SVG file", () -> Files.exists(svg));
        await("the SVG written whole", () -> {
            try {
                return org.codesign.figure.SvgFile.read(svg).circles() == firstFeasible;
            } catch (IOException | RuntimeException e) {
                return false; // still being written
            }
        });
        assertThat(org.codesign.figure.SvgFile.read(svg).texts()).contains("resolution (px)", "top-1 accuracy (%)");

        robot.clickOn("Generation (teaching)");
        var teaching = window.generation().viewModel();
        for (int g = 1; g <= 2; g++) {
            robot.clickOn("#teach-step");
            int wanted = g;
            await(
                    "generation " + g,
                    () -> teaching.generations() == wanted
                            && !teaching.busyProperty().get());
        }
        robot.clickOn("#teach-back");
        assertThat(robot.lookup("#teach-caption").queryLabeled().getText()).startsWith("Generation 1: ");
        robot.clickOn("#teach-play");
        await("playing on to generation 4", () -> teaching.generations() >= 4);
        robot.clickOn("#teach-play");
        assertThat(teaching.playingProperty().get())
                .as("the second click pauses")
                .isFalse();
    }

    @Test
    void editASpaceUndoAndRedo(FxRobot robot) {
        TextField depth = robot.lookup("#values-stage2-depth").queryAs(TextField.class);
        String before = depth.getText();
        typeInto(robot, "#values-stage2-depth", "2, 3");
        assertThat(stage2Depth()).containsExactly("2", "3");
        assertThat(document.isDirty()).isTrue();
        assertThat(stage.getTitle()).contains("•");
        robot.clickOn("Edit").clickOn("Undo");
        assertThat(stage2Depth()).as("undo restores the value list").containsExactly("2", "3", "4");
        assertThat(depth.getText()).isEqualTo(before);
        assertThat(document.isDirty())
                .as("undone back to the study as opened: nothing to save")
                .isFalse();
        assertThat(stage.getTitle()).doesNotContain("•");
        robot.clickOn("Edit").clickOn("Redo");
        assertThat(stage2Depth()).as("redo applies it again").containsExactly("2", "3");
        assertThat(depth.getText()).isEqualTo("2, 3");
        assertThat(document.isDirty()).isTrue();
    }

    private List<String> stage2Depth() {
        return document.study().networkSpace().design().parameter("stage2.depth").values().stream()
                .map(v -> v.label())
                .toList();
    }

    /** Issue 13 #6: the app killed after a run finished (no Save) loses nothing of the run. */
    @Test
    void aFinishedRunIsInTheFileWithoutSaveAndSurvivesAKill(FxRobot robot) throws Exception {
        Path file = dir.resolve("kept.codesign.json");
        StudyFiles.save(document.study(), file);
        choosers.answer(file, "Co-Design studies and stores");
        fileMenu(robot, "Open…");
        await("the study to open", () -> file.equals(document.file()));
        runToTheEnd(robot, 150);
        String id = document.study().runs().get(0).id();
        await("the finished run in the study file, without Save", () -> finishedPoints(file, id) == 150);

        // killed now: what is on disk is all a restarted app finds
        Path afterKill = Files.copy(
                file, Files.createDirectories(dir.resolve("after-kill")).resolve(file.getFileName()));
        fileMenu(robot, "New");
        WaitForAsyncUtils.waitForFxEvents();
        if (robot.lookup("Don't Save").tryQuery().isPresent()) {
            robot.clickOn("Don't Save");
        }
        choosers.answer(afterKill, "Co-Design studies and stores");
        fileMenu(robot, "Open…");
        await("the study to open", () -> afterKill.equals(document.file()));
        WaitForAsyncUtils.waitForFxEvents();
        RunRecord reopened = document.study().runs().get(0);
        assertThat(reopened.status()).isEqualTo(RunRecord.Status.FINISHED);
        assertThat(reopened.points()).hasSize(150);
        assertThat(window.store().entries()).hasSize(150);
        assertThat(robot.lookup("#run-card-" + id + " .run-state")
                        .queryLabeled()
                        .getText())
                .isEqualTo("finished");
    }

    /** The points of a finished run in the file as it is on disk, or -1. */
    private static int finishedPoints(Path file, String id) {
        try {
            return StudyFiles.load(file).runs().stream()
                    .filter(r -> r.id().equals(id) && r.status() == RunRecord.Status.FINISHED)
                    .mapToInt(r -> r.points().size())
                    .findFirst()
                    .orElse(-1);
        } catch (org.codesign.study.StudyFormatException e) {
            return -1; // being written
        }
    }

    @Test
    void startTwoRunsCancelOneSaveAndReopen(FxRobot robot) {
        start(robot, 1_000_000);
        await("the first run's points", () -> window.store().entries().size() > 20);
        start(robot, 60);
        await(
                "the second run to finish",
                () -> document.study().runs().size() == 2
                        && document.study().runs().get(1).status() == RunRecord.Status.FINISHED);
        robot.clickOn("#run-cancel-run-1");
        await("the first run to stop", () -> window.runs().liveRuns().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        List<RunRecord> shown = document.study().runs();
        assertThat(shown)
                .extracting(RunRecord::status)
                .containsExactly(RunRecord.Status.CANCELLED, RunRecord.Status.FINISHED);
        assertThat(shown.get(1).points()).hasSize(60);
        int cancelledPoints = shown.get(0).points().size();
        assertThat(cancelledPoints).isPositive();
        choosers.answer(dir.resolve("two-runs"), "Co-Design");
        fileMenu(robot, "Save As…");
        Path saved = dir.resolve("two-runs.codesign.json");
        assertThat(saved).exists();
        fileMenu(robot, "New");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(document.study().runs()).isEmpty();
        choosers.answer(saved, "Co-Design studies and stores");
        fileMenu(robot, "Open…");
        await("the study to open", () -> saved.equals(document.file()));
        WaitForAsyncUtils.waitForFxEvents();
        List<RunRecord> reopened = document.study().runs();
        assertThat(reopened).extracting(RunRecord::id).containsExactly("run-1", "run-2");
        assertThat(reopened)
                .extracting(RunRecord::status)
                .containsExactly(RunRecord.Status.CANCELLED, RunRecord.Status.FINISHED);
        assertThat(reopened.get(0).points()).hasSize(cancelledPoints);
        assertThat(reopened.get(1).points()).hasSize(60);
        assertThat(window.store().entries())
                .as("the window shows both runs' points again")
                .hasSize(cancelledPoints + 60);
        assertThat(robot.lookup("#run-card-run-1").tryQuery()).isPresent();
        assertThat(robot.lookup("#run-card-run-2").tryQuery()).isPresent();
        // the cancelled run was saved with the study (Save As), so it can go on after the reopen
        Labeled resume = robot.lookup("#run-pause-run-1").queryAs(Labeled.class);
        assertThat(resume.getText()).as("the cancelled run offers Resume").isEqualTo("Resume");
        assertThat(resume.isDisabled()).isFalse();
    }
}
