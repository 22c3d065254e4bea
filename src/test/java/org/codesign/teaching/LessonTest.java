package org.codesign.teaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.Evaluator;
import org.codesign.eval.Metric;
import org.codesign.search.Individual;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.CodesignRun;
import org.codesign.search.codesign.RunSpec;
import org.codesign.study.Samples;
import org.codesign.study.Study;
import org.codesign.study.StudyRuns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A lesson on classroom-small: the run `codesign run` makes, its true front and the narration of each generation. */
class LessonTest {
    private static Study study;
    private static Evaluator evaluator;
    private static TrueFront truth;

    @BeforeAll
    static void load() throws Exception {
        study = Samples.load("classroom-small.codesign.json");
        evaluator = study.model().evaluator(null);
        truth = TrueFront.of(study, evaluator);
    }

    @Test
    void theLessonIsTheRunCodesignRunMakesGenerationByGeneration() {
        List<LessonStep> steps = new ArrayList<>();
        try (Lesson lesson = new Lesson(study, evaluator, new LessonSettings(20, 5, 200))) {
            while (!lesson.finished()) {
                steps.add(lesson.next());
            }
            assertThrows(IllegalStateException.class, lesson::next);
        }
        assertThat(steps.get(steps.size() - 1).finished()).isTrue();
        assertThat(steps.get(steps.size() - 1).evaluations()).isEqualTo(200);
        assertThat(steps).extracting(LessonStep::generation).startsWith(1, 2, 3);
        RunSpec spec = RunSpec.of(Algorithm.NSGA2, CodesignMode.JOINT, 200, 5).withPopulation(20);
        List<Individual> same;
        try (CodesignRun run = StudyRuns.newRun(study, spec, evaluator)) {
            var end = run.runToEnd();
            same = run.evaluatedPoints();
            assertThat(steps.get(steps.size() - 1).hypervolume()).isEqualTo(end.hypervolume());
            assertThat(steps.get(steps.size() - 1).trace().population())
                    .extracting(r -> r.individual().index())
                    .isEqualTo(end.population().stream()
                            .map(r -> r.individual().index())
                            .toList());
        }
        assertThat(same).hasSize(200);
    }

    @Test
    void theTrueFrontIsTheExhaustiveFrontOfTheClassroomSpace() {
        assertThat(truth.designs()).isEqualTo(3780);
        int exact = bruteForceFrontSize();
        assertThat(exact).isGreaterThan(10);
        assertThat(truth.members())
                .as("the front of every design, compared pairwise")
                .hasSize(exact);
        assertThat(truth.hypervolume()).isPositive();
        assertThat(truth.gap(truth.hypervolume())).isZero();
        assertThat(truth.gap(0)).isEqualTo(truth.hypervolume());
        assertThat(truth.values(Metric.ACCURACY)).hasSize(exact).doesNotContain(Double.NaN);
        assertThat(truth.contains(truth.members().get(0).genome())).isTrue();
    }

    @Test
    void theGapShrinksAsTheLessonGoesOn() {
        try (Lesson lesson = new Lesson(study, evaluator, LessonSettings.defaults())) {
            double first = truth.gap(lesson.next().hypervolume());
            double last = first;
            for (int g = 0; g < 15; g++) {
                last = truth.gap(lesson.next().hypervolume());
            }
            assertThat(first).isPositive();
            assertThat(last).isLessThan(first);
        }
    }

    @Test
    void eachGenerationIsToldInOneSentenceWithItsCountsAndInOnePerOperator() {
        try (Lesson lesson = new Lesson(study, evaluator, LessonSettings.defaults())) {
            LessonStep one = lesson.next();
            assertThat(Narration.summary(one.trace()))
                    .startsWith("Generation 1: 20 random designs were evaluated; non-dominated sorting put them in "
                            + one.trace().frontSizes().size() + " fronts");
            assertThat(Narration.phase(one.trace(), Narration.Phase.SELECTION))
                    .isEqualTo("Selection: none in generation 1; the 20 designs were drawn at random.");
            LessonStep two = lesson.next();
            var t = two.trace();
            String summary = Narration.summary(t);
            assertThat(summary)
                    .startsWith("Generation 2: " + t.selection().tournaments() + " tournaments picked "
                            + t.selection().distinctParents() + " parents; of 20 offspring "
                            + t.crossover().crossed()
                            + " were crossed and " + t.crossover().copied() + " copied, "
                            + t.mutation().mutatedOffspring() + " mutated ("
                            + t.mutation().genes() + " genes); "
                            + "sorting the 40 parents and offspring gave "
                            + t.frontSizes().size() + " fronts")
                    .endsWith(t.crowding().survivingOffspring() + " offspring survive, "
                            + t.crowding().offspringInFirstFront() + " of them on the first front.");
            for (Narration.Phase p : Narration.Phase.values()) {
                assertThat(Narration.phase(t, p)).startsWith(p.title() + ":");
            }
            assertThat(Narration.phase(t, Narration.Phase.CROWDING))
                    .contains(
                            t.crowding().cutFront() < 0
                                    ? "no crowding cut needed"
                                    : "front " + (t.crowding().cutFront() + 1) + " keeps the "
                                            + t.crowding().keptOfCut() + " of its "
                                            + t.crowding().cutFrontSize());
        }
    }

    @Test
    void aMembersLineSaysItsFrontAndWhatItsCrowdingDistanceMeans() {
        assertThat(Narration.member(0, Double.POSITIVE_INFINITY, true))
                .startsWith("Front 1: no design in the population dominates it")
                .contains("Crowding distance ∞: an end of its front");
        assertThat(Narration.member(2, 0.4213, true))
                .startsWith("Front 3: only designs of fronts 1–2 dominate it.")
                .contains("Crowding distance 0.421:");
        assertThat(Narration.member(4, 0, false)).contains("Infeasible");
    }

    /** The feasible non-dominated designs of the classroom space by comparing every pair: the oracle. */
    private static int bruteForceFrontSize() {
        var problem = new org.codesign.search.codesign.CodesignProblem(
                study.space(), study.objectives(), study.constraints(), evaluator);
        int[] card = problem.cardinalities();
        List<double[]> feasible = new ArrayList<>();
        int[] g = new int[card.length];
        while (true) {
            var e = problem.evaluate(g.clone());
            if (e.isFeasible()) {
                feasible.add(new double[] {e.objective(0), e.objective(1)});
            }
            int i = card.length - 1;
            while (i >= 0 && ++g[i] == card[i]) {
                g[i--] = 0;
            }
            if (i < 0) {
                break;
            }
        }
        int count = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (double[] a : feasible) {
            boolean dominated = false;
            for (double[] b : feasible) {
                if (b[0] <= a[0] && b[1] <= a[1] && (b[0] < a[0] || b[1] < a[1])) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated && seen.add(a[0] + "," + a[1])) {
                count++;
            }
        }
        return count;
    }
}
