package org.codesign.ui.points;

/** A point's identity across the window: the run that found it and its index in that run. */
public record PointKey(String runId, long index) {}
