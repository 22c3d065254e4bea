package org.codesign.search.codesign;

import java.util.List;
import org.codesign.search.Individual;
import org.codesign.search.PointView;
import org.codesign.search.RunCheckpoint;

/**
 * Where a co-design run stood: which phase (a sequential run has a network phase, then hardware
 * phases), the points of the finished phases and the current phase's engine checkpoint.
 *
 * @param spec the run's settings; a resumed run uses them
 * @param phaseIndex the current phase, 0-based
 * @param phases every phase planned so far, in order (the hardware phases of a sequential run are
 *     planned when the network phase ends)
 * @param finishedPoints the points of the finished phases: joint genomes, run-wide indices
 * @param stepOffset steps of the finished phases
 * @param elapsedNanos time spent in the finished phases
 * @param phase the current phase's checkpoint, or null when it has not started yet
 */
public record CodesignCheckpoint(
        RunSpec spec,
        int phaseIndex,
        List<PhasePlan> phases,
        List<Individual> finishedPoints,
        int stepOffset,
        long elapsedNanos,
        RunCheckpoint phase) {

    public CodesignCheckpoint {
        phases = List.copyOf(phases);
        finishedPoints = PointView.frozen(finishedPoints);
        if (phaseIndex < 0 || phaseIndex >= phases.size()) {
            throw new IllegalArgumentException(
                    "phaseIndex: " + phaseIndex + " but the run has " + phases.size() + " phases");
        }
    }

    /** True when the last phase finished: nothing is left to run. */
    public boolean finished() {
        return phase != null && phase.finished() && phaseIndex == phases.size() - 1;
    }

    /**
     * One phase: a label, the genes it keeps fixed (-1 = free) and its budget.
     */
    public record PhasePlan(String label, int[] fixedGenes, int budget) {
        public PhasePlan {
            fixedGenes = fixedGenes.clone();
        }

        @Override
        public int[] fixedGenes() {
            return fixedGenes.clone();
        }
    }
}
