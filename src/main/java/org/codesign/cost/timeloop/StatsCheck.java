package org.codesign.cost.timeloop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.codesign.cost.loopnest.Analysis;
import org.codesign.cost.loopnest.Tensor;
import org.codesign.cost.loopnest.TensorLevelStats;

/**
 * Compares an analysis with Timeloop's statistics: cycles, utilized compute instances, and per
 * storage level and data space the utilized instances and scalar reads, fills and updates must be
 * equal; the total energy must be within a relative tolerance. Returns one line per difference.
 */
public final class StatsCheck {
    /** The bar for the total energy. */
    public static final double ENERGY_TOLERANCE = 0.005;

    private StatsCheck() {}

    public static List<String> differences(
            Analysis a, TimeloopStats stats, Map<String, Tensor> dataSpaces, double tol) {
        List<String> out = new ArrayList<>();
        if (a.cycles() != stats.cycles()) {
            out.add("cycles: Timeloop " + stats.cycles() + ", analysis " + a.cycles());
        }
        if (a.macs() != stats.computes()) {
            out.add("computes: Timeloop " + stats.computes() + ", analysis " + a.macs());
        }
        if (stats.computeInstances() >= 0 && a.computeUtilizedInstances() != stats.computeInstances()) {
            out.add("compute utilized instances: Timeloop " + stats.computeInstances() + ", analysis "
                    + a.computeUtilizedInstances());
        }
        double rel = Math.abs(a.energyPJ() - stats.energyPJ()) / Math.abs(stats.energyPJ());
        if (!(rel <= tol)) {
            out.add(String.format(
                    java.util.Locale.ROOT,
                    "energy: Timeloop %.2f pJ, analysis %.2f pJ (%+.3f %%, allowed %.1f %%)",
                    stats.energyPJ(),
                    a.energyPJ(),
                    100 * (a.energyPJ() - stats.energyPJ()) / stats.energyPJ(),
                    100 * tol));
        }
        List<TensorLevelStats> seen = new ArrayList<>();
        for (TimeloopStats.Row r : stats.rows()) {
            Tensor t = dataSpaces.get(r.dataSpace());
            TensorLevelStats s = t == null ? null : a.stats(r.level(), t);
            String at = r.level() + " " + r.dataSpace();
            if (s == null) {
                out.add(at + ": Timeloop keeps it there, the analysis does not");
                continue;
            }
            seen.add(s);
            compare(out, at, "utilized instances", r.utilizedInstances(), s.utilizedInstances());
            compare(out, at, "reads", r.reads(), s.readsPerInstance());
            compare(out, at, "fills", r.fills(), s.fillsPerInstance());
            compare(out, at, "updates", r.updates(), s.updatesPerInstance());
        }
        for (TensorLevelStats s : a.levels()) {
            if (!seen.contains(s) && (s.readsPerInstance() + s.fillsPerInstance() + s.updatesPerInstance()) > 0) {
                out.add(s.level() + " " + s.tensor() + ": the analysis keeps it there, Timeloop's statistics do not");
            }
        }
        return out;
    }

    private static void compare(List<String> out, String at, String what, long timeloop, long ours) {
        if (timeloop != ours) {
            out.add(at + " " + what + ": Timeloop " + timeloop + ", analysis " + ours);
        }
    }
}
