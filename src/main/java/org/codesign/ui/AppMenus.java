package org.codesign.ui;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.codesign.ui.files.FileActions;
import org.codesign.ui.files.StudyFilesViewModel;
import org.codesign.ui.study.StudyDocument;

/** The menu bar: File and Edit with the usual shortcuts, then the features' menus; items get ids ("menu-save-as") for tests. */
final class AppMenus {
    /** What the Edit menu's selection items do. */
    record SelectionCommands(Runnable selectFeasible, Runnable selectFront, Runnable clear) {}

    private AppMenus() {}

    /** File, Edit, then the features' menus ({@code more}, e.g. View). */
    static MenuBar create(
            FileActions files, StudyDocument document, SelectionCommands selection, Runnable quit, Menu... more) {
        MenuBar bar = new MenuBar(fileMenu(files, quit), editMenu(document, selection));
        bar.getMenus().addAll(more);
        bar.setId("menu-bar");
        return bar;
    }

    private static Menu fileMenu(FileActions files, Runnable quit) {
        Menu samples = new Menu("Open Sample");
        for (String name : StudyFilesViewModel.sampleNames()) {
            MenuItem sample = new MenuItem(StudyFilesViewModel.sampleLabel(name));
            sample.setOnAction(e -> files.openSample(name));
            samples.getItems().add(sample);
        }
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-open-recent");
        // follows the list as studies are opened and saved: a disabled menu never shows to refill itself
        files.model().recentFiles().addListener((javafx.collections.ListChangeListener<Path>)
                c -> fillRecent(recent, files));
        fillRecent(recent, files);
        return new Menu(
                "File",
                null,
                item("New", "Shortcut+N", files::newStudy),
                item("Open…", "Shortcut+O", files::open),
                samples,
                recent,
                new SeparatorMenuItem(),
                item("Save", "Shortcut+S", files::save),
                item("Save As…", "Shortcut+Shift+S", files::saveAs),
                new SeparatorMenuItem(),
                item("Export Selection…", "Shortcut+E", files::exportSelection),
                exportMenu(files),
                item("Copy Selection", "Shortcut+Shift+C", files::copySelection),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", quit));
    }

    /** Export ▸ Timeloop…: one design as the inputs Timeloop users run. */
    private static Menu exportMenu(FileActions files) {
        MenuItem timeloop = new MenuItem("Timeloop…");
        timeloop.setId("menu-export-timeloop");
        timeloop.setOnAction(e -> files.exportTimeloop());
        Menu export = new Menu("Export", null, timeloop);
        export.setId("menu-export");
        return export;
    }

    private static Menu editMenu(StudyDocument document, SelectionCommands selection) {
        MenuItem undo = item("Undo", "Shortcut+Z", document::undo);
        undo.disableProperty().bind(document.canUndoProperty().not());
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", document::redo);
        redo.disableProperty().bind(document.canRedoProperty().not());
        return new Menu(
                "Edit",
                null,
                undo,
                redo,
                new SeparatorMenuItem(),
                item("Select All Feasible", "Shortcut+Shift+A", selection.selectFeasible()),
                item("Select Pareto Front", "Shortcut+Shift+P", selection.selectFront()),
                item("Clear Selection", "Shortcut+Shift+N", selection.clear()));
    }

    private static void fillRecent(Menu menu, FileActions files) {
        menu.getItems().clear();
        for (Path p : files.model().recentFiles()) {
            MenuItem item = new MenuItem(p.toString());
            item.setOnAction(e -> files.openRecent(p));
            menu.getItems().add(item);
        }
        menu.setDisable(menu.getItems().isEmpty());
    }

    private static MenuItem item(String text, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId("menu-"
                + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("-$", ""));
        item.setAccelerator(KeyCombination.keyCombination(shortcut));
        item.setOnAction(e -> action.run());
        return item;
    }
}
