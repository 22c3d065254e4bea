package org.codesign.search.nlp;

import java.util.List;
import org.codesign.eval.Metric;
import org.codesign.workload.Network;

/**
 * What the analytical co-optimizer needs of a hardware-only co-design problem: the fixed
 * network, the hardware space, the objectives (the first is minimized, the others bounded), how
 * many network genes precede the hardware genes in the engine's genome (all fixed, index 0), and
 * the sweep's size.
 *
 * @param solves ε-constraint solves per dataflow
 * @param keep rounded neighbours kept per solve
 */
public record NlpPlan(
        Network network, HardwareChoices choices, List<Metric> objectives, int networkGenes, int solves, int keep) {

    /**
     * Five solves per dataflow (one anchor per objective of three, the first objective's again
     * from the best hardware corner, one ε level), two neighbours each. With four (no corner
     * anchor) nlp-local reached NSGA-II's final hypervolume after 45/57/29/39/65 % of its
     * evaluations on seeds 1–5, with five after 59/28/21/48/62 % (NlpSpeedBench, BENCHMARKS.md).
     */
    public static final int DEFAULT_SOLVES = 5;

    public static final int DEFAULT_KEEP = 2;

    public NlpPlan {
        if (network == null || choices == null) {
            throw new IllegalArgumentException("network, choices: required");
        }
        objectives = List.copyOf(objectives);
        if (objectives.isEmpty()) {
            throw new IllegalArgumentException("objectives: at least one");
        }
        for (Metric m : objectives) {
            RelaxedObjective.of(m);
        }
        if (solves < 1 || keep < 1) {
            throw new IllegalArgumentException("solves, keep: at least 1");
        }
    }

    public RelaxedObjective primary() {
        return RelaxedObjective.of(objectives.get(0));
    }

    public List<RelaxedObjective> bounded() {
        return objectives.subList(1, objectives.size()).stream()
                .map(RelaxedObjective::of)
                .toList();
    }
}
