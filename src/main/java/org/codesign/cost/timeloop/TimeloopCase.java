package org.codesign.cost.timeloop;

import java.util.List;
import java.util.Map;
import org.codesign.cost.loopnest.Architecture;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.cost.loopnest.Mapping;
import org.codesign.cost.loopnest.Tensor;

/**
 * Timeloop inputs read into the loop-nest model: the problem, the architecture (storage levels
 * with the keep/bypass choices of the mapping applied, energies from the ERT, areas from the
 * ART), the mapping (validated: it covers the problem) and Timeloop's flattened level list the
 * architecture was built from.
 */
public record TimeloopCase(
        String name,
        ConvProblem problem,
        Architecture architecture,
        Mapping mapping,
        List<ArchLevel> levels,
        Map<String, Tensor> dataSpaces) {

    public TimeloopCase {
        levels = List.copyOf(levels);
        dataSpaces = Map.copyOf(dataSpaces);
    }
}
