package org.codesign.ui.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.StandardModels;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.RunSpec;
import org.codesign.space.Parameter;
import org.codesign.space.ValueLists;
import org.codesign.study.PointRef;
import org.codesign.study.RunRecord;
import org.codesign.study.Samples;
import org.codesign.study.SelectionExport;
import org.codesign.study.Studies;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.codesign.study.store.RunAppender;
import org.codesign.study.store.StudyLoader;
import org.codesign.study.store.StudyStore;
import org.codesign.ui.study.StudyDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The File menu's logic without a window: title, unsaved changes, open, save, samples, export. */
class StudyFilesViewModelTest {
    @TempDir
    Path dir;

    private StudyDocument document;
    private StudyFilesViewModel model;

    @BeforeAll
    static void startJavaFx() {
        try {
            Platform.startup(() -> {});
        } catch (IllegalStateException alreadyRunning) {
            // another test of this JVM started it
        }
    }

    /**
     * File ▸ Open as the window does it: on the FX thread, the file read in the background; waits
     * until the study is open or the problem is known.
     */
    private Optional<StudyFilesViewModel.Problem> open(Path file) throws Exception {
        List<StudyFilesViewModel.Problem> problems = new CopyOnWriteArrayList<>();
        Task<Study> task = onFx(() -> model.open(file, problems::add));
        awaitDone(task);
        return problems.stream().findFirst();
    }

    /** Waits for {@code task} to end and for its handlers (which run on the FX thread) to have run. */
    private static void awaitDone(Task<?> task) throws Exception {
        long until = System.nanoTime() + 60_000_000_000L;
        while (!task.isDone()) {
            assertThat(System.nanoTime()).as("the study file read within 60 s").isLessThan(until);
            Thread.sleep(10);
        }
        onFx(() -> null); // the handlers were queued on the FX thread before this
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> f = new FutureTask<>(work);
        Platform.runLater(f);
        return f.get(60, TimeUnit.SECONDS);
    }

    @BeforeEach
    void openTheDefaultStudy() throws Exception {
        document = new StudyDocument(Samples.load(Samples.DEFAULT), null);
        RecentFiles recent = new RecentFiles(Preferences.userRoot().node("codesign-test-" + System.nanoTime()));
        model = new StudyFilesViewModel(document, recent, () -> StandardModels.evaluator("builtin", "edp"));
    }

    @Test
    void theTitleShowsTheFileAndUnsavedChanges() {
        String name = document.study().name();
        assertEquals(
                name + " — not saved — Co-Design Explorer",
                model.titleProperty().get());
        document.edit(s -> s.withName("Mine"));
        assertEquals(
                "Mine — not saved • — Co-Design Explorer", model.titleProperty().get());
        assertThat(model.hasUnsavedChanges()).isTrue();

        Path file = dir.resolve("mine.codesign.json");
        assertThat(model.saveTo(file)).isEmpty();
        assertEquals(
                "Mine — mine.codesign.json — Co-Design Explorer",
                model.titleProperty().get());
        assertThat(model.hasUnsavedChanges()).isFalse();
        assertEquals(file, model.file());
        assertEquals("mine.codesign.json", model.suggestedFileName());
    }

    @Test
    void openingAnotherStudyResetsHistoryDirtinessAndFile() throws Exception {
        Path file = dir.resolve("saved.codesign.json");
        StudyFiles.save(Studies.defaultStudy().withName("On disk"), file);
        document.edit(s -> s.withName("Edited"));
        long replacements = document.replacementsProperty().get();
        assertThat(document.canUndoProperty().get()).isTrue();

        assertThat(open(file)).isEmpty();

        assertEquals("On disk", model.studyName());
        assertEquals(file, model.file());
        assertThat(model.hasUnsavedChanges()).isFalse();
        assertThat(document.canUndoProperty().get())
                .as("undo does not reach into another study")
                .isFalse();
        assertEquals(replacements + 1, document.replacementsProperty().get());
        assertEquals(List.of(file.toAbsolutePath().normalize()), model.recentFiles());
    }

