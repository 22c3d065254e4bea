package org.codesign.cost.arch;

import org.hipparchus.CalculusFieldElement;

/**
 * A {@link Component} whose figures are differentiable functions of continuous sizes (the
 * relaxed model's buffers): energy of one vector access, leakage per cycle and area.
 */
public record FieldComponent<T extends CalculusFieldElement<T>>(T readPJ, T writePJ, T leakPJPerCycle, T areaUm2) {}
