package org.codesign.search.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.codesign.cost.relax.RelaxedModel;
import org.codesign.cost.relax.SimpleArray;
import org.codesign.space.Dataflow;
import org.codesign.space.DramType;
import org.codesign.space.ResNetConfig;
import org.codesign.workload.NetworkBuilder;

/**
 * nlp-local's solve phase on ResNet-18 (three dataflows, {@link NlpPlan#DEFAULT_SOLVES} solves
 * each, two threads), wall time with a barrier after every round of solves against the solves
 * chained per sweep (what {@link NlpLocalSearch} does). Args: REPEATS.
 */
public final class SolveScheduleBench {
    public static void main(String[] args) throws Exception {
        var net = NetworkBuilder.build(new ResNetConfig(ResNetConfig.Block.BASIC, List.of(2, 2, 2, 2), 1.0, 224));
        List<RelaxedModel> models = new ArrayList<>();
        for (Dataflow d : List.of(Dataflow.WEIGHT_STATIONARY, Dataflow.OUTPUT_STATIONARY, Dataflow.INPUT_STATIONARY)) {
            models.add(new RelaxedModel(net, new SimpleArray(d, 45, 16, DramType.LPDDR4, 16, 4, 4)));
        }
        int solves = NlpPlan.DEFAULT_SOLVES;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int rep = 0; rep < Integer.parseInt(args[0]); rep++) {
            for (boolean chained : new boolean[] {false, true}) {
                List<FrontSweep> sweeps = new ArrayList<>();
                for (RelaxedModel m : models) {
                    sweeps.add(new FrontSweep(
                            new EpsilonSolver(m, EpsilonSolverTest.SAMPLE),
                            RelaxedObjective.LATENCY,
                            List.of(RelaxedObjective.POWER, RelaxedObjective.AREA),
                            solves,
                            new SplittableRandom(rep + 1)));
                }
                long t0 = System.nanoTime();
                if (chained) {
                    List<CompletableFuture<Void>> chains = new ArrayList<>();
                    for (FrontSweep s : sweeps) {
                        CompletableFuture<Void> c = CompletableFuture.completedFuture(null);
                        for (int k = 0; k < solves; k++) {
                            c = c.thenRunAsync(s::next, pool);
                        }
                        chains.add(c);
                    }
                    CompletableFuture.allOf(chains.toArray(CompletableFuture[]::new))
                            .join();
                } else {
                    for (int k = 0; k < solves; k++) {
                        List<Future<?>> round = new ArrayList<>();
                        for (FrontSweep s : sweeps) {
                            round.add(pool.submit(s::next));
                        }
                        for (Future<?> f : round) {
                            f.get();
                        }
                    }
                }
                System.out.printf(
                        Locale.ROOT,
                        "seed %d %s: %.0f ms%n",
                        rep + 1,
                        chained ? "chained" : "barrier",
                        (System.nanoTime() - t0) / 1e6);
            }
        }
        pool.shutdown();
    }
}
