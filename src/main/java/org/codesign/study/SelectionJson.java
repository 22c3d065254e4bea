package org.codesign.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a study file's saved selection: {@code "selection": {"run-1": [0, 17, 42]}}, the indices
 * of the selected points by run. Every run must be one of the study's and every index one of its
 * points, so a reopened study selects exactly what was saved.
 */
final class SelectionJson {
    private SelectionJson() {}

    static List<PointRef> read(JsonIn in, List<RunRecord> runs) throws StudyFormatException {
        List<PointRef> selection = new ArrayList<>();
        for (String runId : in.keys()) {
            JsonIn indices = in.field(runId);
            RunRecord run = runs.stream()
                    .filter(r -> r.id().equals(runId))
                    .findFirst()
                    .orElseThrow(() -> indices.error("the study has no run '" + runId + "'"));
            List<JsonIn> elements = indices.elements();
            long[] wanted = new long[elements.size()];
            for (int i = 0; i < wanted.length; i++) {
                wanted[i] = elements.get(i).whole();
                if (wanted[i] < 0) {
                    throw elements.get(i).error("a point index is 0 or more, got " + wanted[i]);
                }
                selection.add(new PointRef(runId, wanted[i]));
            }
            long missing = firstMissing(wanted, run.columns());
            if (missing >= 0) {
                throw indices.error("run " + runId + " has no point with index " + missing);
            }
        }
        return selection;
    }

    /** The first wanted index the run does not have, -1 if it has all (one pass over the run's indices). */
    private static long firstMissing(long[] wanted, RunPoints columns) {
        long[] sorted = wanted.clone();
        Arrays.sort(sorted);
        boolean[] found = new boolean[sorted.length];
        for (int p = 0; p < columns.size(); p++) {
            int at = Arrays.binarySearch(sorted, columns.index(p));
            // a repeated index: mark every copy
            for (int k = at; k >= 0 && k < sorted.length && sorted[k] == columns.index(p); k--) {
                found[k] = true;
            }
            for (int k = at + 1; at >= 0 && k < sorted.length && sorted[k] == columns.index(p); k++) {
                found[k] = true;
            }
        }
        for (int k = 0; k < sorted.length; k++) {
            if (!found[k]) {
                return sorted[k];
            }
        }
        return -1;
    }
}
