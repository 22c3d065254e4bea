/**
 * The relaxed, differentiable cost model of the analytical co-optimizer (ICCAD 2022, DOSA):
 * tiling factors continuous in log space, the PE array, the pinned scratchpad, the global
 * buffer and the clock continuous, latency, energy and area smooth functions of them with exact
 * gradients (any Hipparchus {@code CalculusFieldElement}, e.g. {@code Gradient}). It follows the
 * loop-nest model's Timeloop semantics for one canonical loop order per level ({@link
 * org.codesign.cost.relax.LoopOrders}), so at integer points it tracks that model; {@link
 * org.codesign.cost.relax.CanonicalMapping} turns integer factors into the loop-nest mapping they
 * stand for.
 */
package org.codesign.cost.relax;
