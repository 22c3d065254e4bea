package org.codesign.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.codesign.cost.timeloop.TimeloopDesignFiles;
import org.codesign.eval.AppVersion;
import org.codesign.eval.Evaluator;
import org.codesign.study.Json;
import org.codesign.study.PointRef;
import org.codesign.study.RunRecord;
import org.codesign.study.Samples;
import org.codesign.study.SelectionExport;
import org.codesign.study.Studies;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.codesign.study.StudyFormatException;
import org.codesign.study.TimeloopPointExport;
import org.codesign.study.store.StoreException;
import org.codesign.study.store.StoreWrites;
import org.codesign.study.store.StudyLoader;
import org.codesign.study.store.StudyStore;
import org.codesign.ui.study.StudyDocument;

/**
 * What the File menu does to the open study, without its dialogs: new, open, open a sample, save,
 * export and copy the selection, the recent files, the window title and the status line. The view
 * asks the user (file choosers, the unsaved-changes prompt) and shows the {@link Problem}s returned.
 */
public final class StudyFilesViewModel {
    /** A file action that failed, worded for the error dialog; the open study is unchanged. */
    public record Problem(String header, String message) {}

    /** The formats Export Selection writes, in the order its dialog offers them. */
    public enum ExportFormat {
        JSON(".json", "JSON (configurations, metrics, per-layer breakdown)"),
        CSV(".csv", "CSV (metrics and parameters)");

        private final String extension;
        private final String description;

        ExportFormat(String extension, String description) {
            this.extension = extension;
            this.description = description;
        }

        public String extension() {
            return extension;
        }

        public String description() {
            return description;
        }

