package org.codesign.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.codesign.eval.CodesignMode;
import org.codesign.search.codesign.Algorithm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner executes any experiment spec: every arm once per seed, then the spec's analysis. */
class ExperimentRunnerTest {
    private static final String SAMPLE = ClassroomExperiment.SAMPLE;

    /** A tiny spec: two arms on the classroom sample, a table of each arm's final hypervolume per seed. */
    private static Experiment tiny(List<Runs> seen) {
        return Experiment.named("tiny", "A tiny experiment")
                .withDefaults(2, 30)
                .withPopulation(8)
                .withArms(Arm.nsga2("ga", SAMPLE, CodesignMode.JOINT), Arm.random("random", SAMPLE, CodesignMode.JOINT))
                .withHypervolume(10, "Hypervolume")
                .withAnalysis(runs -> {
                    seen.add(runs);
                    Markdown md = new Markdown();
                    List<List<String>> rows = new ArrayList<>();
                    for (Outcome o : runs.outcomes("ga")) {
                        rows.add(List.of(
                                Long.toString(o.seed()),
                                Fmt.f(
                                        Fronts.hypervolume(
                                                o.points(), runs.study().objectives()),
                                        4)));
                    }
                    md.table(List.of("seed", "hypervolume of ga"), rows);
                    md.image("hypervolume", "hypervolume.png");
                    return new ReportBody(md.toString(), List.of(), List.of());
                });
    }

    @Test
    void aTinySpecRunsEveryArmPerSeedAndWritesItsTable(@TempDir Path out) throws Exception {
        List<Runs> seen = new ArrayList<>();
        Experiment e = tiny(seen);
        assertEquals(List.of(SAMPLE), e.samples());
        List<String> log = new ArrayList<>();
        Path report = ExperimentRunner.run(e, e.defaults(), SampleSource.bundled(), out, "the command", log::add);

        Runs runs = seen.get(0);
        assertEquals(2, runs.bySeed().size());
        assertThat(runs.bySeed().get(0).keySet()).containsExactly("ga", "random");
        for (String arm : List.of("ga", "random")) {
            assertThat(runs.outcomes(arm)).extracting(Outcome::seed).containsExactly(1L, 2L);
            assertThat(runs.outcomes(arm)).allSatisfy(o -> assertEquals(30, o.evaluations()));
            assertThat(runs.hypervolume().get(arm)).hasSize(2).allSatisfy(c -> assertEquals(10, c.length));
        }
        assertEquals(6, runs.population(), "8 preferred, but at most a fifth of the budget");
        assertThat(runs.checkpoints()).containsExactly(3, 6, 9, 12, 15, 18, 21, 24, 27, 30);
        String md = Files.readString(report);
        assertThat(md)
                .startsWith("# A tiny experiment")
                .contains("| seed | hypervolume of ga |")
                .contains("| 1 | "
                        + Fmt.f(
                                Fronts.hypervolume(
                                        runs.first("ga").points(), runs.study().objectives()),
                                4) + " |");
        assertThat(out.resolve("hypervolume.png")).isRegularFile();
        assertThat(log).hasSize(5).first().asString().startsWith("seed 1 ga: 30 evaluations");
    }

    @Test
    void armsRunTheProductsDefaultsWithTheExperimentsBudget() {
        var ga = Arm.nsga2("ga", SAMPLE, CodesignMode.NETWORK_ONLY).spec(500, 3, 2, 24);
        assertEquals(Algorithm.NSGA2, ga.algorithm());
        assertEquals(CodesignMode.NETWORK_ONLY, ga.mode());
        assertEquals(List.of(500, 3L, 2, 24), List.of(ga.budget(), ga.seed(), ga.threads(), ga.population()));
        var local = Arm.local("ls", SAMPLE, CodesignMode.HARDWARE_ONLY, 4).spec(500, 3, 2, 24);
        assertEquals(4, local.starts());
        assertEquals(
                org.codesign.search.codesign.RunSpec.DEFAULTS.population(),
                local.population(),
                "the population is NSGA-II's only");
    }

    @Test
    void theCheckRefusesSamplesBeforeAnythingRuns(@TempDir Path dir) {
        List<Runs> seen = new ArrayList<>();
        Experiment e = tiny(seen).withCheck(studies -> {
            throw new IllegalArgumentException("networkSpace: not comparable");
        });
        var ex = assertThrows(
                IllegalArgumentException.class,
                () -> ExperimentRunner.run(e, e.defaults(), SampleSource.bundled(), dir.resolve("out"), "c", s -> {}));
        assertEquals("networkSpace: not comparable", ex.getMessage());
        assertThat(seen).isEmpty();
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
