package org.codesign.cost.mapper;

import org.codesign.cost.loopnest.Analysis;
import org.codesign.cost.loopnest.Mapping;

/** The mapping the mapper chose, its analysis, the objective and the number of mappings it evaluated. */
public record MapResult(Mapping mapping, Analysis analysis, Objective objective, int evaluations) {

    public double score() {
        return objective.score(analysis.energyPJ(), analysis.cycles());
    }
}
