package org.codesign.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The teaching trace of NSGA-II: counts that add up, the engine's ranks and crowding, and no effect on results. */
class GenerationTraceTest {
    private static final HypervolumeIndicator HV =
            HypervolumeIndicator.of(new double[] {0, 0, 0}, new double[] {8, 8, 8}, 1.1);

    private static SearchRun run(int population) {
        Problem p = TestProblems.constrained3(8, 6, 12);
        return new SearchRun(
                p,
                Nsga2Config.defaults().withPopulation(population),
                RunSettings.of(3, 600).withThreads(2).withHypervolume(HV));
    }

    @Test
    void tracingChangesNoResultOfTheSameSeed() {
        List<String> plain;
        try (SearchRun r = run(24)) {
            plain = SearchRunTest.fingerprint(r.runToEnd(), r.evaluatedPoints());
        }
        List<GenerationTrace> traces = new ArrayList<>();
        List<String> traced;
        try (SearchRun r = run(24)) {
            r.traceGenerations(traces::add);
            traced = SearchRunTest.fingerprint(r.runToEnd(), r.evaluatedPoints());
        }
        assertThat(traced).isEqualTo(plain);
        assertThat(traces).hasSizeGreaterThan(10);
    }

    @Test
    void eachGenerationsCountsAddUpAndItsRanksAreTheEngines() {
        List<GenerationTrace> traces = new ArrayList<>();
        List<RunSnapshot> snapshots = new ArrayList<>();
        try (SearchRun r = run(24)) {
            r.traceGenerations(traces::add);
            r.addListener(snapshots::add);
            for (int i = 0; i < 8; i++) {
                r.step();
            }
        }
        assertThat(traces).hasSize(8);
        GenerationTrace first = traces.get(0);
        assertThat(first.initial()).isTrue();
        assertThat(first.step()).isEqualTo(1);
        assertThat(first.sorted()).as("the initial population alone is sorted").isEqualTo(24);
        for (int g = 0; g < traces.size(); g++) {
            GenerationTrace t = traces.get(g);
            RunSnapshot s = snapshots.get(g);
            assertThat(t.step()).as("the run's step number").isEqualTo(s.step()).isEqualTo(g + 1);
            assertThat(t.population()).as("the engine's ranks and crowding").isEqualTo(s.population());
            assertThat(t.population()).hasSize(24);
            if (g == 0) {
                continue;
            }
            int offspring = t.offspring().size();
            assertThat(offspring).isEqualTo(24).isEqualTo(s.offspring().size());
            assertThat(t.crossover().crossed() + t.crossover().copied()).isEqualTo(offspring);
            assertThat(t.mutation().mutatedOffspring()).isBetween(0, offspring);
            assertThat(t.mutation().genes()).isGreaterThanOrEqualTo(t.mutation().mutatedOffspring());
            assertThat(t.selection().tournaments() / 2 * 2)
                    .as("two tournaments per pair, each pair at most two children")
                    .isEqualTo(t.selection().tournaments())
                    .isGreaterThanOrEqualTo(offspring + t.duplicates());
            assertThat(t.selection().distinctParents()).isEqualTo(s.parents().size());
            assertThat(t.sorted()).as("parents + offspring are sorted").isEqualTo(24 + offspring);
            assertThat(t.discarded()).isEqualTo(offspring);
            int filled = 0;
            for (int r = 0; r < t.crowding().cutFront(); r++) {
                filled += t.frontSizes().get(r);
            }
            if (t.crowding().cutFront() >= 0) {
                assertThat(filled + t.crowding().keptOfCut()).isEqualTo(24);
                assertThat(t.crowding().keptOfCut()).isLessThan(t.crowding().cutFrontSize());
                assertThat(t.crowding().cutFrontSize())
                        .isEqualTo(t.frontSizes().get(t.crowding().cutFront()));
            }
            Set<Integer> born = new HashSet<>();
            t.offspring().forEach(o -> born.add(o.index()));
            long surviving = t.population().stream()
                    .filter(m -> born.contains(m.individual().index()))
                    .count();
            assertThat(t.crowding().survivingOffspring()).isEqualTo((int) surviving);
            long onFirst = t.population().stream()
                    .filter(m -> m.rank() == 0 && born.contains(m.individual().index()))
                    .count();
            assertThat(t.crowding().offspringInFirstFront()).isEqualTo((int) onFirst);
            Ranking again = Ranking.of(
                    t.population().stream().map(RankedIndividual::individual).toList());
            for (int i = 0; i < 24; i++) {
                assertThat(t.population().get(i).rank()).isEqualTo(again.ranks()[i]);
                assertThat(t.population().get(i).crowding()).isEqualTo(again.crowding()[i]);
            }
        }
        assertThat(traces.stream().mapToInt(t -> t.crossover().copied()).sum())
                .as("at crossover rate 0.9 some pairs are copied")
                .isPositive();
        assertThat(traces.stream().mapToInt(t -> t.mutation().genes()).sum()).isPositive();
    }

    @Test
    void noTraceIsRecordedUnlessAskedFor() {
        List<GenerationTrace> traces = new ArrayList<>();
        try (SearchRun r = run(12)) {
            r.step();
            r.traceGenerations(traces::add);
            r.step();
            r.traceGenerations(null);
            r.step();
        }
        assertThat(traces).extracting(GenerationTrace::step).containsExactly(2);
    }
}
