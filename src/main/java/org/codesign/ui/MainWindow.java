package org.codesign.ui;

import org.codesign.ui.detail.DetailPane;
import org.codesign.ui.files.RecentFiles;
import org.codesign.ui.kit.Dialogs;
import org.codesign.ui.pareto.ParetoArea;
import org.codesign.ui.points.PointEntry;
import org.codesign.ui.points.PointStore;
import org.codesign.ui.points.PointTable;
import org.codesign.ui.points.Selection;
import org.codesign.ui.runs.RunController;
import org.codesign.ui.runs.RunsPanel;
import org.codesign.ui.study.EvaluatorCache;
import org.codesign.ui.study.FixedSideEditor;
import org.codesign.ui.study.ObjectivesEditor;
import org.codesign.ui.study.SpaceEditor;
import org.codesign.ui.study.SpaceSide;
import org.codesign.ui.study.StudyDocument;
import org.codesign.ui.teaching.GenerationView;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Accordion;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.codesign.study.SelectionExport;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.codesign.space.Sizes;
import org.codesign.study.Samples;
import org.codesign.study.Studies;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.codesign.study.StudyFormatException;

/**
 * The main window: the study's editors on the left, the Pareto view in the centre, menus with
 * the usual shortcuts, and an unsaved-changes prompt before anything replaces the study.
 */
final class MainWindow {
    private final Stage stage;
    private final StudyDocument document;
    private final RecentFiles recent;
    private final BorderPane root = new BorderPane();
    private final Label jointSize = new Label();
    private final Label status = new Label();
    private final Menu recentMenu = new Menu("Open Recent");
    private final PointStore store = new PointStore();
    private final Selection selection = new Selection();
    private SplitPane centre;
    private final EvaluatorCache evaluators;
    private final ProgressBar busy = new ProgressBar();
    private SpaceEditor networkEditor;
    private SpaceEditor hardwareEditor;
    private RunsPanel runs;
    private ParetoArea pareto;
    private PointTable table;
    private DetailPane detail;
    private GenerationView generation;

