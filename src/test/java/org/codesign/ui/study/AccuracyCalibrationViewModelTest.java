package org.codesign.ui.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.codesign.accuracy.AccuracyModel;
import org.codesign.accuracy.UserCalibration;
import org.codesign.eval.Metric;
import org.codesign.study.MeasuredAccuracies;
import org.codesign.study.Samples;
import org.codesign.study.StudyFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Study ▸ Calibrate accuracy…'s model: the CLI's fit, in the background, stored as a study edit. */
class AccuracyCalibrationViewModelTest {
    @TempDir
    Path dir;

    private StudyDocument document;
    private AccuracyCalibrationViewModel model;
    private Path studyFile;

    @BeforeAll
    static void startJavaFx() {
        try {
            Platform.startup(() -> {});
        } catch (IllegalStateException alreadyRunning) {
            // another test of this JVM started it
        }
    }

    @BeforeEach
    void openASavedDefaultStudy() throws Exception {
        studyFile = dir.resolve("mine.codesign.json");
        StudyFiles.save(Samples.load(Samples.DEFAULT), studyFile);
        document = onFx(() -> new StudyDocument(StudyFiles.load(studyFile), studyFile));
        model = onFx(() -> new AccuracyCalibrationViewModel(document));
    }

    @Test
    void aFitRunsInTheBackgroundReportsItsProgressAndErrorsAndApplyStoresVersionOne() throws Exception {
        Path csv = dir.resolve("measured.csv");
        Files.writeString(
                csv, MeasuredAccuracies.fromScratchCsv(document.study().networkSpace()));
        List<Double> progress = new CopyOnWriteArrayList<>();
        List<Boolean> fitThreads = new CopyOnWriteArrayList<>();
        onFx(() -> {
            model.progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
            model.csvProperty().set(csv.toString());
            return null;
        });
        assertThat(onFx(model::currentModel)).contains("built-in").contains("version 0");

        Task<UserCalibration.Result> task = onFx(() -> {
            Task<UserCalibration.Result> t = model.fit();
            fitThreads.add(model.fittingProperty().get());
            return t;
        });
        awaitDone(task);

        assertEquals(List.of(true), fitThreads);
        assertThat(Platform.isFxApplicationThread()).isFalse();
        UserCalibration.Result fit = onFx(() -> model.fitProperty().get());
        int rows = org.codesign.workload.PublishedTables.ofaSubnets().size();
        assertEquals(rows, fit.points().size());
        assertThat(fit.maeBefore()).isGreaterThan(1.5);
        assertThat(fit.maeAfter()).isLessThan(0.3);
        assertThat(fit.crossValidatedMae()).isLessThan(0.4);
        assertThat(onFx(() -> model.summaryProperty().get()))
                .startsWith("mbv3-ofa, " + rows + " rows: MAE ")
                .contains(String.format(java.util.Locale.ROOT, "%.2f cross-validated", fit.crossValidatedMae()));
        // the progress went up in steps to the end: the fit, then one per left-out row
        assertThat(progress).hasSizeGreaterThanOrEqualTo(2).isSorted().last().isEqualTo(1.0);
        assertThat(onFx(() -> model.canApplyProperty().get())).isTrue();
        assertThat(onFx(() -> model.problemProperty().get())).isEmpty();

        assertEquals(1, (int) onFx(model::apply));
        Path v1 = dir.resolve("mine.accuracy-v1.json");
        assertThat(v1).exists();
        assertEquals(1, AccuracyModel.load(v1).version());
        assertEquals("mine.accuracy-v1.json", document.study().model().accuracyModel());
        assertThat(document.isDirty()).isTrue();
        // the study now scores with version 1, about 2 points below the built-in model
        var evaluator = document.study().model().evaluator(dir);
        var metrics = evaluator
                .evaluate(document.study().fixedNetwork(), document.study().fixedHardware())
                .metrics();
        assertEquals(1.0, metrics.get(Metric.ACCURACY_MODEL_VERSION));
        var builtin = org.codesign.study.ModelSettings.DEFAULTS
                .evaluator(dir)
                .evaluate(document.study().fixedNetwork(), null)
                .metrics();
        assertThat(builtin.accuracy() - metrics.accuracy()).isBetween(1.5, 2.5);
        assertThat(onFx(model::currentModel)).contains("version 1");

        onFx(() -> {
            document.undo();
            return null;
        });
        assertEquals("builtin", document.study().model().accuracyModel());
    }

    @Test
    void aBadCellIsShownByTheFieldNamingFileLineAndColumnAndNothingCanBeApplied() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, MeasuredAccuracies.withBadCell(document.study().networkSpace()));
        Task<UserCalibration.Result> task = onFx(() -> {
            model.csvProperty().set(csv.toString());
            return model.fit();
        });
        awaitDone(task);

        assertThat(onFx(() -> model.problemProperty().get()))
                .contains(csv.toString())
                .contains("line 4")
                .contains("column 1 (widthMult)");
        assertNull(onFx(() -> model.fitProperty().get()));
        assertThat(onFx(() -> model.canApplyProperty().get())).isFalse();
        assertEquals(0, (int) onFx(model::apply));
        assertEquals("builtin", document.study().model().accuracyModel());
        assertThat(dir.resolve("mine.accuracy-v1.json")).doesNotExist();

        // typing another name clears the problem; an empty field is a problem of its own
        onFx(() -> {
            model.csvProperty().set(dir.resolve("other.csv").toString());
            return null;
        });
        assertThat(onFx(() -> model.problemProperty().get())).isEmpty();
        onFx(() -> {
            model.csvProperty().set("  ");
            return model.fit();
        });
        assertThat(onFx(() -> model.problemProperty().get())).startsWith("Choose the CSV");
    }

    @Test
    void aFitIsDroppedWhenTheFieldNamesAnotherFileAndAnUnsavedStudyMustBeSavedFirst() throws Exception {
        Path csv = dir.resolve("measured.csv");
        Files.writeString(
                csv, MeasuredAccuracies.fromScratchCsv(document.study().networkSpace()));
        awaitDone(onFx(() -> {
            model.csvProperty().set(csv.toString());
            return model.fit();
        }));
        assertThat(onFx(() -> model.fitProperty().get())).isNotNull();
        onFx(() -> {
            model.csvProperty().set(dir.resolve("another.csv").toString());
            return null;
        });
        assertNull(onFx(() -> model.fitProperty().get()));
        assertThat(onFx(() -> model.summaryProperty().get())).isEmpty();

        StudyDocument unsaved = onFx(() -> new StudyDocument(Samples.load(Samples.DEFAULT), null));
        AccuracyCalibrationViewModel fresh = onFx(() -> new AccuracyCalibrationViewModel(unsaved));
        awaitDone(onFx(() -> {
            fresh.csvProperty().set(csv.toString());
            return fresh.fit();
        }));
        assertEquals(0, (int) onFx(fresh::apply));
        assertThat(onFx(() -> fresh.problemProperty().get())).startsWith("Save the study first");
        assertEquals("builtin", unsaved.study().model().accuracyModel());
    }

    /** Waits for {@code task} to end and for its handlers (which run on the FX thread) to have run. */
    private static void awaitDone(Task<?> task) throws Exception {
        long until = System.nanoTime() + 60_000_000_000L;
        while (!task.isDone()) {
            assertThat(System.nanoTime()).as("the fit within 60 s").isLessThan(until);
            Thread.sleep(10);
        }
        onFx(() -> null); // the handlers were queued on the FX thread before this
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> f = new FutureTask<>(work);
        Platform.runLater(f);
        return f.get(60, TimeUnit.SECONDS);
    }
}
