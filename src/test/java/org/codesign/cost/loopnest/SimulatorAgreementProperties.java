package org.codesign.cost.loopnest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * The closed forms of {@link NestEvaluator} agree with a literal re-enactment of Timeloop's
 * simulation ({@link TimeloopSimulator}) on random small problems, architectures (bypassed levels,
 * 1-D and 2-D fan-outs, one or two containers) and mappings.
 */
class SimulatorAgreementProperties {

    @Property(tries = 1000)
    void countsAgreeWithTheSimulation(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed) {
        RandomNests.Case c = RandomNests.random(seed);
        TimeloopSimulator sim = new TimeloopSimulator(c.problem(), c.arch(), c.mapping());
        Analysis a = LoopNestAnalyzer.analyze(c.problem(), c.arch(), c.mapping());
        for (int s = 0; s < c.arch().storage().size(); s++) {
            StorageLevel level = c.arch().storage().get(s);
            for (Tensor t : Tensor.values()) {
                if (!level.keeps(t)) {
                    continue;
                }
                TensorLevelStats st = a.stats(level.name(), t);
                int ti = t.ordinal();
                String at = "seed " + seed + " " + level.name() + "." + t + "\n" + c + "\n";
                assertEquals(sim.size[ti][s], st.utilizedCapacity(), at + "size");
                assertEquals(sim.partition[ti][s], st.partitionSize(), at + "partition");
                assertEquals(sim.reads[ti][s], st.readsPerInstance(), at + "reads");
                assertEquals(sim.fills[ti][s], st.fillsPerInstance(), at + "fills");
                assertEquals(sim.updates[ti][s], st.updatesPerInstance(), at + "updates");
            }
        }
    }
}
