package org.codesign.cost.arch;

import org.codesign.cost.loopnest.Architecture;
import org.codesign.cost.mapper.SpatialConstraints;

/** An architecture built from hardware parameters, with the spatial constraints of its dataflow. */
public record AcceleratorDesign(Architecture architecture, SpatialConstraints constraints) implements DesignOutcome {}
