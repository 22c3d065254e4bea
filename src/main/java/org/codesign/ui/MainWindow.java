package org.codesign.ui;

import impl.org.controlsfx.skin.DecorationPane;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.codesign.study.SelectionExport;
import org.codesign.study.Study;
import org.codesign.ui.cluster.ClusterDialog;
import org.codesign.ui.cluster.ClusterViewModel;
import org.codesign.ui.detail.DetailPane;
import org.codesign.ui.files.FileActions;
import org.codesign.ui.files.RecentFiles;
import org.codesign.ui.files.StatusLine;
import org.codesign.ui.files.StudyFilesViewModel;
import org.codesign.ui.kit.FileChoosers;
import org.codesign.ui.kit.LazyTab;
import org.codesign.ui.kit.SplitRoom;
import org.codesign.ui.pareto.LayoutMenu;
import org.codesign.ui.pareto.ParetoArea;
import org.codesign.ui.points.PointEntry;
import org.codesign.ui.points.PointStore;
import org.codesign.ui.points.PointTable;
import org.codesign.ui.points.SavedSelection;
import org.codesign.ui.points.Selection;
import org.codesign.ui.points.StoreWarmUp;
import org.codesign.ui.runs.RunsPanel;
import org.codesign.ui.study.AccuracyCalibrationDialog;
import org.codesign.ui.study.EvaluatorCache;
import org.codesign.ui.study.StudyDocument;
import org.codesign.ui.study.StudyEditors;
import org.codesign.ui.teaching.GenerationView;

/**
 * The main window: composes the features. The study's editors on the left, the Pareto view in
 * the centre over the points and their detail, the runs on the right, the menus on top and a
 * status line below; the unsaved-changes prompt guards closing.
 */
final class MainWindow {
    private final Stage stage;
    private final PointStore store = new PointStore();
    private final Selection selection = new Selection();
    private final FileActions files;
    private final RunsPanel runs;
    private final ParetoArea pareto;
    private final PointTable table;
    private final DetailPane detail;
    private final GenerationView generation;
    private SplitPane centre;

    MainWindow(Stage stage, StudyDocument document, Preferences preferences) {
        this(stage, document, preferences, FileChoosers.system());
    }

    /** With the given open and save dialogs (the user-flow tests answer them). */
    MainWindow(Stage stage, StudyDocument document, Preferences preferences, FileChoosers choosers) {
        this.stage = stage;
        FileChoosers.install(stage, choosers);
        EvaluatorCache evaluators = new EvaluatorCache(document);
        StudyEditors editors = new StudyEditors(document);
        StudyFilesViewModel filesModel =
                new StudyFilesViewModel(document, new RecentFiles(preferences), evaluators::get);
        runs = new RunsPanel(document, store, evaluators::get);
        ClusterViewModel cluster = new ClusterViewModel();
        runs.evaluateOn(cluster::batches);
        // after the runs panel, which loads the store when a study replaces the open one
        SavedSelection saved = new SavedSelection(document, store, selection);
        files = new FileActions(stage, filesModel, this::chosen, saved::current, choosers);
        pareto = new ParetoArea(document, store, selection);
        table = new PointTable(document, store, selection);
        // a run clicked off in the legend leaves the table too
        javafx.beans.binding.Bindings.bindContent(
                table.viewModel().hiddenRuns(), pareto.model().hiddenRuns());
        detail = new DetailPane(document, selection, evaluators::get);
        generation = new GenerationView(document, evaluators::get);
        BorderPane root = new BorderPane(body(editors));
        root.setTop(AppMenus.create(
                files,
                document,
                new AppMenus.SelectionCommands(() -> selectAll(false), () -> selectAll(true), selection::clear),
                this::quit,
                LayoutMenu.create(pareto.viewModel(), preferences.node("plot")),
                AccuracyCalibrationDialog.menu(document, stage),
                ClusterDialog.menu(stage, cluster)));
        root.setBottom(StatusLine.of(filesModel));
        stage.titleProperty().bind(filesModel.titleProperty());
        // ControlsFX puts its field decorations in a DecorationPane; without one it swaps the scene's
        // root for one at the first decoration, restyling the window mid-swap (~1,600 CSS warnings)
        DecorationPane decorated = new DecorationPane();
        decorated.setRoot(root);
        Scene scene = new Scene(decorated, 1400, 880);
        scene.getStylesheets().add(MainWindow.class.getResource("codesign.css").toExternalForm());
        stage.setScene(scene);
        new WindowPlacement(preferences.node("window")).manage(stage);
        stage.setOnCloseRequest(e -> {
            if (!files.confirmDiscard()) {
                e.consume();
            } else {
                runs.cancelAll();
            }
        });
        document.studyProperty().addListener((o, a, b) -> store.setObjectives(b.objectives()));
        StoreWarmUp.startWhenShown(stage, document::study); // a large study opened first opens faster
    }

