package org.codesign.cost.loopnest;

/** Per storage level: cycles it needs, its bandwidth throttling factor (1 = none) and leakage. */
public record LevelStats(String level, long cycles, double bandwidthThrottling, double leakageEnergyPJ) {}