    MainWindow(Stage stage, StudyDocument document, Preferences preferences) {
        this.stage = stage;
        this.document = document;
        this.recent = new RecentFiles(preferences);
        this.evaluators = new EvaluatorCache(document);
        root.setCenter(body());
        root.setTop(menuBar());
        busy.setVisible(false);
        busy.setPrefWidth(160);
        HBox bar = new HBox(12, status, busy);
        bar.setPadding(new Insets(3, 8, 3, 8));
        bar.getStyleClass().add("status-bar");
        root.setBottom(bar);
        document.studyProperty().addListener((obs, old, now) -> showStatus(now));
        showStatus(document.study());
        stage.titleProperty().bind(document.titleBinding());
        Scene scene = new Scene(root, 1400, 880);
        scene.getStylesheets().add(MainWindow.class.getResource("codesign.css").toExternalForm());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) {
                e.consume();
            } else {
                runs.cancelAll();
            }
        });
        document.studyProperty().addListener((o, a, b) -> store.setObjectives(b.objectives()));
        document.replacementsProperty().addListener((o, a, b) -> selection.clear());
    }

    Scene scene() {
        return stage.getScene();
    }

    private SplitPane body() {
        networkEditor = new SpaceEditor(document, SpaceSide.NETWORK);
        hardwareEditor = new SpaceEditor(document, SpaceSide.HARDWARE);
        networkEditor.tentativeSizeProperty().addListener((o, a, b) -> showJointSize());
        hardwareEditor.tentativeSizeProperty().addListener((o, a, b) -> showJointSize());
        TitledPane network = pane("Network space", networkEditor);
        TitledPane hardware = pane("Hardware space", hardwareEditor);
        TitledPane objectives = pane("Objectives and constraints", new ObjectivesEditor(document));
        TitledPane fixed = pane("Fixed sides (single-sided modes)", new VBox(8,
                new Label("Fixed hardware"), new FixedSideEditor(document, SpaceSide.HARDWARE),
                new Label("Fixed network"), new FixedSideEditor(document, SpaceSide.NETWORK)));
        Accordion editors = new Accordion(network, hardware, objectives, fixed);
        editors.setExpandedPane(network);
        jointSize.setId("joint-size");
        jointSize.getStyleClass().add("joint-size");
        VBox left = new VBox(6, jointSize, editors);
        VBox.setVgrow(editors, Priority.ALWAYS);
        left.setPadding(new Insets(6));
        left.setMinWidth(320);
        runs = new RunsPanel(document, store, evaluators::get);
        pareto = new ParetoArea(document, store, selection);
        table = new PointTable(document, store, selection);
        detail = new DetailPane(document, selection, evaluators::get);
        generation = new GenerationView(document, runs);
        Tab generationTab = new Tab("Generation (teaching)", generation);
        TabPane below = new TabPane(new Tab("Points", table), new Tab("Detail", detail),
                new Tab("Ranges", pareto.ranges()), new Tab("Parallel coordinates", pareto.parallel()), generationTab);
        runs.startedPausedProperty().addListener((o, a, b) -> {
            generation.follow(b);
            below.getSelectionModel().select(generationTab);
        });
        below.setId("lower-tabs");
        below.getTabs().forEach(t -> t.setClosable(false));
        selection.focusedProperty().addListener((o, a, b) -> {
            if (b != null) {
                below.getSelectionModel().select(1);
            }
        });
        centre = new SplitPane(pareto, below);
        centre.setOrientation(javafx.geometry.Orientation.VERTICAL);
        centre.setDividerPositions(0.55);
        runs.setMinWidth(330);
        runs.setPrefWidth(380);
        SplitPane split = new SplitPane(left, centre, runs);
        split.setDividerPositions(0.24, 0.74);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(runs, false);
        showJointSize();
        return split;
    }

    private static TitledPane pane(String title, Region content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        TitledPane p = new TitledPane(title, scroll);
        p.setId("pane-" + title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-"));
        return p;
    }

    private void showJointSize() {
        if (networkEditor == null || hardwareEditor == null || networkEditor.tentativeSizeProperty().get() == null
                || hardwareEditor.tentativeSizeProperty().get() == null) {
            return;
        }
        var n = networkEditor.tentativeSizeProperty().get().multiply(hardwareEditor.tentativeSizeProperty().get());
        jointSize.setText("Joint space: " + Sizes.format(n) + " configurations");
    }

    private void showStatus(Study study) {
        var problems = study.space().validate();
        status.setText(problems.isEmpty() ? study.runs().size() + " runs · "
                + study.runs().stream().mapToLong(r -> r.points().size()).sum() + " evaluated points"
                : problems.size() + " problem(s) in the spaces: runs cannot start (see the editors)");
    }

    // ---- menus ----

    private MenuBar menuBar() {
        MenuItem newStudy = item("New", "Shortcut+N", this::newStudy);
        MenuItem open = item("Open…", "Shortcut+O", this::open);
        Menu samples = new Menu("Open Sample");
        for (String name : Samples.names()) {
            MenuItem sample = new MenuItem(name.replace(StudyFiles.EXTENSION, ""));
            sample.setOnAction(e -> openSample(name));
            samples.getItems().add(sample);
        }
        recentMenu.setOnShowing(e -> fillRecent());
        fillRecent();
        MenuItem save = item("Save", "Shortcut+S", this::save);
        MenuItem saveAs = item("Save As…", "Shortcut+Shift+S", this::saveAs);
        MenuItem quit = item("Quit", "Shortcut+Q", () -> {
            if (confirmDiscard()) {
                runs.cancelAll();
                stage.close();
            }
        });
        MenuItem export = item("Export Selection…", "Shortcut+E", this::exportSelection);
        MenuItem copy = item("Copy Selection", "Shortcut+Shift+C", this::copySelection);
        Menu file = new Menu("File", null, newStudy, open, samples, recentMenu, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), export, copy, new SeparatorMenuItem(), quit);
        MenuItem undo = item("Undo", "Shortcut+Z", document::undo);
        undo.disableProperty().bind(document.canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", document::redo);
        redo.disableProperty().bind(document.canRedoProperty().not());
        MenuItem selectFeasible = item("Select All Feasible", "Shortcut+Shift+A", () -> selectAll(false));
        MenuItem selectFront = item("Select Pareto Front", "Shortcut+Shift+P", () -> selectAll(true));
        MenuItem clear = item("Clear Selection", "Shortcut+Shift+N", selection::clear);
        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), selectFeasible, selectFront, clear);
        MenuBar bar = new MenuBar(file, edit);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String text, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId("menu-" + text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("-$", ""));
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : recent.list()) {
            MenuItem item = new MenuItem(p.toString());
            item.setOnAction(e -> {
                if (confirmDiscard()) {
                    openFile(p);
                }
            });
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    // ---- file operations ----

    void newStudy() {
        if (confirmDiscard()) {
            document.replace(Studies.defaultStudy().withName("Untitled study"), null);
        }
    }

    void open() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = studyChooser("Open a study");
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            openFile(f.toPath());
        }
    }

    /** Opens a study file; if it cannot be read, says why and keeps the current study. */
    boolean openFile(Path file) {
        try {
            Study study = StudyFiles.load(file);
            document.replace(study, file);
            recent.add(file);
            return true;
        } catch (StudyFormatException e) {
            Dialogs.error(stage, "The study could not be opened", e.getMessage()
                    + "\n\nThe study you had open is unchanged.");
            return false;
        }
    }

    void openSample(String name) {
        if (!confirmDiscard()) {
            return;
        }
        try {
            document.replace(Samples.load(name), null);
        } catch (StudyFormatException e) {
            Dialogs.error(stage, "The sample could not be opened", e.getMessage());
        }
    }

    boolean save() {
        return document.file() == null ? saveAs() : saveTo(document.file());
    }

    boolean saveAs() {
        FileChooser chooser = studyChooser("Save the study");
        chooser.setInitialFileName(document.file() == null ? "study" + StudyFiles.EXTENSION
                : document.file().getFileName().toString());
        File f = chooser.showSaveDialog(stage);
        if (f == null) {
            return false;
        }
        Path path = f.toPath();
        if (!path.getFileName().toString().endsWith(".json")) {
            path = path.resolveSibling(path.getFileName() + StudyFiles.EXTENSION);
        }
        return saveTo(path);
    }

    boolean saveTo(Path file) {
        try {
            StudyFiles.save(document.study(), file);
            document.markSaved(file);
            recent.add(file);
            return true;
        } catch (IOException e) {
            Dialogs.error(stage, "The study could not be saved", file + ": " + e.getMessage()
                    + "\n\nNothing was lost: the study is still open, and the file on disk is unchanged.");
            return false;
        }
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

    /** Starts NSGA-II paused (population 20) and steps it {@code generations} times: a ready classroom demo. */
    void teach(int generations) {
        var request = org.codesign.search.codesign.RunSpec.DEFAULTS
                .withAlgorithm(org.codesign.search.codesign.Algorithm.NSGA2).withBudget(100_000).withPopulation(20);
        runs.start(request, true);
        String id = runs.startedPausedProperty().get();
        RunController c = runs.liveRuns().get(id);
        if (c != null) {
            javafx.animation.Timeline steps = new javafx.animation.Timeline(
                    new javafx.animation.KeyFrame(javafx.util.Duration.millis(300), e -> c.step()));
            steps.setCycleCount(generations);
            steps.play();
        }
    }

    GenerationView generation() {
        return generation;
    }

    DetailPane detail() {
        return detail;
    }

    void selectAll(boolean paretoOnly) {
        java.util.BitSet all = new java.util.BitSet();
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

    private java.util.List<SelectionExport.Chosen> chosen() {
        java.util.BitSet bits = selection.positions();
        java.util.List<SelectionExport.Chosen> list = new java.util.ArrayList<>();
        bits.stream().filter(i -> i < store.entries().size()).forEach(i -> {
            PointEntry e = store.entries().get(i);
            list.add(new SelectionExport.Chosen(e.runId(), e.point()));
        });
        return list;
    }

    void exportSelection() {
        var chosen = chosen();
        if (chosen.isEmpty()) {
            Dialogs.error(stage, "Nothing to export", "Select points first: brush them in the plot or pick rows in the table.");
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + chosen.size() + " selected points");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("JSON (configurations, metrics, per-layer breakdown)", "*.json"),
                new FileChooser.ExtensionFilter("CSV (metrics and parameters)", "*.csv"));
        chooser.setInitialFileName("selection.json");
        File f = chooser.showSaveDialog(stage);
        if (f != null) {
            exportTo(f.toPath(), chosen);
        }
    }

    /** Writes the selection (JSON re-evaluates each point for its breakdown, in the background). */
    javafx.concurrent.Task<Void> exportTo(Path file, java.util.List<SelectionExport.Chosen> chosen) {
        Study study = document.study();
        var evaluator = evaluators.get();
        boolean csv = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
        javafx.concurrent.Task<Void> task = new javafx.concurrent.Task<>() {
            @Override
            protected Void call() throws Exception {
                if (csv) {
                    java.nio.file.Files.writeString(file, SelectionExport.csv(study, chosen));
                } else {
                    org.codesign.study.Json.writeAtomically(SelectionExport.json(study, chosen, evaluator,
                            org.codesign.eval.AppVersion.current(), p -> updateProgress(p, 1)), file);
                }
                return null;
            }
        };
        busy.progressProperty().bind(task.progressProperty());
        busy.setVisible(true);
        task.setOnSucceeded(e -> {
            busy.setVisible(false);
            status.setText("Exported " + chosen.size() + " points to " + file);
        });
        task.setOnFailed(e -> {
            busy.setVisible(false);
            Dialogs.error(stage, "The selection could not be exported", file + ": " + task.getException().getMessage());
        });
        Thread t = new Thread(task, "export");
        t.setDaemon(true);
        t.start();
        return task;
    }

    void copySelection() {
        var chosen = chosen();
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(SelectionExport.csv(document.study(), chosen));
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        status.setText("Copied " + chosen.size() + " points (CSV) to the clipboard");
    }

    /** True when the current study may be replaced: it is saved, saved now, or the user discards it. */
    boolean confirmDiscard() {
        if (!document.isDirty()) {
            return true;
        }
        Optional<ButtonType> answer = Dialogs.unsavedChanges(stage, document.study().name());
        if (answer.isEmpty()) {
            return false;
        }
        return answer.get() == Dialogs.DISCARD || save();
    }

    private static FileChooser studyChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Co-Design studies", "*" + StudyFiles.EXTENSION),
                new FileChooser.ExtensionFilter("JSON", "*.json"));
        return chooser;
    }

    static void grow(Region r) {
        HBox.setHgrow(r, Priority.ALWAYS);
    }
}
