/**
 * The loop-nest model of a spatial accelerator, with Timeloop's semantics computed in closed form.
 *
 * <p>Inputs: a {@link org.codesign.cost.loopnest.ConvProblem} (N, G, C, M, P, Q, R, S, strides),
 * an {@link org.codesign.cost.loopnest.Architecture} (storage levels outermost first, each with the
 * tensors it keeps, capacity, per-word energies, leakage, area, bandwidths, block and cluster size,
 * multiple buffering, and the layout of its fan-out) and a
 * {@link org.codesign.cost.loopnest.Mapping} (per level: temporal loops outer → inner, spatial X
 * and Y loops). {@link org.codesign.cost.loopnest.LoopNestAnalyzer#analyze} validates and returns
 * an {@link org.codesign.cost.loopnest.Analysis}; {@link org.codesign.cost.loopnest.NestEvaluator}
 * is the allocation-free engine behind it (see its class comment for the semantics) and
 * {@link org.codesign.cost.loopnest.MappingFileReader} reads docs/mapping-format.md files; Timeloop's own
 * YAML inputs are read by {@code org.codesign.cost.timeloop}.
 */
package org.codesign.cost.loopnest;