    @Test
    void aStoreIsTheStudysFileAndSaveKeepsWhatAnotherProgramAdded() throws Exception {
        Path json = Path.of("samples/classroom-small.codesign.json");
        Path db = dir.resolve("classroom.codesign.db");
        StudyStore.create(db, StudyFiles.load(json)).close();

        assertThat(open(db)).isEmpty();

        assertEquals(StudyFiles.load(json), document.study());
        assertEquals(db, model.file());
        assertEquals("classroom.codesign.db", model.suggestedFileName());
        assertEquals(List.of(db.toAbsolutePath().normalize()), model.recentFiles());

        // meanwhile a CLI run adds a run to the store; in the window the user renames the study
        String cliRun;
        try (StudyStore store = StudyStore.open(db);
                RunAppender cli = store.beginRun(
                        "cli", RunSpec.of(Algorithm.RANDOM, CodesignMode.JOINT, 10, 1), "2026-12-06T00:00:00Z")) {
            cli.finish(
                    RunRecord.Status.FINISHED,
                    1,
                    List.of(),
                    document.study().runs().get(0).points().subList(0, 10));
            cliRun = cli.id();
        }
        document.edit(s -> s.withName("Classroom, renamed"));

        assertThat(model.saveTo(db)).isEmpty();

        Study stored = StudyLoader.load(db);
        assertEquals("Classroom, renamed", stored.name());
        assertThat(stored.runs()).extracting(RunRecord::id).containsExactly("run-1", cliRun);
        assertEquals(stored, document.study(), "the other program's run joins the window");
        assertThat(model.hasUnsavedChanges()).isFalse();
        assertThat(model.statusProperty().get()).contains("another program");

        // a run the user deletes leaves the store at the next Save
        document.edit(s -> s.withRuns(List.of(s.runs().get(1))));
        assertThat(model.saveTo(db)).isEmpty();
        assertThat(StudyLoader.load(db).runs()).extracting(RunRecord::id).containsExactly(cliRun);
    }

    @Test
    void saveAsWritesAStoreOrJsonByTheChosenFormat() throws Exception {
        assertEquals(
                dir.resolve("mine.codesign.db"), StudyFilesViewModel.withStudyExtension(dir.resolve("mine"), true));
        assertEquals(
                dir.resolve("mine.codesign.json"),
                StudyFilesViewModel.withStudyExtension(dir.resolve("mine.json"), false));
        assertEquals(dir.resolve("x.db"), StudyFilesViewModel.withStudyExtension(dir.resolve("x.db"), false));

        Path db = dir.resolve("mine.codesign.db");
        assertThat(model.saveTo(db)).isEmpty();
        assertEquals(document.study(), StudyLoader.load(db));
        assertEquals(db, model.file());

        Path back = dir.resolve("back.codesign.json");
        assertThat(model.saveTo(back)).isEmpty();
        assertEquals(
                StudyFiles.toJson(StudyLoader.load(db)).strip(),
                Files.readString(back).strip());
    }

    @Test
    void aFileNamedLikeAStoreThatIsNotOneIsExplained() throws Exception {
        Path db = Files.writeString(dir.resolve("broken.codesign.db"), "{}");
        Study before = document.study();
        var problem = open(db);
        assertThat(problem)
                .hasValueSatisfying(p -> assertThat(p.message())
                        .startsWith("broken.codesign.db: not a study store")
                        .contains("unchanged"));
        assertEquals(before, document.study());
    }

    @Test
    void aBrokenFileIsExplainedAndTheOpenStudyKept() throws Exception {
        document.edit(s -> s.withName("Unsaved work"));
        Study before = document.study();
        Path bad = dir.resolve("broken.codesign.json");
        Files.writeString(bad, "{\"formatVersion\": 1, \"name\": ");

        var problem = open(bad).orElseThrow();

        assertEquals("The study could not be opened", problem.header());
        assertThat(problem.message())
                .contains("broken.codesign.json: /: malformed JSON")
                .endsWith("is unchanged.");
        assertEquals(before, document.study());
        assertThat(model.hasUnsavedChanges()).isTrue();
        assertThat(model.recentFiles()).isEmpty();
    }

    @Test
    void aFailedSaveKeepsTheStudyUnsaved() throws Exception {
        document.edit(s -> s.withName("Unsaved work"));
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");

        var problem = model.saveTo(notADirectory.resolve("study.codesign.json")).orElseThrow();

        assertEquals("The study could not be saved", problem.header());
        assertThat(problem.message()).contains("Nothing was lost");
        assertThat(model.hasUnsavedChanges()).isTrue();
        assertThat(model.file()).isNull();
        assertThat(model.recentFiles()).isEmpty();
    }

    @Test
    void newStudyAndSamplesAreUnsavedStudiesWithoutAFile() {
        document.edit(s -> s.withName("Edited"));
        model.newStudy();
        assertEquals("Untitled study", model.studyName());
        assertThat(model.file()).isNull();
        assertThat(model.hasUnsavedChanges()).isFalse();
        assertEquals("study.codesign.json", model.suggestedFileName());

        assertThat(model.openSample("classroom-small.codesign.json")).isEmpty();
        assertThat(model.file()).isNull();
        assertThat(document.study().runs()).isNotEmpty();
        assertThat(model.openSample("no-such.codesign.json").orElseThrow().message())
                .contains("no such sample");
    }

    @Test
    void samplesAreListedByTheirShortName() {
        assertEquals(Samples.DEFAULT, StudyFilesViewModel.sampleNames().get(0));
        assertEquals("default", StudyFilesViewModel.sampleLabel(Samples.DEFAULT));
    }

