package org.codesign.cost.timeloop;

import org.codesign.cost.loopnest.Architecture;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.cost.mapper.SpatialConstraints;

/**
 * What the mapper needs from Timeloop inputs without a mapping: the problem, the architecture
 * (keeping what its constraints say) and the spatial constraints of its containers.
 */
public record TimeloopMapspace(
        String name, ConvProblem problem, Architecture architecture, SpatialConstraints constraints) {}
