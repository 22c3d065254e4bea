package org.codesign.teaching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.codesign.eval.CodesignMode;
import org.codesign.eval.Evaluator;
import org.codesign.eval.Objective;
import org.codesign.search.GenerationTrace;
import org.codesign.search.Nsga2Config;
import org.codesign.search.RunSettings;
import org.codesign.search.RunSnapshot;
import org.codesign.search.RunStatus;
import org.codesign.search.SearchRun;
import org.codesign.search.codesign.Algorithm;
import org.codesign.search.codesign.CodesignProblem;
import org.codesign.search.codesign.FixedGenesProblem;
import org.codesign.search.codesign.RunSpec;
import org.codesign.study.Study;

/**
 * NSGA-II on a study's joint space, one traced generation per {@link #next()}, on the caller's
 * thread. It is the run {@code codesign run STUDY --algorithm nsga2 --population P --seed S} makes
 * (same operators and rates, same seed, so the same points), seen generation by generation.
 */
public final class Lesson implements AutoCloseable {
    private final List<Objective> objectives;
    private final SearchRun run;
    private final List<GenerationTrace> traces = new ArrayList<>();

    public Lesson(Study study, Evaluator evaluator, LessonSettings settings) {
        this.objectives = study.objectives();
        CodesignProblem problem =
                new CodesignProblem(study.space(), study.objectives(), study.constraints(), evaluator);
        int[] free = new int[problem.space().genomeLength()];
        Arrays.fill(free, -1);
        RunSpec spec = RunSpec.of(Algorithm.NSGA2, CodesignMode.JOINT, settings.budget(), settings.seed())
                .withPopulation(settings.population());
        Nsga2Config nsga2 = Nsga2Config.defaults()
                .withPopulation(spec.population())
                .withCrossover(spec.crossover(), spec.crossoverRate())
                .withMutation(spec.mutation());
        RunSettings runSettings = RunSettings.of(settings.seed(), settings.budget())
                .withThreads(Math.min(2, Runtime.getRuntime().availableProcessors()))
                .withHypervolume(CodesignProblem.hypervolume(objectives));
        run = new SearchRun(FixedGenesProblem.padded(problem, free), nsga2, runSettings);
        run.traceGenerations(traces::add);
    }

    public List<Objective> objectives() {
        return objectives;
    }

    /** True when no further generation can be made (budget used, space exhausted, or failed). */
    public boolean finished() {
        return run.status().isTerminal();
    }

    /**
     * Makes the next generation.
     *
     * @throws IllegalStateException when the lesson has finished
     */
    public LessonStep next() {
        if (finished()) {
            throw new IllegalStateException("lesson: finished (" + run.latest().message() + ")");
        }
        int before = traces.size();
        RunSnapshot s = run.step();
        if (s.status() == RunStatus.FAILED || traces.size() == before) {
            throw new IllegalStateException("lesson: the generation failed: " + s.message());
        }
        return new LessonStep(
                traces.get(traces.size() - 1),
                s.evaluations(),
                s.hypervolume(),
                s.status().isTerminal(),
                s.status().isTerminal() ? s.message() : "");
    }

    @Override
    public void close() {
        run.close();
    }
}
