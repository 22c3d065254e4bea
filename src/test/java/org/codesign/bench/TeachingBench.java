package org.codesign.bench;

import java.util.concurrent.TimeUnit;
import org.codesign.eval.Evaluator;
import org.codesign.search.Evaluation;
import org.codesign.search.Nsga2Config;
import org.codesign.search.Problem;
import org.codesign.search.RunSettings;
import org.codesign.search.SearchRun;
import org.codesign.study.Samples;
import org.codesign.study.Study;
import org.codesign.teaching.TrueFront;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Teaching mode's costs: the true front of classroom-small by exhaustive search (what the teaching
 * view computes in the background, once per study), and NSGA-II with and without the generation
 * trace on a problem whose evaluation costs almost nothing, so the engine's own time shows.
 *
 * <p>{@code mvn -o -q -Pbench test-compile exec:exec -Dbench.args="TeachingBench -f 1 -wi 3 -i 5"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TeachingBench {
    /** Ten genes of eight values; two objectives that trade off (ZDT1-like). */
    private static final Problem CHEAP = new Problem() {
        @Override
        public int[] cardinalities() {
            return new int[] {8, 8, 8, 8, 8, 8, 8, 8, 8, 8};
        }

        @Override
        public int objectiveCount() {
            return 2;
        }

        @Override
        public Evaluation evaluate(int[] g) {
            double f1 = g[0] / 7.0;
            double sum = 0;
            for (int i = 1; i < g.length; i++) {
                sum += g[i] / 7.0;
            }
            double gg = 1 + sum;
            return Evaluation.of(f1, gg * (1 - Math.sqrt(f1 / gg)));
        }
    };

    private Study classroom;
    private Evaluator evaluator;

    @Setup
    public void load() throws Exception {
        classroom = Samples.load("classroom-small.codesign.json");
        evaluator = classroom.model().evaluator(null);
    }

    @Benchmark
    public TrueFront trueFrontOfClassroom() {
        return TrueFront.of(classroom, evaluator);
    }

    /** 100 generations of population 40 (4,000 evaluations), no trace. */
    @Benchmark
    public int nsga2Plain() {
        return nsga2(false);
    }

    /** The same run with a trace of every generation. */
    @Benchmark
    public int nsga2Traced() {
        return nsga2(true);
    }

    private static int nsga2(boolean traced) {
        int[] traces = {0};
        try (SearchRun run = new SearchRun(
                CHEAP,
                Nsga2Config.defaults().withPopulation(40),
                RunSettings.of(7, 4000).withThreads(1))) {
            if (traced) {
                run.traceGenerations(t -> traces[0]++);
            }
            return run.runToEnd().evaluations() + traces[0];
        }
    }
}
