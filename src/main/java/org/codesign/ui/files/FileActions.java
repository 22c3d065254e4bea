package org.codesign.ui.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.control.ButtonType;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.codesign.cost.timeloop.TimeloopDesignFiles;
import org.codesign.study.PointRef;
import org.codesign.study.SelectionExport;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.codesign.study.store.StudyStore;
import org.codesign.ui.kit.Dialogs;
import org.codesign.ui.kit.FileChoosers;

/**
 * The File menu's actions as the user meets them: the unsaved-changes prompt before anything
 * replaces the study, the file choosers and the error dialogs. What they do is in
 * {@link StudyFilesViewModel}.
 */
public final class FileActions {
    private static final FileChoosers.Filter STUDIES =
            new FileChoosers.Filter("Co-Design studies", "*" + StudyFiles.EXTENSION);
    private static final FileChoosers.Filter STORES =
            new FileChoosers.Filter("Co-Design study stores (SQLite)", "*" + StudyStore.EXTENSION);
    /** Save and Open agree: Save As writes what the Open dialog's first filter shows. */
    static final List<FileChoosers.Filter> SAVE_FILTERS = List.of(STUDIES, STORES);

    static final List<FileChoosers.Filter> OPEN_FILTERS = List.of(
            // any *.db opens as a store (StudyLoader.isStore), *.codesign.db among them
            new FileChoosers.Filter("Co-Design studies and stores", "*" + StudyFiles.EXTENSION, "*.db"),
            STUDIES,
            new FileChoosers.Filter("All JSON files", "*.json"));

    private static final FileChoosers.Filter TIMELOOP_FOLDER =
            new FileChoosers.Filter("A folder of Timeloop YAML files", "*");

    private final Window owner;
    private final StudyFilesViewModel model;
    private final Supplier<List<SelectionExport.Chosen>> selected;
    private final Supplier<List<PointRef>> kept;
    private final FileChoosers choosers;

    /**
     * @param selected the points selected now, for Export and Copy
     * @param kept the points selected now, for Save (the study's file keeps them)
     * @param choosers the open and save dialogs
     */
    public FileActions(
            Window owner,
            StudyFilesViewModel model,
            Supplier<List<SelectionExport.Chosen>> selected,
            Supplier<List<PointRef>> kept,
            FileChoosers choosers) {
        this.owner = owner;
        this.model = model;
        this.selected = selected;
        this.kept = kept;
        this.choosers = choosers;
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
        choosers.open(owner, new FileChoosers.Request("Open a study", OPEN_FILTERS, null))
                .ifPresent(c -> openFile(c.file()));
    }

    /** Opens a recent file, asking first about unsaved changes. */
    public void openRecent(Path file) {
        if (confirmDiscard()) {
            openFile(file);
        }
    }

    /**
     * Opens a study file, read in the background; if it cannot be read, a dialog says why and the
     * current study stays.
     */
    public Task<Study> openFile(Path file) {
        return model.open(file, this::show);
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
        return choosers.save(owner, new FileChoosers.Request("Save the study", SAVE_FILTERS, model.suggestedFileName()))
                .map(c -> saveTo(StudyFilesViewModel.withStudyExtension(c.file(), STORES.equals(c.filter()))))
                .orElse(false);
    }

    public boolean saveTo(Path file) {
        return succeeded(model.saveTo(file, kept.get()));
    }

    public void exportSelection() {
        List<SelectionExport.Chosen> chosen = selected.get();
        Optional<StudyFilesViewModel.Problem> nothing = StudyFilesViewModel.checkExportable(chosen);
        if (!succeeded(nothing)) {
            return;
        }
        List<StudyFilesViewModel.ExportFormat> formats = List.of(StudyFilesViewModel.ExportFormat.values());
        List<FileChoosers.Filter> filters = formats.stream()
                .map(f -> new FileChoosers.Filter(f.description(), "*" + f.extension()))
                .toList();
        // no extension proposed: the format selected in the dialog adds its own
        choosers.save(owner, new FileChoosers.Request(StudyFilesViewModel.exportTitle(chosen), filters, "selection"))
                .ifPresent(c -> {
                    int i = filters.indexOf(c.filter());
                    StudyFilesViewModel.ExportFormat format = i < 0 ? null : formats.get(i);
                    exportTo(StudyFilesViewModel.exportTarget(c.file(), format), chosen);
                });
    }

    /** Writes the selection in the background; a failure is shown in a dialog. */
    public Task<Void> exportTo(Path file, List<SelectionExport.Chosen> chosen) {
        return model.exportTo(file, chosen, this::show);
    }

    /** Export ▸ Timeloop…: the one selected design, into a folder the user names. */
    public void exportTimeloop() {
        List<SelectionExport.Chosen> chosen = selected.get();
        if (!succeeded(StudyFilesViewModel.checkTimeloopExportable(chosen))) {
            return;
        }
        SelectionExport.Chosen point = chosen.get(0);
        choosers.save(
                        owner,
                        new FileChoosers.Request(
                                "Export point " + point.point().index() + " as Timeloop inputs (a new folder)",
                                List.of(TIMELOOP_FOLDER),
                                StudyFilesViewModel.timeloopFolderName(point)))
                .ifPresent(c -> exportTimeloopTo(c.file(), point));
    }

    /** Writes the Timeloop folder in the background; a failure is shown in a dialog. */
    public Task<TimeloopDesignFiles.Written> exportTimeloopTo(Path folder, SelectionExport.Chosen point) {
        return model.exportTimeloop(folder, point, this::show);
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
}
