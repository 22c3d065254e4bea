package org.codesign.cost.loopnest;

import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of the loop-nest analysis: validates a mapping against a problem and an
 * architecture and returns Timeloop's statistics for it (see {@link NestEvaluator} for the
 * semantics).
 */
public final class LoopNestAnalyzer {
    private LoopNestAnalyzer() {}

    /**
     * @throws IllegalArgumentException when the mapping does not fit the problem or the
     *     architecture (unknown level, factors that do not multiply to a bound, a spatial fan-out
     *     larger than the hardware's, a tile larger than a buffer); the message names the part
     */
    public static Analysis analyze(ConvProblem problem, Architecture arch, Mapping mapping) {
        Mapping ordered = validate(problem, arch, mapping);
        FlatNest nest = FlatNest.of(arch, ordered);
        NestEvaluator ev = new NestEvaluator(problem, arch);
        if (!ev.evaluate(nest)) {
            throw new IllegalArgumentException("mapping." + ev.violation());
        }
        return toAnalysis(ev);
    }

    /**
     * Checks a mapping and returns it with one entry per storage level in the architecture's
     * order (levels the mapping omits get no loops).
     */
    public static Mapping validate(ConvProblem problem, Architecture arch, Mapping mapping) {
        List<StorageLevel> storage = arch.storage();
        LevelMapping[] byLevel = new LevelMapping[storage.size()];
        for (LevelMapping lm : mapping.levels()) {
            int idx = arch.indexOf(lm.level());
            if (idx < 0) {
                throw new IllegalArgumentException("mapping: unknown level '" + lm.level() + "' (levels: "
                        + storage.stream().map(StorageLevel::name).toList() + ")");
            }
            if (byLevel[idx] != null) {
                throw new IllegalArgumentException("mapping: level '" + lm.level() + "' is mapped twice");
            }
            byLevel[idx] = lm;
        }
        long[] product = new long[Dim.COUNT];
        java.util.Arrays.fill(product, 1);
        List<LevelMapping> ordered = new ArrayList<>();
        for (int s = 0; s < storage.size(); s++) {
            LevelMapping lm = byLevel[s] != null
                    ? byLevel[s]
                    : LevelMapping.empty(storage.get(s).name());
            ordered.add(lm);
            long x = 1;
            long y = 1;
            for (Loop l : lm.temporal()) {
                product[l.dim().ordinal()] *= l.factor();
            }
            for (Loop l : lm.spatialX()) {
                product[l.dim().ordinal()] *= l.factor();
                x *= l.factor();
            }
            for (Loop l : lm.spatialY()) {
                product[l.dim().ordinal()] *= l.factor();
                y *= l.factor();
            }
            if (x > arch.fanoutX(s)) {
                throw new IllegalArgumentException("mapping." + lm.level() + ".spatialX: fan-out " + x + " exceeds the "
                        + arch.fanoutX(s) + " children along X");
            }
            if (y > arch.fanoutY(s)) {
                throw new IllegalArgumentException("mapping." + lm.level() + ".spatialY: fan-out " + y + " exceeds the "
                        + arch.fanoutY(s) + " children along Y");
            }
        }
        for (int d = 0; d < Dim.COUNT; d++) {
            if (product[d] != problem.bound(d)) {
                throw new IllegalArgumentException(
                        "mapping: the factors of " + Dim.of(d).letter() + " multiply to " + product[d]
                                + " but the layer's " + Dim.of(d).letter() + " is " + problem.bound(d));
            }
        }
        return new Mapping(ordered);
    }

    /** Packs the last evaluation of {@code ev} into records. */
    static Analysis toAnalysis(NestEvaluator ev) {
        Architecture arch = ev.architecture();
        List<TensorLevelStats> rows = new ArrayList<>();
        List<LevelStats> levels = new ArrayList<>();
        for (int s = 0; s < arch.storage().size(); s++) {
            StorageLevel level = arch.storage().get(s);
            long inst = ev.utilizedInstances[s];
            long clusters = Math.min(inst, level.instances() / level.clusterSize());
            for (Tensor t : Tensor.values()) {
                int ti = t.ordinal();
                if (!level.keeps(t)) {
                    continue;
                }
                rows.add(new TensorLevelStats(
                        level.name(),
                        t,
                        inst,
                        clusters,
                        ev.size[ti][s],
                        ev.partition[ti][s],
                        (long) ev.reads[ti][s],
                        (long) ev.fills[ti][s],
                        (long) ev.updates[ti][s],
                        ev.rowEnergy[ti][s]));
            }
            levels.add(new LevelStats(level.name(), ev.levelCycles[s], ev.throttling[s], ev.levelLeak[s]));
        }
        double utilization = (double) ev.macs() / ((double) arch.compute().instances() * ev.cycles);
        return new Analysis(
                ev.macs(),
                ev.cycles,
                ev.computeCycles,
                utilization,
                ev.energyPJ,
                arch.areaUm2(),
                ev.computeEnergyPJ,
                ev.leakagePJ,
                ev.computeInstancesUsed,
                rows,
                levels);
    }
}
