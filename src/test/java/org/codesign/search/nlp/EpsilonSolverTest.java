package org.codesign.search.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.codesign.cost.relax.RelaxedModel;
import org.codesign.cost.relax.SimpleArray;
import org.codesign.space.Dataflow;
import org.codesign.space.DramType;
import org.codesign.space.ResNetConfig;
import org.codesign.workload.NetworkBuilder;
import org.junit.jupiter.api.Test;

class EpsilonSolverTest {
    static final RelaxedModel WS = new RelaxedModel(
            NetworkBuilder.build(new ResNetConfig(ResNetConfig.Block.BASIC, List.of(2, 2, 2, 2), 1.0, 224)),
            new SimpleArray(Dataflow.WEIGHT_STATIONARY, 45, 16, DramType.LPDDR4, 16, 4, 4));
    static final HardwareRange SAMPLE =
            HardwareRange.ofSizes(new double[] {4, 4, 16, 32, 200}, new double[] {32, 32, 384, 512, 1000});

    @Test
    void theLayerByLayerGradientEqualsForwardModeOverTheWholeLagrangian() {
        EpsilonSolver solver = new EpsilonSolver(WS, SAMPLE);
        double[] x = solver.start();
        // off the start: some factors moved out of DRAM, so capacities and bounds are active
        for (int i = 5; i < x.length; i += 4) {
            x[i] = x[i] * 0.5 - 0.05;
        }
        int rows = WS.layouts().size() * RelaxedModel.CONSTRAINTS_PER_LAYER + 1 + x.length + 5;
        double[] mu = new double[rows];
        java.util.Arrays.fill(mu, 0.2);
        double[][] g =
                solver.lagrangianGradients(RelaxedObjective.LATENCY, Map.of(RelaxedObjective.AREA, 0.3), x, mu, 7);
        double scale = java.util.Arrays.stream(g[1]).map(Math::abs).max().orElseThrow();
        assertTrue(scale > 0);
        for (int i = 0; i < x.length; i++) {
            org.junit.jupiter.api.Assertions.assertEquals(g[1][i], g[0][i], 1e-9 * scale, "d/dx" + i);
        }
    }

    @Test
    void minimizingLatencyBeatsTheStartAndKeepsEveryConstraint() {
        EpsilonSolver solver = new EpsilonSolver(WS, SAMPLE);
        double[] start = solver.start();
        EpsilonSolver.Solution before = solver.at(start);

        EpsilonSolver.Solution after = solver.solve(RelaxedObjective.LATENCY, Map.of(), start);
        assertTrue(after.violation() <= EpsilonSolver.MAX_VIOLATION, "violation " + after.violation());
        // the start already uses the array (about 200 ms); the short solve still more than halves it
        assertTrue(after.latencyMs() < before.latencyMs() / 2, before.latencyMs() + " -> " + after.latencyMs());
    }

    @Test
    void anAreaBoundIsKept() {
        EpsilonSolver solver = new EpsilonSolver(WS, SAMPLE);
        EpsilonSolver.Solution free = solver.solve(RelaxedObjective.LATENCY, Map.of(), solver.start());
        double bound = free.areaMm2() / 2;
        EpsilonSolver.Solution bounded =
                solver.solve(RelaxedObjective.LATENCY, Map.of(RelaxedObjective.AREA, bound), free.x());
        assertTrue(bounded.areaMm2() <= bound * 1.1, bounded.areaMm2() + " > " + bound);
    }

    @Test
    void theCornerStartIsTheHardwareCornerWithTheLowestRelaxedObjective() {
        EpsilonSolver solver = new EpsilonSolver(WS, SAMPLE);
        double fastest = solver.at(solver.cornerStart(RelaxedObjective.LATENCY)).latencyMs();
        double smallest = solver.at(solver.cornerStart(RelaxedObjective.AREA)).areaMm2();
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int i = 0; i < 20; i++) {
            EpsilonSolver.Solution s = solver.at(solver.start(random));
            assertTrue(fastest < s.latencyMs(), fastest + " vs " + s.latencyMs());
            assertTrue(smallest < s.areaMm2(), smallest + " vs " + s.areaMm2());
        }
    }
}
