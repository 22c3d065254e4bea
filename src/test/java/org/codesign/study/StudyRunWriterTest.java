package org.codesign.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.StandardModels;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.CodesignCheckpoint;
import org.codesign.search.codesign.CodesignRun;
import org.codesign.search.codesign.RunSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving one run into a study file (the rest as last saved) and its checkpoint beside it. */
class StudyRunWriterTest {
    @TempDir
    Path dir;

    private static RunRecord run(String id, Study study, int points) {
        RunRecord full = study.runs().get(0);
        return StudyRuns.record(id, "app run", RunSpec.of(Algorithm.RANDOM, CodesignMode.JOINT, 100, 3), "now")
                .withPoints(full.points().subList(0, points), RunRecord.Status.RUNNING, 10, List.of());
    }

    @Test
    void theRunIsAddedThenReplacedAndTheFileKeepsItsOwnDefinitionAndRuns() throws Exception {
        Study saved = Samples.load("classroom-small.codesign.json");
        Path file = dir.resolve("s.codesign.json");
        StudyFiles.save(saved, file);
        StudyRunWriter writer = new StudyRunWriter(file);

        writer.write(saved, run("run-9", saved, 5));
        writer.write(saved, run("run-9", saved, 8));

        Study disk = StudyFiles.load(file);
        assertEquals(saved.runs().size() + 1, disk.runs().size(), "added once, then replaced");
        assertEquals(run("run-9", saved, 8), disk.runs().get(disk.runs().size() - 1));
        assertEquals(saved.withRuns(List.of()), disk.withRuns(List.of()));
    }

    @Test
    void anotherWriterOfTheFileIsNotOverwritten() throws Exception {
        Study saved = Samples.load("classroom-small.codesign.json");
        Path file = dir.resolve("s.codesign.json");
        StudyFiles.save(saved, file);
        StudyRunWriter writer = new StudyRunWriter(file);
        writer.write(saved, run("run-9", saved, 5));
        // e.g. codesign run --save appending a run meanwhile
        StudyFiles.save(StudyFiles.load(file).withRun(run("run-10", saved, 3).withName("from the CLI")), file);

        writer.write(saved, run("run-9", saved, 6));

        assertThat(StudyFiles.load(file).runs()).extracting(RunRecord::id).contains("run-9", "run-10");
    }

    @Test
    void aRunStartedOnAnotherDefinitionTakesItIntoTheFile() throws Exception {
        Study saved = Samples.load("classroom-small.codesign.json");
        Path file = dir.resolve("s.codesign.json");
        StudyFiles.save(saved, file);
        Study edited = saved.withName("edited before the run started");

        new StudyRunWriter(file).write(edited, run("run-9", saved, 5));

        Study disk = StudyFiles.load(file);
        assertEquals("edited before the run started", disk.name());
        assertEquals(saved.runs().size() + 1, disk.runs().size(), "the file's runs stay");
    }

    @Test
    void aCheckpointReadsBackWithItsPointsAndHistory() throws Exception {
        Study study = Samples.load("classroom-small.codesign.json").withFixed(null, null);
        CodesignRun run = StudyRuns.newRun(
                study,
                RunSpec.of(Algorithm.NSGA2, CodesignMode.JOINT, 400, 2),
                StandardModels.evaluator("builtin", "edp"));
        AtomicReference<CodesignCheckpoint> last = new AtomicReference<>();
        run.addCheckpointListener(last::set);
        run.runToEnd();
        Path file = dir.resolve("s.codesign.json");
        List<double[]> history = new ArrayList<>(List.of(new double[] {40, 0.5}, new double[] {1e9, 0.9}));

        RunCheckpoints.write(file, "run-1", new RunCheckpoints.Saved(last.get(), history));
        RunCheckpoints.Saved back = RunCheckpoints.read(file, "run-1").orElseThrow();

        assertThat(RunCheckpoints.exists(file, "run-1")).isTrue();
        assertEquals(StudyRuns.points(run.evaluatedPoints()), RunCheckpoints.points(back.checkpoint(), run.problem()));
        assertThat(back.hypervolume())
                .as("entries past the checkpoint are left out")
                .hasSize(1);
        RunCheckpoints.delete(file, "run-1");
        assertThat(RunCheckpoints.read(file, "run-1")).isEmpty();
        run.close();
    }
}