        /** The format a file's extension names, if any. */
        static Optional<ExportFormat> of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return java.util.Arrays.stream(values())
                    .filter(f -> name.endsWith(f.extension))
                    .findFirst();
        }
    }

    private final StudyDocument document;
    private final RecentFiles recent;
    private final Supplier<Evaluator> evaluators;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private final ReadOnlyDoubleWrapper exportProgress = new ReadOnlyDoubleWrapper(this, "exportProgress");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    /**
     * One read-only view, kept: the view listens to its backing list weakly, so a view made per
     * call was collected with the menu's listener on it, and the menu stopped following.
     */
    private final ObservableList<Path> recentView = FXCollections.unmodifiableObservableList(recentFiles);
    /**
     * Runs the window has held since the study was opened: on Save into a store, those of them the
     * study no longer has were deleted by the user; the store's other runs came from elsewhere.
     */
    private final Set<String> runsHeld = new HashSet<>();

    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(this, "opening");
    /** The file being read for Open, null when none is. */
    private Task<Study> reading;

    public StudyFilesViewModel(StudyDocument document, RecentFiles recent, Supplier<Evaluator> evaluators) {
        this.document = document;
        this.recent = recent;
        this.evaluators = evaluators;
        title.bind(document.titleBinding());
        document.studyProperty().addListener((o, a, now) -> {
            status.set(summary(now));
            now.runs().forEach(r -> runsHeld.add(r.id()));
        });
        document.replacementsProperty().addListener((o, a, b) -> {
            runsHeld.clear();
            document.study().runs().forEach(r -> runsHeld.add(r.id()));
        });
        status.set(summary(document.study()));
        recentFiles.setAll(recent.list());
    }

    /** "Edge-GPU co-design — default.codesign.json • — Co-Design Explorer" (• = unsaved changes). */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The status line: what the study holds (or why runs cannot start), or what the last action did. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty exportProgressProperty() {
        return exportProgress.getReadOnlyProperty();
    }

    static String summary(Study study) {
        List<String> problems = study.space().validate();
        return problems.isEmpty()
                ? study.runs().size() + " runs · "
                        + study.runs().stream()
                                .mapToLong(r -> r.points().size())
                                .sum() + " evaluated points"
                : problems.size() + " problem(s) in the spaces: runs cannot start (see the editors)";
    }

    /** Whether replacing the study would lose changes: then the view asks first. */
    public boolean hasUnsavedChanges() {
        return document.isDirty();
    }

    public String studyName() {
        return document.study().name();
    }

    /** The file the study was opened from or last saved to; null for a study never saved. */
    public Path file() {
        return document.file();
    }

    public void newStudy() {
        supersedeOpening();
        document.replace(Studies.defaultStudy().withName("Untitled study"), null);
    }

    /** Whether a study file is being read in the background (the status line says which). */
    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    /**
     * Opens a study file, JSON or store ({@code *.db}), and remembers it. The file is read in the
     * background (a million-point study takes seconds) while the window stays usable; the study
     * replaces the open one on the FX thread once read. A file that cannot be read leaves the open
     * study as it was and {@code onFailure} gets why. Another open before this one is done
     * supersedes it: this one is cancelled and its study, if read anyway, is dropped. A store stays
     * the study's file: runs write into it as they go, and Save writes the rest.
     *
     * @return the reading, done once the study is open or has failed (cancelled if superseded)
     */
    public Task<Study> open(Path file, Consumer<Problem> onFailure) {
        if (reading != null) {
            reading.cancel();
        }
        Task<Study> task = new Task<>() {
            @Override
            protected Study call() throws Exception {
                return StudyLoader.load(file);
            }
        };
        reading = task;
        opening.set(true);
        status.set("Opening " + file.getFileName() + "…");
        task.setOnSucceeded(e -> {
            if (reading == task) {
                reading = null;
                opening.set(false);
                document.replace(task.getValue(), file);
                remember(file);
            }
        });
        task.setOnFailed(e -> {
            if (reading == task) {
                reading = null;
                opening.set(false);
                status.set(summary(document.study()));
                onFailure.accept(cannotOpen(file, task.getException()));
            }
        });
        Thread t = new Thread(task, "open-study");
        t.setDaemon(true);
        t.start();
        return task;
    }

    /** New or a sample replaces the study: a file still being read must not replace it afterwards. */
    private void supersedeOpening() {
        if (reading != null) {
            reading.cancel();
            reading = null;
            opening.set(false);
        }
    }

    /** Why a file could not be opened, in the user's words; an unforeseen failure names the file too. */
    static Problem cannotOpen(Path file, Throwable e) {
        String why = e instanceof StudyFormatException || e instanceof StoreException
                ? e.getMessage()
                : file.getFileName() + ": cannot be read (" + e + ")";
        return new Problem("The study could not be opened", why + "\n\nThe study you had open is unchanged.");
    }

    public static List<String> sampleNames() {
        return Samples.names();
    }

    /** A sample's name in the menu: the file name without the study extension. */
    public static String sampleLabel(String name) {
        return name.replace(StudyFiles.EXTENSION, "");
    }

    /** Opens a bundled sample as a new, unsaved study (saving it asks for a file). */
    public Optional<Problem> openSample(String name) {
        supersedeOpening();
        try {
            document.replace(Samples.load(name), null);
            return Optional.empty();
        } catch (StudyFormatException e) {
            return Optional.of(new Problem("The sample could not be opened", e.getMessage()));
        }
    }

    /** The recent files, newest first; it changes as studies are opened and saved (the menu follows it). */
    public ObservableList<Path> recentFiles() {
        return recentView;
    }

    private void remember(Path file) {
        recent.add(file);
        recentFiles.setAll(recent.list());
    }

    /** The name Save As proposes: the current file's, or a new study file. */
    public String suggestedFileName() {
        return document.file() != null ? document.file().getFileName().toString() : "study" + StudyFiles.EXTENSION;
    }

    /**
     * A file chosen to save to, with the extension of its format: a store when the store filter
     * was selected or the name ends in ".db" ("name" → "name.codesign.db"), otherwise a JSON
     * study ("name", "name.json" or "name.codesign" → "name.codesign.json").
     */
    public static Path withStudyExtension(Path chosen, boolean store) {
        String name = chosen.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(StudyFiles.EXTENSION) || StudyLoader.isStore(chosen)) {
            return chosen;
        }
        String stem = lower.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        String bare = ".codesign";
        if (stem.toLowerCase(Locale.ROOT).endsWith(bare)) {
            stem = stem.substring(0, stem.length() - bare.length());
        }
        return chosen.resolveSibling(stem + (store ? StudyStore.EXTENSION : StudyFiles.EXTENSION));
    }

    /** {@link #withStudyExtension(Path, boolean)} for a JSON study. */
    public static Path withStudyExtension(Path chosen) {
        return withStudyExtension(chosen, false);
    }

    /**
     * Saves the study to {@code file}, which it belongs to from now on; on failure nothing changes.
     * Into the store it came from, Save adds what is new and keeps the runs other processes added
     * meanwhile, which then join the window. Into another file it writes a whole new study, JSON
     * or store by the extension. The selection saved is the one the study was opened with; the
     * window saves its own with {@link #saveTo(Path, List)}.
     */
    public Optional<Problem> saveTo(Path file) {
        return saveTo(file, document.study().selection());
    }

    /** {@link #saveTo(Path)} with the points selected in the window, which the file keeps. */
    public Optional<Problem> saveTo(Path file, List<PointRef> selected) {
        try {
            Study study = document.study().withSelection(selected);
            if (StudyLoader.isStore(file) && file.equals(document.file())) {
                List<String> others = StoreWrites.save(file, study, runsHeld);
                adopt(file, others);
            } else if (StudyLoader.isStore(file)) {
                StoreWrites.saveAs(file, study);
            } else {
                StudyFiles.save(study, file);
            }
            document.markSaved(file);
            remember(file);
            return Optional.empty();
        } catch (IOException | StudyFormatException e) {
            return Optional.of(new Problem(
                    "The study could not be saved",
                    file + ": " + e.getMessage()
                            + "\n\nNothing was lost: the study is still open, and the file on disk is unchanged."));
        }
    }

    /** Runs another process wrote into the store join the window, after its own. */
    private void adopt(Path file, List<String> others) throws StoreException, StudyFormatException {
        if (others.isEmpty()) {
            return;
        }
        List<RunRecord> runs;
        try (StudyStore store = StudyStore.open(file)) {
            runs = store.runs(others);
        }
        List<RunRecord> all = new java.util.ArrayList<>(document.study().runs());
        all.addAll(runs);
        document.update(s -> s.withRuns(all));
        status.set("Saved · " + runs.size() + " run(s) that another program added to " + file.getFileName()
                + " are now shown too");
    }

    /** Why the selection cannot be exported (nothing selected), if so. */
    public static Optional<Problem> checkExportable(List<SelectionExport.Chosen> chosen) {
        return chosen.isEmpty()
                ? Optional.of(new Problem(
                        "Nothing to export", "Select points first: brush them in the plot or pick rows in the table."))
                : Optional.empty();
    }

    public static String exportTitle(List<SelectionExport.Chosen> chosen) {
        return "Export " + chosen.size() + " selected points";
    }

    static boolean isCsv(Path file) {
        return ExportFormat.of(file).orElse(null) == ExportFormat.CSV;
    }

    /**
     * The file an export goes to: the format selected in the dialog decides, and the name gets its
     * extension ("selection" or "selection.json" with CSV selected: "selection.csv"). Without a
     * selected format the typed extension decides, JSON if there is none.
     */
    public static Path exportTarget(Path chosen, ExportFormat selected) {
        Optional<ExportFormat> typed = ExportFormat.of(chosen);
        ExportFormat format = selected != null ? selected : typed.orElse(ExportFormat.JSON);
        if (typed.isPresent() && typed.get() == format) {
            return chosen;
        }
        String name = chosen.getFileName().toString();
        String stem = typed.map(
                        t -> name.substring(0, name.length() - t.extension().length()))
                .orElse(name);
        return chosen.resolveSibling(stem + format.extension());
    }

    /**
     * Writes the selection in the background: CSV by the file's extension, otherwise JSON, which
     * re-evaluates each point for its per-layer breakdown (hence the progress).
     */
    public Task<Void> exportTo(Path file, List<SelectionExport.Chosen> chosen, Consumer<Problem> onFailure) {
        Study study = document.study();
        Evaluator evaluator = evaluators.get();
        boolean csv = isCsv(file);
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                if (csv) {
                    Files.writeString(file, SelectionExport.csv(study, chosen));
                } else {
                    Json.writeAtomically(
                            SelectionExport.json(
                                    study, chosen, evaluator, AppVersion.current(), p -> updateProgress(p, 1)),
                            file);
                }
                return null;
            }
        };
        exportProgress.bind(task.progressProperty());
        exporting.set(true);
        task.setOnSucceeded(e -> {
            exporting.set(false);
            status.set("Exported " + chosen.size() + " points to " + file);
        });
        task.setOnFailed(e -> {
            exporting.set(false);
            onFailure.accept(new Problem(
                    "The selection could not be exported",
                    file + ": " + task.getException().getMessage()));
        });
        Thread t = new Thread(task, "export");
        t.setDaemon(true);
        t.start();
        return task;
    }

    /** Why Export ▸ Timeloop… cannot run on the selection (it writes one design), if so. */
    public static Optional<Problem> checkTimeloopExportable(List<SelectionExport.Chosen> chosen) {
        return chosen.size() == 1
                ? Optional.empty()
                : Optional.of(new Problem(
                        chosen.isEmpty() ? "Nothing to export" : chosen.size() + " points are selected",
                        "Select one accelerator design: Export ▸ Timeloop… writes its architecture and the"
                                + " mapping of each of its layers."));
    }

    /** The folder name proposed for a point's Timeloop files. */
    public static String timeloopFolderName(SelectionExport.Chosen chosen) {
        return "timeloop-" + chosen.runId() + "-point-" + chosen.point().index();
    }

    /**
     * Writes the point's Timeloop inputs into {@code folder} in the background; the status line
     * names the folder, a failure (not an accelerator, a layer that cannot be mapped) is shown.
     */
    public Task<TimeloopDesignFiles.Written> exportTimeloop(
            Path folder, SelectionExport.Chosen chosen, Consumer<Problem> onFailure) {
        Study study = document.study();
        Evaluator evaluator = evaluators.get();
        Task<TimeloopDesignFiles.Written> task = new Task<>() {
            @Override
            protected TimeloopDesignFiles.Written call() throws Exception {
                return TimeloopPointExport.export(
                        study, evaluator, chosen.runId(), chosen.point().index(), folder);
            }
        };
        exportProgress.bind(task.progressProperty()); // indeterminate: the layers are mapped one by one
        exporting.set(true);
        task.setOnSucceeded(e -> {
            exporting.set(false);
            status.set("Exported point " + chosen.point().index() + " as Timeloop inputs ("
                    + task.getValue().problemFiles().size() + " layers) to the folder " + folder);
        });
        task.setOnFailed(e -> {
            exporting.set(false);
            onFailure.accept(new Problem(
                    "The design could not be exported for Timeloop",
                    task.getException().getMessage()));
        });
        Thread t = new Thread(task, "export-timeloop");
        t.setDaemon(true);
        t.start();
        return task;
    }

    /** The selection as CSV for the clipboard; the status line says what was copied. */
    public String copyText(List<SelectionExport.Chosen> chosen) {
        String csv = SelectionExport.csv(document.study(), chosen);
        status.set("Copied " + chosen.size() + " points (CSV) to the clipboard");
        return csv;
    }
}
