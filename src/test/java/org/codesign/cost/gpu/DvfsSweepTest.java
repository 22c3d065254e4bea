package org.codesign.cost.gpu;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.codesign.cost.NetworkCost;
import org.codesign.space.EdgeGpuConfig;
import org.codesign.space.EdgeGpuDevice;
import org.codesign.workload.Network;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exhaustive sweeps over every DVFS level of every board (6,861 settings) for networks from tiny
 * to VGG-16: latency never rises with any clock, power never falls with the GPU clock, and power
 * stays above idle and inside the board's largest power mode.
 */
class DvfsSweepTest {

    /** A network's latency and power at every setting of a board, indexed [gpu][cpu][emc]. */
    private record Grid(EdgeGpuDevice device, Network network, double[][][] latency, double[][][] power) {}

    private static final List<Grid> GRIDS = new ArrayList<>();

    @BeforeAll
    static void sweep() {
        EdgeGpuCostModel model = new EdgeGpuCostModel();
        for (EdgeGpuDevice d : EdgeGpuDevice.values()) {
            for (Network net : SweepNetworks.tinyToLarge()) {
                int g = d.gpuFreqsMHz().size();
                int c = d.cpuFreqsMHz().size();
                int e = d.emcFreqsMHz().size();
                double[][][] latency = new double[g][c][e];
                double[][][] power = new double[g][c][e];
                for (int i = 0; i < g; i++) {
                    for (int j = 0; j < c; j++) {
                        for (int k = 0; k < e; k++) {
                            NetworkCost cost = model.evaluate(
                                            net,
                                            new EdgeGpuConfig(
                                                    d.id(),
                                                    d.gpuFreqsMHz().get(i),
                                                    d.cpuFreqsMHz().get(j),
                                                    d.emcFreqsMHz().get(k)))
                                    .orElseThrow();
                            latency[i][j][k] = cost.latencyMs();
                            power[i][j][k] = cost.powerW();
                        }
                    }
                }
                GRIDS.add(new Grid(d, net, latency, power));
            }
        }
    }

    /** Which axis a check walks along: 0 GPU, 1 CPU, 2 EMC. */
    private interface Values {
        double at(Grid grid, int i, int j, int k);
    }

    @Test
    void aHigherGpuClockNeverRaisesLatency() {
        assertNonIncreasing(0, (grid, i, j, k) -> grid.latency()[i][j][k], "latency");
    }

    @Test
    void aHigherCpuClockNeverRaisesLatency() {
        assertNonIncreasing(1, (grid, i, j, k) -> grid.latency()[i][j][k], "latency");
    }

    @Test
    void aHigherEmcClockNeverRaisesLatency() {
        assertNonIncreasing(2, (grid, i, j, k) -> grid.latency()[i][j][k], "latency");
    }

    @Test
    void aHigherGpuClockNeverLowersPower() {
        assertNonIncreasing(0, (grid, i, j, k) -> -grid.power()[i][j][k], "negated power");
    }

    @Test
    void aHigherGpuClockStrictlyLowersLatencyAndRaisesPowerOfLargeNetworks() {
        for (Grid grid : GRIDS) {
            if (grid.network().macs() < 1_000_000_000L) {
                continue;
            }
            int top = grid.latency().length - 1;
            int c = grid.latency()[0].length - 1;
            int e = grid.latency()[0][0].length - 1;
            assertTrue(
                    grid.latency()[top][c][e] < 0.5 * grid.latency()[0][c][e],
                    grid.device() + " " + grid.network().name());
            assertTrue(
                    grid.power()[top][c][e] > grid.power()[0][c][e],
                    grid.device() + " " + grid.network().name());
        }
    }

    @Test
    void powerStaysAboveIdleAndInsideTheLargestPowerMode() {
        List<String> failures = new ArrayList<>();
        for (Grid grid : GRIDS) {
            BoardSpec board = BoardSpec.of(grid.device());
            double min = Double.MAX_VALUE;
            double max = 0;
            for (double[][] plane : grid.power()) {
                for (double[] row : plane) {
                    for (double p : row) {
                        min = Math.min(min, p);
                        max = Math.max(max, p);
                    }
                }
            }
            if (!(min > board.idleW() && max <= board.maxPowerMode().budgetW())) {
                failures.add(String.format(
                        Locale.ROOT,
                        "%s %s: power %.2f..%.2f W, idle %.2f W, envelope %.1f W",
                        grid.device().id(),
                        grid.network().name(),
                        min,
                        max,
                        board.idleW(),
                        board.maxPowerMode().budgetW()));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** Walking up the given axis, the values never rise (beyond rounding). */
    private static void assertNonIncreasing(int axis, Values values, String what) {
        for (Grid grid : GRIDS) {
            int g = grid.latency().length;
            int c = grid.latency()[0].length;
            int e = grid.latency()[0][0].length;
            for (int i = 0; i < g; i++) {
                for (int j = 0; j < c; j++) {
                    for (int k = 0; k < e; k++) {
                        int ni = axis == 0 ? i + 1 : i;
                        int nj = axis == 1 ? j + 1 : j;
                        int nk = axis == 2 ? k + 1 : k;
                        if (ni >= g || nj >= c || nk >= e) {
                            continue;
                        }
                        double here = values.at(grid, i, j, k);
                        double next = values.at(grid, ni, nj, nk);
                        if (next > here + 1e-12 * Math.abs(here)) {
                            fail(String.format(
                                    Locale.ROOT,
                                    "%s %s: %s rises from %.6f to %.6f between levels %d,%d,%d and %d,%d,%d",
                                    grid.device().id(),
                                    grid.network().name(),
                                    what,
                                    here,
                                    next,
                                    i,
                                    j,
                                    k,
                                    ni,
                                    nj,
                                    nk));
                        }
                    }
                }
            }
        }
    }
}
