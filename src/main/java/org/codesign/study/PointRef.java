package org.codesign.study;

/**
 * One evaluated point of a study, by its run and its index in the run: what a saved selection
 * holds (a position in a window's list would not survive reopening).
 */
public record PointRef(String runId, long index) {
    public PointRef {
        if (runId == null || runId.isBlank()) {
            throw new IllegalArgumentException("runId: missing");
        }
        if (index < 0) {
            throw new IllegalArgumentException("index: " + index + " is negative");
        }
    }
}
