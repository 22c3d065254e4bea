package org.codesign.ui.files;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.codesign.study.SelectionExport;
import org.codesign.study.StudyFiles;
import org.codesign.study.store.StudyStore;
import org.codesign.ui.kit.Dialogs;

/**
 * The File menu's actions as the user meets them: the unsaved-changes prompt before anything
 * replaces the study, the file choosers and the error dialogs. What they do is in
 * {@link StudyFilesViewModel}.
 */
public final class FileActions {
    private final Window owner;
    private final StudyFilesViewModel model;
    private final Supplier<List<SelectionExport.Chosen>> selected;

    /**
     * @param selected the points selected now, for Export and Copy
     */
    public FileActions(Window owner, StudyFilesViewModel model, Supplier<List<SelectionExport.Chosen>> selected) {
        this.owner = owner;
        this.model = model;
        this.selected = selected;
    }

    public StudyFilesViewModel model() {
        return model;
    }

    public void newStudy() {
        if (confirmDiscard()) {
            model.newStudy();
        }
    }

    public void open() {
        if (!confirmDiscard()) {
            return;
        }
        FileChooser chooser = studyChooser("Open a study");
        // Stores open too (read into the app; saving writes JSON): see StudyFilesViewModel.open.
        chooser.getExtensionFilters()
                .add(
                        0,
                        new FileChooser.ExtensionFilter(
                                "Co-Design studies and stores",
                                "*" + StudyFiles.EXTENSION,
                                "*" + StudyStore.EXTENSION));
        File f = chooser.showOpenDialog(owner);
        if (f != null) {
            openFile(f.toPath());
        }
    }

    /** Opens a recent file, asking first about unsaved changes. */
    public void openRecent(Path file) {
        if (confirmDiscard()) {
            openFile(file);
        }
    }

    /** Opens a study file; if it cannot be read, says why and keeps the current study. */
    public boolean openFile(Path file) {
        return succeeded(model.open(file));
    }

    public void openSample(String name) {
        if (confirmDiscard()) {
            succeeded(model.openSample(name));
        }
    }

    public boolean save() {
        return model.file() == null ? saveAs() : saveTo(model.file());
    }

    public boolean saveAs() {
        FileChooser chooser = studyChooser("Save the study");
        chooser.setInitialFileName(model.suggestedFileName());
        File f = chooser.showSaveDialog(owner);
        return f != null && saveTo(StudyFilesViewModel.withStudyExtension(f.toPath()));
    }

    public boolean saveTo(Path file) {
        return succeeded(model.saveTo(file));
    }

    public void exportSelection() {
        List<SelectionExport.Chosen> chosen = selected.get();
        Optional<StudyFilesViewModel.Problem> nothing = StudyFilesViewModel.checkExportable(chosen);
        if (!succeeded(nothing)) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(StudyFilesViewModel.exportTitle(chosen));
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                "JSON (configurations, metrics, per-layer breakdown)", "*.json"),
                        new FileChooser.ExtensionFilter("CSV (metrics and parameters)", "*.csv"));
        chooser.setInitialFileName("selection.json");
        File f = chooser.showSaveDialog(owner);
        if (f != null) {
            exportTo(f.toPath(), chosen);
        }
    }

    /** Writes the selection in the background; a failure is shown in a dialog. */
    public Task<Void> exportTo(Path file, List<SelectionExport.Chosen> chosen) {
        return model.exportTo(file, chosen, this::show);
    }

    public void copySelection() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.copyText(selected.get()));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** True when the current study may be replaced: it is saved, saved now, or the user discards it. */
    public boolean confirmDiscard() {
        if (!model.hasUnsavedChanges()) {
            return true;
        }
        Optional<ButtonType> answer = Dialogs.unsavedChanges(owner, model.studyName());
        if (answer.isEmpty()) {
            return false;
        }
        return answer.get() == Dialogs.DISCARD || save();
    }

    private boolean succeeded(Optional<StudyFilesViewModel.Problem> problem) {
        problem.ifPresent(this::show);
        return problem.isEmpty();
    }

    private void show(StudyFilesViewModel.Problem problem) {
        Dialogs.error(owner, problem.header(), problem.message());
    }

    private static FileChooser studyChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("Co-Design studies", "*" + StudyFiles.EXTENSION),
                        new FileChooser.ExtensionFilter("JSON", "*.json"));
        return chooser;
    }
}
