package org.codesign.ui.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.codesign.accuracy.UserCalibration;
import org.codesign.study.Study;
import org.codesign.study.store.AccuracyCalibrations;

/**
 * Study ▸ Calibrate accuracy…: the same fit as {@code codesign calibrate}, from the window. The
 * user names a measured CSV; the fit runs off the FX thread with its progress; its errors and
 * the predicted-vs-measured points are shown; Apply stores the model as the study's next version
 * ({@code STEM.accuracy-vN.json} next to the study file, as the CLI does) and points the study at
 * it, an edit that Save keeps and Undo takes back. Points already scored keep the version that
 * scored them; every point scored from then on records the new one.
 */
public final class AccuracyCalibrationViewModel {
    private final StudyDocument document;
    private final StringProperty csv = new SimpleStringProperty(this, "csv", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper fitting = new ReadOnlyBooleanWrapper(this, "fitting");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyObjectWrapper<UserCalibration.Result> fit = new ReadOnlyObjectWrapper<>(this, "fit");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ObjectProperty<Path> fittedFile = new SimpleObjectProperty<>(this, "fittedFile");
    private final BooleanBinding canApply;
    private Task<UserCalibration.Result> running;

    public AccuracyCalibrationViewModel(StudyDocument document) {
        this.document = document;
        // a fit belongs to the file it read: editing the field drops it
        csv.addListener((o, a, b) -> {
            problem.set("");
            if (fittedFile.get() != null && !fittedFile.get().equals(path(b))) {
                clearFit();
            }
        });
        canApply = Bindings.createBooleanBinding(() -> fit.get() != null && !fitting.get(), fit, fitting);
    }

    /** The measured CSV's path as typed or chosen. */
    public StringProperty csvProperty() {
        return csv;
    }

    /** What is wrong with the CSV or the fit (shown next to the field); empty when nothing is. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty fittingProperty() {
        return fitting.getReadOnlyProperty();
    }

    /** The fraction of the fits done (the fit itself, then one per left-out row). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The last fit, null before one or after the CSV changed. */
    public ReadOnlyObjectProperty<UserCalibration.Result> fitProperty() {
        return fit.getReadOnlyProperty();
    }

    /** The fit's errors in a sentence. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public BooleanBinding canApplyProperty() {
        return canApply;
    }

    /** Which model scores the open study's points now, for the dialog's header. */
    public String currentModel() {
        int version = AccuracyCalibrations.currentVersion(document.study(), studyFile());
        return version == 0
                ? "The study uses the built-in accuracy model (version 0)."
                : "The study uses its accuracy model version " + version + " ("
                        + document.study().model().accuracyModel() + ").";
    }

    /**
     * Fits the study's model to the CSV in the background; a bad CSV ends in {@link #problemProperty}.
     *
     * @return the fit's task (already started), or null when the field is empty or a fit is running
     */
    public Task<UserCalibration.Result> fit() {
        Path file = path(csv.get());
        if (file == null) {
            problem.set("Choose the CSV of measured accuracies: a column per network parameter and top1.");
            return null;
        }
        if (running != null) {
            return null;
        }
        Study study = document.study();
        Path studyFile = studyFile();
        Task<UserCalibration.Result> task = new Task<>() {
            @Override
            protected UserCalibration.Result call() {
                return AccuracyCalibrations.fit(study, studyFile, file, done -> updateProgress(done, 1));
            }
        };
        running = task;
        clearFit();
        problem.set("");
        fitting.set(true);
        progress.bind(task.progressProperty());
        task.setOnSucceeded(e -> {
            finish();
            fit.set(task.getValue());
            fittedFile.set(file);
            summary.set(describe(task.getValue()));
        });
        task.setOnFailed(e -> {
            finish();
            Throwable why = task.getException();
            problem.set(
                    why instanceof IllegalArgumentException
                            ? why.getMessage()
                            : file + ": the fit failed (" + why + ")");
        });
        Thread t = new Thread(task, "calibrate-accuracy");
        t.setDaemon(true);
        t.start();
        return task;
    }

    /**
     * Stores the fit as the study's next model version and points the study at it (an edit).
     *
     * @return the version stored, or 0 when nothing was (the problem says why)
     */
    public int apply() {
        UserCalibration.Result result = fit.get();
        if (result == null || fitting.get()) {
            return 0;
        }
        if (document.file() == null) {
            problem.set("Save the study first: its accuracy models are stored next to its file.");
            return 0;
        }
        try {
            AccuracyCalibrations.Version stored = AccuracyCalibrations.store(
                    document.study(),
                    document.file(),
                    fittedFile.get().getFileName().toString(),
                    result);
            document.edit(s -> s.withModel(stored.study().model()));
            return stored.number();
        } catch (IOException e) {
            problem.set("The model could not be written next to the study: " + e.getMessage());
            return 0;
        }
    }

    private void finish() {
        progress.unbind();
        fitting.set(false);
        running = null;
    }

    private void clearFit() {
        fit.set(null);
        fittedFile.set(null);
        summary.set("");
        if (!progress.isBound()) {
            progress.set(0);
        }
    }

    /** Where the study lives: its models' folder (the working folder while unsaved, as the evaluator reads them). */
    private Path studyFile() {
        return document.file() == null ? Path.of("unsaved.codesign.json") : document.file();
    }

    private static Path path(String text) {
        return text == null || text.isBlank() ? null : Path.of(text.trim());
    }

    static String describe(UserCalibration.Result r) {
        return String.format(
                Locale.ROOT,
                "%s, %d rows: MAE %.2f pt before, %.2f fitted, %.2f cross-validated (leave-one-out).",
                r.family().key(),
                r.points().size(),
                r.maeBefore(),
                r.maeAfter(),
                r.crossValidatedMae());
    }
}
