package org.codesign.cost.arch;

/**
 * Per-instance figures of one hardware component: energy of one vector access (read, write),
 * leakage per cycle and area.
 */
public record Component(double readPJ, double writePJ, double leakPJPerCycle, double areaUm2) {}
