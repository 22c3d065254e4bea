package org.codesign.search.codesign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.codesign.eval.CodesignMode;
import org.codesign.search.CrossoverKind;
import org.codesign.study.RunRecord;
import org.codesign.study.Studies;
import org.codesign.study.Study;
import org.codesign.study.StudyFiles;
import org.codesign.study.StudyRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RunSpecTest {

    @Test
    void defaultsAreTheProductsDefaults() {
        RunSpec d = RunSpec.DEFAULTS;
        assertEquals(
                new RunSpec(Algorithm.NSGA2, CodesignMode.JOINT, 2000, 1, 0, 40, CrossoverKind.TWO_POINT, 0.9, 0.0, 8),
                d);
        // The constants the CLI's annotations quote are the same values.
        assertEquals(RunSpec.DEFAULT_ALGORITHM, d.algorithm().label());
        assertEquals(RunSpec.DEFAULT_MODE, d.mode().label());
        assertEquals(RunSpec.DEFAULT_CROSSOVER, RunSpec.crossoverLabel(d.crossover()));
        RunSpec local = RunSpec.of(Algorithm.LOCAL, CodesignMode.HARDWARE_ONLY, 300, 7);
        assertEquals(
                d.withAlgorithm(Algorithm.LOCAL)
                        .withMode(CodesignMode.HARDWARE_ONLY)
                        .withBudget(300)
                        .withSeed(7),
                local);
        assertEquals(8, local.starts());
    }

    @Test
    void invalidValuesNameTheirField() {
        RunSpec d = RunSpec.DEFAULTS;
        assertMessage("evaluations: must be at least 1, got 0", () -> d.withBudget(0));
        assertMessage("threads: must be 0 (all cores) or more, got -1", () -> d.withThreads(-1));
        assertMessage("population: must be at least 4, got 3", () -> d.withPopulation(3));
        assertMessage(
                "crossoverRate: must be between 0 and 1, got 1.5", () -> d.withCrossover(CrossoverKind.UNIFORM, 1.5));
        assertMessage("crossover: missing (uniform or two-point)", () -> d.withCrossover(null, 0.5));
        assertMessage(
                "mutationRate: must be between 0 and 1 (0 = one gene on average), got NaN",
                () -> d.withMutationRate(Double.NaN));
        assertMessage("starts: must be at least 1, got 0", () -> d.withStarts(0));
        assertMessage("mode: missing", () -> d.withMode(null));
        assertMessage(
                "algorithm: unknown algorithm 'nsga3' (one of nsga2, local, pareto-local, nlp-local, random, exhaustive)",
                () -> Algorithm.parse("nsga3"));
        assertMessage(
                "crossover: unknown crossover 'one-point' (uniform or two-point)",
                () -> RunSpec.parseCrossover("one-point"));
        assertMessage(
                "settings.population: expected a number, got 'many'",
                () -> RunSpec.stored("nsga2", CodesignMode.JOINT, 100, 1, 0, Map.of("population", "many")));
    }

    private static void assertMessage(String message, Executable e) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, e).getMessage());
    }

    @Test
    void storedSettingsReadBackAsTheSameSpec() {
        RunSpec nsga2 = RunSpec.of(Algorithm.NSGA2, CodesignMode.SEQUENTIAL, 500, 3)
                .withThreads(2)
                .withPopulation(24)
                .withCrossover(CrossoverKind.UNIFORM, 0.7)
                .withMutationRate(0.05);
        assertEquals(
                Map.of("population", 24L, "crossover", "uniform", "crossoverRate", 0.7, "mutationRate", 0.05),
                nsga2.settings());
        assertEquals(nsga2, StudyRuns.request(StudyRuns.record("run-1", null, nsga2, null)));
        RunSpec local =
                RunSpec.of(Algorithm.PARETO_LOCAL, CodesignMode.JOINT, 500, 3).withStarts(5);
        assertEquals(Map.of("starts", 5L), local.settings());
        assertEquals(local, StudyRuns.request(StudyRuns.record("run-2", null, local, null)));
        // Settings a stored run does not have take the defaults.
        assertEquals(
                RunSpec.of(Algorithm.RANDOM, CodesignMode.JOINT, 100, 9),
                RunSpec.stored("random", CodesignMode.JOINT, 100, 9, 0, Map.of()));
    }

    @Test
    void aSpecSurvivesTheStudyFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        RunSpec spec = RunSpec.of(Algorithm.NSGA2, CodesignMode.NETWORK_ONLY, 1234, 42)
                .withPopulation(30)
                .withCrossover(CrossoverKind.UNIFORM, 0.8);
        RunRecord record = StudyRuns.record("run-1", "a run", spec, "2026-12-06T00:00:00Z");
        Study study = Studies.defaultStudy().withRun(record);
        Path file = dir.resolve("s.codesign.json");
        StudyFiles.save(study, file);
        String json = Files.readString(file);
        assertThat(json)
                .contains("\"algorithm\" : \"nsga2\"", "\"mode\" : \"network-only\"", "\"crossover\" : \"uniform\"");
        RunRecord back = StudyFiles.load(file).runs().get(0);
        assertEquals(spec, StudyRuns.request(back));
    }

    @Test
    void theSamplesLoadAndSaveUnchangedAndTheirRunsReadAsSpecs(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        try (var files = Files.list(Path.of("samples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(StudyFiles.EXTENSION))
                    .sorted()
                    .toList()) {
                Study study = StudyFiles.load(file);
                Path again = dir.resolve(file.getFileName());
                StudyFiles.save(study, again);
                assertEquals(Files.readString(file), Files.readString(again), file.toString());
                for (RunRecord run : study.runs()) {
                    RunSpec spec = StudyRuns.request(run);
                    assertEquals(run.algorithm(), spec.algorithm().label());
                    assertEquals(run.settings(), spec.settings(), file + " " + run.id());
                }
            }
        }
    }
}
