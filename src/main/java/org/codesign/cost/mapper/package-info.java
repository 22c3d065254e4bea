/**
 * The mapper: for a layer, an architecture and its dataflow's {@link
 * org.codesign.cost.mapper.SpatialConstraints}, a deterministic search for the mapping that
 * minimizes an {@link org.codesign.cost.mapper.MappingObjective} (energy-delay product by default), with
 * a thread-safe cache by layer shape and architecture ({@link org.codesign.cost.mapper.Mapper}).
 */
package org.codesign.cost.mapper;
