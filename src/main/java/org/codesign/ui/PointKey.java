package org.codesign.ui;

/** A point's identity across the window: the run that found it and its index in that run. */
record PointKey(String runId, long index) {}
