package org.codesign.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.Constraint;
import org.codesign.eval.Metric;
import org.codesign.space.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyRoundTripTest {

    static Study studyWithRun() {
        Study base = Studies.defaultStudy();
        int genes = base.space().genomeLength();
        int[] genome = new int[genes];
        genome[1] = 6;
        EvaluatedPoint feasible = new EvaluatedPoint(
                0,
                0,
                genome,
                Map.of(
                        Metric.ACCURACY,
                        76.123456789,
                        Metric.LATENCY,
                        12.5,
                        Metric.POWER,
                        18.25,
                        Metric.MACS,
                        230_000_000.0),
                0.0,
                null);
        EvaluatedPoint infeasible = new EvaluatedPoint(
                1,
                1,
                new int[genes],
                Map.of(),
                0.25,
                "global buffer of 1 KiB cannot hold one input row of layer 'stem'");
        RunRecord run = new RunRecord(
                "run-1",
                "NSGA-II seed 7",
                "nsga2",
                CodesignMode.JOINT,
                7,
                2,
                1000,
                Map.of("population", 40L, "crossoverRate", 0.9, "crossover", "uniform", "eliminateDuplicates", true),
                RunRecord.Status.PAUSED,
                "2026-11-23T05:00:00Z",
                1234,
                List.of(new double[] {40, 0.125}),
                List.of(feasible, infeasible));
        return base.withRuns(List.of(run))
                .withObjectives(
                        base.objectives(),
                        List.of(Constraint.atMost(Metric.LATENCY, 30), new Constraint(Metric.ACCURACY, 70, 90)));
    }

    @Test
    void roundTripsExactly(@TempDir Path dir) throws Exception {
        Study study = studyWithRun();
        Path file = dir.resolve("s.codesign.json");
        StudyFiles.save(study, file);
        Study back = StudyFiles.load(file);
        assertEquals(study, back);
        // Writing the read study again gives the same bytes.
        Path again = dir.resolve("again.codesign.json");
        StudyFiles.save(back, again);
        assertEquals(Files.readString(file), Files.readString(again));
    }

    @Test
    void invalidValueListsAreKeptForValidationToExplain(@TempDir Path dir) throws Exception {
        Study base = Studies.defaultStudy();
        Study edited = base.withSpaces(
                base.networkSpace().withParameter(new Parameter("stage2.depth", List.of())), base.hardwareSpace());
        Path file = dir.resolve("edited.codesign.json");
        StudyFiles.save(edited, file);
        Study back = StudyFiles.load(file);
        assertEquals(edited, back);
        assertThat(back.space().validate())
                .containsExactly("network space: stage2.depth: the value list is empty; give at least one value");
    }

    @Test
    void valuesOfTheWrongKindLoadAndAreExplainedByValidation() throws Exception {
        String json = StudyFiles.toJson(Studies.defaultStudy())
                .replace("\"resolution\" : [ 128,", "\"resolution\" : [ \"big\", 12.5,");
        Study back = StudyFiles.parse("typed.codesign.json", json);
        assertThat(back.networkSpace().validate())
                .containsExactly("resolution: 'big' is not a whole number", "resolution: '12.5' is not a whole number");
        assertEquals(back, StudyFiles.parse("again.codesign.json", StudyFiles.toJson(back)));
    }

    @Test
    void saveIsAtomicAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.codesign.json");
        StudyFiles.save(Studies.defaultStudy(), file);
        String first = Files.readString(file);
        StudyFiles.save(studyWithRun(), file);
        assertThat(Files.readString(file)).isNotEqualTo(first);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("s.codesign.json");
        }
    }

    @Test
    void savingThroughASymbolicLinkUpdatesItsTargetAndKeepsTheLink(@TempDir Path dir) throws Exception {
        Path real = Files.createDirectories(dir.resolve("real")).resolve("s.codesign.json");
        StudyFiles.save(Studies.defaultStudy(), real);
        Path link = Files.createSymbolicLink(dir.resolve("link.codesign.json"), Path.of("real", "s.codesign.json"));
        Path chain = Files.createSymbolicLink(dir.resolve("chain.codesign.json"), link.getFileName());

        StudyFiles.save(studyWithRun(), chain);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.isSymbolicLink(chain)).isTrue();
        assertEquals(studyWithRun(), StudyFiles.load(real));
        try (var files = Files.list(real.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("s.codesign.json");
        }
    }

    @Test
    void failedSaveKeepsTheOldFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.codesign.json");
        StudyFiles.save(Studies.defaultStudy(), file);
        String before = Files.readString(file);
        // The target is a non-empty directory now: the rename must fail and the old content survive elsewhere.
        Path blocked = dir.resolve("blocked.codesign.json");
        Files.createDirectories(blocked.resolve("child"));
        assertThrows(IOException.class, () -> StudyFiles.save(studyWithRun(), blocked));
        assertEquals(before, Files.readString(file));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder("s.codesign.json", "blocked.codesign.json");
        }
    }

    @Test
    void everySampleIsIndexedBundledAndReadable() throws Exception {
        try (var files = Files.list(Path.of("samples"))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(StudyFiles.EXTENSION))
                    .sorted()
                    .toList();
            assertThat(Samples.names()).containsExactlyInAnyOrderElementsOf(onDisk);
        }
        for (String name : Samples.names()) {
            assertEquals(StudyFiles.load(Path.of("samples", name)), Samples.load(name), name);
        }
    }

    @Test
    void bundledDefaultSampleIsTheDefaultStudy() throws Exception {
        assertEquals(Studies.defaultStudy(), StudyFiles.load(Path.of("samples/default.codesign.json")));
    }
}