    @Test
    void saveAsAlwaysWritesTheExtensionTheOpenDialogShows() {
        assertEquals(dir.resolve("mine.codesign.json"), StudyFilesViewModel.withStudyExtension(dir.resolve("mine")));
        assertEquals(
                dir.resolve("mine.codesign.json"), StudyFilesViewModel.withStudyExtension(dir.resolve("mine.json")));
        assertEquals(
                dir.resolve("mine.codesign.json"),
                StudyFilesViewModel.withStudyExtension(dir.resolve("mine.codesign")));
        assertEquals(
                dir.resolve("a.codesign.json"), StudyFilesViewModel.withStudyExtension(dir.resolve("a.codesign.json")));
        assertEquals(
                dir.resolve("B.CODESIGN.JSON"), StudyFilesViewModel.withStudyExtension(dir.resolve("B.CODESIGN.JSON")));
    }

    @Test
    void theSelectedExportFormatDecidesTheFileAndItsExtension() {
        var csv = StudyFilesViewModel.ExportFormat.CSV;
        var json = StudyFilesViewModel.ExportFormat.JSON;
        assertEquals(dir.resolve("sel.csv"), StudyFilesViewModel.exportTarget(dir.resolve("sel"), csv));
        assertEquals(dir.resolve("sel.csv"), StudyFilesViewModel.exportTarget(dir.resolve("sel.json"), csv));
        assertEquals(dir.resolve("sel.CSV"), StudyFilesViewModel.exportTarget(dir.resolve("sel.CSV"), csv));
        assertEquals(dir.resolve("sel.json"), StudyFilesViewModel.exportTarget(dir.resolve("sel.csv"), json));
        assertEquals(dir.resolve("a.b.json"), StudyFilesViewModel.exportTarget(dir.resolve("a.b"), json));
        // no format reported by the dialog: the typed extension decides, JSON without one
        assertEquals(dir.resolve("sel.csv"), StudyFilesViewModel.exportTarget(dir.resolve("sel.csv"), null));
        assertEquals(dir.resolve("sel.json"), StudyFilesViewModel.exportTarget(dir.resolve("sel"), null));
    }

    @Test
    void undoingBackToTheSavedStudyLeavesNothingToSave() {
        document.edit(s -> s.withName("Edited"));
        assertThat(model.hasUnsavedChanges()).isTrue();
        document.undo();
        assertThat(model.hasUnsavedChanges()).as("back at the study as opened").isFalse();
        document.redo();
        assertThat(model.hasUnsavedChanges()).isTrue();
        assertThat(model.saveTo(dir.resolve("edited.codesign.json"))).isEmpty();
        document.undo();
        assertThat(model.hasUnsavedChanges())
                .as("the saved study is the edited one")
                .isTrue();
        document.redo();
        assertThat(model.hasUnsavedChanges()).isFalse();
    }

    @Test
    void theRecentFilesListChangesAsStudiesAreSavedAndOpened() throws Exception {
        var recent = model.recentFiles();
        assertThat(recent).isEmpty();
        // the same list every time: a read-only view made per call listens to the list weakly and,
        // once collected, took the menu's listener with it
        assertThat(model.recentFiles()).isSameAs(recent);
        Path first = dir.resolve("first.codesign.json");
        assertThat(model.saveTo(first)).isEmpty();
        assertThat(recent).containsExactly(first.toAbsolutePath().normalize());
        Path second = dir.resolve("second.codesign.json");
        StudyFiles.save(Studies.defaultStudy(), second);
        assertThat(open(second)).isEmpty();
        assertThat(recent)
                .as("the same list object, updated: the menu listens to it")
                .containsExactly(
                        second.toAbsolutePath().normalize(),
                        first.toAbsolutePath().normalize());
    }

    @Test
    void theStatusSummarizesTheStudyOrSaysWhyRunsCannotStart() throws Exception {
        document.replace(Samples.load("classroom-small.codesign.json"), null);
        List<RunRecord> runs = document.study().runs();
        long points = runs.stream().mapToLong(r -> r.points().size()).sum();
        assertEquals(
                runs.size() + " runs · " + points + " evaluated points",
                model.statusProperty().get());

        document.edit(s -> s.withSpaces(
                s.networkSpace().withParameter(new Parameter("resolution", ValueLists.ints(128, 128))),
                s.hardwareSpace()));
        assertThat(model.statusProperty().get()).startsWith("1 problem(s) in the spaces: runs cannot start");
    }

