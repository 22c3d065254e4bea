package org.codesign.cost.mapper;

import org.codesign.cost.loopnest.Analysis;
import org.codesign.cost.loopnest.Mapping;

/**
 * The mapping the mapper chose, its analysis, the objective, the number of mappings it evaluated
 * and a one-line description of the loop nest.
 */
public record MapResult(
        Mapping mapping, Analysis analysis, MappingObjective objective, int evaluations, String description)
        implements MapOutcome {

    public MapResult(Mapping mapping, Analysis analysis, MappingObjective objective, int evaluations) {
        this(mapping, analysis, objective, evaluations, mapping.describe());
    }

    public double score() {
        return objective.score(analysis.energyPJ(), analysis.cycles());
    }
}