    Scene scene() {
        return stage.getScene();
    }

    private SplitPane body(StudyEditors left) {
        Tab generationTab = LazyTab.of("Generation (teaching)", () -> generation);
        TabPane below = new TabPane(
                new Tab("Points", table),
                LazyTab.of("Detail", () -> detail),
                LazyTab.of("Ranges", pareto::ranges),
                LazyTab.of("Parallel coordinates", pareto::parallel),
                generationTab);
        generation.viewModel().busyProperty().addListener((o, a, b) -> {
            if (b) {
                below.getSelectionModel().select(generationTab);
            }
        });
        below.setId("lower-tabs");
        below.getTabs().forEach(t -> t.setClosable(false));
        selection.focusedProperty().addListener((o, a, b) -> {
            if (b != null) {
                below.getSelectionModel().select(1);
            }
        });
        centre = new SplitPane(pareto, below);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.55);
        SplitRoom.giveFirst(centre, pareto::wantedHeight);
        runs.setMinWidth(330);
        runs.setPrefWidth(380);
        SplitPane split = new SplitPane(left, centre, runs);
        split.setDividerPositions(0.24, 0.74);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(runs, false);
        return split;
    }

    private void quit() {
        if (files.confirmDiscard()) {
            runs.cancelAll();
            stage.close();
        }
    }

    // ---- what the launcher and the tests drive ----

    void newStudy() {
        files.newStudy();
    }

    Task<Study> openFile(Path file) {
        return files.openFile(file);
    }

    void openSample(String name) {
        files.openSample(name);
    }

    boolean saveTo(Path file) {
        return files.saveTo(file);
    }

    Task<Void> exportTo(Path file, List<SelectionExport.Chosen> chosen) {
        return files.exportTo(file, chosen);
    }

    RunsPanel runs() {
        return runs;
    }

    PointStore store() {
        return store;
    }

    Selection selection() {
        return selection;
    }

    ParetoArea pareto() {
        return pareto;
    }

    PointTable table() {
        return table;
    }

    GenerationView generation() {
        return generation;
    }

    DetailPane detail() {
        return detail;
    }

    /** Steps the teaching view's NSGA-II {@code generations} times: a ready classroom demo. */
    void teach(int generations) {
        generation.viewModel().stepTimes(generations);
    }

    void selectAll(boolean paretoOnly) {
        BitSet all = new BitSet();
        for (PointEntry e : store.entries()) {
            if (e.feasible() && (!paretoOnly || e.pareto())) {
                all.set(e.position());
            }
        }
        selection.apply(all, Selection.Combine.REPLACE);
    }

    /**
     * Selects point {@code position} alone and opens it in the Detail tab, giving the tab most of the
     * centre (a demo starts on one design); false if there is no such point.
     */
    boolean focus(int position) {
        if (position >= store.entries().size()) {
            return false;
        }
        centre.setDividerPositions(0.3);
        selection.selectOnly(position);
        selection.focusedProperty().set(store.entries().get(position));
        return true;
    }

    private List<SelectionExport.Chosen> chosen() {
        List<SelectionExport.Chosen> list = new ArrayList<>();
        selection.positions().stream().filter(i -> i < store.entries().size()).forEach(i -> {
            PointEntry e = store.entries().get(i);
            list.add(new SelectionExport.Chosen(e.runId(), e.point()));
        });
        return list;
    }
}
