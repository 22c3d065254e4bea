/**
 * Architectures built from hardware parameters: the {@code spatial-accelerator} and
 * {@code systolic} templates and the energy/area tables they draw on ({@link
 * org.codesign.cost.arch.EnergyTables}, whose comment lists every anchor and its source).
 */
package org.codesign.cost.arch;