    @Test
    void exportNeedsASelectionAndCopyReportsWhatItCopied() throws Exception {
        assertEquals(
                "Nothing to export",
                StudyFilesViewModel.checkExportable(List.of()).orElseThrow().header());
        document.replace(Samples.load("classroom-small.codesign.json"), null);
        RunRecord run = document.study().runs().get(0);
        List<SelectionExport.Chosen> two = List.of(
                new SelectionExport.Chosen(run.id(), run.points().get(0)),
                new SelectionExport.Chosen(run.id(), run.points().get(1)));
        assertThat(StudyFilesViewModel.checkExportable(two)).isEmpty();
        assertEquals("Export 2 selected points", StudyFilesViewModel.exportTitle(two));
        assertThat(StudyFilesViewModel.isCsv(dir.resolve("points.CSV"))).isTrue();
        assertThat(StudyFilesViewModel.isCsv(dir.resolve("points.json"))).isFalse();

        String csv = model.copyText(two);
        assertEquals(3, csv.strip().split("\n").length, "a header and one line per point");
        assertEquals(
                "Copied 2 points (CSV) to the clipboard", model.statusProperty().get());
    }

    @Test
    void aSecondOpenSupersedesOneStillReading() throws Exception {
        Path first = dir.resolve("first.codesign.json");
        StudyFiles.save(Studies.defaultStudy().withName("First"), first);
        Path second = dir.resolve("second.codesign.json");
        StudyFiles.save(Studies.defaultStudy().withName("Second"), second);
        List<StudyFilesViewModel.Problem> problems = new CopyOnWriteArrayList<>();

        // both asked for before either is read: the user chose Open twice in a row
        List<Task<Study>> tasks = onFx(() -> {
            Task<Study> a = model.open(first, problems::add);
            assertThat(model.openingProperty().get()).isTrue();
            assertThat(model.statusProperty().get()).isEqualTo("Opening first.codesign.json…");
            return List.of(a, model.open(second, problems::add));
        });
        awaitDone(tasks.get(1));
        awaitDone(tasks.get(0));

        // The first read is cancelled, or, if it finished before the second Open, its study is
        // dropped: either way only the second file replaces the document (asserted below).
        // Task.getState must be read on the FX thread
        Worker.State firstState = onFx(() -> tasks.get(0).getState());
        assertThat(firstState == Worker.State.CANCELLED || firstState == Worker.State.SUCCEEDED)
                .as("the first open ended without a failure")
                .isTrue();
        assertEquals("Second", model.studyName());
        assertEquals(second, model.file());
        assertThat(model.openingProperty().get()).isFalse();
        assertThat(problems).isEmpty();
        assertThat(model.recentFiles()).containsExactly(second.toAbsolutePath().normalize());
        assertEquals(1, document.replacementsProperty().get(), "one replacement, by the second file");
    }

    @Test
    void saveKeepsTheSelectionInJsonAndInAStore() throws Exception {
        document.replace(Samples.load("classroom-small.codesign.json"), null);
        String run = document.study().runs().get(0).id();
        List<PointRef> chosen = List.of(new PointRef(run, 7), new PointRef(run, 3), new PointRef(run, 100));

        Path json = dir.resolve("chosen.codesign.json");
        assertThat(model.saveTo(json, chosen)).isEmpty();
        assertThat(Files.readString(json)).contains("\"selection\" : {\n    \"" + run + "\" : [ 7, 3, 100 ]");
        assertEquals(chosen, StudyFiles.load(json).selection());

        Path db = dir.resolve("chosen.codesign.db");
        assertThat(model.saveTo(db, chosen)).isEmpty();
        assertEquals(chosen, StudyLoader.load(db).selection());
        // Save again into the same store with another selection: it replaces the first
        assertThat(model.saveTo(db, List.of(new PointRef(run, 1)))).isEmpty();
        assertEquals(List.of(new PointRef(run, 1)), StudyLoader.load(db).selection());

        // and what was opened comes back with its selection
        assertThat(open(json)).isEmpty();
        assertEquals(chosen, document.study().selection());
    }

    @Test
    void timeloopExportTakesExactlyOnePointAndProposesAFolderNamedAfterIt() {
        var point = new org.codesign.study.EvaluatedPoint(7, 0, new int[] {0}, java.util.Map.of(), 0, null);
        var one = List.of(new SelectionExport.Chosen("run-2", point));
        assertThat(StudyFilesViewModel.checkTimeloopExportable(one)).isEmpty();
        assertThat(StudyFilesViewModel.timeloopFolderName(one.get(0))).isEqualTo("timeloop-run-2-point-7");
        assertThat(StudyFilesViewModel.checkTimeloopExportable(List.of()))
                .hasValueSatisfying(p -> assertThat(p.header()).isEqualTo("Nothing to export"));
        assertThat(StudyFilesViewModel.checkTimeloopExportable(List.of(one.get(0), one.get(0))))
                .hasValueSatisfying(p -> {
                    assertThat(p.header()).isEqualTo("2 points are selected");
                    assertThat(p.message()).contains("Select one accelerator design");
                });
    }
}
